#include "measurement.h"

#include "ocpi/sessionreader.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

#include <sys/resource.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Bench {

const char *contenderName(Contender c) { return c == Contender::Ours ? "ours" : "qjson"; }

bool parseContender(const QString &name, Contender &out)
{
    if (name == QLatin1StringView("ours"))
        out = Contender::Ours;
    else if (name == QLatin1StringView("qjson"))
        out = Contender::QJson;
    else
        return false;
    return true;
}

std::int64_t procStatusKb(const char *field)
{
    std::FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    std::int64_t kb = -1;
    const size_t len = std::strlen(field);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, len) == 0 && line[len] == ':') {
            kb = std::strtoll(line + len + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kb;
}

namespace {

double cpuSecondsUsed()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// VmRSS once what was freed has been handed back: glibc keeps freed memory mapped, so without the trim the
// figure would count a contender's garbage (e.g. QJsonDocument's tree) as memory kept.
std::int64_t rssAfterTrimKb()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    return procStatusKb("VmRSS");
}

// --- our reader --------------------------------------------------------------------------------------

Measurement measureOurs(const QString &path, bool keep, std::int64_t expect)
{
    Measurement m;
    std::vector<Ocpi::Session> kept;
    if (keep && expect > 0)
        kept.reserve(size_t(expect));
    m.rssBeforeKb = procStatusKb("VmRSS");

    const double cpuStart = cpuSecondsUsed();
    QElapsedTimer timer;
    timer.start();
    std::int64_t firstNs = -1;
    Ocpi::ReadSummary summary;
    {
        Ocpi::SessionReader reader; // default validation, findings collected
        summary = reader.readFile(path, [&](std::vector<Ocpi::RecordResult> &&batch) {
            for (Ocpi::RecordResult &r : batch) {
                m.errors += r.session.errorCount;
                m.warnings += r.session.warningCount;
                m.infos += r.session.infoCount;
                if (keep)
                    kept.push_back(std::move(r.session));
            }
            m.sessions += std::int64_t(batch.size());
            if (firstNs < 0 && m.sessions >= kFirstSessions)
                firstNs = timer.nsecsElapsed();
        });
    }
    const std::int64_t totalNs = timer.nsecsElapsed();
    m.cpuSeconds = cpuSecondsUsed() - cpuStart;
    m.seconds = double(totalNs) / 1e9;
    m.firstSeconds = double(firstNs < 0 ? totalNs : firstNs) / 1e9;
    m.bytes = summary.bytesRead;
    m.peakRssKb = procStatusKb("VmHWM");
    m.rssAfterKb = rssAfterTrimKb();

    if (!kept.empty()) {
        double bytes = 0;
        for (const Ocpi::Session &s : kept)
            bytes += double(sizeof(Ocpi::Session) + size_t(s.heapBytes()));
        m.keptBytesPerSession = bytes / double(kept.size());
    }
    if (summary.error) {
        m.error = summary.error->message;
        return m;
    }
    m.ok = true;
    return m;
}

// --- the QJsonDocument baseline ----------------------------------------------------------------------
// What a straightforward Qt program does: read the whole file, QJsonDocument::fromJson, then walk each
// object into a struct of QString / QDateTime / QList, checking what such a walk naturally checks
// (required members present, timestamps parse).

struct QtDimension
{
    QString type;
    double volume = 0;
};

struct QtPeriod
{
    QDateTime start;
    QList<QtDimension> dimensions;
    QString tariffId;
};

struct QtSession
{
    QString countryCode, partyId, id;
    QDateTime start, end;
    double kwh = 0;
    QString tokenCountryCode, tokenPartyId, tokenUid, tokenType, tokenContractId;
    QString authMethod, authorizationReference, locationId, evseUid, connectorId, meterId, currency;
    QList<QtPeriod> periods;
    double totalCostExclVat = std::numeric_limits<double>::quiet_NaN();
    double totalCostInclVat = std::numeric_limits<double>::quiet_NaN();
    QString status;
    QDateTime lastUpdated;
};

// Heap owned beyond sizeof, with the same model as Ocpi::Session::heapBytes(): the allocation's payload
// plus 16 bytes of malloc overhead. Qt's array header (16 bytes) is part of the payload. A UTC QDateTime
// is stored inline (no allocation).
constexpr std::int64_t kMallocOverhead = 16;
constexpr std::int64_t kQtArrayHeader = 16;

std::int64_t heapOf(const QString &s)
{
    return s.capacity() > 0 ? kQtArrayHeader + (s.capacity() + 1) * 2 + kMallocOverhead : 0;
}

template<typename T>
std::int64_t heapOfList(const QList<T> &l)
{
    return l.capacity() > 0 ? kQtArrayHeader + l.capacity() * std::int64_t(sizeof(T)) + kMallocOverhead : 0;
}

std::int64_t heapOf(const QtSession &s)
{
    std::int64_t b = 0;
    for (const QString *q : {&s.countryCode, &s.partyId, &s.id, &s.tokenCountryCode, &s.tokenPartyId, &s.tokenUid,
                             &s.tokenType, &s.tokenContractId, &s.authMethod, &s.authorizationReference, &s.locationId,
                             &s.evseUid, &s.connectorId, &s.meterId, &s.currency, &s.status})
        b += heapOf(*q);
    b += heapOfList(s.periods);
    for (const QtPeriod &p : s.periods) {
        b += heapOf(p.tariffId) + heapOfList(p.dimensions);
        for (const QtDimension &d : p.dimensions)
            b += heapOf(d.type);
    }
    return b;
}

class QtWalker
{
public:
    std::int64_t problems = 0;

    QtSession session(const QJsonObject &o)
    {
        QtSession s;
        s.countryCode = requiredString(o, "country_code");
        s.partyId = requiredString(o, "party_id");
        s.id = requiredString(o, "id");
        s.start = dateTime(o, "start_date_time", true);
        s.end = dateTime(o, "end_date_time", false);
        s.kwh = requiredNumber(o, "kwh");
        const QJsonObject token = required(o, "cdr_token").toObject();
        s.tokenCountryCode = requiredString(token, "country_code");
        s.tokenPartyId = requiredString(token, "party_id");
        s.tokenUid = requiredString(token, "uid");
        s.tokenType = requiredString(token, "type");
        s.tokenContractId = requiredString(token, "contract_id");
        s.authMethod = requiredString(o, "auth_method");
        s.authorizationReference = o.value(QLatin1StringView("authorization_reference")).toString();
        s.locationId = requiredString(o, "location_id");
        s.evseUid = requiredString(o, "evse_uid");
        s.connectorId = requiredString(o, "connector_id");
        s.meterId = o.value(QLatin1StringView("meter_id")).toString();
        s.currency = requiredString(o, "currency");
        const QJsonArray periods = o.value(QLatin1StringView("charging_periods")).toArray();
        s.periods.reserve(periods.size());
        for (const QJsonValue &pv : periods) {
            const QJsonObject po = pv.toObject();
            QtPeriod p;
            p.start = dateTime(po, "start_date_time", true);
            const QJsonArray dims = required(po, "dimensions").toArray();
            p.dimensions.reserve(dims.size());
            for (const QJsonValue &dv : dims) {
                const QJsonObject d = dv.toObject();
                p.dimensions.append(QtDimension{requiredString(d, "type"), requiredNumber(d, "volume")});
            }
            p.tariffId = po.value(QLatin1StringView("tariff_id")).toString();
            s.periods.append(std::move(p));
        }
        const QJsonObject cost = o.value(QLatin1StringView("total_cost")).toObject();
        if (!cost.isEmpty()) {
            s.totalCostExclVat = requiredNumber(cost, "excl_vat");
            s.totalCostInclVat = cost.value(QLatin1StringView("incl_vat")).toDouble(s.totalCostInclVat);
        }
        s.status = requiredString(o, "status");
        s.lastUpdated = dateTime(o, "last_updated", true);
        return s;
    }

private:
    QJsonValue required(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            ++problems;
        return v;
    }
    QString requiredString(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = required(o, key);
        if (!v.isString())
            ++problems;
        return v.toString();
    }
    double requiredNumber(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = required(o, key);
        if (!v.isDouble())
            ++problems;
        return v.toDouble();
    }
    QDateTime dateTime(const QJsonObject &o, const char *key, bool isRequired)
    {
        const QJsonValue v = isRequired ? required(o, key) : o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return {};
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!t.isValid())
            ++problems;
        return t;
    }
};

