// The Session validator, rule by rule: each rule is shown firing on a small change to a valid record (with its
// severity and exact JSON Pointer), and silent on the valid record and on near misses the spec allows.
#include "ocpi/sessionvalidator.h"

#include "ocpi/finding.h"
#include "ocpi/isocodes.h"
#include "ocpi/session.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QScopeGuard>
#include <QtTest/QtTest>

#include <cmath>
#include <initializer_list>

#if defined(Q_OS_UNIX) && Q_PROCESSOR_WORDSIZE == 8
#include <sys/mman.h>
#define OSM_CAN_MAP_4GB 1
#endif

using namespace Ocpi;

Q_DECLARE_METATYPE(Ocpi::Severity)

namespace {

// OCPI 2.2.1 mod_sessions, examples/session_example_1_simple_start.json, verbatim (a PENDING session).
constexpr char kExample1[] = R"json({
    "country_code": "NL",
    "party_id": "STK",
    "id": "101",
    "start_date_time": "2020-03-09T10:17:09Z",
    "kwh": 0.0,
    "cdr_token": {
        "country_code": "NL",
        "party_id": "TST",
        "uid": "123abc",
        "type": "RFID",
        "contract_id": "NL-TST-C12345678-S"
    },
    "auth_method": "WHITELIST",
    "location_id": "LOC1",
    "evse_uid": "3256",
    "connector_id": "1",
    "currency": "EUR",
    "total_cost": {
        "excl_vat": 2.5
    },
    "status": "PENDING",
    "last_updated": "2020-03-09T10:17:09Z"
}
)json";

// The same session, COMPLETED after an hour: two half-hour charging periods whose ENERGY adds up to kwh,
// with every kind of dimension the rules look at.
constexpr char kCompleted[] = R"json({
    "country_code": "NL",
    "party_id": "STK",
    "id": "102",
    "start_date_time": "2020-03-09T10:17:09Z",
    "end_date_time": "2020-03-09T11:17:09Z",
    "kwh": 11.5,
    "cdr_token": {
        "country_code": "NL",
        "party_id": "TST",
        "uid": "123abc",
        "type": "RFID",
        "contract_id": "NL-TST-C12345678-S"
    },
    "auth_method": "WHITELIST",
    "location_id": "LOC1",
    "evse_uid": "3256",
    "connector_id": "1",
    "meter_id": "MTR-0001",
    "currency": "EUR",
    "charging_periods": [{
        "start_date_time": "2020-03-09T10:17:09Z",
        "dimensions": [
            {"type": "ENERGY", "volume": 5.5},
            {"type": "MIN_CURRENT", "volume": 6},
            {"type": "MAX_CURRENT", "volume": 32},
            {"type": "TIME", "volume": 0.5}
        ]
    }, {
        "start_date_time": "2020-03-09T10:47:09Z",
        "dimensions": [
            {"type": "ENERGY", "volume": 6.0},
            {"type": "STATE_OF_CHARGE", "volume": 80},
            {"type": "MIN_POWER", "volume": 3.5},
            {"type": "MAX_POWER", "volume": 11},
            {"type": "PARKING_TIME", "volume": 0.1}
        ],
        "tariff_id": "12"
    }],
    "total_cost": {
        "excl_vat": 4.00,
        "incl_vat": 4.84
    },
    "status": "COMPLETED",
    "last_updated": "2020-03-09T11:17:10Z"
}
)json";

// Times of the bases, in milliseconds since the epoch.
constexpr qint64 k0917 = Q_INT64_C(1583749029000); // 2020-03-09T10:17:09Z
constexpr qint64 k1047 = Q_INT64_C(1583750829000); // 2020-03-09T10:47:09Z
constexpr qint64 k1117 = Q_INT64_C(1583752629000); // 2020-03-09T11:17:09Z

std::string_view bytes(const QByteArray &a) { return std::string_view(a.constData(), size_t(a.size())); }

QByteArray readSpecExample(const char *name)
{
    QFile f(QStringLiteral(OSM_FIXTURES "/spec/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// --- building variants of a record -------------------------------------------------------------------

// One change to a JSON document: set the value at an RFC 6901 pointer (json is a JSON text, which may be a
// scalar), or remove it (json == nullptr). "-" as the last array index appends.
struct Edit
{
    const char *pointer;
    const char *json;
};

[[noreturn]] void badTestData(const QString &what)
{
    qFatal("bad test data: %s", qPrintable(what));
}

QJsonValue parseFragment(const char *json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json + ']', &err);
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1)
        badTestData(QStringLiteral("not a JSON value: ") + QString::fromUtf8(json));
    return doc.array().at(0);
}

QJsonValue applyAt(const QJsonValue &node, const QStringList &tokens, qsizetype i, const QJsonValue *value)
{
    const QString &token = tokens.at(i);
    const bool last = i + 1 == tokens.size();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        if (token == u"-" && last && value) {
            a.append(*value);
            return a;
        }
        bool ok = false;
        const qsizetype k = token.toLongLong(&ok);
        if (!ok || k < 0 || k >= a.size())
            badTestData(QStringLiteral("no array element ") + token);
        if (!last)
            a[k] = applyAt(a.at(k), tokens, i + 1, value);
        else if (value)
            a[k] = *value;
        else
            a.removeAt(k);
        return a;
    }
    if (!node.isObject())
        badTestData(QStringLiteral("cannot descend into a scalar at ") + token);
    QJsonObject o = node.toObject();
    if (!last) {
        if (!o.contains(token))
            badTestData(QStringLiteral("no member ") + token);
        o.insert(token, applyAt(o.value(token), tokens, i + 1, value));
    } else if (value) {
        o.insert(token, *value);
    } else {
        if (!o.contains(token))
            badTestData(QStringLiteral("nothing to remove at ") + token);
        o.remove(token);
    }
    return o;
}

QByteArray edited(const QByteArray &base, std::initializer_list<Edit> edits)
{
    QJsonParseError err;
    QJsonValue root = QJsonDocument::fromJson(base, &err).object();
    if (err.error != QJsonParseError::NoError)
        badTestData(QStringLiteral("base is not JSON: ") + err.errorString());
    for (const Edit &e : edits) {
        const QString pointer = QString::fromUtf8(e.pointer);
        if (!pointer.startsWith(u'/'))
            badTestData(QStringLiteral("not a JSON Pointer: ") + pointer);
        QStringList tokens = pointer.mid(1).split(u'/');
        for (QString &t : tokens)
            t.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (e.json) {
            const QJsonValue v = parseFragment(e.json);
            root = applyAt(root, tokens, 0, &v);
        } else {
            root = applyAt(root, tokens, 0, nullptr);
        }
    }
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented);
}

QByteArray with(const QByteArray &base, const char *pointer, const char *json) { return edited(base, {{pointer, json}}); }
QByteArray without(const QByteArray &base, const char *pointer) { return edited(base, {{pointer, nullptr}}); }

// A change QJsonDocument cannot express (duplicate keys, bytes that are not UTF-8, raw number text).
QByteArray replaced(const QByteArray &base, const char *before, const char *after)
{
    const QByteArray b(before);
    if (base.count(b) != 1)
        badTestData(QStringLiteral("expected exactly one '%1'").arg(QString::fromUtf8(before)));
    return QByteArray(base).replace(b, QByteArray(after));
}

QByteArray quoted(const QByteArray &s) { return '"' + s + '"'; }

// --- running the validator ---------------------------------------------------------------------------

struct Result
{
    Session session;
    Findings findings;
};

QByteArray describe(const Findings &findings)
{
    QByteArray out = "findings:";
    if (findings.isEmpty())
        out += " none";
    for (const Finding &f : findings) {
        out += "\n  " + severityName(f.severity).toString().toUtf8() + ' ' + f.code.toString().toUtf8() + " at '"
             + f.path.toUtf8() + "': " + f.message.toUtf8() + " [" + f.spec.toString().toUtf8() + ']';
    }
    return out;
}

const Finding *findCode(const Findings &findings, QLatin1StringView code, const QString &path)
{
    for (const Finding &f : findings) {
        if (f.code == code && f.path == path)
            return &f;
    }
    return nullptr;
}

