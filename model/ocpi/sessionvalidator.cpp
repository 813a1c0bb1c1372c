#include "sessionvalidator.h"

#include "isocodes.h"
#include "specrefs.h"

#include <QtCore/QVarLengthArray>

#include <simdjson.h>

#include <cmath>

namespace Ocpi {

namespace dom = simdjson::dom;
using std::string_view;
using namespace std::string_view_literals;

struct SessionValidator::Private
{
    dom::parser parser;
};

namespace {

enum class JType : quint8 { String, Number, Object, Array, Boolean, Null };

JType jtype(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::ARRAY:
        return JType::Array;
    case dom::element_type::OBJECT:
        return JType::Object;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return JType::Number;
    case dom::element_type::STRING:
        return JType::String;
    case dom::element_type::BOOL:
        return JType::Boolean;
    case dom::element_type::NULL_VALUE:
        break;
    }
    return JType::Null;
}

QString typeName(JType t)
{
    switch (t) {
    case JType::String:
        //: JSON type name with its article
        return SessionValidator::tr("a string");
    case JType::Number:
        //: JSON type name with its article
        return SessionValidator::tr("a number");
    case JType::Object:
        //: JSON type name with its article
        return SessionValidator::tr("an object");
    case JType::Array:
        //: JSON type name with its article
        return SessionValidator::tr("an array");
    case JType::Boolean:
        //: JSON type name with its article
        return SessionValidator::tr("a boolean");
    case JType::Null:
        break;
    }
    //: JSON type name with its article
    return SessionValidator::tr("null");
}

QString fromUtf8(string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// A short, printable rendering of a value for messages.
QString preview(string_view s)
{
    QString q = fromUtf8(s.substr(0, 60));
    for (QChar &c : q) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xFFFD);
    }
    if (s.size() > 60)
        q += QChar(0x2026);
    return q;
}

QString number(double d) { return QString::number(d, 'g', 12); }

bool nearlyEqual(double a, double b)
{
    // Energy is reported with 4 decimals (types 16.4) and often rounded per period: allow 1% + 0.01 kWh.
    return std::fabs(a - b) <= 0.01 + 0.01 * std::max(std::fabs(a), std::fabs(b));
}

std::string jsonEscape(string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
size_t firstInvalidUtf8(string_view s)
{
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || (len == 2 && c < 0xC2) || (len == 4 && c > 0xF4) || i + len > s.size())
            return i;
        for (size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += len;
    }
    return string_view::npos;
}

bool equalsIgnoreCase(string_view a, string_view b);

struct Segment
{
    string_view key;
    qint64 index = -1;
};

// Known fields of an object: name, and whether the spec requires it (card. 1 or +).
struct FieldSpec
{
    string_view name;
    bool required;
};

constexpr FieldSpec kSessionFields[] = {
    {"country_code"sv, true},     {"party_id"sv, true},  {"id"sv, true},
    {"start_date_time"sv, true},  {"end_date_time"sv, false}, {"kwh"sv, true},
    {"cdr_token"sv, true},        {"auth_method"sv, true},    {"authorization_reference"sv, false},
    {"location_id"sv, true},      {"evse_uid"sv, true},       {"connector_id"sv, true},
    {"meter_id"sv, false},        {"currency"sv, true},       {"charging_periods"sv, false},
    {"total_cost"sv, false},      {"status"sv, true},         {"last_updated"sv, true},
};
enum SF {
    SCountryCode,
    SPartyId,
    SId,
    SStart,
    SEnd,
    SKwh,
    SCdrToken,
    SAuthMethod,
    SAuthRef,
    SLocationId,
    SEvseUid,
    SConnectorId,
    SMeterId,
    SCurrency,
    SPeriods,
    STotalCost,
    SStatus,
    SLastUpdated,
    SCount
};

constexpr FieldSpec kTokenFields[] = {
    {"country_code"sv, true}, {"party_id"sv, true}, {"uid"sv, true}, {"type"sv, true}, {"contract_id"sv, true},
};
enum TF { TCountryCode, TPartyId, TUid, TType, TContractId, TCount };

constexpr FieldSpec kPeriodFields[] = {{"start_date_time"sv, true}, {"dimensions"sv, true}, {"tariff_id"sv, false}};
enum PF { PStart, PDimensions, PTariff, PCount };

constexpr FieldSpec kDimensionFields[] = {{"type"sv, true}, {"volume"sv, true}};
enum DF { DType, DVolume, DCount };

constexpr FieldSpec kPriceFields[] = {{"excl_vat"sv, true}, {"incl_vat"sv, false}};
enum PrF { PrExcl, PrIncl, PrCount };

template<size_t N>
struct Collected
{
    std::array<dom::element, N> value{};
    quint32 present = 0;
    bool has(int i) const { return present & (1u << i); }
};

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::SessionValidator)
public:
    Walker(Findings *out, Session &s) : out(out), s(s) {}

    void walkSession(dom::object obj);
    void checkConsistency();
    void reportAt(const QString &pointer, Severity sev, QLatin1StringView code, QLatin1StringView spec, const QString &message);

private:
    // --- paths and reporting -------------------------------------------------------------------
    struct Push
    {
        Push(Walker &w, string_view key) : w(w) { w.path.push_back({key, -1}); }
        Push(Walker &w, qint64 index) : w(w) { w.path.push_back({{}, index}); }
        ~Push() { w.path.pop_back(); }
        Walker &w;
    };

    QString pointer() const
    {
        QString p;
        for (const Segment &seg : path) {
            p += QLatin1Char('/');
            if (seg.index >= 0)
                p += QString::number(seg.index);
            else
                p += escapeJsonPointerToken(fromUtf8(seg.key));
        }
        return p;
    }
    QString pointerWith(string_view key) const { return pointer() + QLatin1Char('/') + escapeJsonPointerToken(fromUtf8(key)); }

    template<typename MakeMessage>
    void report(Severity sev, QLatin1StringView code, QLatin1StringView spec, MakeMessage &&make)
    {
        count(sev);
        if (out)
            out->append(Finding{sev, pointer(), code, make(), spec});
    }
    void count(Severity sev)
    {
        quint16 &c = sev == Severity::Error ? s.errorCount : sev == Severity::Warning ? s.warningCount : s.infoCount;
        if (c < std::numeric_limits<quint16>::max())
            ++c;
    }

    // --- generic checks --------------------------------------------------------------------------
    template<size_t N>
    Collected<N> collect(dom::object obj, const FieldSpec (&fields)[N], QLatin1StringView spec, string_view objectName,
                         bool keepUnknown);
    bool expectType(dom::element v, JType want, bool required, QLatin1StringView spec);
    std::optional<string_view> ciString(dom::element v, size_t maxLen, bool required, QLatin1StringView spec);
    std::optional<string_view> string(dom::element v, size_t maxLen, bool required, QLatin1StringView spec);
    qint64 dateTime(dom::element v, bool required);
    double numberValue(dom::element v, bool required, QLatin1StringView spec);
    template<typename E>
    E enumValue(dom::element v, QLatin1StringView enumName, QLatin1StringView spec);
    void checkEmpty(string_view v, bool required, QLatin1StringView spec);
    void countryCode(string_view v, QLatin1StringView spec);
    void partyId(string_view v, QLatin1StringView spec);
    void unknownField(string_view key, dom::element v, string_view objectName, QLatin1StringView spec, bool keep);

    // --- the Session's parts ---------------------------------------------------------------------
    void walkToken(dom::element v);
    void walkPeriods(dom::element v);
    void walkPeriod(dom::object obj);
    void walkDimension(dom::element v, quint32 &seenTypes);
    void walkPrice(dom::element v);
    void checkEnergy();
    void checkPeriods();
    void checkToken();

    Findings *out;
    Session &s;
    QVarLengthArray<Segment, 8> path;
    quint32 sessionPresent = 0;
    std::string totalCostCurrency;
    bool hasTotalCostCurrency = false;
    std::string unknownJson;
};

