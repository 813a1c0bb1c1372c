#include "simulator.h"

#include "jsonwriter.h"
#include "rng.h"
#include "simworld.h"

#include "ocpi/datetime.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtCore/QUuid>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

namespace Ocpi::Sim {

Q_LOGGING_CATEGORY(lcSim, "ocpi.sim")

namespace {

using Status = QHttpServerResponder::StatusCode;

// The query as received, but for the values of token-like parameters and any value holding the token (a client
// that put it into the URL): "[redacted]", so that the request log and the records never show it.
QString redactedQuery(const QUrl &url, const QString &token)
{
    const QString raw = url.query(QUrl::FullyEncoded);
    if (raw.isEmpty())
        return raw;
    static const QStringList secretNames{QStringLiteral("token"),  QStringLiteral("authorization"), QStringLiteral("password"),
                                         QStringLiteral("secret"), QStringLiteral("access_token"),  QStringLiteral("api_key"),
                                         QStringLiteral("key"),    QStringLiteral("auth")};
    const QString base64 = QString::fromLatin1(token.toUtf8().toBase64());
    const QUrlQuery query(url);
    bool any = false;
    QUrlQuery out;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        const bool secret = secretNames.contains(name, Qt::CaseInsensitive)
                            || (!token.isEmpty() && (value.contains(token) || value.contains(base64) || name.contains(token)));
        any |= secret;
        out.addQueryItem(secret && name.contains(token) ? QStringLiteral("[redacted]") : name,
                         secret ? QStringLiteral("[redacted]") : value);
    }
    return any ? out.query(QUrl::FullyEncoded) : raw;
}

QString hostPort(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                                                                : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

// OCPI status codes (status_codes 5): 1000 success; 2000 generic client error; 2001 invalid or missing
// parameters; 3000 generic server error; 3002 unsupported version.
constexpr int kSuccess = 1000;
constexpr int kClientError = 2000;
constexpr int kInvalidParameters = 2001;
constexpr int kServerError = 3000;
constexpr int kUnsupportedVersion = 3002;

constexpr QLatin1StringView kVersionsPath("/ocpi/versions");
constexpr QLatin1StringView kDetails221Path("/ocpi/cpo/2.2.1");
constexpr QLatin1StringView kDetails211Path("/ocpi/cpo/2.1.1");
constexpr QLatin1StringView kSessionsPath("/ocpi/cpo/2.2.1/sessions");
constexpr QLatin1StringView kLocationsPath("/ocpi/cpo/2.2.1/locations");
constexpr QLatin1StringView kCdrsPath("/ocpi/cpo/2.2.1/cdrs");
constexpr QLatin1StringView kCredentialsPath("/ocpi/cpo/2.2.1/credentials");
constexpr QLatin1StringView kReceiverSessionsPath("/ocpi/emsp/2.2.1/sessions"); // listed, never served

enum class Endpoint : quint8 { Unknown, Versions, Details221, Details211, Module211, Sessions, Locations, Cdrs, Credentials };

Endpoint endpointFor(QStringView path)
{
    if (path == kVersionsPath)
        return Endpoint::Versions;
    if (path == kDetails221Path)
        return Endpoint::Details221;
    if (path == kSessionsPath)
        return Endpoint::Sessions;
    if (path == kLocationsPath)
        return Endpoint::Locations;
    if (path == kCdrsPath)
        return Endpoint::Cdrs;
    if (path == kCredentialsPath)
        return Endpoint::Credentials;
    if (path == kDetails211Path)
        return Endpoint::Details211;
    if (path.startsWith(kDetails211Path) && path.at(kDetails211Path.size()) == u'/')
        return Endpoint::Module211;
    return Endpoint::Unknown;
}

bool isList(Endpoint e)
{
    return e == Endpoint::Sessions || e == Endpoint::Locations || e == Endpoint::Cdrs;
}

QByteArray dateTime(qint64 msecs)
{
    return formatDateTimeUtc(msecs).toLatin1();
}

// RFC 9110 IMF-fixdate, e.g. "Mon, 03 Jun 2024 08:00:00 GMT".
QByteArray httpDate(qint64 msecs)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

// The paging parameters of a list request (transport_and_format 4.1.4.1 Pagination).
struct PageQuery
{
    qint64 from = kNoTime; // date_from, inclusive
    qint64 to = kNoTime;   // date_to, exclusive
    QString fromText, toText;
    qsizetype offset = 0;
    qsizetype limit = 0; // after the server's cap
};

// A response being put together.
struct Reply
{
    Status http = Status::Ok;
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    RequestRecord record;
};

// Hands every request to one function: the simulator does its own dispatch (one place for the token check,
// faults, common headers and the request log), and answers through the responder, later for the `slow` fault.
class Frontend final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    explicit Frontend(Handler handler) : m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {} // handleRequest takes every request

private:
    Handler m_handler;
};

} // namespace