bool hasCode(const Findings &findings, QLatin1StringView code)
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

bool citesSpec(QLatin1StringView spec)
{
    for (const char *prefix : {"mod_sessions 9.", "mod_cdrs 10.", "mod_tokens 12.", "types 16.", "transport_and_format 4."}) {
        if (spec.startsWith(QLatin1StringView(prefix)) && spec.size() > qsizetype(qstrlen(prefix)) + 2)
            return true;
    }
    return false;
}

} // namespace

class TestSessionValidator : public QObject
{
    Q_OBJECT

private:
    Result run(const QByteArray &json, TextPosition start = {})
    {
        Result r;
        r.session = m_validator.validate(bytes(json), &r.findings, start);
        return r;
    }
    void verifyCounts(const QByteArray &json, const Result &r);

    SessionValidator m_validator;
    const QByteArray ex1 = QByteArray(kExample1);
    const QByteArray done = QByteArray(kCompleted);
    // Derived bases, each valid on its own (see validRecords).
    const QByteArray active = edited(done, {{"/status", "\"ACTIVE\""}, {"/end_date_time", nullptr}});
    const QByteArray reservation = with(ex1, "/status", "\"RESERVATION\"");

private slots:
    void example1ConstantIsTheSpecFile();
    void validRecords_data();
    void validRecords();
    void rule_data();
    void rule();
    void silent_data();
    void silent();
    void message_data();
    void message();
    void specExample2IsWhInEnergy();
    void parsedValues();
    void duplicateKeyLastValueWins();
    void unknownKeysAreEscapedAndKept();
    void jsonSyntaxPositionCountsFromRecordStart();
    void inPlaceParseMatchesCopy();
    void isoTables_data();
    void isoTables();
#ifdef OSM_CAN_MAP_4GB
    void recordTooLarge();
#endif
};

// Every finding is counted once under its severity, also when no list of findings is asked for.
void TestSessionValidator::verifyCounts(const QByteArray &json, const Result &r)
{
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : r.findings) {
        (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : infos)++;
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.code.toString()));
        QVERIFY2(citesSpec(f.spec), qPrintable(f.code.toString() + QLatin1String(" cites '") + f.spec + u'\''));
    }
    QCOMPARE(int(r.session.errorCount), errors);
    QCOMPARE(int(r.session.warningCount), warnings);
    QCOMPARE(int(r.session.infoCount), infos);
    QCOMPARE(r.session.isValid(), errors == 0);

    const Session quiet = m_validator.validate(bytes(json), nullptr);
    QCOMPARE(quiet.errorCount, r.session.errorCount);
    QCOMPARE(quiet.warningCount, r.session.warningCount);
    QCOMPARE(quiet.infoCount, r.session.infoCount);
}

void TestSessionValidator::example1ConstantIsTheSpecFile()
{
    const QByteArray file = readSpecExample("session_example_1_simple_start.json");
    QVERIFY2(!file.isEmpty(), "tests/fixtures/spec/session_example_1_simple_start.json is missing");
    QCOMPARE(ex1, file);
}

void TestSessionValidator::validRecords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("spec example 1 (constant)") << ex1;
    QTest::newRow("spec example 1 (file)") << readSpecExample("session_example_1_simple_start.json");
    QTest::newRow("spec example 1 re-serialised by the edit helper") << edited(ex1, {});
    QTest::newRow("COMPLETED base") << done;
    QTest::newRow("COMPLETED base re-serialised by the edit helper") << edited(done, {});
    QTest::newRow("ACTIVE base") << active;
    QTest::newRow("RESERVATION base") << reservation;
}

void TestSessionValidator::validRecords()
{
    QFETCH(QByteArray, json);
    QVERIFY(!json.isEmpty());
    const Result r = run(json);
    QVERIFY2(r.findings.isEmpty(), describe(r.findings).constData());
    QVERIFY(r.session.isValid());
    verifyCounts(json, r);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.session.errorCount + r.session.warningCount + r.session.infoCount, 0);
}