void Walker::reportAt(const QString &pointer, Severity sev, QLatin1StringView code, QLatin1StringView spec,
                      const QString &message)
{
    count(sev);
    if (out)
        out->append(Finding{sev, pointer, code, message, spec});
}

template<size_t N>
Collected<N> Walker::collect(dom::object obj, const FieldSpec (&fields)[N], QLatin1StringView spec,
                             string_view objectName, bool keepUnknown)
{
    Collected<N> c;
    size_t expected = 0; // members usually come in the spec's order: try the one after the last match first
    for (auto member : obj) {
        const string_view key = member.key;
        int idx = -1;
        for (size_t k = 0; k < N; ++k) {
            const size_t i = (expected + k) % N;
            if (fields[i].name == key) {
                idx = int(i);
                expected = i + 1;
                break;
            }
        }
        if (idx < 0) {
            unknownField(key, member.value, objectName, spec, keepUnknown);
            continue;
        }
        if (c.has(idx)) {
            Push p(*this, key);
            report(Severity::Warning, QLatin1StringView("json.duplicate_key"), Spec::Json, [&] {
                return tr("'%1' appears more than once in this object; readers disagree on which value counts "
                          "(the last one is used here)")
                    .arg(fromUtf8(key));
            });
        }
        c.value[size_t(idx)] = member.value;
        c.present |= 1u << idx;
    }
    for (size_t i = 0; i < N; ++i) {
        if (fields[i].required && !c.has(int(i))) {
            const QString ptr = pointerWith(fields[i].name);
            count(Severity::Error);
            if (out) {
                QString msg = tr("required field '%1' is missing").arg(fromUtf8(fields[i].name));
                if (fields[i].name == "connector_id"sv && objectName == "Session"sv)
                    msg += tr(" (required since OCPI 2.2; 2.1.1 sessions had no connector_id)");
                out->append(Finding{Severity::Error, ptr, QLatin1StringView("field.required"), msg, spec});
            }
        }
    }
    return c;
}

void Walker::unknownField(string_view key, dom::element v, string_view objectName, QLatin1StringView spec, bool keep)
{
    Push p(*this, key);
    if (keep) {
        unknownJson += unknownJson.empty() ? '{' : ',';
        unknownJson += jsonEscape(key);
        unknownJson += ':';
        unknownJson += simdjson::minify(v);
    }
    report(Severity::Info, QLatin1StringView("field.unknown"), spec, [&] {
        const QString name = fromUtf8(key);
        if (objectName == "Session"sv) {
            if (key == "auth_id"sv)
                return tr("'auth_id' is an OCPI 2.1.1 field; 2.2.1 identifies the token with cdr_token (kept, not used)");
            if (key == "location"sv)
                return tr("'location' is the OCPI 2.1.1 embedded Location; 2.2.1 uses location_id, evse_uid and "
                          "connector_id (kept, not used)");
            if (key == "cdr_location"sv || key == "total_energy"sv || key == "total_time"sv || key == "tariffs"sv)
                return tr("'%1' is a CDR field, not a Session field (kept, not used)").arg(name);
        }
        return tr("'%1' is not a field of the OCPI 2.2.1 %2 object (kept, not used)").arg(name, fromUtf8(objectName));
    });
}

bool Walker::expectType(dom::element v, JType want, bool required, QLatin1StringView spec)
{
    const JType t = jtype(v);
    if (t == want)
        return true;
    if (t == JType::Null) {
        if (required)
            report(Severity::Error, QLatin1StringView("field.null"), spec,
                   [&] { return tr("required field is null; it must be %1").arg(typeName(want)); });
        else
            report(Severity::Info, QLatin1StringView("field.null_optional"), spec, [&] {
                return tr("optional field is null; omitting it says the same (transport_and_format 4.1.4)");
            });
        return false;
    }
    report(Severity::Error, QLatin1StringView("type.mismatch"), spec, [&] {
        QString found = typeName(t);
        if (t == JType::String)
            found += QLatin1String(" '") + preview(v.get_string().value_unsafe()) + QLatin1Char('\'');
        else if (t == JType::Number)
            found += QLatin1Char(' ') + fromUtf8(simdjson::minify(v));
        return tr("expected %1, found %2").arg(typeName(want), found);
    });
    return false;
}

void Walker::checkEmpty(string_view v, bool required, QLatin1StringView spec)
{
    if (!v.empty())
        return;
    report(required ? Severity::Warning : Severity::Info, QLatin1StringView("string.empty"), spec, [&] {
        return required ? tr("empty string in a required field") : tr("empty string; omit the field when there is no value");
    });
}

std::optional<string_view> Walker::ciString(dom::element v, size_t maxLen, bool required, QLatin1StringView spec)
{
    if (!expectType(v, JType::String, required, spec))
        return std::nullopt;
    const string_view sv = v.get_string().value_unsafe();
    for (size_t i = 0; i < sv.size(); ++i) {
        const auto c = static_cast<unsigned char>(sv[i]);
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (c >= 0x80) {
            report(Severity::Error, QLatin1StringView("cistring.non_ascii"), Spec::CiString, [&] {
                return tr("'%1' has a non-ASCII character at character %2; CiString allows printable ASCII only")
                    .arg(preview(sv))
                    .arg(fromUtf8(sv.substr(0, i)).size() + 1);
            });
        } else {
            report(Severity::Error, QLatin1StringView("string.non_printable"), Spec::CiString, [&] {
                return tr("'%1' has the non-printable character U+%2 at character %3")
                    .arg(preview(sv))
                    .arg(c, 4, 16, QLatin1Char('0'))
                    .arg(i + 1);
            });
        }
        break;
    }
    if (sv.size() > maxLen) {
        report(Severity::Error, QLatin1StringView("string.too_long"), spec, [&] {
            return tr("'%1' is %2 characters long; CiString(%3) allows at most %3").arg(preview(sv)).arg(sv.size()).arg(maxLen);
        });
    }
    checkEmpty(sv, required, spec);
    return sv;
}