struct Simulator::Private
{
    explicit Private(Simulator *q) : q(q) {}

    void resetWorld();
    QByteArray tokenBytes() const { return (options.token.isEmpty() ? QString(kDemoToken) : options.token).toUtf8(); }

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply prepare(const QHttpServerRequest &request, const QUrl &url, const QString &path, Endpoint endpoint) const;
    bool isAuthorized(const QByteArray &authorization) const;
    bool answerFault(Reply &r, Fault fault) const;
    void answerVersions(Reply &r) const;
    void answerDetails221(Reply &r) const;
    void answerDetails211(Reply &r) const;
    void answerCredentials(Reply &r) const;
    void answerList(Reply &r, Endpoint e, const PageQuery &page, const QString &path, Fault fault) const;
    void answerEnvelope(Reply &r, Status http, int ocpiStatus, QByteArrayView message, const QByteArray *data = nullptr) const;
    bool parsePage(const QUrlQuery &query, PageQuery *page, QString *error) const;
    Fault pickFault(const QByteArray &key, bool linkLoopApplies);
    Corruption corruptionOf(qsizetype session) const;
    QByteArray sessionJson(qsizetype session) const;
    QByteArray url(QLatin1StringView path) const;
    void send(Reply &&r, QHttpServerResponder &&responder);
    void sendLater(Reply &&r, QHttpServerResponder &&responder, int delayMs);

    Simulator *q;
    Options options;
    quint64 seed = 0;
    std::unique_ptr<World> world;
    QString error;
    QTimer timer;
    QSet<QByteArray> requested; // every request (method, path, query) answered once: faults strike first attempts
    std::unique_ptr<Frontend> http;
    QPointer<QTcpServer> tcp;
    struct Pending
    {
        QHttpServerResponder responder;
        Reply reply;
        QPointer<QTcpSocket> socket;
    };
    std::map<quint64, Pending> pending; // `slow` answers waiting for their timer (destroyed before `http`)
    quint64 nextPending = 0;
};

namespace {

// QtHttpServer's "qt.httpserver" category logs every request whole at debug level, its Authorization header (the
// client's token) included, so QT_LOGGING_RULES="*.debug=true" would print the token. Its debug output stays off,
// whatever the rules say; the simulator's own request log (ocpi.sim) never shows a token.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void keepTokensOutOfQtLogs(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtDebugMsg, false);
}

void installLogFilter()
{
    static std::once_flag once;
    std::call_once(once, [] { g_previousFilter = QLoggingCategory::installFilter(keepTokensOutOfQtLogs); });
}

} // namespace

Simulator::Simulator(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    installLogFilter();
    qRegisterMetaType<Ocpi::Sim::RequestRecord>();
    // A child, so that moveToThread() takes the timer along (the app runs the simulator on a worker thread).
    // It is a member of d, destroyed in ~Simulator before QObject would delete its children.
    d->timer.setParent(this);
    connect(&d->timer, &QTimer::timeout, this, &Simulator::tick);
    d->resetWorld();
}

Simulator::~Simulator()
{
    stop();
}

void Simulator::setOptions(const Options &options)
{
    d->options = options;
    Options &o = d->options;
    o.sessions = std::clamp(o.sessions, 0, kMaxSessions);
    o.faultRate = std::clamp(o.faultRate, 0.0, 1.0);
    o.tickIntervalMs = std::max(10, o.tickIntervalMs);
    o.secondsPerTick = std::max(1, o.secondsPerTick);
    o.maxPageSize = std::max(1, o.maxPageSize);
    o.slowDelayMs = std::max(0, o.slowDelayMs);
    d->timer.setInterval(o.tickIntervalMs);
    d->resetWorld();
}