void TestSessionValidator::rule_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("path");

    const auto E = Severity::Error, W = Severity::Warning, I = Severity::Info;
    auto row = [](const char *code, const char *name, const QByteArray &base, const QByteArray &json, Severity sev,
                  const char *path) {
        QTest::addRow("%s: %s", code, name) << base << json << QString::fromLatin1(code) << sev << QString::fromUtf8(path);
    };
    const QByteArray long37(37, 'x');
    const QByteArray long37Json = quoted(long37);

    // field.required
    row("field.required", "kwh", ex1, without(ex1, "/kwh"), E, "/kwh");
    row("field.required", "connector_id", ex1, without(ex1, "/connector_id"), E, "/connector_id");
    row("field.required", "cdr_token.uid", ex1, without(ex1, "/cdr_token/uid"), E, "/cdr_token/uid");
    row("field.required", "total_cost.excl_vat", ex1, without(ex1, "/total_cost/excl_vat"), E, "/total_cost/excl_vat");
    row("field.required", "period start", done, without(done, "/charging_periods/1/start_date_time"), E,
        "/charging_periods/1/start_date_time");
    row("field.required", "period dimensions", done, without(done, "/charging_periods/1/dimensions"), E,
        "/charging_periods/1/dimensions");
    row("field.required", "dimension volume", done, without(done, "/charging_periods/0/dimensions/2/volume"), E,
        "/charging_periods/0/dimensions/2/volume");
    row("field.required", "empty object", ex1, QByteArray("{}"), E, "/country_code");

    // field.null (required) and field.null_optional
    row("field.null", "kwh", ex1, with(ex1, "/kwh", "null"), E, "/kwh");
    row("field.null", "id", ex1, with(ex1, "/id", "null"), E, "/id");
    row("field.null", "cdr_token", ex1, with(ex1, "/cdr_token", "null"), E, "/cdr_token");
    row("field.null", "auth_method", ex1, with(ex1, "/auth_method", "null"), E, "/auth_method");
    row("field.null", "status", ex1, with(ex1, "/status", "null"), E, "/status");
    row("field.null", "last_updated", ex1, with(ex1, "/last_updated", "null"), E, "/last_updated");
    row("field.null", "excl_vat", ex1, with(ex1, "/total_cost/excl_vat", "null"), E, "/total_cost/excl_vat");
    row("field.null", "charging period", done, with(done, "/charging_periods/0", "null"), E, "/charging_periods/0");
    row("field.null", "dimension type", done, with(done, "/charging_periods/0/dimensions/1/type", "null"), E,
        "/charging_periods/0/dimensions/1/type");
    row("field.null_optional", "end_date_time", ex1, with(ex1, "/end_date_time", "null"), I, "/end_date_time");
    row("field.null_optional", "meter_id", done, with(done, "/meter_id", "null"), I, "/meter_id");
    row("field.null_optional", "authorization_reference", ex1, with(ex1, "/authorization_reference", "null"), I,
        "/authorization_reference");
    row("field.null_optional", "charging_periods", ex1, with(ex1, "/charging_periods", "null"), I, "/charging_periods");
    row("field.null_optional", "total_cost", ex1, with(ex1, "/total_cost", "null"), I, "/total_cost");
    row("field.null_optional", "incl_vat", ex1, with(ex1, "/total_cost/incl_vat", "null"), I, "/total_cost/incl_vat");
    row("field.null_optional", "tariff_id", done, with(done, "/charging_periods/1/tariff_id", "null"), I,
        "/charging_periods/1/tariff_id");

    // type.mismatch
    row("type.mismatch", "kwh as a string", ex1, with(ex1, "/kwh", "\"12.5\""), E, "/kwh");
    row("type.mismatch", "id as a number", ex1, with(ex1, "/id", "101"), E, "/id");
    row("type.mismatch", "total_cost as a number (2.1.1)", ex1, with(ex1, "/total_cost", "2.5"), E, "/total_cost");
    row("type.mismatch", "total_cost as a string", ex1, with(ex1, "/total_cost", "\"2.50\""), E, "/total_cost");
    row("type.mismatch", "cdr_token as a string", ex1, with(ex1, "/cdr_token", "\"123abc\""), E, "/cdr_token");
    row("type.mismatch", "status as a number", ex1, with(ex1, "/status", "1"), E, "/status");
    row("type.mismatch", "start_date_time as a number", ex1, with(ex1, "/start_date_time", "1583749029"), E,
        "/start_date_time");
    row("type.mismatch", "currency as an array", ex1, with(ex1, "/currency", "[\"EUR\"]"), E, "/currency");
    row("type.mismatch", "meter_id as a boolean", done, with(done, "/meter_id", "true"), E, "/meter_id");
    row("type.mismatch", "charging_periods as an object", done, with(done, "/charging_periods", "{}"), E,
        "/charging_periods");
    row("type.mismatch", "charging period as a number", done, with(done, "/charging_periods/1", "7"), E,
        "/charging_periods/1");
    row("type.mismatch", "dimensions as an object", done, with(done, "/charging_periods/0/dimensions", "{}"), E,
        "/charging_periods/0/dimensions");
    row("type.mismatch", "dimension as a string", done, with(done, "/charging_periods/0/dimensions/1", "\"MIN_CURRENT\""),
        E, "/charging_periods/0/dimensions/1");
    row("type.mismatch", "volume as a string", done, with(done, "/charging_periods/0/dimensions/0/volume", "\"5.5\""), E,
        "/charging_periods/0/dimensions/0/volume");
    row("type.mismatch", "excl_vat as a string", ex1, with(ex1, "/total_cost/excl_vat", "\"2.5\""), E,
        "/total_cost/excl_vat");

    // string.too_long: CiString(n) and string(n)
    row("string.too_long", "country_code CiString(2)", ex1, with(ex1, "/country_code", "\"NLD\""), E, "/country_code");
    row("string.too_long", "party_id CiString(3)", ex1, with(ex1, "/party_id", "\"STKX\""), E, "/party_id");
    row("string.too_long", "id CiString(36)", ex1, with(ex1, "/id", long37Json.constData()), E, "/id");
    row("string.too_long", "cdr_token.uid CiString(36)", ex1, with(ex1, "/cdr_token/uid", long37Json.constData()), E,
        "/cdr_token/uid");
    row("string.too_long", "tariff_id CiString(36)", done,
        with(done, "/charging_periods/1/tariff_id", long37Json.constData()), E, "/charging_periods/1/tariff_id");
    row("string.too_long", "meter_id string(255)", done, with(done, "/meter_id", quoted(QByteArray(256, 'm')).constData()),
        E, "/meter_id");
    row("string.too_long", "meter_id string(255), 256 two-byte characters", done,
        with(done, "/meter_id", quoted(QByteArray("\xc3\xa9").repeated(256)).constData()), E, "/meter_id");
    row("string.too_long", "currency string(3)", ex1, with(ex1, "/currency", "\"EURO\""), E, "/currency");

    // string.non_printable, cistring.non_ascii
    row("string.non_printable", "tab in id (CiString)", ex1, with(ex1, "/id", "\"1\\t01\""), E, "/id");
    row("string.non_printable", "line break in location_id", ex1, with(ex1, "/location_id", "\"LOC\\n1\""), E,
        "/location_id");
    row("string.non_printable", "DEL in contract_id", ex1, with(ex1, "/cdr_token/contract_id", "\"NL-TST-C1234\\u007f\""),
        E, "/cdr_token/contract_id");
    row("string.non_printable", "carriage return in meter_id (string)", done, with(done, "/meter_id", "\"MTR\\r1\""), E,
        "/meter_id");
    row("string.non_printable", "C1 control U+0085 in meter_id (string)", done, with(done, "/meter_id", "\"MTR\\u00851\""),
        E, "/meter_id");
    row("cistring.non_ascii", "location_id", ex1, with(ex1, "/location_id", "\"Caf\\u00e9\""), E, "/location_id");
    row("cistring.non_ascii", "cdr_token.uid", ex1, with(ex1, "/cdr_token/uid", "\"\\u00fc123\""), E, "/cdr_token/uid");

    // string.empty: a warning in a required field, a hint in an optional one
    row("string.empty", "id", ex1, with(ex1, "/id", "\"\""), W, "/id");
    row("string.empty", "country_code", ex1, with(ex1, "/country_code", "\"\""), W, "/country_code");
    row("string.empty", "currency", ex1, with(ex1, "/currency", "\"\""), W, "/currency");
    row("string.empty", "cdr_token.contract_id", ex1, with(ex1, "/cdr_token/contract_id", "\"\""), W,
        "/cdr_token/contract_id");
    row("string.empty", "meter_id (optional)", done, with(done, "/meter_id", "\"\""), I, "/meter_id");
    row("string.empty", "authorization_reference (optional)", ex1, with(ex1, "/authorization_reference", "\"\""), I,
        "/authorization_reference");

    // json.duplicate_key
    row("json.duplicate_key", "id", ex1, replaced(ex1, "\"id\": \"101\",", "\"id\": \"101\", \"id\": \"102\","), W, "/id");
    row("json.duplicate_key", "cdr_token.uid", ex1,
        replaced(ex1, "\"uid\": \"123abc\",", "\"uid\": \"123abc\", \"uid\": \"456def\","), W, "/cdr_token/uid");

    // field.unknown, with the pointer escaped (RFC 6901)
    row("field.unknown", "auth_id (2.1.1)", ex1, with(ex1, "/auth_id", "\"DE8ACC12E46L89\""), I, "/auth_id");
    row("field.unknown", "location (2.1.1)", ex1, with(ex1, "/location", "{\"id\": \"LOC1\"}"), I, "/location");
    row("field.unknown", "total_energy (CDR)", ex1, with(ex1, "/total_energy", "0"), I, "/total_energy");
    row("field.unknown", "vendor field", ex1, with(ex1, "/x_vendor", "{\"a\": [1, 2]}"), I, "/x_vendor");
    row("field.unknown", "in cdr_token", ex1, with(ex1, "/cdr_token/visual_number", "\"1234\""), I,
        "/cdr_token/visual_number");
    row("field.unknown", "in a dimension", done, with(done, "/charging_periods/0/dimensions/0/unit", "\"kWh\""), I,
        "/charging_periods/0/dimensions/0/unit");
    row("field.unknown", "in a charging period", done, with(done, "/charging_periods/1/end_date_time", "null"), I,
        "/charging_periods/1/end_date_time");
    row("field.unknown", "currency in total_cost", ex1, with(ex1, "/total_cost/currency", "\"EUR\""), I,
        "/total_cost/currency");
    row("field.unknown", "key with '/' and '~'", ex1, with(ex1, "/a~1b~0c", "1"), I, "/a~1b~0c");
    row("field.unknown", "key '~1' stays literal", ex1, with(ex1, "/~01", "1"), I, "/~01");

    // datetime.*
    row("datetime.empty", "start_date_time", ex1, with(ex1, "/start_date_time", "\"\""), E, "/start_date_time");
    row("datetime.too_long", "five fraction digits", ex1, with(ex1, "/start_date_time", "\"2020-03-09T10:17:08.12345Z\""),
        E, "/start_date_time");
    row("datetime.space", "start_date_time", ex1, with(ex1, "/start_date_time", "\"2020-03-09 10:17:09Z\""), E,
        "/start_date_time");
    row("datetime.offset", "+00:00 is not UTC", ex1, with(ex1, "/start_date_time", "\"2020-03-09T10:17:09+00:00\""), E,
        "/start_date_time");
    row("datetime.offset", "+01:00", ex1, with(ex1, "/last_updated", "\"2020-03-09T11:17:09+01:00\""), E, "/last_updated");
    row("datetime.offset", "-05:00 in end_date_time", done, with(done, "/end_date_time", "\"2020-03-09T06:17:09-05:00\""),
        E, "/end_date_time");
    row("datetime.lowercase", "t", ex1, with(ex1, "/start_date_time", "\"2020-03-09t10:17:09Z\""), E, "/start_date_time");
    row("datetime.lowercase", "z", ex1, with(ex1, "/start_date_time", "\"2020-03-09T10:17:09z\""), E, "/start_date_time");
    row("datetime.format", "day first", ex1, with(ex1, "/start_date_time", "\"09-03-2020T10:17:09Z\""), E,
        "/start_date_time");
    row("datetime.format", "no seconds", ex1, with(ex1, "/last_updated", "\"2020-03-09T10:17Z\""), E, "/last_updated");
    row("datetime.format", "in a charging period", done,
        with(done, "/charging_periods/1/start_date_time", "\"2020-03-09T10:47\""), E, "/charging_periods/1/start_date_time");
    row("datetime.impossible", "2019-02-30", ex1, with(ex1, "/start_date_time", "\"2019-02-30T10:17:09Z\""), E,
        "/start_date_time");
    row("datetime.impossible", "2019-02-29 (not a leap year)", ex1,
        with(ex1, "/start_date_time", "\"2019-02-29T10:17:09Z\""), E, "/start_date_time");
    row("datetime.impossible", "hour 24", done, with(done, "/end_date_time", "\"2020-03-09T24:00:00Z\""), E,
        "/end_date_time");

    // enum.*
    row("enum.invalid", "status", ex1, with(ex1, "/status", "\"FINISHED\""), E, "/status");
    row("enum.invalid", "empty status", ex1, with(ex1, "/status", "\"\""), E, "/status");
    row("enum.invalid", "auth_method", ex1, with(ex1, "/auth_method", "\"RFID\""), E, "/auth_method");
    row("enum.invalid", "auth_method with '-' (not only case)", ex1, with(ex1, "/auth_method", "\"AUTH-REQUEST\""), E,
        "/auth_method");
    row("enum.invalid", "token type", ex1, with(ex1, "/cdr_token/type", "\"CARD\""), E, "/cdr_token/type");
    row("enum.invalid", "FLAT dimension (2.1.1)", done, with(done, "/charging_periods/0/dimensions/3/type", "\"FLAT\""), E,
        "/charging_periods/0/dimensions/3/type");
    row("enum.case", "status", ex1, with(ex1, "/status", "\"pending\""), E, "/status");
    row("enum.case", "status, mixed case", done, with(done, "/status", "\"Completed\""), E, "/status");
    row("enum.case", "auth_method", ex1, with(ex1, "/auth_method", "\"whitelist\""), E, "/auth_method");
    row("enum.case", "token type", ex1, with(ex1, "/cdr_token/type", "\"rfid\""), E, "/cdr_token/type");
    row("enum.case", "dimension type", done, with(done, "/charging_periods/1/dimensions/1/type", "\"state_of_charge\""), E,
        "/charging_periods/1/dimensions/1/type");
    row("enum.reserved", "status RESERVED", ex1, with(ex1, "/status", "\"RESERVED\""), E, "/status");
    row("enum.reserved", "status reserved (lower case)", ex1, with(ex1, "/status", "\"reserved\""), E, "/status");

    // numbers and the token
    row("kwh.negative", "kwh", ex1, with(ex1, "/kwh", "-1.5"), E, "/kwh");
    row("cdr_token.contract_id_format", "not an eMA ID", ex1, with(ex1, "/cdr_token/contract_id", "\"12345\""), I,
        "/cdr_token/contract_id");
    row("cdr_token.contract_id_party", "other country", ex1,
        with(ex1, "/cdr_token/contract_id", "\"DE-TST-C12345678-S\""), W, "/cdr_token/contract_id");
    row("cdr_token.contract_id_party", "other provider", ex1,
        with(ex1, "/cdr_token/contract_id", "\"NL-ABC-C12345678-S\""), W, "/cdr_token/contract_id");
    row("cdr_token.rfid_uid_format", "RFID uid not hex", ex1, with(ex1, "/cdr_token/uid", "\"12-34-56\""), I,
        "/cdr_token/uid");
    row("country_code.format", "digit", ex1, with(ex1, "/country_code", "\"N1\""), E, "/country_code");
    row("country_code.format", "one letter", ex1, with(ex1, "/country_code", "\"N\""), E, "/country_code");
    row("country_code.format", "in cdr_token", ex1, with(ex1, "/cdr_token/country_code", "\"1L\""), E,
        "/cdr_token/country_code");
    row("country_code.unknown", "XX", ex1, with(ex1, "/country_code", "\"XX\""), W, "/country_code");
    row("country_code.unknown", "UK in cdr_token (GB is the code)", ex1, with(ex1, "/cdr_token/country_code", "\"UK\""), W,
        "/cdr_token/country_code");
    row("party_id.format", "two characters", ex1, with(ex1, "/party_id", "\"ST\""), W, "/party_id");
    row("party_id.format", "punctuation", ex1, with(ex1, "/party_id", "\"S-K\""), W, "/party_id");
    row("party_id.format", "in cdr_token", ex1, with(ex1, "/cdr_token/party_id", "\"T_T\""), W, "/cdr_token/party_id");
    row("currency.case", "eur", ex1, with(ex1, "/currency", "\"eur\""), E, "/currency");
    row("currency.unknown", "XYZ", ex1, with(ex1, "/currency", "\"XYZ\""), E, "/currency");
    row("currency.unknown", "EURO", ex1, with(ex1, "/currency", "\"EURO\""), E, "/currency");
    row("currency.withdrawn", "DEM", ex1, with(ex1, "/currency", "\"DEM\""), W, "/currency");
    row("currency.withdrawn", "HRK", ex1, with(ex1, "/currency", "\"HRK\""), W, "/currency");

    // charging periods and dimensions
    row("array.empty", "dimensions", done, with(done, "/charging_periods/0/dimensions", "[]"), E,
        "/charging_periods/0/dimensions");
    row("dimension.duplicate_type", "two ENERGY", done,
        with(done, "/charging_periods/0/dimensions/-", "{\"type\": \"ENERGY\", \"volume\": 0}"), W,
        "/charging_periods/0/dimensions/4/type");
    row("dimension.min_above_max", "current", done, with(done, "/charging_periods/0/dimensions/1/volume", "40"), W,
        "/charging_periods/0/dimensions/1/volume");
    row("dimension.min_above_max", "power", done, with(done, "/charging_periods/1/dimensions/2/volume", "12"), W,
        "/charging_periods/1/dimensions/2/volume");
    row("dimension.soc_range", "above 100", done, with(done, "/charging_periods/1/dimensions/1/volume", "101"), E,
        "/charging_periods/1/dimensions/1/volume");
    row("dimension.soc_range", "below 0", done, with(done, "/charging_periods/1/dimensions/1/volume", "-1"), E,
        "/charging_periods/1/dimensions/1/volume");
    row("dimension.negative", "TIME", done, with(done, "/charging_periods/0/dimensions/3/volume", "-0.1"), E,
        "/charging_periods/0/dimensions/3/volume");
    row("dimension.negative", "PARKING_TIME", done, with(done, "/charging_periods/1/dimensions/4/volume", "-0.1"), E,
        "/charging_periods/1/dimensions/4/volume");
    row("dimension.negative", "ENERGY_IMPORT", done,
        with(done, "/charging_periods/1/dimensions/-", "{\"type\": \"ENERGY_IMPORT\", \"volume\": -1}"), E,
        "/charging_periods/1/dimensions/5/volume");
    row("dimension.exceeds_period", "TIME longer than its period", done,
        with(done, "/charging_periods/0/dimensions/3/volume", "0.6"), W, "/charging_periods/0/dimensions/3/volume");
    row("dimension.exceeds_period", "PARKING_TIME after the last period start", done,
        with(done, "/charging_periods/1/dimensions/4/volume", "0.75"), W, "/charging_periods/1/dimensions/4/volume");

    // total_cost
    row("price.negative", "excl_vat", ex1, with(ex1, "/total_cost/excl_vat", "-2.5"), W, "/total_cost/excl_vat");
    row("price.incl_below_excl", "incl_vat", done, with(done, "/total_cost/incl_vat", "3.5"), E, "/total_cost/incl_vat");
    row("total_cost.currency_mismatch", "USD in a EUR session", ex1,
        with(ex1, "/total_cost", "{\"excl_vat\": 2.5, \"currency\": \"USD\"}"), E, "/total_cost/currency");

    // times and status
    row("session.end_before_start", "end before start", done, with(done, "/end_date_time", "\"2020-03-09T10:00:00Z\""), E,
        "/end_date_time");
    row("status.completed_without_end", "end_date_time missing", done, without(done, "/end_date_time"), E,
        "/end_date_time");
    row("status.completed_without_end", "end_date_time null", done, with(done, "/end_date_time", "null"), E,
        "/end_date_time");
    row("status.end_while_open", "ACTIVE", done, with(done, "/status", "\"ACTIVE\""), W, "/end_date_time");
    row("status.end_while_open", "PENDING", ex1, with(ex1, "/end_date_time", "\"2020-03-09T10:17:09Z\""), W,
        "/end_date_time");
    row("status.end_while_open", "RESERVATION", reservation,
        with(reservation, "/end_date_time", "\"2020-03-09T10:17:09Z\""), W, "/end_date_time");
    row("status.energy_before_start", "PENDING", ex1, with(ex1, "/kwh", "1.5"), W, "/kwh");
    row("status.energy_before_start", "RESERVATION", reservation, with(reservation, "/kwh", "0.2"), W, "/kwh");
    row("last_updated.before_start", "last_updated", ex1, with(ex1, "/last_updated", "\"2020-03-09T10:00:00Z\""), E,
        "/last_updated");
    row("last_updated.before_end", "last_updated", done, with(done, "/last_updated", "\"2020-03-09T11:00:00Z\""), E,
        "/last_updated");
    row("charging_periods.before_start", "first period", done,
        with(done, "/charging_periods/0/start_date_time", "\"2020-03-09T10:00:00Z\""), E,
        "/charging_periods/0/start_date_time");
    row("charging_periods.after_end", "last period", done,
        with(done, "/charging_periods/1/start_date_time", "\"2020-03-09T11:30:00Z\""), E,
        "/charging_periods/1/start_date_time");
    row("charging_periods.duplicate", "same start", done,
        with(done, "/charging_periods/1/start_date_time", "\"2020-03-09T10:17:09Z\""), E,
        "/charging_periods/1/start_date_time");
    row("charging_periods.unordered", "swapped starts", done,
        edited(done, {{"/charging_periods/0/start_date_time", "\"2020-03-09T10:47:09Z\""},
                      {"/charging_periods/1/start_date_time", "\"2020-03-09T10:17:09Z\""}}),
        E, "/charging_periods/1/start_date_time");

    // energy and kwh
    row("energy.unit_wh", "spec example 2", ex1, readSpecExample("session_example_2_short_finished.json"), E,
        "/charging_periods/1/dimensions/0/volume");
    row("energy.unit_wh", "ENERGY in Wh", done,
        edited(done, {{"/charging_periods/0/dimensions/0/volume", "5500"},
                      {"/charging_periods/1/dimensions/0/volume", "6000"}}),
        E, "/charging_periods/1/dimensions/0/volume");
    row("energy.unit_wh", "ENERGY in Wh, ACTIVE", active,
        edited(active, {{"/charging_periods/0/dimensions/0/volume", "5500"},
                        {"/charging_periods/1/dimensions/0/volume", "6000"}}),
        E, "/charging_periods/1/dimensions/0/volume");
    row("energy.unit_wh", "ENERGY_IMPORT in Wh", done,
        edited(done, {{"/charging_periods/0/dimensions/0", "{\"type\": \"ENERGY_IMPORT\", \"volume\": 5500}"},
                      {"/charging_periods/1/dimensions/0", "{\"type\": \"ENERGY_IMPORT\", \"volume\": 6000}"}}),
        E, "/charging_periods/1/dimensions/0/volume");
    row("kwh.unit_wh", "kwh in Wh", done, with(done, "/kwh", "11500"), E, "/kwh");
    row("kwh.unit_wh", "kwh in Wh, ACTIVE", active, with(active, "/kwh", "11500"), E, "/kwh");
    row("energy.cumulative", "meter readings", done, with(done, "/charging_periods/1/dimensions/0/volume", "11.5"), W,
        "/charging_periods");
    row("kwh.energy_mismatch", "kwh above the periods", done, with(done, "/kwh", "20"), W, "/kwh");
    row("kwh.energy_mismatch", "ACTIVE, periods above kwh", active, with(active, "/kwh", "9"), W, "/kwh");

    // authorization_reference
    row("auth.reference_missing", "AUTH_REQUEST", ex1, with(ex1, "/auth_method", "\"AUTH_REQUEST\""), I,
        "/authorization_reference");
    row("auth.reference_missing", "COMMAND, empty reference", ex1,
        edited(ex1, {{"/auth_method", "\"COMMAND\""}, {"/authorization_reference", "\"\""}}), I, "/authorization_reference");
    row("auth.reference_whitelist", "WHITELIST with a reference", ex1, with(ex1, "/authorization_reference", "\"REF-1\""),
        I, "/authorization_reference");

    // #NA
    row("not_available.unexpected", "evse_uid, ACTIVE", active, with(active, "/evse_uid", "\"#NA\""), W, "/evse_uid");
    row("not_available.unexpected", "connector_id, PENDING", ex1, with(ex1, "/connector_id", "\"#NA\""), W,
        "/connector_id");
    row("not_available.unexpected", "evse_uid, COMPLETED with energy", done, with(done, "/evse_uid", "\"#NA\""), W,
        "/evse_uid");
    row("not_available.unexpected", "id, even in a reservation", reservation, with(reservation, "/id", "\"#NA\""), W,
        "/id");
    row("not_available.unexpected", "contract_id", ex1, with(ex1, "/cdr_token/contract_id", "\"#NA\""), W,
        "/cdr_token/contract_id");

    // the record as a whole
    row("record.not_object", "array", ex1, QByteArray("[]"), E, "");
    row("record.not_object", "array holding the session", ex1, '[' + ex1 + ']', E, "");
    row("record.not_object", "null", ex1, QByteArray("null"), E, "");
    row("record.not_object", "string", ex1, QByteArray("\"session\""), E, "");
    row("json.syntax", "truncated", ex1, ex1.left(120), E, "");
    row("json.syntax", "trailing comma", ex1, replaced(ex1, "\"last_updated\": \"2020-03-09T10:17:09Z\"",
                                                       "\"last_updated\": \"2020-03-09T10:17:09Z\","), E, "");
    row("json.syntax", "empty text", ex1, QByteArray(), E, "");
    row("json.too_deep", "1100 nested arrays", ex1, "{\"x\": " + QByteArray(1100, '[') + QByteArray(1100, ']') + '}', E,
        "");
    row("json.number", "1e999", ex1, replaced(ex1, "\"kwh\": 0.0", "\"kwh\": 1e999"), E, "");
    row("encoding.not_utf8", "Latin-1 e-acute", ex1, replaced(ex1, "\"LOC1\"", "\"Caf\xe9\""), E, "");
    row("encoding.not_utf8", "truncated UTF-8 sequence", ex1, replaced(ex1, "\"3256\"", "\"32\xc3\""), E, "");
}