std::optional<string_view> Walker::string(dom::element v, size_t maxLen, bool required, QLatin1StringView spec)
{
    if (!expectType(v, JType::String, required, spec))
        return std::nullopt;
    const string_view sv = v.get_string().value_unsafe();
    size_t chars = 0;
    for (size_t i = 0; i < sv.size(); ++i) {
        const auto c = static_cast<unsigned char>(sv[i]);
        if ((c & 0xC0) != 0x80)
            ++chars;
        const bool c0 = c < 0x20 || c == 0x7f;
        const bool c1 = c == 0xC2 && i + 1 < sv.size() && static_cast<unsigned char>(sv[i + 1]) < 0xA0;
        if (c0 || c1) {
            const unsigned code = c1 ? static_cast<unsigned char>(sv[i + 1]) : c;
            report(Severity::Error, QLatin1StringView("string.non_printable"), Spec::String, [&] {
                return tr("'%1' has the non-printable character U+%2; string allows printable UTF-8 only")
                    .arg(preview(sv))
                    .arg(code, 4, 16, QLatin1Char('0'));
            });
            break;
        }
    }
    if (chars > maxLen) {
        report(Severity::Error, QLatin1StringView("string.too_long"), spec, [&] {
            return tr("'%1' is %2 characters long; string(%3) allows at most %3").arg(preview(sv)).arg(chars).arg(maxLen);
        });
    }
    checkEmpty(sv, required, spec);
    return sv;
}

qint64 Walker::dateTime(dom::element v, bool required)
{
    if (!expectType(v, JType::String, required, Spec::DateTime))
        return kNoTime;
    const string_view sv = v.get_string().value_unsafe();
    const DateTimeParse r = parseDateTime(sv);
    using E = DateTimeParse::Error;
    QLatin1StringView code;
    switch (r.error) {
    case E::None:
        return r.msecs;
    case E::Empty:
        code = QLatin1StringView("datetime.empty");
        break;
    case E::TooLong:
        code = QLatin1StringView("datetime.too_long");
        break;
    case E::SpaceSeparator:
        code = QLatin1StringView("datetime.space");
        break;
    case E::Offset:
        code = QLatin1StringView("datetime.offset");
        break;
    case E::LowercaseDesignator:
        code = QLatin1StringView("datetime.lowercase");
        break;
    case E::Pattern:
        code = QLatin1StringView("datetime.format");
        break;
    case E::ImpossibleDate:
        code = QLatin1StringView("datetime.impossible");
        break;
    }
    report(Severity::Error, code, Spec::DateTime, [&] {
        const QString value = preview(sv);
        switch (r.error) {
        case E::Empty:
            return tr("empty DateTime");
        case E::TooLong:
            return tr("'%1' is %2 characters long; DateTime is a string(25), so at most 4 fractional digits with 'Z'")
                .arg(value)
                .arg(sv.size());
        case E::SpaceSeparator:
            return tr("'%1' separates date and time with a space; the spec's patterns use 'T'").arg(value);
        case E::Offset:
            return tr("'%1' carries a UTC offset; OCPI timestamps are UTC, written with 'Z' or no designator, and "
                      "the spec says +00:00 is not the same as UTC")
                .arg(value);
        case E::LowercaseDesignator:
            return tr("'%1' uses a lower-case 't' or 'z'; the spec's patterns use 'T' and 'Z'").arg(value);
        case E::ImpossibleDate:
            return tr("'%1' is not a real date and time (character %2)").arg(value).arg(r.errorColumn + 1);
        default:
            return tr("'%1' does not follow the spec's DateTime patterns, e.g. 2015-06-29T20:39:09Z (character %2)")
                .arg(value)
                .arg(r.errorColumn + 1);
        }
    });
    return r.error == E::TooLong ? r.msecs : kNoTime;
}

double Walker::numberValue(dom::element v, bool required, QLatin1StringView spec)
{
    if (!expectType(v, JType::Number, required, spec))
        return std::numeric_limits<double>::quiet_NaN();
    double d = 0;
    if (v.get_double().get(d))
        return std::numeric_limits<double>::quiet_NaN();
    return d;
}

template<typename E>
E Walker::enumValue(dom::element v, QLatin1StringView enumName, QLatin1StringView spec)
{
    if (!expectType(v, JType::String, true, spec))
        return E::Unknown;
    const string_view sv = v.get_string().value_unsafe();
    const E e = enumFromString<E>(sv);
    if (e != E::Unknown)
        return e;
    const auto names = spellings(E{});
    if constexpr (std::is_same_v<E, SessionStatus>) {
        if (equalsIgnoreCase(sv, "RESERVED"sv)) {
            report(Severity::Error, QLatin1StringView("enum.reserved"), Spec::SessionStatus, [&] {
                return tr("'%1' is not a SessionStatus value: the spec's text on reservations (mod_sessions 9.1.4) "
                          "says RESERVED, but the SessionStatus enum (9.4.3) defines RESERVATION, the value to send")
                    .arg(preview(sv));
            });
            return E::Unknown;
        }
    }
    const string_view near = nearestSpelling(names, sv);
    QString allowed;
    for (size_t i = 1; i < names.size(); ++i)
        allowed += (i > 1 ? QLatin1String(", ") : QLatin1String()) + fromUtf8(names[i]);
    bool caseOnly = !near.empty() && near.size() == sv.size();
    for (size_t i = 0; caseOnly && i < sv.size(); ++i)
        caseOnly = std::toupper(static_cast<unsigned char>(sv[i])) == near[i];
    report(Severity::Error, caseOnly ? QLatin1StringView("enum.case") : QLatin1StringView("enum.invalid"), spec, [&] {
        if (caseOnly)
            return tr("'%1' is not a %2 value: values are case-sensitive; did you mean '%3'?")
                .arg(preview(sv), enumName, fromUtf8(near));
        if constexpr (std::is_same_v<E, CdrDimensionType>) {
            if (sv == "FLAT"sv)
                return tr("'FLAT' was a dimension type in OCPI 2.1.1 but is not a %1 value in 2.2.1; allowed: %2")
                    .arg(enumName, allowed);
        }
        if (!near.empty())
            return tr("'%1' is not a %2 value; did you mean '%3'?").arg(preview(sv), enumName, fromUtf8(near));
        return tr("'%1' is not a %2 value; allowed: %3").arg(preview(sv), enumName, allowed);
    });
    return E::Unknown;
}