const Options &Simulator::options() const
{
    return d->options;
}

void Simulator::Private::resetWorld()
{
    seed = options.seed ? *options.seed : QRandomGenerator::global()->generate64();
    const qint64 start = options.seed ? kSeededEpoch : QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    world = std::make_unique<World>(seed, start, options.sessions, options.sessionIdPrefix.toLatin1());
    requested.clear();
}

bool Simulator::start(quint16 port)
{
    return start(port, QHostAddress(QHostAddress::LocalHost));
}

bool Simulator::isLoopbackAddress(const QHostAddress &address)
{
    // 127.0.0.0/8 and ::1; never Any, AnyIPv4, AnyIPv6 or an interface's address.
    return !address.isNull() && address.isLoopback();
}

bool Simulator::start(quint16 port, const QHostAddress &address)
{
    stop();
    d->error.clear();
    // Loopback only: the simulator accepts any client that knows the (often public demo) token.
    if (!isLoopbackAddress(address)) {
        d->error = tr("refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), so that no "
                      "other computer can reach it")
                       .arg(address.isNull() ? tr("an unknown address") : address.toString());
        return false;
    }
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(address, port)) {
        d->error = tr("cannot listen on %1: %2").arg(hostPort(address, port), tcp->errorString());
        return false;
    }
    d->http = std::make_unique<Frontend>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            d->handle(request, std::move(responder));
        });
    d->tcp = tcp.get();
    d->http->bind(tcp.release()); // the HTTP server owns it from here
    qCInfo(lcSim).noquote() << QStringLiteral("listening on %1 (loopback only)").arg(baseUrl().toString());
    return true;
}

void Simulator::stop()
{
    d->pending.clear();
    d->http.reset();
}

bool Simulator::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

QString Simulator::errorString() const
{
    return d->error;
}

QHostAddress Simulator::serverAddress() const
{
    return isListening() ? d->tcp->serverAddress() : QHostAddress();
}