void TestSessionValidator::rule()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(QString, path);
    const QByteArray codeLatin1 = code.toLatin1();
    const QLatin1StringView codeView(codeLatin1);

    // Fires, with its severity, at its place, citing the spec.
    const Result r = run(json);
    const Finding *f = findCode(r.findings, codeView, path);
    QVERIFY2(f, describe(r.findings).constData());
    QCOMPARE(severityName(f->severity), severityName(severity));
    QVERIFY(!f->spec.isEmpty());
    QVERIFY2(citesSpec(f->spec), qPrintable(f->spec.toString()));
    QVERIFY(!f->message.isEmpty());
    if (severity == Severity::Error)
        QVERIFY(!r.session.isValid());
    verifyCounts(json, r);
    if (QTest::currentTestFailed())
        return;

    // Silent on the record the change was made to.
    const Result b = run(base);
    QVERIFY2(!hasCode(b.findings, codeView), describe(b.findings).constData());
}

void TestSessionValidator::silent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("clean");

    auto row = [](const char *code, const char *name, const QByteArray &json, bool clean = true) {
        QTest::addRow("%s: %s", code, name) << json << QString::fromLatin1(code) << clean;
    };
    const QByteArray twoByte255 = quoted(QByteArray("\xc3\xa9").repeated(255));

    row("datetime.impossible", "2020-02-29 is a leap day", with(ex1, "/start_date_time", "\"2020-02-29T10:17:09Z\""));
    row("datetime.format", "fraction, no designator", with(ex1, "/start_date_time", "\"2020-03-09T10:17:08.5\""));
    row("datetime.too_long", "four fraction digits and Z (25)", with(ex1, "/start_date_time", "\"2020-03-09T10:17:08.1234Z\""));
    row("string.too_long", "id of 36", with(ex1, "/id", quoted(QByteArray(36, 'i')).constData()));
    row("string.too_long", "meter_id of 255 two-byte characters", with(done, "/meter_id", twoByte255.constData()));
    row("cistring.non_ascii", "meter_id is a string, UTF-8 allowed", with(done, "/meter_id", "\"Z\\u00e4hler 1\""));
    row("string.non_printable", "U+00A0 is printable in a string", with(done, "/meter_id", "\"MTR\\u00a01\""));
    row("country_code.unknown", "CiString is case-insensitive", edited(ex1, {{"/country_code", "\"nl\""},
                                                                          {"/cdr_token/country_code", "\"nl\""}}));
    row("party_id.format", "lower case and digits", edited(ex1, {{"/party_id", "\"stk\""}, {"/cdr_token/party_id", "\"tst\""},
                                                                 {"/cdr_token/contract_id", "\"NL-tst-C12345678-S\""}}));
    row("party_id.format", "digits", with(ex1, "/party_id", "\"AB1\""));
    row("cdr_token.contract_id_format", "eMA ID without hyphens", with(ex1, "/cdr_token/contract_id", "\"NLTSTC12345678S\""));
    row("cdr_token.contract_id_format", "eMA ID without check digit", with(ex1, "/cdr_token/contract_id", "\"NL-TST-C12345678\""));
    row("cdr_token.contract_id_party", "case-insensitive party", with(ex1, "/cdr_token/contract_id", "\"nl-tst-c12345678-s\""));
    row("cdr_token.rfid_uid_format", "APP_USER uid need not be hex",
        edited(ex1, {{"/cdr_token/type", "\"APP_USER\""}, {"/cdr_token/uid", "\"user-42\""}}));
    row("cdr_token.rfid_uid_format", "7-byte RFID UID", with(ex1, "/cdr_token/uid", "\"04A1B2C3D4E5F6\""));
    row("currency.unknown", "CHF", with(ex1, "/currency", "\"CHF\""));
    row("array.empty", "charging_periods may be empty (card. *)", with(ex1, "/charging_periods", "[]"));
    row("dimension.min_above_max", "min equals max", with(done, "/charging_periods/0/dimensions/1/volume", "32"));
    row("dimension.soc_range", "100 %", with(done, "/charging_periods/1/dimensions/1/volume", "100"));
    row("dimension.soc_range", "0 %", with(done, "/charging_periods/1/dimensions/1/volume", "0"));
    row("dimension.negative", "negative MIN_CURRENT and MIN_POWER (EV to grid)",
        edited(done, {{"/charging_periods/0/dimensions/1/volume", "-6"}, {"/charging_periods/1/dimensions/2/volume", "-3.5"}}));
    row("dimension.negative", "negative CURRENT and POWER",
        edited(done, {{"/charging_periods/0/dimensions/-", "{\"type\": \"CURRENT\", \"volume\": -10}"},
                      {"/charging_periods/1/dimensions/-", "{\"type\": \"POWER\", \"volume\": -3}"}}));
    row("dimension.negative", "negative MAX_CURRENT and MAX_POWER (discharging all period)",
        edited(done, {{"/charging_periods/0/dimensions/1/volume", "-16"}, {"/charging_periods/0/dimensions/2/volume", "-6"},
                      {"/charging_periods/1/dimensions/2/volume", "-7"}, {"/charging_periods/1/dimensions/3/volume", "-3"}}));
    row("dimension.negative", "negative ENERGY in one period",
        edited(done, {{"/charging_periods/0/dimensions/0/volume", "-0.5"}, {"/charging_periods/1/dimensions/0/volume", "12"}}));
    row("dimension.exceeds_period", "TIME within rounding of its period", with(done, "/charging_periods/0/dimensions/3/volume", "0.52"));
    row("price.negative", "free of charge", with(ex1, "/total_cost/excl_vat", "0"));
    row("price.incl_below_excl", "no VAT", with(done, "/total_cost/incl_vat", "4"));
    row("total_cost.currency_mismatch", "same currency", with(ex1, "/total_cost/currency", "\"EUR\""), false);
    row("status.end_while_open", "INVALID with an end", with(done, "/status", "\"INVALID\""));
    row("status.energy_before_start", "RESERVATION without energy", reservation);
    row("last_updated.before_end", "last_updated equals end", with(done, "/last_updated", "\"2020-03-09T11:17:09Z\""));
    row("kwh.energy_mismatch", "ACTIVE, periods lag behind kwh", with(active, "/kwh", "20"));
    row("kwh.energy_mismatch", "within rounding", with(done, "/kwh", "11.6"));
    row("kwh.energy_mismatch", "ENERGY_IMPORT stands in for ENERGY",
        edited(done, {{"/charging_periods/0/dimensions/0/type", "\"ENERGY_IMPORT\""},
                      {"/charging_periods/1/dimensions/0/type", "\"ENERGY_IMPORT\""}}));
    row("auth.reference_missing", "AUTH_REQUEST with a reference",
        edited(ex1, {{"/auth_method", "\"AUTH_REQUEST\""}, {"/authorization_reference", "\"REF-1\""}}));
    row("auth.reference_missing", "COMMAND with a reference",
        edited(ex1, {{"/auth_method", "\"COMMAND\""}, {"/authorization_reference", "\"REF-1\""}}));
    row("not_available.unexpected", "#NA EVSE and connector in a RESERVATION",
        edited(reservation, {{"/evse_uid", "\"#NA\""}, {"/connector_id", "\"#NA\""}}));
    row("not_available.unexpected", "#NA EVSE in a reservation COMPLETED without energy",
        edited(ex1, {{"/status", "\"COMPLETED\""}, {"/evse_uid", "\"#NA\""},
                     {"/end_date_time", "\"2020-03-09T10:47:09Z\""}, {"/last_updated", "\"2020-03-09T10:47:09Z\""}}));
    row("field.null_optional", "optional fields omitted", without(without(done, "/meter_id"), "/total_cost"));
}

