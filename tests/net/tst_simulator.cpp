// The simulator as a client meets it: real HTTP on 127.0.0.1 through QNetworkAccessManager. Discovery documents,
// the credentials token in both forms, pagination (every session exactly once, the server's cap, X-Total-Count,
// Link), date filtering, every fault, a retrying client that still gets everything, and loopback-only binding.
#include "net/simulator/simulator.h"

#include "ocpi/datetime.h"
#include "ocpi/finding.h"
#include "ocpi/sessionvalidator.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkInterface>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <memory>

using namespace Ocpi;
using namespace Ocpi::Sim;

Q_DECLARE_METATYPE(Ocpi::Sim::Fault)

namespace {

struct Response
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int http = 0;
    QByteArray body;
    QJsonObject json;
    bool isJson = false;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    int status() const { return json.value("status_code").toInt(); }
    QJsonArray list() const { return json.value("data").toArray(); }
    // The URL of a `Link: <URL>; rel="next"` header, empty when there is none.
    QUrl next() const
    {
        static const QRegularExpression re(R"(^<([^>]+)>;\s*rel="next"$)");
        const auto m = re.match(QString::fromLatin1(header("Link")));
        return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
    }
};

// Collects the "ocpi.sim" log lines while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        lines().clear();
        QLoggingCategory::setFilterRules("ocpi.sim.info=true");
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
            if (qstrcmp(context.category, "ocpi.sim") == 0)
                lines() << message;
        });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules("ocpi.sim.info=false");
    }
    static QStringList &lines()
    {
        static QStringList l;
        return l;
    }

private:
    QtMessageHandler m_previous = nullptr;
};

// Every request fault of `faults` strikes every first attempt.
Options everyRequest(Faults faults, int slowDelayMs = 2000)
{
    Options o;
    o.faults = faults;
    o.faultRate = 1.0;
    o.slowDelayMs = slowDelayMs;
    return o;
}

QString httpDate(qint64 msecs)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), "ddd, dd MMM yyyy hh:mm:ss 'GMT'");
}

} // namespace

class TstSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    // A fresh, started simulator with these options (seeded unless the caller says otherwise).
    Simulator &startSim(Options o = {})
    {
        if (!o.seed)
            o.seed = 1234;
        m_sim = std::make_unique<Simulator>();
        m_sim->setOptions(o);
        if (!m_sim->start())
            qFatal("cannot start the simulator: %s", qPrintable(m_sim->errorString()));
        return *m_sim;
    }

    Response get(const QUrl &url, const QByteArray &authorization, const QByteArray &verb = "GET",
                 const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QNetworkRequest request(url);
        if (!authorization.isNull())
            request.setRawHeader("Authorization", authorization);
        for (const auto &[name, value] : extra)
            request.setRawHeader(name, value);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = verb == "GET" ? m_nam->get(request) : m_nam->sendCustomRequest(request, verb);
        QSignalSpy done(reply, &QNetworkReply::finished);
        Response r;
        r.finished = reply->isFinished() || done.wait(15000);
        r.elapsedMs = clock.elapsed();
        r.error = reply->error();
        r.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        r.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
        r.json = doc.object();
        reply->deleteLater();
        return r;
    }
    Response get(const QUrl &url) { return get(url, m_sim->authorizationHeader()); }

    // A GET with the right token whose answer the caller waits for.
    QNetworkReply *startGet(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_sim->authorizationHeader());
        return m_nam->get(request);
    }

    static QUrl withQuery(QUrl url, const QString &query)
    {
        url.setQuery(query);
        return url;
    }

    // Follows the Link chain from `first`, checking every page's headers; returns the session objects in order.
    QList<QJsonObject> crawl(const QUrl &first, int expectedLimit, qint64 expectedTotal, int *pages = nullptr)
    {
        QList<QJsonObject> out;
        QUrl url = first;
        int count = 0;
        while (url.isValid() && !url.isEmpty() && count < 1000) {
            const Response r = get(url);
            ++count;
            if (!r.finished || r.http != 200 || r.status() != 1000) {
                qWarning() << "page failed" << url << r.http << r.body.left(200);
                return {};
            }
            if (r.header("X-Limit").toInt() != expectedLimit || r.header("X-Total-Count").toLongLong() != expectedTotal) {
                qWarning() << "headers" << url << r.header("X-Limit") << r.header("X-Total-Count");
                return {};
            }
            const QJsonArray data = r.list();
            if (data.size() > expectedLimit)
                return {};
            for (const QJsonValue &v : data)
                out.append(v.toObject());
            const QUrl next = r.next();
            if (next.isValid() && !next.isEmpty()) {
                // Absolute, on this server, keeping the limit.
                if (!next.toString().startsWith(m_sim->sessionsUrl().toString() + '?')
                    || QUrlQuery(next).queryItemValue("limit").toInt() != expectedLimit)
                    return {};
            }
            url = next;
        }
        if (pages)
            *pages = count;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules("ocpi.sim.info=false");
        qRegisterMetaType<Ocpi::Sim::RequestRecord>();
    }
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy); // an http_proxy in the environment must not intercept 127.0.0.1
    }
    void cleanup()
    {
        m_nam.reset();
        m_sim.reset();
    }

    void bindsToLoopbackOnly()
    {
        Simulator &sim = startSim();
        QVERIFY(sim.isListening());
        QCOMPARE(sim.serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(sim.versionsUrl().host(), QStringLiteral("127.0.0.1"));
        const quint16 port = sim.serverPort();
        QVERIFY(port != 0);
        QCOMPARE(sim.versionsUrl().port(), int(port));

        const auto connects = [port](const QHostAddress &address) {
            QTcpSocket socket;
            socket.connectToHost(address, port);
            return socket.waitForConnected(3000);
        };
        QVERIFY(connects(QHostAddress::LocalHost));
        // Bound to 127.0.0.1 itself: another loopback address, IPv6 and the machine's other addresses are refused,
        // which would not be so with 0.0.0.0 or ::.
        QVERIFY(!connects(QHostAddress("127.0.0.2")));
        QVERIFY(!connects(QHostAddress::LocalHostIPv6));
        const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &a : addresses) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                QVERIFY2(!connects(a), qPrintable(a.toString()));
        }
    }

    // start() with an address that is not loopback refuses, says why, and listens nowhere.
    void refusesAddressesOtherThanLoopback_data()
    {
        QTest::addColumn<QString>("address"); // empty: a null QHostAddress
        QTest::newRow("0.0.0.0") << QHostAddress(QHostAddress::AnyIPv4).toString();
        QTest::newRow("::") << QHostAddress(QHostAddress::AnyIPv6).toString();
        QTest::newRow("192.0.2.2") << "192.0.2.2";
        QTest::newRow("fd00::2") << "fd00::2";
        QTest::newRow("null") << QString();
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback())
                QTest::newRow(qPrintable("this machine's " + a.toString())) << a.toString();
        }
    }
    void refusesAddressesOtherThanLoopback()
    {
        QFETCH(QString, address);
        const QHostAddress host = address.isEmpty() ? QHostAddress() : QHostAddress(address);
        QCOMPARE(host.isNull(), address.isEmpty());
        Simulator sim;
        QVERIFY(!sim.start(0, host));
        QVERIFY(!sim.isListening());
        QVERIFY2(sim.errorString().contains("the simulator listens on loopback only (127.0.0.1 or ::1), so that no other "
                                            "computer can reach it"),
                 qPrintable(sim.errorString()));
        QVERIFY(!Simulator::isLoopbackAddress(host));
        // Any (both protocols) too.
        QVERIFY(!sim.start(0, QHostAddress(QHostAddress::Any)));
    }

    void portInUseIsReported()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        Simulator sim;
        QVERIFY(!sim.start(squatter.serverPort()));
        QVERIFY(!sim.isListening());
        QVERIFY2(sim.errorString().contains(QString::number(squatter.serverPort())), qPrintable(sim.errorString()));
    }

    void versions()
    {
        Simulator &sim = startSim();
        const Response r = get(sim.versionsUrl());
        QCOMPARE(r.http, 200);
        QVERIFY(r.isJson);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.status(), 1000);
        QCOMPARE(r.json.value("status_message").toString(), QString("Success"));
        // timestamp, Date and the data all use the simulated clock.
        QCOMPARE(r.json.value("timestamp").toString(), formatDateTimeUtc(sim.now()));
        QVERIFY(r.json.value("timestamp").toString().endsWith('Z'));
        QCOMPARE(QString::fromLatin1(r.header("Date")), httpDate(sim.now()));
        const QJsonArray data = r.list();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data[0].toObject().value("version").toString(), QString("2.1.1")); // listed first on purpose
        QCOMPARE(data[1].toObject().value("version").toString(), QString("2.2.1"));
        QCOMPARE(QUrl(data[1].toObject().value("url").toString()), sim.versionDetailsUrl());
        for (const QJsonValue &v : data)
            QVERIFY(v.toObject().value("url").toString().startsWith(sim.baseUrl().toString() + "/ocpi/"));
    }

    void versionDetails221()
    {
        Simulator &sim = startSim();
        const Response r = get(sim.versionDetailsUrl());
        QCOMPARE(r.http, 200);
        QCOMPARE(r.status(), 1000);
        const QJsonObject data = r.json.value("data").toObject();
        QCOMPARE(data.value("version").toString(), QString("2.2.1"));
        QSet<QString> seen;
        QUrl sessionsSender;
        const QJsonArray endpoints = data.value("endpoints").toArray();
        for (const QJsonValue &v : endpoints) {
            const QJsonObject e = v.toObject();
            const QString role = e.value("role").toString();
            QVERIFY2(role == "SENDER" || role == "RECEIVER", qPrintable(role));
            QVERIFY(QUrl(e.value("url").toString()).isValid());
            seen.insert(e.value("identifier").toString() + ' ' + role);
            if (e.value("identifier").toString() == "sessions" && role == "SENDER")
                sessionsSender = QUrl(e.value("url").toString());
        }
        QCOMPARE(seen, (QSet<QString>{"credentials SENDER", "locations SENDER", "sessions SENDER", "sessions RECEIVER",
                                      "cdrs SENDER"}));
        QCOMPARE(sessionsSender, sim.sessionsUrl());

        // The other endpoints answer too: credentials, and empty paginated lists.
        const Response credentials = get(sim.baseUrl().resolved(QUrl("/ocpi/cpo/2.2.1/credentials")));
        QCOMPARE(credentials.status(), 1000);
        QCOMPARE(QUrl(credentials.json.value("data").toObject().value("url").toString()), sim.versionsUrl());
        const Response locations = get(sim.baseUrl().resolved(QUrl("/ocpi/cpo/2.2.1/locations")));
        QCOMPARE(locations.status(), 1000);
        QCOMPARE(locations.list().size(), 0);
        QCOMPARE(locations.header("X-Total-Count"), QByteArray("0"));
    }

    void versionDetails211()
    {
        Simulator &sim = startSim();
        const Response versions = get(sim.versionsUrl());
        const QUrl url(versions.list().at(0).toObject().value("url").toString());
        const Response r = get(url);
        QCOMPARE(r.http, 200);
        QCOMPARE(r.status(), 1000);
        const QJsonObject data = r.json.value("data").toObject();
        QCOMPARE(data.value("version").toString(), QString("2.1.1"));
        const QJsonArray endpoints = data.value("endpoints").toArray();
        QVERIFY(!endpoints.isEmpty());
        for (const QJsonValue &v : endpoints)
            QVERIFY(!v.toObject().contains("role")); // no roles before 2.2
        const Response module = get(QUrl(endpoints.last().toObject().value("url").toString()));
        QCOMPARE(module.http, 200);
        QCOMPARE(module.status(), 3002); // unsupported version
    }

    void token_data()
    {
        QTest::addColumn<QString>("token");     // the server's; empty: the demo token
        QTest::addColumn<bool>("badtokenFault");
        QTest::addColumn<QByteArray>("header"); // null: no Authorization header; %B64% / %PLAIN% are replaced
        QTest::addColumn<int>("http");
        QTest::newRow("demo token, Base64") << QString() << false << QByteArray("Token %B64%") << 200;
        QTest::newRow("demo token, plain") << QString() << false << QByteArray("Token %PLAIN%") << 401;
        QTest::newRow("missing header") << QString() << false << QByteArray() << 401;
        QTest::newRow("empty header") << QString() << false << QByteArray("") << 401;
        QTest::newRow("scheme case-insensitive") << QString() << false << QByteArray("token %B64%") << 200;
        QTest::newRow("Bearer scheme") << QString() << false << QByteArray("Bearer %B64%") << 401;
        QTest::newRow("wrong token, Base64") << QString() << false << QByteArray("Token d3Jvbmc=") << 401;
        QTest::newRow("spec example with newline") << "example-token" << false << QByteArray("Token ZXhhbXBsZS10b2tlbgo=") << 401;
        QTest::newRow("own token, Base64") << "s3cret-\u00e9" << false << QByteArray("Token %B64%") << 200;
        QTest::newRow("own token, plain") << "s3cret-\u00e9" << false << QByteArray("Token %PLAIN%") << 401;
        QTest::newRow("badtoken: Base64 refused") << QString() << true << QByteArray("Token %B64%") << 401;
        QTest::newRow("badtoken: plain accepted") << QString() << true << QByteArray("Token %PLAIN%") << 200;
        QTest::newRow("badtoken: missing") << QString() << true << QByteArray() << 401;
    }
    void token()
    {
        QFETCH(QString, token);
        QFETCH(bool, badtokenFault);
        QFETCH(QByteArray, header);
        QFETCH(int, http);
        Options o;
        o.token = token;
        if (badtokenFault)
            o.faults = Fault::BadToken;
        Simulator &sim = startSim(o);
        QCOMPARE(sim.usesDemoToken(), token.isEmpty());
        const QByteArray plain = sim.token().toUtf8();
        header.replace("%B64%", plain.toBase64()).replace("%PLAIN%", plain);
        QSignalSpy served(&sim, &Simulator::requestServed);
        for (const QUrl &url : {sim.versionsUrl(), sim.sessionsUrl()}) {
            const Response r = get(url, header);
            QCOMPARE(r.http, http);
            QVERIFY(r.isJson);
            if (http == 401) {
                QCOMPARE(r.status(), 2000);
                QVERIFY(!r.json.contains("data"));
                QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Token"));
            } else {
                QCOMPARE(r.status(), 1000);
            }
        }
        // The log record never holds the token.
        QCOMPARE(served.size(), 2);
        for (const QList<QVariant> &args : std::as_const(served)) {
            const auto rec = args.at(0).value<RequestRecord>();
            QCOMPARE(rec.httpStatus, http);
            QVERIFY(!rec.query.contains(QString::fromUtf8(plain)) && !rec.path.contains(QString::fromUtf8(plain)));
        }
    }

    void pagingCoversEverySessionOnce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("maxPageSize");
        QTest::addColumn<int>("expectedLimit");
        QTest::newRow("limit 10") << "limit=10" << 100 << 10;
        QTest::newRow("limit 7 from offset 0") << "offset=0&limit=7" << 100 << 7;
        QTest::newRow("no limit: the server's page size") << "" << 100 << 100;
        QTest::newRow("no limit, small server pages") << "" << 30 << 30;
        QTest::newRow("limit above the cap") << "limit=1000" << 25 << 25;
        QTest::newRow("limit 1") << "limit=1" << 100 << 1;
    }
    void pagingCoversEverySessionOnce()
    {
        QFETCH(QString, query);
        QFETCH(int, maxPageSize);
        QFETCH(int, expectedLimit);
        Options o;
        o.sessions = 237;
        o.maxPageSize = maxPageSize;
        Simulator &sim = startSim(o);
        for (int t = 0; t < 5; ++t)
            sim.tick();
        const QList<SessionSnapshot> truth = sim.currentSessions();
        QVERIFY(truth.size() >= 237);

        int pages = 0;
        const QList<QJsonObject> got = crawl(withQuery(sim.sessionsUrl(), query), expectedLimit, truth.size(), &pages);
        QCOMPARE(got.size(), truth.size());
        QCOMPARE(pages, int((truth.size() + expectedLimit - 1) / expectedLimit));
        QSet<QString> ids;
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QString id = got[i].value("id").toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QCOMPARE(id, truth[i].id); // creation order
            QCOMPARE(got[i], QJsonDocument::fromJson(truth[i].json).object());
        }
    }

    void lastPageHasNoLink()
    {
        Options o;
        o.sessions = 25;
        Simulator &sim = startSim(o);
        const qsizetype total = sim.sessionCount();
        const Response last = get(withQuery(sim.sessionsUrl(), QString("offset=%1&limit=10").arg(total - 5)));
        QCOMPARE(last.list().size(), 5);
        QVERIFY(last.header("Link").isNull());
        QCOMPARE(last.header("X-Total-Count").toLongLong(), total);
        const Response exact = get(withQuery(sim.sessionsUrl(), QString("offset=%1&limit=5").arg(total - 5)));
        QVERIFY(exact.header("Link").isNull());
        const Response beyond = get(withQuery(sim.sessionsUrl(), QString("offset=%1").arg(total + 10)));
        QCOMPARE(beyond.status(), 1000);
        QCOMPARE(beyond.list().size(), 0);
        QVERIFY(beyond.header("Link").isNull());
        const Response notLast = get(withQuery(sim.sessionsUrl(), QString("offset=%1&limit=5").arg(total - 6)));
        QCOMPARE(QUrlQuery(notLast.next()).queryItemValue("offset").toLongLong(), total - 1);
    }

    void dateFiltering_data()
    {
        QTest::addColumn<bool>("useFrom");
        QTest::addColumn<bool>("useTo");
        QTest::newRow("date_from") << true << false;
        QTest::newRow("date_to") << false << true;
        QTest::newRow("both") << true << true;
    }
    void dateFiltering()
    {
        QFETCH(bool, useFrom);
        QFETCH(bool, useTo);
        Options o;
        o.sessions = 120;
        o.secondsPerTick = 60;
        Simulator &sim = startSim(o);
        for (int t = 0; t < 90; ++t)
            sim.tick();
        const QList<SessionSnapshot> truth = sim.currentSessions();
        // Bounds on actual last_updated values: date_from is inclusive, date_to exclusive.
        QList<qint64> times;
        for (const SessionSnapshot &s : truth)
            times.append(s.lastUpdated);
        std::sort(times.begin(), times.end());
        const qint64 from = useFrom ? times[times.size() / 4] : kNoTime;
        const qint64 to = useTo ? times[times.size() * 3 / 4] : kNoTime;
        QVERIFY(from == kNoTime || to == kNoTime || from < to);

        QStringList expected;
        bool boundaryIncluded = false;
        for (const SessionSnapshot &s : truth) {
            if ((from == kNoTime || s.lastUpdated >= from) && (to == kNoTime || s.lastUpdated < to)) {
                expected << s.id;
                boundaryIncluded |= s.lastUpdated == from;
            }
        }
        QVERIFY(!expected.isEmpty() && expected.size() < truth.size());
        QVERIFY(from == kNoTime || boundaryIncluded);

        QUrlQuery query;
        query.addQueryItem("limit", "8");
        if (from != kNoTime)
            query.addQueryItem("date_from", formatDateTimeUtc(from));
        if (to != kNoTime)
            query.addQueryItem("date_to", formatDateTimeUtc(to));
        QUrl url = sim.sessionsUrl();
        url.setQuery(query);
        QStringList got;
        while (!url.isEmpty()) {
            const Response r = get(url);
            QCOMPARE(r.status(), 1000);
            QCOMPARE(r.header("X-Total-Count").toLongLong(), expected.size());
            for (const QJsonValue &v : r.list()) {
                got << v.toObject().value("id").toString();
                const qint64 t = parseDateTime(v.toObject().value("last_updated").toString().toStdString()).msecs;
                QVERIFY(from == kNoTime || t >= from);
                QVERIFY(to == kNoTime || t < to);
            }
            url = r.next();
            if (!url.isEmpty()) { // the Link keeps the filters
                const QUrlQuery nq(url);
                QCOMPARE(nq.queryItemValue("date_from", QUrl::FullyDecoded), query.queryItemValue("date_from"));
                QCOMPARE(nq.queryItemValue("date_to", QUrl::FullyDecoded), query.queryItemValue("date_to"));
                QCOMPARE(nq.queryItemValue("limit"), QString("8"));
            }
        }
        QCOMPARE(got, expected);
    }

    // A client that polls with date_from = the previous response's timestamp gets exactly what changed.
    void incrementalPolling()
    {
        Options o;
        o.sessions = 60;
        o.secondsPerTick = 60;
        Simulator &sim = startSim(o);
        const Response first = get(sim.sessionsUrl());
        const QString since = first.json.value("timestamp").toString();
        QCOMPARE(since, formatDateTimeUtc(sim.now()));
        const qint64 sinceMs = sim.now();
        for (int t = 0; t < 3; ++t)
            sim.tick();
        QStringList changed;
        const QList<SessionSnapshot> truth = sim.currentSessions();
        for (const SessionSnapshot &s : truth) {
            if (s.lastUpdated >= sinceMs)
                changed << s.id;
        }
        QVERIFY(!changed.isEmpty());
        const Response r = get(withQuery(sim.sessionsUrl(), "date_from=" + since));
        QStringList got;
        for (const QJsonValue &v : r.list())
            got << v.toObject().value("id").toString();
        QCOMPARE(got, changed);
        QCOMPARE(r.json.value("timestamp").toString(), formatDateTimeUtc(sim.now()));
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("negative offset") << "offset=-1";
        QTest::newRow("offset not a number") << "offset=ten";
        QTest::newRow("limit 0") << "limit=0";
        QTest::newRow("limit not a number") << "limit=abc";
        QTest::newRow("date_from garbage") << "date_from=yesterday";
        QTest::newRow("date_from with offset") << "date_from=2024-06-03T08:00:00%2B00:00";
        QTest::newRow("date_to with a space") << "date_to=2024-06-03%2008:00:00Z";
    }
    void badParameters()
    {
        QFETCH(QString, query);
        Simulator &sim = startSim();
        const Response r = get(withQuery(sim.sessionsUrl(), query));
        QCOMPARE(r.http, 200); // reached the OCPI layer: no HTTP error (status_codes 5)
        QCOMPARE(r.status(), 2001);
        QVERIFY(!r.json.contains("data"));
        QVERIFY(!r.json.value("status_message").toString().isEmpty());
    }

    void unknownPathAndMethod()
    {
        Simulator &sim = startSim();
        const Response missing = get(sim.baseUrl().resolved(QUrl("/ocpi/cpo/2.2.1/tariffs")));
        QCOMPARE(missing.http, 404);
        QVERIFY(missing.isJson);
        QCOMPARE(missing.status(), 2000);
        const Response post = get(sim.sessionsUrl(), sim.authorizationHeader(), "POST");
        QCOMPARE(post.http, 405);
        QCOMPARE(post.header("Allow"), QByteArray("GET"));
        const Response trailingSlash = get(withQuery(QUrl(sim.sessionsUrl().toString() + '/'), "limit=2"));
        QCOMPARE(trailingSlash.status(), 1000);
        QCOMPARE(trailingSlash.list().size(), 2);
    }

    void requestIdsEchoedAndRoutingHeaders()
    {
        Simulator &sim = startSim();
        const Response r = get(sim.sessionsUrl(), sim.authorizationHeader(), "GET",
                               {{"X-Request-ID", "req-1"}, {"X-Correlation-ID", "corr-1"},
                                {"OCPI-from-country-code", "DE"}, {"OCPI-from-party-id", "EMP"}});
        QCOMPARE(r.header("X-Request-ID"), QByteArray("req-1"));
        QCOMPARE(r.header("X-Correlation-ID"), QByteArray("corr-1"));
        QCOMPARE(r.header("OCPI-from-country-code"), QByteArray("NL"));
        QCOMPARE(r.header("OCPI-from-party-id"), QByteArray("SIM"));
        QCOMPARE(r.header("OCPI-to-country-code"), QByteArray("DE"));
        QCOMPARE(r.header("OCPI-to-party-id"), QByteArray("EMP"));
        const Response plain = get(sim.versionsUrl());
        QVERIFY(!plain.header("X-Request-ID").isEmpty());
        QVERIFY(plain.header("OCPI-from-party-id").isNull()); // not on configuration modules
    }

    // Each fault shows on a picked request's first attempt; the same request then succeeds.
    void faultObservable_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("query");
        QTest::newRow("500") << Fault::Http500 << "limit=10";
        QTest::newRow("429") << Fault::Http429 << "limit=10";
        QTest::newRow("2001") << Fault::Status2001 << "limit=10";
        QTest::newRow("3000") << Fault::Status3000 << "limit=10";
        QTest::newRow("slow") << Fault::Slow << "limit=10";
        QTest::newRow("truncated") << Fault::Truncated << "limit=10";
        QTest::newRow("linkloop") << Fault::LinkLoop << "offset=10&limit=10";
    }
    void faultObservable()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, query);
        Simulator &sim = startSim(everyRequest(fault, 400));
        QSignalSpy served(&sim, &Simulator::requestServed);
        const QUrl url = withQuery(sim.sessionsUrl(), query);

        const Response bad = get(url);
        QVERIFY(bad.finished);
        const Response good = get(url); // the retry
        QCOMPARE(good.http, 200);
        QCOMPARE(good.status(), 1000);
        QCOMPARE(good.list().size(), 10);
        QVERIFY(!good.next().isEmpty());
        QCOMPARE(QUrlQuery(good.next()).queryItemValue("offset").toInt(), QUrlQuery(url).queryItemValue("offset").toInt() + 10);

        switch (fault) {
        case Fault::Http500:
            QCOMPARE(bad.http, 500);
            QCOMPARE(bad.status(), 3000);
            break;
        case Fault::Http429:
            QCOMPARE(bad.http, 429);
            QCOMPARE(bad.header("Retry-After"), QByteArray("1"));
            QCOMPARE(bad.status(), 2000);
            break;
        case Fault::Status2001:
        case Fault::Status3000:
            QCOMPARE(bad.http, 200);
            QCOMPARE(bad.status(), fault == Fault::Status2001 ? 2001 : 3000);
            QVERIFY(!bad.json.contains("data"));
            break;
        case Fault::Slow:
            QCOMPARE(bad.http, 200);
            QCOMPARE(bad.body, good.body);
            QVERIFY2(bad.elapsedMs >= 350, qPrintable(QString::number(bad.elapsedMs)));
            QVERIFY2(good.elapsedMs < 350, qPrintable(QString::number(good.elapsedMs)));
            break;
        case Fault::Truncated:
            QCOMPARE(bad.http, 200);
            QVERIFY(!bad.isJson);
            QVERIFY(bad.body.size() < good.body.size());
            QVERIFY(good.body.startsWith(bad.body));
            QCOMPARE(bad.header("Content-Length").toLongLong(), bad.body.size());
            break;
        case Fault::LinkLoop:
            QCOMPARE(bad.http, 200);
            QCOMPARE(bad.body, good.body);
            QCOMPARE(QUrlQuery(bad.next()).queryItemValue("offset"), QString("0"));
            break;
        default:
            QFAIL("not a request fault");
        }
        QCOMPARE(served.size(), 2);
        QCOMPARE(served.at(0).at(0).value<RequestRecord>().fault, fault);
        QCOMPARE(served.at(1).at(0).value<RequestRecord>().fault, Fault::None);

        // Faults are off for the first page in linkloop (no page to loop back from).
        if (fault == Fault::LinkLoop)
            QCOMPARE(QUrlQuery(get(withQuery(sim.sessionsUrl(), "limit=10")).next()).queryItemValue("offset"), QString("10"));
    }

    // While a slow answer waits, the server keeps answering other requests: the event loop is not blocked.
    void slowDoesNotBlock()
    {
        Simulator &sim = startSim(everyRequest(Fault::Slow, 1500));
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = startGet(withQuery(sim.sessionsUrl(), "limit=3"));
        QSignalSpy slowDone(slow, &QNetworkReply::finished);
        QVERIFY(!slowDone.wait(100));
        // Requests that no fault picks (faults come after the token check) are answered at once meanwhile.
        const Response fast = get(sim.versionsUrl(), QByteArray());
        QCOMPARE(fast.http, 401);
        QVERIFY2(fast.elapsedMs < 500, qPrintable(QString::number(fast.elapsedMs)));
        QVERIFY(slowDone.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!slowDone.isEmpty(), 5000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(clock.elapsed() >= 1450);
        slow->deleteLater();
    }

    // A client that goes away during a slow answer does not hurt the server: the answer is dropped.
    void slowClientLeaves()
    {
        Simulator &sim = startSim(everyRequest(Fault::Slow, 1000));
        QSignalSpy served(&sim, &Simulator::requestServed);
        LogCapture log;
        QNetworkReply *reply = startGet(sim.sessionsUrl());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(!done.wait(300)); // the server holds the request by now
        reply->abort();
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(!LogCapture::lines().isEmpty(), 5000);
        QCOMPARE(LogCapture::lines().constFirst(),
                 QString("GET /ocpi/cpo/2.2.1/sessions: the client left before the slow answer"));
        QCOMPARE(served.size(), 0);
        QCOMPARE(get(sim.sessionsUrl()).status(), 1000);
    }

    void invalidFaultServed()
    {
        Options o;
        o.sessions = 40;
        o.faults = Fault::Invalid;
        o.faultRate = 0.5;
        Simulator &sim = startSim(o);
        const Response r = get(sim.sessionsUrl());
        QCOMPARE(r.status(), 1000);
        SessionValidator validator;
        int invalid = 0;
        const QList<SessionSnapshot> truth = sim.currentSessions();
        QCOMPARE(r.list().size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QCOMPARE(r.list().at(i).toObject(), QJsonDocument::fromJson(truth[i].json).object()); // served as held
            Findings findings;
            const Session s = validator.validate(std::string_view(truth[i].json.constData(), size_t(truth[i].json.size())),
                                                 &findings);
            invalid += s.isValid() ? 0 : 1;
        }
        QVERIFY2(invalid > 5 && invalid < 35, qPrintable(QString::number(invalid)));
    }

    // With every request fault on, a client that retries (and notices a Link loop) still gets every session.
    void retryingClientGetsEverything_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("a third of the requests") << 0.33;
        QTest::newRow("every request") << 1.0;
    }
    void retryingClientGetsEverything()
    {
        QFETCH(double, rate);
        Options o;
        o.sessions = 95;
        o.faults = Fault::Http500 | Fault::Http429 | Fault::Status2001 | Fault::Status3000 | Fault::Slow
                   | Fault::Truncated | Fault::LinkLoop;
        o.faultRate = rate;
        o.slowDelayMs = 20;
        Simulator &sim = startSim(o);
        QList<RequestRecord> records;
        connect(&sim, &Simulator::requestServed, this, [&records](const RequestRecord &r) { records << r; });

        QHash<QString, QJsonObject> got;
        QSet<QString> visited;
        QUrl url = withQuery(sim.sessionsUrl(), "limit=10");
        int requests = 0;
        while (!url.isEmpty()) {
            QVERIFY(++requests < 200);
            const Response r = get(url);
            if (r.http != 200 || !r.isJson || r.status() != 1000)
                continue; // retry the same URL
            for (const QJsonValue &v : r.list())
                got.insert(v.toObject().value("id").toString(), v.toObject());
            visited.insert(url.toString());
            QUrl next = r.next();
            if (visited.contains(next.toString())) // a loop: go on from where the page's offset says
                next = withQuery(sim.sessionsUrl(),
                                 QString("offset=%1&limit=10").arg(QUrlQuery(url).queryItemValue("offset").toInt() + 10));
            url = next;
            if (!url.isEmpty() && QUrlQuery(url).queryItemValue("offset").toLongLong() >= sim.sessionCount())
                url.clear();
        }
        const QList<SessionSnapshot> truth = sim.currentSessions();
        QCOMPARE(got.size(), truth.size());
        for (const SessionSnapshot &s : truth)
            QCOMPARE(got.value(s.id), QJsonDocument::fromJson(s.json).object());
        // A fault strikes a request's first attempt only; at rate 1 every first attempt.
        QSet<QString> attempted;
        QSet<Fault> seen;
        for (const RequestRecord &r : std::as_const(records)) {
            const QString key = r.path + '?' + r.query;
            if (attempted.contains(key)) {
                QCOMPARE(r.fault, Fault::None);
            } else {
                attempted.insert(key);
                if (rate == 1.0)
                    QVERIFY(r.fault != Fault::None);
            }
            seen.insert(r.fault);
        }
        QVERIFY(seen.size() >= 4);
    }

    void tokenNeverInTheLog()
    {
        Options o;
        o.token = "very-secret-token";
        Simulator &sim = startSim(o);
        LogCapture log;
        get(sim.versionsUrl());
        get(sim.sessionsUrl(), "Token very-secret-token");
        get(sim.sessionsUrl(), "Token " + QByteArray("very-secret-token").toBase64());
        QCOMPARE(LogCapture::lines().size(), 3);
        for (const QString &m : std::as_const(LogCapture::lines())) {
            QVERIFY2(!m.contains("very-secret-token") && !m.contains("dmVyeS1zZWNyZXQtdG9rZW4"), qPrintable(m));
            QVERIFY2(m.startsWith("GET /ocpi/"), qPrintable(m));
        }
    }
};

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