quint16 Simulator::serverPort() const
{
    return isListening() ? d->tcp->serverPort() : 0;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = serverAddress();
    url.setHost(address.isNull() ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(serverPort());
    return url;
}

QUrl Simulator::versionsUrl() const
{
    return QUrl::fromEncoded(d->url(kVersionsPath));
}

QUrl Simulator::versionDetailsUrl() const
{
    return QUrl::fromEncoded(d->url(kDetails221Path));
}

QUrl Simulator::sessionsUrl() const
{
    return QUrl::fromEncoded(d->url(kSessionsPath));
}

QString Simulator::token() const
{
    return QString::fromUtf8(d->tokenBytes());
}

bool Simulator::usesDemoToken() const
{
    return d->options.token.isEmpty() || d->options.token == kDemoToken;
}

QByteArray Simulator::authorizationHeader() const
{
    return QByteArrayLiteral("Token ") + d->tokenBytes().toBase64();
}

quint64 Simulator::seed() const
{
    return d->seed;
}

void Simulator::tick()
{
    d->world->advance(qint64(d->options.secondsPerTick) * 1000);
    Q_EMIT ticked(d->world->now());
}

void Simulator::setTicking(bool on)
{
    if (on)
        d->timer.start(d->options.tickIntervalMs);
    else
        d->timer.stop();
}

bool Simulator::isTicking() const
{
    return d->timer.isActive();
}

qint64 Simulator::now() const
{
    return d->world->now();
}

qsizetype Simulator::sessionCount() const
{
    return d->world->size();
}

QList<SessionSnapshot> Simulator::currentSessions(qint64 updatedSince) const
{
    QList<SessionSnapshot> out;
    for (qsizetype i = 0; i < d->world->size(); ++i) {
        const SimSession &s = d->world->session(i);
        if (s.lastUpdated() >= updatedSince)
            out.append({QString::fromLatin1(s.id()), s.lastUpdated(), d->sessionJson(i)});
    }
    return out;
}

// --- HTTP ---------------------------------------------------------------------------------------------------

QByteArray Simulator::Private::url(QLatin1StringView path) const
{
    return q->baseUrl().toEncoded() + QByteArrayView(path.data(), path.size());
}

Corruption Simulator::Private::corruptionOf(qsizetype session) const
{
    if (!options.faults.testFlag(Fault::Invalid))
        return Corruption::None;
    const QByteArray &id = world->session(session).id();
    if (unitInterval(stableHash(seed, QByteArray(QByteArrayLiteral("invalid ") + id))) >= options.faultRate)
        return Corruption::None;
    return Corruption(1 + stableHash(seed, QByteArray(QByteArrayLiteral("corruption ") + id)) % 4);
}

QByteArray Simulator::Private::sessionJson(qsizetype session) const
{
    return world->session(session).toJson(corruptionOf(session));
}

// Request faults strike a request (method, path and query) on its first attempt only, so a client that retries
// gets everything. Each enabled fault picks a seeded fraction of the requests; when several pick the same one,
// the seed decides which of them it gets.
Fault Simulator::Private::pickFault(const QByteArray &key, bool linkLoopApplies)
{
    constexpr Faults requestFaults = Fault::Http500 | Fault::Http429 | Fault::Status2001 | Fault::Status3000
                                     | Fault::Slow | Fault::Truncated | Fault::LinkLoop;
    if (!(options.faults & requestFaults) || requested.contains(key))
        return Fault::None;
    requested.insert(key);
    Fault picked = Fault::None;
    quint64 best = 0;
    for (const Fault f : allFaults()) {
        if (!requestFaults.testFlag(f) || !options.faults.testFlag(f))
            continue;
        if (f == Fault::LinkLoop && !linkLoopApplies)
            continue;
        const quint64 h = stableHash(seed, QByteArray(faultName(f).latin1() + QByteArrayView(" ") + key));
        if (unitInterval(h) < options.faultRate && (picked == Fault::None || h < best)) {
            picked = f;
            best = h;
        }
    }
    return picked;
}

void Simulator::Private::answerEnvelope(Reply &r, Status http, int ocpiStatus, QByteArrayView message,
                                        const QByteArray *data) const
{
    JsonWriter w;
    w.beginObject();
    if (data)
        w.key("data").raw(*data);
    w.key("status_code").integer(ocpiStatus);
    w.field("status_message", message);
    w.field("timestamp", dateTime(world->now()));
    w.endObject();
    r.http = http;
    r.body = w.take();
    r.record.ocpiStatus = ocpiStatus;
}

void Simulator::Private::answerVersions(Reply &r) const
{
    // 2.1.1 first: a client must pick the version it speaks, not the first one listed.
    JsonWriter w;
    w.beginArray();
    w.beginObject().field("version", "2.1.1").field("url", url(kDetails211Path)).endObject();
    w.beginObject().field("version", "2.2.1").field("url", url(kDetails221Path)).endObject();
    w.endArray();
    const QByteArray data = w.take();
    answerEnvelope(r, Status::Ok, kSuccess, "Success", &data);
}

void Simulator::Private::answerDetails221(Reply &r) const
{
    JsonWriter w;
    w.beginObject().field("version", "2.2.1").key("endpoints").beginArray();
    const auto endpoint = [&](const char *id, const char *role, QLatin1StringView path) {
        w.beginObject().field("identifier", id).field("role", role).field("url", url(path)).endObject();
    };
    endpoint("credentials", "SENDER", kCredentialsPath);
    endpoint("locations", "SENDER", kLocationsPath);
    // The RECEIVER before the SENDER: a client must pick the sessions endpoint by its role.
    endpoint("sessions", "RECEIVER", kReceiverSessionsPath);
    endpoint("sessions", "SENDER", kSessionsPath);
    endpoint("cdrs", "SENDER", kCdrsPath);
    w.endArray().endObject();
    const QByteArray data = w.take();
    answerEnvelope(r, Status::Ok, kSuccess, "Success", &data);
}

void Simulator::Private::answerDetails211(Reply &r) const
{
    // Just enough for a client to see that 2.1.1 exists (no roles in 2.1.1); its modules answer 3002.
    JsonWriter w;
    w.beginObject().field("version", "2.1.1").key("endpoints").beginArray();
    w.beginObject().field("identifier", "credentials").field("url", QByteArray(url(kDetails211Path) + "/credentials")).endObject();
    w.beginObject().field("identifier", "sessions").field("url", QByteArray(url(kDetails211Path) + "/sessions")).endObject();
    w.endArray().endObject();
    const QByteArray data = w.take();
    answerEnvelope(r, Status::Ok, kSuccess, "Success", &data);
}

void Simulator::Private::answerCredentials(Reply &r) const
{
    JsonWriter w;
    w.beginObject();
    w.field("token", tokenBytes()).field("url", url(kVersionsPath));
    w.key("roles").beginArray().beginObject();
    w.field("role", "CPO");
    w.key("business_details").beginObject().field("name", "OCPI Session Monitor simulator").endObject();
    w.field("party_id", SimSession::kPartyId).field("country_code", SimSession::kCountryCode);
    w.endObject().endArray();
    w.endObject();
    const QByteArray data = w.take();
    answerEnvelope(r, Status::Ok, kSuccess, "Success", &data);
}

bool Simulator::Private::parsePage(const QUrlQuery &query, PageQuery *page, QString *error) const
{
    const auto value = [&query](QLatin1StringView key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    if (query.hasQueryItem(QLatin1StringView("offset"))) {
        bool ok = false;
        page->offset = value(QLatin1StringView("offset")).toLongLong(&ok);
        if (!ok || page->offset < 0) {
            *error = QStringLiteral("offset must be a whole number >= 0");
            return false;
        }
    }
    page->limit = options.maxPageSize;
    if (query.hasQueryItem(QLatin1StringView("limit"))) {
        bool ok = false;
        const qint64 limit = value(QLatin1StringView("limit")).toLongLong(&ok);
        if (!ok || limit < 1) {
            *error = QStringLiteral("limit must be a whole number >= 1");
            return false;
        }
        page->limit = std::min<qint64>(limit, options.maxPageSize); // capped: X-Limit says so
    }
    const auto date = [&](QLatin1StringView key, qint64 *msecs, QString *text) {
        if (!query.hasQueryItem(key))
            return true;
        *text = value(key);
        const QByteArray utf8 = text->toUtf8();
        const DateTimeParse parsed = parseDateTime(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (!parsed.ok()) {
            *error = QStringLiteral("%1 '%2' is not an OCPI DateTime such as 2024-06-03T08:00:00Z (types 16.2)")
                         .arg(key, *text);
            return false;
        }
        *msecs = parsed.msecs;
        return true;
    };
    // mod_sessions 9.2.1.1 makes date_from required; like most CPOs, the simulator reads its absence as "all".
    return date(QLatin1StringView("date_from"), &page->from, &page->fromText)
           && date(QLatin1StringView("date_to"), &page->to, &page->toText);
}

void Simulator::Private::answerList(Reply &r, Endpoint e, const PageQuery &page, const QString &path,
                                    Fault fault) const
{
    // Sessions in creation order, the oldest first (transport_and_format 4.1.4.1 Paginated Response), filtered on
    // last_updated: date_from <= last_updated < date_to.
    std::vector<qsizetype> matching;
    if (e == Endpoint::Sessions) {
        matching.reserve(size_t(world->size()));
        for (qsizetype i = 0; i < world->size(); ++i) {
            const qint64 t = world->session(i).lastUpdated();
            if ((page.from == kNoTime || t >= page.from) && (page.to == kNoTime || t < page.to))
                matching.push_back(i);
        }
    }
    const qsizetype total = qsizetype(matching.size());
    const qsizetype first = std::min(page.offset, total);
    const qsizetype last = std::min(total, first + page.limit);
    QByteArray data = "[";
    for (qsizetype k = first; k < last; ++k) {
        if (k > first)
            data += ',';
        data += sessionJson(matching[size_t(k)]);
    }
    data += ']';
    answerEnvelope(r, Status::Ok, kSuccess, "Success", &data);
    r.record.objects = int(last - first);
    r.record.totalCount = total;
    r.headers.emplace_back("X-Total-Count", QByteArray::number(total));
    r.headers.emplace_back("X-Limit", QByteArray::number(page.limit));

    const auto pageUrl = [&](qsizetype offset) -> QByteArray {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
        if (page.from != kNoTime)
            query.addQueryItem(QStringLiteral("date_from"), page.fromText);
        if (page.to != kNoTime)
            query.addQueryItem(QStringLiteral("date_to"), page.toText);
        QUrl next = q->baseUrl();
        next.setPath(path);
        next.setQuery(query);
        return QByteArrayLiteral("<") + next.toEncoded() + QByteArrayLiteral(">; rel=\"next\"");
    };
    if (fault == Fault::LinkLoop)
        r.headers.emplace_back("Link", pageUrl(0)); // back to the first page
    else if (page.offset + page.limit < total)
        r.headers.emplace_back("Link", pageUrl(page.offset + page.limit));
}

// Everything a response carries whatever it says: the request's record, Date (RFC 9110), the unique message IDs
// (transport_and_format 4.2) and, for functional modules, the routing headers (transport_and_format 4.1.8).
Reply Simulator::Private::prepare(const QHttpServerRequest &request, const QUrl &url, const QString &path,
                                  Endpoint endpoint) const
{
    Reply r;
    r.record.method = methodName(request.method());
    r.record.path = path;
    r.record.query = redactedQuery(url, q->token());
    r.record.time = world->now();
    r.headers.emplace_back("Date", httpDate(world->now()));
    for (const QByteArray &name : {QByteArrayLiteral("X-Request-ID"), QByteArrayLiteral("X-Correlation-ID")}) {
        QByteArray id = header(request, name);
        if (id.isEmpty())
            id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        r.headers.emplace_back(name, id);
    }
    if (isList(endpoint)) {
        r.headers.emplace_back("OCPI-from-country-code", SimSession::kCountryCode);
        r.headers.emplace_back("OCPI-from-party-id", SimSession::kPartyId);
        const QByteArray toCountry = header(request, "OCPI-from-country-code");
        const QByteArray toParty = header(request, "OCPI-from-party-id");
        if (!toCountry.isEmpty() && !toParty.isEmpty()) {
            r.headers.emplace_back("OCPI-to-country-code", toCountry);
            r.headers.emplace_back("OCPI-to-party-id", toParty);
        }
    }
    return r;
}

// The credentials token (transport_and_format 4.1.2): "Authorization: Token <Base64 of the token>"; with the
// `badtoken` fault, like a pre-2.2 server, the plain token only.
bool Simulator::Private::isAuthorized(const QByteArray &authorization) const
{
    if (authorization.left(6).compare("Token ", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray credential = authorization.mid(6).trimmed();
    if (options.faults.testFlag(Fault::BadToken))
        return credential == tokenBytes();
    const auto decoded = QByteArray::fromBase64Encoding(credential, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && *decoded == tokenBytes();
}

// Answers with the fault's own response; false for the faults that spoil a right answer instead.
bool Simulator::Private::answerFault(Reply &r, Fault fault) const
{
    switch (fault) {
    case Fault::Http500:
        answerEnvelope(r, Status::InternalServerError, kServerError, "Simulated internal server error (fault 500)");
        return true;
    case Fault::Http429:
        answerEnvelope(r, Status::TooManyRequests, kClientError, "Too many requests (fault 429): retry after 1 s");
        r.headers.emplace_back("Retry-After", "1");
        return true;
    case Fault::Status2001:
        answerEnvelope(r, Status::Ok, kInvalidParameters, "Invalid or missing parameters (fault 2001)");
        return true;
    case Fault::Status3000:
        answerEnvelope(r, Status::Ok, kServerError, "Generic server error (fault 3000)");
        return true;
    default:
        return false;
    }
}

void Simulator::Private::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrl url = request.url();
    QString path = url.path();
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const Endpoint endpoint = endpointFor(path);
    Reply r = prepare(request, url, path, endpoint);

    // A missing or unknown token is HTTP 401 (transport_and_format 4.1.2). The spec names no OCPI code for it:
    // the envelope says 2000, generic client error (status_codes 5.2; 2001 is about request parameters, 2004
    // about the Tokens module's driver tokens).
    const QByteArray authorization = header(request, "Authorization");
    if (!isAuthorized(authorization)) {
        answerEnvelope(r, Status::Unauthorized, kClientError,
                       authorization.isEmpty()
                           ? "Missing Authorization header: send 'Authorization: Token <Base64 of the credentials "
                             "token>' (OCPI 2.2.1 transport_and_format 4.1.2)"
                           : "Unknown credentials token");
        r.headers.emplace_back("WWW-Authenticate", "Token");
        return send(std::move(r), std::move(responder));
    }
    if (endpoint == Endpoint::Unknown) {
        answerEnvelope(r, Status::NotFound, kClientError, "No such endpoint: start from the versions endpoint");
        return send(std::move(r), std::move(responder));
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        answerEnvelope(r, Status::MethodNotAllowed, kClientError, "The simulator answers GET only");
        r.headers.emplace_back("Allow", "GET");
        return send(std::move(r), std::move(responder));
    }

    const QUrlQuery query(url);
    PageQuery page;
    QString problem;
    if (isList(endpoint) && !parsePage(query, &page, &problem)) { // reached the OCPI layer: HTTP 200 (status_codes 5)
        answerEnvelope(r, Status::Ok, kInvalidParameters, problem.toUtf8());
        return send(std::move(r), std::move(responder));
    }

    // The request's identity for faults: method, path and the query items in a canonical order.
    auto items = query.queryItems(QUrl::FullyEncoded);
    std::sort(items.begin(), items.end());
    QByteArray key = r.record.method.toLatin1() + ' ' + path.toUtf8();
    for (const auto &[name, value] : std::as_const(items))
        key += '&' + name.toUtf8() + '=' + value.toUtf8();
    const Fault fault = pickFault(key, isList(endpoint) && page.offset > 0);
    r.record.fault = fault;
    if (answerFault(r, fault))
        return send(std::move(r), std::move(responder));

    switch (endpoint) {
    case Endpoint::Versions: answerVersions(r); break;
    case Endpoint::Details221: answerDetails221(r); break;
    case Endpoint::Details211: answerDetails211(r); break;
    case Endpoint::Credentials: answerCredentials(r); break;
    case Endpoint::Module211:
        answerEnvelope(r, Status::Ok, kUnsupportedVersion,
                       "Unsupported version: this simulator lists 2.1.1 but speaks 2.2.1 only");
        break;
    case Endpoint::Sessions:
    case Endpoint::Locations:
    case Endpoint::Cdrs: answerList(r, endpoint, page, path, fault); break;
    case Endpoint::Unknown: break; // answered above
    }

    if (fault == Fault::Truncated) {
        r.body.truncate(r.body.size() * 3 / 5); // a proper prefix of a JSON object is never valid JSON
        r.record.ocpiStatus = 0;
    }
    if (fault == Fault::Slow)
        return sendLater(std::move(r), std::move(responder), options.slowDelayMs);
    send(std::move(r), std::move(responder));
}

// Keeps the responder until the timer fires: the event loop goes on serving other requests meanwhile. Qt 6.4's
// responder holds a plain pointer to the socket, so the answer is dropped when the client has gone.
void Simulator::Private::sendLater(Reply &&r, QHttpServerResponder &&responder, int delayMs)
{
    const quint64 id = ++nextPending;
    const QPointer<QTcpSocket> socket = responder.socket();
    pending.emplace(id, Pending{std::move(responder), std::move(r), socket});
    QTimer::singleShot(delayMs, q, [this, id] {
        auto node = pending.extract(id);
        if (node.empty())
            return;
        Pending &p = node.mapped();
        if (!p.socket || p.socket->state() != QAbstractSocket::ConnectedState) {
            qCInfo(lcSim).noquote() << QStringLiteral("%1 %2: the client left before the slow answer")
                                           .arg(p.reply.record.method, p.reply.record.path);
            return;
        }
        send(std::move(p.reply), std::move(p.responder));
    });
}

void Simulator::Private::send(Reply &&r, QHttpServerResponder &&responder)
{
    r.record.httpStatus = int(r.http);
    r.record.bytes = r.body.size();
    QHttpServerResponse response(QByteArrayLiteral("application/json"), r.body, r.http);
    for (const auto &[name, value] : r.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));

    const RequestRecord &rec = r.record;
    QString line = rec.method + u' ' + rec.path;
    if (!rec.query.isEmpty())
        line += u'?' + rec.query;
    line += QStringLiteral(" -> HTTP %1").arg(rec.httpStatus);
    if (rec.ocpiStatus)
        line += QStringLiteral(", status_code %1").arg(rec.ocpiStatus);
    if (rec.objects >= 0)
        line += QStringLiteral(", %1 of %2 object(s)").arg(rec.objects).arg(rec.totalCount);
    if (rec.fault != Fault::None)
        line += QStringLiteral(" [fault %1]").arg(faultName(rec.fault));
    qCInfo(lcSim).noquote() << line;
    Q_EMIT q->requestServed(rec);
}

} // namespace Ocpi::Sim