void TestSessionValidator::silent()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(bool, clean);
    const QByteArray codeLatin1 = code.toLatin1();

    const Result r = run(json);
    QVERIFY2(!hasCode(r.findings, QLatin1StringView(codeLatin1)), describe(r.findings).constData());
    if (clean)
        QVERIFY2(r.findings.isEmpty(), describe(r.findings).constData());
    else
        QVERIFY(r.session.isValid());
    verifyCounts(json, r);
}

void TestSessionValidator::message_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    auto row = [](const char *name, const QByteArray &json, const char *code, const char *path, const char *fragment) {
        QTest::newRow(name) << json << QString::fromLatin1(code) << QString::fromUtf8(path) << QString::fromUtf8(fragment);
    };
    const QByteArray syntax("{\n  \"id\": \"1\",\n  \"kwh\": ,\n}");

    row("auth_id hint", with(ex1, "/auth_id", "\"X\""), "field.unknown", "/auth_id", "2.1.1");
    row("location hint", with(ex1, "/location", "{}"), "field.unknown", "/location", "2.1.1");
    row("CDR field hint", with(ex1, "/total_energy", "0"), "field.unknown", "/total_energy", "CDR field");
    row("escaped key keeps its name", with(ex1, "/a~1b~0c", "1"), "field.unknown", "/a~1b~0c", "'a/b~c'");
    row("connector_id is new in 2.2", without(ex1, "/connector_id"), "field.required", "/connector_id", "2.1.1");
    row("FLAT is 2.1.1", with(done, "/charging_periods/0/dimensions/3/type", "\"FLAT\""), "enum.invalid",
        "/charging_periods/0/dimensions/3/type", "2.1.1");
    row("enum case suggestion", with(ex1, "/status", "\"pending\""), "enum.case", "/status", "'PENDING'");
    row("enum near miss", with(ex1, "/status", "\"COMPLETE\""), "enum.invalid", "/status", "'COMPLETED'");
    row("RESERVED names RESERVATION", with(ex1, "/status", "\"RESERVED\""), "enum.reserved", "/status", "RESERVATION");
    row("currency case suggestion", with(ex1, "/currency", "\"eur\""), "currency.case", "/currency", "'EUR'");
    row("2.1.1 total_cost", with(ex1, "/total_cost", "2.5"), "type.mismatch", "/total_cost", "2.1.1");
    row("type names the value", with(ex1, "/kwh", "\"12.5\""), "type.mismatch", "/kwh", "'12.5'");
    row("non-printable names the code point", with(ex1, "/id", "\"1\\t01\""), "string.non_printable", "/id", "U+0009");
    row("C1 control names the code point", with(done, "/meter_id", "\"MTR\\u00851\""), "string.non_printable",
        "/meter_id", "U+0085");
    row("impossible date names the character", with(ex1, "/start_date_time", "\"2019-02-30T10:17:09Z\""),
        "datetime.impossible", "/start_date_time", "character 9");
    row("syntax names line and column", syntax, "json.syntax", "", "line 3, column 10");
    row("not UTF-8 names line and column", replaced(ex1, "\"LOC1\"", "\"Caf\xe9\""), "encoding.not_utf8", "",
        "line 15, column 24");
    row("not UTF-8 names the byte", replaced(ex1, "\"LOC1\"", "\"Caf\xe9\""), "encoding.not_utf8", "", "0xe9");
    row("too deep names the limit", "{\"x\": " + QByteArray(1100, '[') + QByteArray(1100, ']') + '}', "json.too_deep", "",
        "1024");
    row("not an object names the type", QByteArray("[]"), "record.not_object", "", "an array");
}