void Walker::countryCode(string_view v, QLatin1StringView spec)
{
    if (v.empty() || v.size() > 2)
        return; // string.empty or string.too_long already said it; a single character is still reported here
    const bool letters =
        v.size() == 2 && std::isalpha(static_cast<unsigned char>(v[0])) && std::isalpha(static_cast<unsigned char>(v[1]));
    const char up[2] = {char(std::toupper(static_cast<unsigned char>(v[0]))),
                        char(std::toupper(static_cast<unsigned char>(v.back())))};
    if (!letters) {
        report(Severity::Error, QLatin1StringView("country_code.format"), spec,
               [&] { return tr("'%1' is not an ISO 3166-1 alpha-2 country code (two letters)").arg(preview(v)); });
    } else if (!Iso::isCountryCode(string_view(up, 2))) {
        report(Severity::Warning, QLatin1StringView("country_code.unknown"), spec,
               [&] { return tr("'%1' is not an assigned ISO 3166-1 alpha-2 country code").arg(preview(v)); });
    }
}

void Walker::partyId(string_view v, QLatin1StringView spec)
{
    if (v.empty() || v.size() > 3)
        return;
    bool alnum = v.size() == 3;
    for (const char c : v)
        alnum = alnum && std::isalnum(static_cast<unsigned char>(c));
    if (!alnum) {
        report(Severity::Warning, QLatin1StringView("party_id.format"), spec, [&] {
            return tr("'%1' is not a party ID of three letters or digits as ISO 15118 defines them").arg(preview(v));
        });
    }
}

void Walker::walkSession(dom::object obj)
{
    const auto c = collect(obj, kSessionFields, Spec::SessionObject, "Session"sv, true);
    sessionPresent = c.present;
    // A null end_date_time says the same as none (transport_and_format 4.1.4): it does not end a session.
    if (c.has(SEnd) && jtype(c.value[SEnd]) == JType::Null)
        sessionPresent &= ~(1u << SEnd);
    auto field = [&](int i) { return c.value[size_t(i)]; };
    auto ciField = [&](int i, Session::Field f, size_t maxLen, bool required) -> std::optional<string_view> {
        if (!c.has(i))
            return std::nullopt;
        Push p(*this, kSessionFields[i].name);
        auto v = ciString(field(i), maxLen, required, Spec::SessionObject);
        if (v)
            s.setText(f, *v);
        return v;
    };

    if (auto v = ciField(SCountryCode, Session::Field::CountryCode, 2, true)) {
        Push p(*this, "country_code"sv);
        countryCode(*v, Spec::SessionObject);
    }
    if (auto v = ciField(SPartyId, Session::Field::PartyId, 3, true)) {
        Push p(*this, "party_id"sv);
        partyId(*v, Spec::SessionObject);
    }
    ciField(SId, Session::Field::Id, 36, true);
    if (c.has(SStart)) {
        Push p(*this, "start_date_time"sv);
        s.startDateTime = dateTime(field(SStart), true);
    }
    if (c.has(SEnd)) {
        Push p(*this, "end_date_time"sv);
        s.endDateTime = dateTime(field(SEnd), false);
    }
    if (c.has(SKwh)) {
        Push p(*this, "kwh"sv);
        s.kwh = numberValue(field(SKwh), true, Spec::SessionObject);
        if (s.kwh < 0)
            report(Severity::Error, QLatin1StringView("kwh.negative"), Spec::SessionObject,
                   [&] { return tr("kwh is %1; the energy charged cannot be negative").arg(number(s.kwh)); });
    }
    if (c.has(SCdrToken)) {
        Push p(*this, "cdr_token"sv);
        walkToken(field(SCdrToken));
    }
    if (c.has(SAuthMethod)) {
        Push p(*this, "auth_method"sv);
        s.authMethod = enumValue<AuthMethod>(field(SAuthMethod), QLatin1StringView("AuthMethod"), Spec::AuthMethod);
    }
    ciField(SAuthRef, Session::Field::AuthorizationReference, 36, false);
    ciField(SLocationId, Session::Field::LocationId, 36, true);
    ciField(SEvseUid, Session::Field::EvseUid, 36, true);
    ciField(SConnectorId, Session::Field::ConnectorId, 36, true);
    if (c.has(SMeterId)) {
        Push p(*this, "meter_id"sv);
        if (auto v = string(field(SMeterId), 255, false, Spec::SessionObject))
            s.setText(Session::Field::MeterId, *v);
    }
    if (c.has(SCurrency)) {
        Push p(*this, "currency"sv);
        if (auto v = string(field(SCurrency), 3, true, Spec::SessionObject)) {
            s.setText(Session::Field::Currency, *v);
            std::string up(*v);
            for (char &ch : up)
                ch = char(std::toupper(static_cast<unsigned char>(ch)));
            if (Iso::isActiveCurrency(*v)) {
                // fine
            } else if (Iso::isActiveCurrency(up)) {
                report(Severity::Error, QLatin1StringView("currency.case"), Spec::SessionObject, [&] {
                    return tr("'%1' is not an ISO 4217 code: currency is a case-sensitive string; did you mean '%2'?")
                        .arg(preview(*v), QString::fromStdString(up));
                });
            } else if (Iso::isWithdrawnCurrency(up)) {
                report(Severity::Warning, QLatin1StringView("currency.withdrawn"), Spec::SessionObject,
                       [&] { return tr("'%1' is a withdrawn ISO 4217 currency code").arg(preview(*v)); });
            } else if (!v->empty()) {
                report(Severity::Error, QLatin1StringView("currency.unknown"), Spec::SessionObject,
                       [&] { return tr("'%1' is not an ISO 4217 currency code").arg(preview(*v)); });
            }
        }
    }
    if (c.has(SPeriods)) {
        Push p(*this, "charging_periods"sv);
        walkPeriods(field(SPeriods));
    }
    if (c.has(STotalCost)) {
        Push p(*this, "total_cost"sv);
        walkPrice(field(STotalCost));
    }
    if (c.has(SStatus)) {
        Push p(*this, "status"sv);
        s.status = enumValue<SessionStatus>(field(SStatus), QLatin1StringView("SessionStatus"), Spec::SessionStatus);
    }
    if (c.has(SLastUpdated)) {
        Push p(*this, "last_updated"sv);
        s.lastUpdated = dateTime(field(SLastUpdated), true);
    }
    if (!unknownJson.empty()) {
        unknownJson += '}';
        s.unknownFieldsJson = QByteArray(unknownJson.data(), qsizetype(unknownJson.size()));
    }
}