Measurement measureQJson(const QString &path, bool keep, std::int64_t expect)
{
    Measurement m;
    std::vector<QtSession> kept;
    if (keep && expect > 0)
        kept.reserve(size_t(expect));
    m.rssBeforeKb = procStatusKb("VmRSS");

    const double cpuStart = cpuSecondsUsed();
    QElapsedTimer timer;
    timer.start();
    std::int64_t firstNs = -1;
    QtWalker walker;
    auto take = [&](const QJsonValue &v) {
        QtSession s = walker.session(v.toObject());
        if (keep)
            kept.push_back(std::move(s));
        if (++m.sessions == kFirstSessions)
            firstNs = timer.nsecsElapsed();
    };
    std::int64_t totalNs = 0;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m.error = file.errorString();
            return m;
        }
        QByteArray bytes = file.readAll();
        m.bytes = bytes.size();
        QJsonParseError err;
        QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
        if (err.error == QJsonParseError::GarbageAtEnd) {
            // NDJSON: one document per line.
            doc = QJsonDocument();
            qsizetype from = 0;
            while (from < bytes.size()) {
                qsizetype to = bytes.indexOf('\n', from);
                if (to < 0)
                    to = bytes.size();
                const QByteArrayView line = QByteArrayView(bytes).sliced(from, to - from).trimmed();
                from = to + 1;
                if (line.isEmpty())
                    continue;
                const QJsonDocument one = QJsonDocument::fromJson(line.toByteArray(), &err);
                if (err.error != QJsonParseError::NoError) {
                    m.error = err.errorString();
                    return m;
                }
                take(one.object());
            }
        } else if (err.error != QJsonParseError::NoError) {
            m.error = err.errorString();
            return m;
        } else {
            const QJsonArray records = doc.isArray() ? doc.array() : doc.object().value(QLatin1StringView("data")).toArray();
            for (const QJsonValue &v : records)
                take(v);
        }
        totalNs = timer.nsecsElapsed(); // before the document and the file's bytes are freed
        m.cpuSeconds = cpuSecondsUsed() - cpuStart;
    }
    m.seconds = double(totalNs) / 1e9;
    m.firstSeconds = double(firstNs < 0 ? totalNs : firstNs) / 1e9;
    m.errors = walker.problems;
    m.peakRssKb = procStatusKb("VmHWM");
    m.rssAfterKb = rssAfterTrimKb();
    if (!kept.empty()) {
        double bytes = 0;
        for (const QtSession &s : kept)
            bytes += double(std::int64_t(sizeof(QtSession)) + heapOf(s));
        m.keptBytesPerSession = bytes / double(kept.size());
    }
    m.ok = true;
    return m;
}

} // namespace