void TestSessionValidator::message()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    const QByteArray codeLatin1 = code.toLatin1();

    const Result r = run(json);
    const Finding *f = findCode(r.findings, QLatin1StringView(codeLatin1), path);
    QVERIFY2(f, describe(r.findings).constData());
    QVERIFY2(f->message.contains(fragment), qPrintable(f->message));
}

void TestSessionValidator::specExample2IsWhInEnergy()
{
    // The spec's own example 2 reports ENERGY in Wh (41000) while kwh is 41.12: exactly one error, at the volume.
    const QByteArray json = readSpecExample("session_example_2_short_finished.json");
    QVERIFY2(!json.isEmpty(), "tests/fixtures/spec/session_example_2_short_finished.json is missing");
    const Result r = run(json);
    QVERIFY2(r.findings.size() == 1, describe(r.findings).constData());
    const Finding &f = r.findings.first();
    QCOMPARE(f.code, QLatin1StringView("energy.unit_wh"));
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.path, QStringLiteral("/charging_periods/1/dimensions/0/volume"));
    QVERIFY(citesSpec(f.spec));
    QCOMPARE(r.session.errorCount, quint16(1));
    QCOMPARE(r.session.warningCount, quint16(0));
    QCOMPARE(r.session.infoCount, quint16(0));
    QVERIFY(!r.session.isValid());
    verifyCounts(json, r);
    if (QTest::currentTestFailed())
        return;

    // The record is still read in full.
    const Session &s = r.session;
    QCOMPARE(s.status, SessionStatus::Completed);
    QCOMPARE(s.kwh, 41.12);
    QCOMPARE(s.startDateTime, Q_INT64_C(1435617549000));
    QCOMPARE(s.endDateTime, Q_INT64_C(1435621816000));
    QCOMPARE(s.lastUpdated, Q_INT64_C(1435621817000));
    QCOMPARE(s.periodCount(), 3);
    QCOMPARE(s.period(2).tariffId, QStringLiteral("12"));
    QVERIFY(s.period(0).tariffId.isNull());
    QCOMPARE(s.lastVolume(CdrDimensionType::Energy), 41000.0);
    QCOMPARE(s.lastVolume(CdrDimensionType::ParkingTime), 0.718);
    QCOMPARE(s.totalCost.exclVat, 8.5);
    QCOMPARE(s.totalCost.inclVat, 9.35);
}