void Walker::walkToken(dom::element v)
{
    if (!expectType(v, JType::Object, true, Spec::CdrToken))
        return;
    dom::object obj;
    if (v.get_object().get(obj))
        return;
    const auto c = collect(obj, kTokenFields, Spec::CdrToken, "CdrToken"sv, false);
    auto ciField = [&](int i, Session::Field f, size_t maxLen) -> std::optional<string_view> {
        if (!c.has(i))
            return std::nullopt;
        Push p(*this, kTokenFields[i].name);
        auto sv = ciString(c.value[size_t(i)], maxLen, true, Spec::CdrToken);
        if (sv)
            s.setText(f, *sv);
        return sv;
    };
    if (auto sv = ciField(TCountryCode, Session::Field::TokenCountryCode, 2)) {
        Push p(*this, "country_code"sv);
        countryCode(*sv, Spec::CdrToken);
    }
    if (auto sv = ciField(TPartyId, Session::Field::TokenPartyId, 3)) {
        Push p(*this, "party_id"sv);
        partyId(*sv, Spec::CdrToken);
    }
    ciField(TUid, Session::Field::TokenUid, 36);
    if (c.has(TType)) {
        Push p(*this, "type"sv);
        s.tokenType = enumValue<TokenType>(c.value[TType], QLatin1StringView("TokenType"), Spec::TokenType);
    }
    ciField(TContractId, Session::Field::TokenContractId, 36);
    checkToken();
}

// eMA ID (eMI3): CC-PPP-XXXXXXXXX(-X), hyphens optional.
bool looksLikeEmaid(string_view id, string_view &country, string_view &provider)
{
    std::string compact;
    for (const char c : id) {
        if (c != '-')
            compact += c;
    }
    if (compact.size() != 14 && compact.size() != 15)
        return false;
    for (size_t i = 0; i < compact.size(); ++i) {
        const auto c = static_cast<unsigned char>(compact[i]);
        if (i < 2 ? !std::isalpha(c) : !std::isalnum(c))
            return false;
    }
    // Positions in the original string (hyphens, if any, come after the country and the provider).
    const size_t providerStart = id.size() > 2 && id[2] == '-' ? 3 : 2;
    if (id.size() < providerStart + 3)
        return false;
    country = id.substr(0, 2);
    provider = id.substr(providerStart, 3);
    return true;
}