Measurement measure(Contender who, const QString &path, bool keep, std::int64_t expectSessions)
{
    return who == Contender::Ours ? measureOurs(path, keep, expectSessions) : measureQJson(path, keep, expectSessions);
}

// --- the parent/child line format --------------------------------------------------------------------

QByteArray serialize(const Measurement &m)
{
    QByteArray out;
    auto line = [&](const char *key, const QByteArray &value) {
        out += "@bench ";
        out += key;
        out += '=';
        out += value;
        out += '\n';
    };
    auto num = [](double d) { return QByteArray::number(d, 'g', 17); };
    line("ok", m.ok ? "1" : "0");
    line("bytes", QByteArray::number(m.bytes));
    line("sessions", QByteArray::number(m.sessions));
    line("seconds", num(m.seconds));
    line("cpu_seconds", num(m.cpuSeconds));
    line("first_seconds", num(m.firstSeconds));
    line("peak_rss_kb", QByteArray::number(m.peakRssKb));
    line("rss_before_kb", QByteArray::number(m.rssBeforeKb));
    line("rss_after_kb", QByteArray::number(m.rssAfterKb));
    line("kept_bytes_per_session", num(m.keptBytesPerSession));
    line("errors", QByteArray::number(m.errors));
    line("warnings", QByteArray::number(m.warnings));
    line("infos", QByteArray::number(m.infos));
    QByteArray error = m.error.toUtf8();
    error.replace('\n', ' ');
    line("error", error);
    return out;
}

Measurement deserialize(const QByteArray &output)
{
    Measurement m;
    bool seen = false;
    for (const QByteArray &raw : output.split('\n')) {
        if (!raw.startsWith("@bench "))
            continue;
        const QByteArrayView kv = QByteArrayView(raw).sliced(7);
        const qsizetype eq = kv.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArrayView key = kv.first(eq);
        const QByteArrayView value = kv.sliced(eq + 1);
        seen = true;
        if (key == "ok")
            m.ok = value == "1";
        else if (key == "bytes")
            m.bytes = value.toLongLong();
        else if (key == "sessions")
            m.sessions = value.toLongLong();
        else if (key == "seconds")
            m.seconds = value.toDouble();
        else if (key == "cpu_seconds")
            m.cpuSeconds = value.toDouble();
        else if (key == "first_seconds")
            m.firstSeconds = value.toDouble();
        else if (key == "peak_rss_kb")
            m.peakRssKb = value.toLongLong();
        else if (key == "rss_before_kb")
            m.rssBeforeKb = value.toLongLong();
        else if (key == "rss_after_kb")
            m.rssAfterKb = value.toLongLong();
        else if (key == "kept_bytes_per_session")
            m.keptBytesPerSession = value.toDouble();
        else if (key == "errors")
            m.errors = value.toLongLong();
        else if (key == "warnings")
            m.warnings = value.toLongLong();
        else if (key == "infos")
            m.infos = value.toLongLong();
        else if (key == "error")
            m.error = QString::fromUtf8(value);
    }
    if (!seen) {
        m.ok = false;
        m.error = QStringLiteral("the measuring process printed no figures");
    }
    return m;
}

} // namespace Bench