void TestSessionValidator::parsedValues()
{
    using F = Session::Field;
    {
        const Result r = run(ex1);
        const Session &s = r.session;
        QCOMPARE(s.status, SessionStatus::Pending);
        QCOMPARE(s.kwh, 0.0);
        QCOMPARE(s.startDateTime, k0917);
        QCOMPARE(s.lastUpdated, k0917);
        QCOMPARE(s.endDateTime, kNoTime);
        QCOMPARE(s.authMethod, AuthMethod::Whitelist);
        QCOMPARE(s.tokenType, TokenType::Rfid);
        QCOMPARE(s.text(F::CountryCode), QStringLiteral("NL"));
        QCOMPARE(s.text(F::PartyId), QStringLiteral("STK"));
        QCOMPARE(s.text(F::Id), QStringLiteral("101"));
        QCOMPARE(s.text(F::LocationId), QStringLiteral("LOC1"));
        QCOMPARE(s.text(F::EvseUid), QStringLiteral("3256"));
        QCOMPARE(s.text(F::ConnectorId), QStringLiteral("1"));
        QCOMPARE(s.text(F::Currency), QStringLiteral("EUR"));
        QCOMPARE(s.text(F::TokenCountryCode), QStringLiteral("NL"));
        QCOMPARE(s.text(F::TokenPartyId), QStringLiteral("TST"));
        QCOMPARE(s.text(F::TokenUid), QStringLiteral("123abc"));
        QCOMPARE(s.text(F::TokenContractId), QStringLiteral("NL-TST-C12345678-S"));
        QVERIFY(!s.has(F::MeterId));
        QVERIFY(!s.has(F::AuthorizationReference));
        QCOMPARE(s.totalCost.exclVat, 2.5);
        QVERIFY(s.totalCost.isValid());
        QVERIFY(!s.totalCost.hasInclVat());
        QCOMPARE(s.periodCount(), 0);
        QVERIFY(s.unknownFieldsJson.isEmpty());
    }
    {
        const Result r = run(done);
        const Session &s = r.session;
        QCOMPARE(s.status, SessionStatus::Completed);
        QCOMPARE(s.kwh, 11.5);
        QCOMPARE(s.startDateTime, k0917);
        QCOMPARE(s.endDateTime, k1117);
        QCOMPARE(s.lastUpdated, k1117 + 1000);
        QCOMPARE(s.text(F::MeterId), QStringLiteral("MTR-0001"));
        QCOMPARE(s.totalCost.exclVat, 4.0);
        QCOMPARE(s.totalCost.inclVat, 4.84);
        QCOMPARE(s.periodCount(), 2);
        QCOMPARE(s.periodStart(0), k0917);
        QCOMPARE(s.periodStart(1), k1047);

        const ChargingPeriod p0 = s.period(0);
        QCOMPARE(p0.start, k0917);
        QVERIFY(p0.tariffId.isNull());
        const std::vector<CdrDimension> expected0 = {{5.5, CdrDimensionType::Energy},
                                                     {6, CdrDimensionType::MinCurrent},
                                                     {32, CdrDimensionType::MaxCurrent},
                                                     {0.5, CdrDimensionType::Time}};
        QVERIFY(p0.dimensions == expected0);

        const ChargingPeriod p1 = s.period(1);
        QCOMPARE(p1.tariffId, QStringLiteral("12"));
        const std::vector<CdrDimension> expected1 = {{6.0, CdrDimensionType::Energy},
                                                     {80, CdrDimensionType::StateOfCharge},
                                                     {3.5, CdrDimensionType::MinPower},
                                                     {11, CdrDimensionType::MaxPower},
                                                     {0.1, CdrDimensionType::ParkingTime}};
        QVERIFY(p1.dimensions == expected1);
        QCOMPARE(s.periodDimensions(1).size(), size_t(5));
        QCOMPARE(s.lastVolume(CdrDimensionType::Energy), 6.0);
        QCOMPARE(s.lastVolume(CdrDimensionType::StateOfCharge), 80.0);
        QVERIFY(std::isnan(s.lastVolume(CdrDimensionType::Power)));
    }
    {
        // Values that break a rule are still read where they can be: a too-long DateTime keeps its time,
        // an unknown enum value reads as Unknown, a mistyped number as NaN.
        const Result r = run(edited(ex1, {{"/start_date_time", "\"2020-03-09T10:17:08.12345Z\""},
                                          {"/status", "\"FINISHED\""},
                                          {"/kwh", "\"1\""}}));
        QCOMPARE(r.session.startDateTime, k0917 - 1000 + 123);
        QCOMPARE(r.session.status, SessionStatus::Unknown);
        QVERIFY(std::isnan(r.session.kwh));
        QCOMPARE(r.session.errorCount, quint16(3));
    }
}