bool equalsIgnoreCase(string_view a, string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

void Walker::checkToken()
{
    using F = Session::Field;
    if (s.has(F::TokenContractId) && !s.utf8(F::TokenContractId).empty()) {
        string_view country, provider;
        const string_view contract = s.utf8(F::TokenContractId);
        Push p(*this, "contract_id"sv);
        if (!looksLikeEmaid(contract, country, provider)) {
            report(Severity::Info, QLatin1StringView("cdr_token.contract_id_format"), Spec::CdrToken, [&] {
                return tr("'%1' does not follow the eMA ID format the spec recommends (e.g. NL-TST-C12345678-S)")
                    .arg(preview(contract));
            });
        } else if ((s.has(F::TokenCountryCode) && !equalsIgnoreCase(country, s.utf8(F::TokenCountryCode)))
                   || (s.has(F::TokenPartyId) && !equalsIgnoreCase(provider, s.utf8(F::TokenPartyId)))) {
            report(Severity::Warning, QLatin1StringView("cdr_token.contract_id_party"), Spec::CdrToken, [&] {
                return tr("contract ID '%1' names party %2-%3, but the token belongs to %4-%5")
                    .arg(preview(contract), fromUtf8(country), fromUtf8(provider), s.text(F::TokenCountryCode),
                         s.text(F::TokenPartyId));
            });
        }
    }
    if (s.tokenType == TokenType::Rfid && s.has(F::TokenUid)) {
        const string_view uid = s.utf8(F::TokenUid);
        bool hex = !uid.empty();
        for (const char c : uid)
            hex = hex && std::isxdigit(static_cast<unsigned char>(c));
        if (!hex && !uid.empty()) {
            Push p(*this, "uid"sv);
            report(Severity::Info, QLatin1StringView("cdr_token.rfid_uid_format"), Spec::CdrToken, [&] {
                return tr("RFID token uid '%1' is not hexadecimal, as RFID reader IDs usually are").arg(preview(uid));
            });
        }
    }
}

void Walker::walkPeriods(dom::element v)
{
    if (!expectType(v, JType::Array, false, Spec::SessionObject))
        return;
    qint64 i = 0;
    dom::array arr;
    if (v.get_array().get(arr))
        return;
    for (dom::element p : arr) {
        Push push(*this, i++);
        if (!expectType(p, JType::Object, true, Spec::ChargingPeriod)) {
            s.addPeriod(kNoTime, {}); // keep indexes aligned with the JSON
            continue;
        }
        dom::object obj;
        if (!p.get_object().get(obj))
            walkPeriod(obj);
    }
}

void Walker::walkPeriod(dom::object obj)
{
    const auto c = collect(obj, kPeriodFields, Spec::ChargingPeriod, "ChargingPeriod"sv, false);
    qint64 start = kNoTime;
    if (c.has(PStart)) {
        Push p(*this, "start_date_time"sv);
        start = dateTime(c.value[PStart], true);
    }
    string_view tariff;
    if (c.has(PTariff)) {
        Push p(*this, "tariff_id"sv);
        if (auto t = ciString(c.value[PTariff], 36, false, Spec::ChargingPeriod))
            tariff = t->data() ? *t : ""sv;
    }
    s.addPeriod(start, tariff);
    if (!c.has(PDimensions))
        return;
    Push p(*this, "dimensions"sv);
    if (!expectType(c.value[PDimensions], JType::Array, true, Spec::ChargingPeriod))
        return;
    dom::array dims;
    if (c.value[PDimensions].get_array().get(dims))
        return;
    if (dims.size() == 0) {
        report(Severity::Error, QLatin1StringView("array.empty"), Spec::ChargingPeriod,
               [&] { return tr("a ChargingPeriod needs at least one CdrDimension (cardinality +)"); });
        return;
    }
    quint32 seenTypes = 0;
    qint64 i = 0;
    for (dom::element d : dims) {
        Push pd(*this, i++);
        walkDimension(d, seenTypes);
    }
    // Minimum above maximum within one period.
    const auto list = s.periodDimensions(s.periodCount() - 1);
    auto find = [&](CdrDimensionType t) -> qsizetype {
        for (size_t k = 0; k < list.size(); ++k) {
            if (list[k].type == t)
                return qsizetype(k);
        }
        return -1;
    };
    const std::pair<CdrDimensionType, CdrDimensionType> pairs[] = {{CdrDimensionType::MinCurrent, CdrDimensionType::MaxCurrent},
                                                                  {CdrDimensionType::MinPower, CdrDimensionType::MaxPower}};
    for (const auto &limits : pairs) {
        // Named copies rather than a structured binding: a lambda below captures them (clang 14 cannot capture
        // structured bindings).
        const CdrDimensionType minType = limits.first;
        const CdrDimensionType maxType = limits.second;
        const qsizetype mi = find(minType), ma = find(maxType);
        if (mi >= 0 && ma >= 0 && list[size_t(mi)].volume > list[size_t(ma)].volume) {
            Push pm(*this, qint64(mi));
            Push pv(*this, "volume"sv);
            report(Severity::Warning, QLatin1StringView("dimension.min_above_max"), Spec::CdrDimensionType, [&] {
                return tr("%1 (%2) is above %3 (%4) in the same period")
                    .arg(spelling(minType), number(list[size_t(mi)].volume), spelling(maxType), number(list[size_t(ma)].volume));
            });
        }
    }
}

void Walker::walkDimension(dom::element v, quint32 &seenTypes)
{
    CdrDimension dim;
    dim.volume = std::numeric_limits<double>::quiet_NaN();
    if (expectType(v, JType::Object, true, Spec::CdrDimension)) {
        dom::object obj;
        if (v.get_object().get(obj))
            return;
        const auto c = collect(obj, kDimensionFields, Spec::CdrDimension,
                               "CdrDimension"sv, false);
        if (c.has(DType)) {
            Push p(*this, "type"sv);
            dim.type = enumValue<CdrDimensionType>(c.value[DType], QLatin1StringView("CdrDimensionType"), Spec::CdrDimensionType);
            if (dim.type != CdrDimensionType::Unknown) {
                const quint32 bit = 1u << quint32(dim.type);
                if (seenTypes & bit)
                    report(Severity::Warning, QLatin1StringView("dimension.duplicate_type"), Spec::ChargingPeriod, [&] {
                        return tr("%1 appears more than once in this charging period").arg(spelling(dim.type));
                    });
                seenTypes |= bit;
            }
        }
        if (c.has(DVolume)) {
            Push p(*this, "volume"sv);
            dim.volume = numberValue(c.value[DVolume], true, Spec::CdrDimension);
            if (!std::isnan(dim.volume)) {
                using T = CdrDimensionType;
                if (dim.type == T::StateOfCharge && (dim.volume < 0 || dim.volume > 100)) {
                    report(Severity::Error, QLatin1StringView("dimension.soc_range"), Spec::CdrDimensionType, [&] {
                        return tr("STATE_OF_CHARGE is %1; it is a percentage from 0 to 100").arg(number(dim.volume));
                    });
                } else if (dim.volume < 0
                           && (dim.type == T::EnergyExport || dim.type == T::EnergyImport
                               || dim.type == T::ParkingTime || dim.type == T::ReservationTime || dim.type == T::Time)) {
                    report(Severity::Error, QLatin1StringView("dimension.negative"), Spec::CdrDimensionType, [&] {
                        return tr("%1 is %2; it cannot be negative").arg(spelling(dim.type), number(dim.volume));
                    });
                }
            }
        }
    }
    s.addDimension(dim);
}

void Walker::walkPrice(dom::element v)
{
    if (jtype(v) == JType::Number) {
        report(Severity::Error, QLatin1StringView("type.mismatch"), Spec::Price, [&] {
            return tr("expected a Price object {excl_vat, incl_vat}, found the number %1 (OCPI 2.1.1 style)")
                .arg(fromUtf8(simdjson::minify(v)));
        });
        return;
    }
    if (!expectType(v, JType::Object, false, Spec::Price))
        return;
    dom::object obj;
    if (v.get_object().get(obj))
        return;
    // A currency inside the Price is not 2.2.1, but when present it must agree with the session's currency.
    dom::element currency;
    if (!obj.at_key("currency").get(currency) && jtype(currency) == JType::String) {
        hasTotalCostCurrency = true;
        totalCostCurrency = std::string(currency.get_string().value_unsafe());
    }
    const auto c = collect(obj, kPriceFields, Spec::Price, "Price"sv, false);
    if (c.has(PrExcl)) {
        Push p(*this, "excl_vat"sv);
        s.totalCost.exclVat = numberValue(c.value[PrExcl], true, Spec::Price);
        if (s.totalCost.exclVat < 0)
            report(Severity::Warning, QLatin1StringView("price.negative"), Spec::Price,
                   [&] { return tr("excl_vat is negative (%1)").arg(number(s.totalCost.exclVat)); });
    }
    if (c.has(PrIncl)) {
        Push p(*this, "incl_vat"sv);
        s.totalCost.inclVat = numberValue(c.value[PrIncl], false, Spec::Price);
        if (s.totalCost.hasInclVat() && s.totalCost.isValid() && s.totalCost.inclVat < s.totalCost.exclVat) {
            report(Severity::Error, QLatin1StringView("price.incl_below_excl"), Spec::Price, [&] {
                return tr("incl_vat (%1) is less than excl_vat (%2); VAT cannot be negative")
                    .arg(number(s.totalCost.inclVat), number(s.totalCost.exclVat));
            });
        }
    }
}

QString periodPointer(qsizetype period, const char *leaf)
{
    return QStringLiteral("/charging_periods/%1/").arg(period) + QLatin1StringView(leaf);
}

QString dimensionPointer(qsizetype period, qsizetype dim)
{
    return QStringLiteral("/charging_periods/%1/dimensions/%2/volume").arg(period).arg(dim);
}

void Walker::checkPeriods()
{
    const qsizetype n = s.periodCount();
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 start = s.periodStart(i);
        if (start == kNoTime)
            continue;
        if (s.startDateTime != kNoTime && start < s.startDateTime) {
            reportAt(periodPointer(i, "start_date_time"), Severity::Error, QLatin1StringView("charging_periods.before_start"),
                     Spec::ChargingPeriod,
                     out ? tr("charging period starts at %1, before the session starts (%2)")
                               .arg(formatDateTimeUtc(start), formatDateTimeUtc(s.startDateTime))
                         : QString());
        }
        if (s.endDateTime != kNoTime && start > s.endDateTime) {
            reportAt(periodPointer(i, "start_date_time"), Severity::Error, QLatin1StringView("charging_periods.after_end"),
                     Spec::ChargingPeriod,
                     out ? tr("charging period starts at %1, after the session ended (%2)")
                               .arg(formatDateTimeUtc(start), formatDateTimeUtc(s.endDateTime))
                         : QString());
        }
        // Previous period with a known start.
        qsizetype prev = i - 1;
        while (prev >= 0 && s.periodStart(prev) == kNoTime)
            --prev;
        if (prev < 0)
            continue;
        if (start == s.periodStart(prev)) {
            reportAt(periodPointer(i, "start_date_time"), Severity::Error, QLatin1StringView("charging_periods.duplicate"),
                     Spec::ChargingPeriod,
                     out ? tr("charging periods %1 and %2 both start at %3; a period ends when the next one starts, so "
                              "one of them is a duplicate")
                               .arg(prev)
                               .arg(i)
                               .arg(formatDateTimeUtc(start))
                         : QString());
        } else if (start < s.periodStart(prev)) {
            reportAt(periodPointer(i, "start_date_time"), Severity::Error, QLatin1StringView("charging_periods.unordered"),
                     Spec::ChargingPeriod,
                     out ? tr("charging period %1 starts at %2, before period %3 (%4); periods must be in time order")
                               .arg(i)
                               .arg(formatDateTimeUtc(start))
                               .arg(prev)
                               .arg(formatDateTimeUtc(s.periodStart(prev)))
                         : QString());
        }
    }

    // Time dimensions cannot exceed the period's length (the last period ends when the session ends).
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 start = s.periodStart(i);
        const qint64 end = i + 1 < n ? s.periodStart(i + 1) : s.endDateTime;
        if (start == kNoTime || end == kNoTime || end < start)
            continue;
        const double hours = double(end - start) / 3600000.0;
        const auto dims = s.periodDimensions(i);
        for (size_t k = 0; k < dims.size(); ++k) {
            const auto t = dims[k].type;
            if (t != CdrDimensionType::Time && t != CdrDimensionType::ParkingTime && t != CdrDimensionType::ReservationTime)
                continue;
            if (dims[k].volume > hours * 1.01 + 1.0 / 60.0) {
                reportAt(dimensionPointer(i, qsizetype(k)), Severity::Warning, QLatin1StringView("dimension.exceeds_period"),
                         Spec::CdrDimensionType,
                         out ? tr("%1 is %2 h, longer than the period itself (%3 h)")
                                   .arg(spelling(t), number(dims[k].volume), QString::number(hours, 'f', 4))
                             : QString());
            }
        }
    }
}