void TestSessionValidator::duplicateKeyLastValueWins()
{
    const QByteArray json = replaced(ex1, "\"uid\": \"123abc\",", "\"uid\": \"123abc\", \"uid\": \"456def\",");
    const Result r = run(json);
    QCOMPARE(r.session.text(Session::Field::TokenUid), QStringLiteral("456def"));
    QCOMPARE(r.findings.size(), 1);
    QVERIFY(r.session.isValid());
}

void TestSessionValidator::unknownKeysAreEscapedAndKept()
{
    QCOMPARE(escapeJsonPointerToken(u"a/b~c"), QStringLiteral("a~1b~0c"));
    QCOMPARE(escapeJsonPointerToken(u"~1"), QStringLiteral("~01"));
    QCOMPARE(escapeJsonPointerToken(u"/~"), QStringLiteral("~1~0"));
    QCOMPARE(escapeJsonPointerToken(u"plain"), QStringLiteral("plain"));
    QCOMPARE(escapeJsonPointerToken(u""), QString());

    // "a/b" -> "/a~1b", "m~n" -> "/m~0n", "~1" -> "/~01" (not "/" again), and inside cdr_token.
    const QByteArray json = edited(ex1, {{"/a~1b", "1"}, {"/m~0n", "\"two\""}, {"/~01", "[3]"}, {"/cdr_token/x~1y", "true"}});
    const Result r = run(json);
    QVERIFY2(r.findings.size() == 4, describe(r.findings).constData());
    for (const char *path : {"/a~1b", "/m~0n", "/~01", "/cdr_token/x~1y"}) {
        const Finding *f = findCode(r.findings, QLatin1StringView("field.unknown"), QString::fromLatin1(path));
        QVERIFY2(f, path);
        QCOMPARE(f->severity, Severity::Info);
    }
    QVERIFY(r.session.isValid());

    // The session's own unknown fields are kept verbatim as one JSON object (not those of cdr_token).
    QJsonParseError err;
    const QJsonObject kept = QJsonDocument::fromJson(r.session.unknownFieldsJson, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.value(QStringLiteral("a/b")), QJsonValue(1));
    QCOMPARE(kept.value(QStringLiteral("m~n")), QJsonValue(QStringLiteral("two")));
    QCOMPARE(kept.value(QStringLiteral("~1")), QJsonValue(QJsonArray{3}));
}

void TestSessionValidator::jsonSyntaxPositionCountsFromRecordStart()
{
    // A record that starts at line 41, column 7 of its file: positions are given in the file.
    const QByteArray multiLine("{\n  \"id\": \"1\",\n  \"kwh\": ,\n}");
    Result r = run(multiLine, TextPosition{41, 7});
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().code, QLatin1StringView("json.syntax"));
    QVERIFY2(r.findings.first().message.contains(u"line 43, column 10"), qPrintable(r.findings.first().message));
    QCOMPARE(r.session.errorCount, quint16(1));

    const QByteArray oneLine("{\"id\": }");
    r = run(oneLine, TextPosition{41, 7});
    QCOMPARE(r.findings.size(), 1);
    QVERIFY2(r.findings.first().message.contains(u"line 41, column 14"), qPrintable(r.findings.first().message));
}

void TestSessionValidator::inPlaceParseMatchesCopy()
{
    // With kPadding readable bytes after the record the validator parses in place; the result must not change.
    for (const QByteArray &json : {done, with(done, "/status", "\"pending\""), ex1.left(200)}) {
        QByteArray padded = json;
        padded.append(qsizetype(SessionValidator::kPadding), ' ');
        Findings inPlace, copied;
        const Session a = m_validator.validate(std::string_view(padded.constData(), size_t(json.size())), &inPlace, {},
                                               size_t(padded.size()));
        const Session b = m_validator.validate(bytes(json), &copied);
        QCOMPARE(inPlace.size(), copied.size());
        for (qsizetype i = 0; i < inPlace.size(); ++i) {
            QCOMPARE(inPlace[i].code, copied[i].code);
            QCOMPARE(inPlace[i].path, copied[i].path);
            QCOMPARE(inPlace[i].message, copied[i].message);
        }
        QCOMPARE(a.errorCount, b.errorCount);
        QVERIFY(a.kwh == b.kwh || (std::isnan(a.kwh) && std::isnan(b.kwh)));
    }
}

#ifdef OSM_CAN_MAP_4GB
void TestSessionValidator::recordTooLarge()
{
    // json.too_large: a record beyond the parser's 4 GiB limit. The bytes are a readable anonymous mapping
    // (zero pages, reserved but never backed by memory), passed with its padding so nothing is copied.
    constexpr size_t kSize = size_t(1) << 32;
    constexpr size_t kMapped = kSize + 4096;
    void *p = mmap(nullptr, kMapped, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    QVERIFY2(p != MAP_FAILED, "cannot reserve 4 GiB of address space");
    const auto unmap = qScopeGuard([&] { munmap(p, kMapped); });

    Findings findings;
    const Session s = m_validator.validate(std::string_view(static_cast<const char *>(p), kSize), &findings, {}, kMapped);
    QVERIFY2(findings.size() == 1, describe(findings).constData());
    const Finding &f = findings.first();
    QCOMPARE(f.code, QLatin1StringView("json.too_large"));
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.path, QString());
    QVERIFY(citesSpec(f.spec));
    QVERIFY2(f.message.contains(u"4294967296"), qPrintable(f.message));
    QCOMPARE(s.errorCount, quint16(1));
    QVERIFY(!s.isValid());

    // Silent on a record of ordinary size.
    QVERIFY(!hasCode(run(ex1).findings, QLatin1StringView("json.too_large")));
}
#endif

void TestSessionValidator::isoTables_data()
{
    // The lookups binary-search sorted tables: the first, last and middle entries, and misses on both sides.
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("country");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("withdrawn");
    const struct
    {
        const char *code;
        bool country, active, withdrawn;
    } rows[] = {{"AD", true, false, false}, {"ZW", true, false, false}, {"NL", true, false, false}, {"AA", false, false, false},
                {"ZZ", false, false, false}, {"AED", false, true, false}, {"ZWL", false, true, false}, {"EUR", false, true, false},
                {"CHF", false, true, false}, {"AAA", false, false, false}, {"ZZZ", false, false, false},
                {"ATS", false, false, true}, {"ZMK", false, false, true}, {"NLG", false, false, true}, {"EU", false, false, false},
                {"EURO", false, false, false}};
    for (const auto &r : rows)
        QTest::newRow(r.code) << QByteArray(r.code) << r.country << r.active << r.withdrawn;
}

void TestSessionValidator::isoTables()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, country);
    QFETCH(bool, active);
    QFETCH(bool, withdrawn);
    const std::string_view c(code.constData(), size_t(code.size()));
    QCOMPARE(Ocpi::Iso::isCountryCode(c), country);
    QCOMPARE(Ocpi::Iso::isActiveCurrency(c), active);
    QCOMPARE(Ocpi::Iso::isWithdrawnCurrency(c), withdrawn);
}

QTEST_GUILESS_MAIN(TestSessionValidator)

#include "tst_sessionvalidator.moc"