void Walker::checkEnergy()
{
    // ENERGY is the energy charged during each period, in kWh (mod_cdrs 10.4.3): the periods should add up
    // to kwh. ENERGY_IMPORT stands in when a CPO reports only that.
    CdrDimensionType energyType = CdrDimensionType::Energy;
    for (int pass = 0; pass < 2; ++pass) {
        double sum = 0, last = 0;
        int count = 0;
        qsizetype maxPeriod = -1, maxDim = -1;
        double maxVolume = -std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < s.periodCount(); ++i) {
            const auto dims = s.periodDimensions(i);
            for (size_t k = 0; k < dims.size(); ++k) {
                if (dims[k].type != energyType || std::isnan(dims[k].volume))
                    continue;
                sum += dims[k].volume;
                last = dims[k].volume;
                ++count;
                if (dims[k].volume > maxVolume) {
                    maxVolume = dims[k].volume;
                    maxPeriod = i;
                    maxDim = qsizetype(k);
                }
            }
        }
        if (count == 0) {
            energyType = CdrDimensionType::EnergyImport;
            continue;
        }
        if (std::isnan(s.kwh))
            return;
        const QString typeName = spelling(energyType);
        const bool open = s.status == SessionStatus::Active || s.status == SessionStatus::Pending;
        if (nearlyEqual(sum, s.kwh))
            return; // consistent
        if (s.kwh > 0 && nearlyEqual(sum, s.kwh * 1000)) {
            reportAt(dimensionPointer(maxPeriod, maxDim), Severity::Error, QLatin1StringView("energy.unit_wh"),
                     Spec::CdrDimensionType,
                     out ? tr("the %1 volumes add up to %2, which is 1000 × kwh (%3): they look like Wh, but %1 is "
                              "defined in kWh")
                               .arg(typeName, number(sum), number(s.kwh))
                         : QString());
            return;
        }
        if (sum > 0 && nearlyEqual(s.kwh, sum * 1000)) {
            reportAt(QStringLiteral("/kwh"), Severity::Error, QLatin1StringView("kwh.unit_wh"), Spec::SessionObject,
                     out ? tr("kwh (%1) is 1000 × the sum of the %2 volumes (%3): kwh looks like Wh")
                               .arg(number(s.kwh), typeName, number(sum))
                         : QString());
            return;
        }
        if (open && sum <= s.kwh)
            return; // an ongoing session's periods may lag behind kwh (but kwh in Wh is reported above)
        if (count > 1 && nearlyEqual(last, s.kwh)) {
            reportAt(QStringLiteral("/charging_periods"), Severity::Warning, QLatin1StringView("energy.cumulative"),
                     Spec::CdrDimensionType,
                     out ? tr("the last %1 volume equals kwh (%2): the volumes look like meter readings, but each one is "
                              "the energy charged during its own period")
                               .arg(typeName, number(s.kwh))
                         : QString());
            return;
        }
        reportAt(QStringLiteral("/kwh"), Severity::Warning, QLatin1StringView("kwh.energy_mismatch"), Spec::SessionObject,
                 out ? tr("kwh is %1, but the %2 volumes of the charging periods add up to %3")
                           .arg(number(s.kwh), typeName, number(sum))
                     : QString());
        return;
    }
}

void Walker::checkConsistency()
{
    using F = Session::Field;
    const bool hasEnd = sessionPresent & (1u << SEnd);

    if (s.startDateTime != kNoTime && s.endDateTime != kNoTime && s.endDateTime < s.startDateTime) {
        reportAt(QStringLiteral("/end_date_time"), Severity::Error, QLatin1StringView("session.end_before_start"),
                 Spec::SessionObject,
                 out ? tr("the session ends (%1) before it starts (%2)")
                           .arg(formatDateTimeUtc(s.endDateTime), formatDateTimeUtc(s.startDateTime))
                     : QString());
    }
    if (s.status == SessionStatus::Completed && !hasEnd) {
        reportAt(QStringLiteral("/end_date_time"), Severity::Error, QLatin1StringView("status.completed_without_end"),
                 Spec::SessionStatus, out ? tr("a COMPLETED session needs an end_date_time") : QString());
    }
    if ((s.status == SessionStatus::Active || s.status == SessionStatus::Pending || s.status == SessionStatus::Reservation)
        && s.endDateTime != kNoTime) {
        reportAt(QStringLiteral("/end_date_time"), Severity::Warning, QLatin1StringView("status.end_while_open"),
                 Spec::SessionStatus,
                 out ? tr("the session is %1 but already has an end_date_time").arg(spelling(s.status)) : QString());
    }
    if ((s.status == SessionStatus::Pending || s.status == SessionStatus::Reservation) && s.kwh > 0) {
        reportAt(QStringLiteral("/kwh"), Severity::Warning, QLatin1StringView("status.energy_before_start"),
                 Spec::SessionStatus,
                 out ? tr("the session is %1 (charging has not started) but kwh is %2").arg(spelling(s.status), number(s.kwh))
                     : QString());
    }
    if (s.lastUpdated != kNoTime && s.startDateTime != kNoTime && s.lastUpdated < s.startDateTime) {
        reportAt(QStringLiteral("/last_updated"), Severity::Error, QLatin1StringView("last_updated.before_start"),
                 Spec::SessionObject,
                 out ? tr("last_updated (%1) is before the session started (%2)")
                           .arg(formatDateTimeUtc(s.lastUpdated), formatDateTimeUtc(s.startDateTime))
                     : QString());
    } else if (s.lastUpdated != kNoTime && s.endDateTime != kNoTime && s.lastUpdated < s.endDateTime) {
        reportAt(QStringLiteral("/last_updated"), Severity::Error, QLatin1StringView("last_updated.before_end"),
                 Spec::SessionObject,
                 out ? tr("last_updated (%1) is before the session ended (%2)")
                           .arg(formatDateTimeUtc(s.lastUpdated), formatDateTimeUtc(s.endDateTime))
                     : QString());
    }

    checkPeriods();
    checkEnergy();

    if (hasTotalCostCurrency && s.has(F::Currency)
        && string_view(totalCostCurrency) != s.utf8(F::Currency)) {
        reportAt(QStringLiteral("/total_cost/currency"), Severity::Error, QLatin1StringView("total_cost.currency_mismatch"),
                 Spec::SessionObject,
                 out ? tr("total_cost is in %1 but the session's currency is %2")
                           .arg(QString::fromStdString(totalCostCurrency), s.text(F::Currency))
                     : QString());
    }

    // authorization_reference accompanies AUTH_REQUEST and COMMAND authorisations (mod_sessions 9.3.1).
    const bool hasRef = s.has(F::AuthorizationReference) && !s.utf8(F::AuthorizationReference).empty();
    if ((s.authMethod == AuthMethod::AuthRequest || s.authMethod == AuthMethod::Command) && !hasRef) {
        reportAt(QStringLiteral("/authorization_reference"), Severity::Info, QLatin1StringView("auth.reference_missing"),
                 Spec::SessionObject,
                 out ? tr("auth_method is %1 but there is no authorization_reference; when the eMSP gave one it SHALL be "
                          "copied here")
                           .arg(spelling(s.authMethod))
                     : QString());
    } else if (s.authMethod == AuthMethod::Whitelist && hasRef) {
        reportAt(QStringLiteral("/authorization_reference"), Severity::Info, QLatin1StringView("auth.reference_whitelist"),
                 Spec::AuthMethod,
                 out ? tr("auth_method is WHITELIST (no request to the eMSP) and an authorization_reference is present: "
                          "right when the session began with a reservation or command (auth_method may change during a "
                          "session), otherwise nothing was authorised by the eMSP to refer to")
                     : QString());
    }

    // #NA is allowed in evse_uid and connector_id only for a reservation without an EVSE yet (transport_and_format 4.1.9).
    const std::pair<F, const char *> naFields[] = {{F::EvseUid, "/evse_uid"}, {F::ConnectorId, "/connector_id"},
                                                   {F::LocationId, "/location_id"}, {F::Id, "/id"},
                                                   {F::TokenUid, "/cdr_token/uid"}, {F::TokenContractId, "/cdr_token/contract_id"}};
    for (const auto &[f, ptr] : naFields) {
        if (!s.has(f) || s.utf8(f) != "#NA"sv)
            continue;
        const bool reservationField = f == F::EvseUid || f == F::ConnectorId;
        const bool reservation = s.status == SessionStatus::Reservation
                                 || (s.status == SessionStatus::Completed && !(s.kwh > 0));
        if (reservationField && reservation)
            continue;
        reportAt(QLatin1StringView(ptr), Severity::Warning, QLatin1StringView("not_available.unexpected"),
                 Spec::NotAvailable,
                 out ? (reservationField ? tr("'#NA' is allowed here only for a reservation that has no EVSE or connector "
                                              "yet; this session is %1")
                                               .arg(spelling(s.status))
                                         : tr("'#NA' is meant for data that cannot be known; this field identifies the "
                                              "session"))
                     : QString());
    }
}

} // namespace

SessionValidator::SessionValidator() : d(std::make_unique<Private>()) {}
SessionValidator::~SessionValidator() = default;

Session SessionValidator::validate(std::string_view json, Findings *findings, TextPosition start, size_t capacity)
{
    Session s;
    Walker w(findings, s);
    dom::element root;
    simdjson::error_code err;
    if (capacity >= json.size() + kPadding)
        err = d->parser.parse(reinterpret_cast<const uint8_t *>(json.data()), json.size(), false).get(root);
    else
        err = d->parser.parse(json.data(), json.size(), true).get(root);

    if (err) {
        QLatin1StringView code("json.syntax");
        QString message;
        if (err == simdjson::UTF8_ERROR) {
            code = QLatin1StringView("encoding.not_utf8");
            const size_t at = firstInvalidUtf8(json);
            const TextPosition pos = JsonSyntax::positionOf(json, at == string_view::npos ? 0 : at, start);
            message = tr("the text is not UTF-8 at line %1, column %2 (%3); JSON must be UTF-8, and bytes like this "
                         "usually mean ISO-8859-1 or Windows-1252 text")
                          .arg(pos.line)
                          .arg(pos.column)
                          .arg(at == string_view::npos ? QString() : JsonSyntax::describeByte(json[at]));
        } else if (err == simdjson::DEPTH_ERROR) {
            code = QLatin1StringView("json.too_deep");
            message = tr("the record is nested deeper than %1 levels").arg(d->parser.max_depth());
        } else if (err == simdjson::NUMBER_ERROR || err == simdjson::NUMBER_OUT_OF_RANGE) {
            code = QLatin1StringView("json.number");
            message = tr("the record holds a number that cannot be represented (too large or malformed)");
        } else if (err == simdjson::CAPACITY) {
            code = QLatin1StringView("json.too_large");
            message = tr("the record is too large to parse (%1 bytes)").arg(json.size());
        } else if (const auto e = JsonSyntax::firstError(json)) {
            const TextPosition pos = JsonSyntax::positionOf(json, e->offset, start);
            message = tr("not valid JSON at line %1, column %2: %3").arg(pos.line).arg(pos.column).arg(e->message);
        } else {
            message = tr("not valid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(err)));
        }
        w.reportAt(QString(), Severity::Error, code, Spec::Json, message);
        return s;
    }
    if (root.type() != dom::element_type::OBJECT) {
        w.reportAt(QString(), Severity::Error, QLatin1StringView("record.not_object"), Spec::SessionObject,
                   tr("the record is %1, not a Session object").arg(typeName(jtype(root))));
        return s;
    }
    dom::object obj;
    if (!root.get_object().get(obj))
        w.walkSession(obj);
    w.checkConsistency();
    return s;
}

} // namespace Ocpi
