// SessionPoller against the scripted HTTP responder and the fake CPO, over real sockets on 127.0.0.1:
// discovery, authorization, pagination, incremental sync, faults and retries, limits, threading.
#include "fakecpo.h"
#include "scriptedserver.h"

#include "net/client/sessionpoller.h"
#include "net/client/urlutil.h"

#include "ocpi/datetime.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QThread>
#include <QtCore/QUrlQuery>
#include "polltesthelpers.h"

#include <QtTest/QtTest>

using namespace Ocpi::Net;

namespace {

const QByteArray kToken = "s3cr3t-token";

ClientConfig config(const QUrl &url)
{
    ClientConfig c;
    c.url = url;
    c.token = QString::fromLatin1(kToken);
    c.connectTimeoutMs = 3000;
    c.totalTimeoutMs = 10000;
    c.maxRetries = 2;
    c.retryBaseDelayMs = 5;
    c.retryMaxDelayMs = 3000;
    return c;
}

using PollTest::poll;

using PollTest::errorsOf;

// -1 when there is no error, so that a missing error never passes for one.
int errorKind(const PollResult &r)
{
    return r.errors.isEmpty() ? -1 : int(r.errors.constFirst().kind);
}

bool holds(const SessionPoller &p, const QByteArray &id)
{
    return p.sessions().find(SessionKey{"NL", "CPO", QString::fromLatin1(id)}) != nullptr;
}

QList<HttpRequest> sessionRequests(const ScriptedServer &server)
{
    QList<HttpRequest> out;
    for (const HttpRequest &r : server.requests) {
        if (r.path().contains("/sessions"))
            out.append(r);
    }
    return out;
}

// The store holds exactly the server's sessions, each in its latest version.
bool sameAsServer(const SessionPoller &p, const FakeCpo &cpo, QString *why)
{
    if (p.sessions().size() != cpo.sessions.size()) {
        *why = QString("client holds %1 sessions, server %2").arg(p.sessions().size()).arg(cpo.sessions.size());
        return false;
    }
    for (const FakeSession &s : cpo.sessions) {
        const StoredSession *held = p.sessions().find(SessionKey{"NL", "CPO", QString::fromLatin1(s.id)});
        if (!held) {
            *why = "missing " + QString::fromLatin1(s.id);
            return false;
        }
        if (held->json != s.json()) {
            *why = "stale " + QString::fromLatin1(s.id);
            return false;
        }
    }
    return true;
}

} // namespace

class TestSessionPoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    // Discovery
    void discoveryAndFullSync();
    void endpointDetection_data();
    void endpointDetection();
    void only211IsRefusedClearly();
    void details211IsRefusedClearly();
    void plainHttpOnlyForLoopback_data();
    void plainHttpOnlyForLoopback();
    void receiverOnlyIsAnError();
    void envelopeErrorOnVersions();
    void notFoundSendsNextPollBackToDiscovery();

    // Authorization and request ids
    void headersOnEveryRequest();
    void plainTokenAfter401IsRemembered();
    void tokenRefusedInBothForms();
    void tokenWithTrailingNewlineIsWarnedAbout();

    // Pagination
    void linkStyles_data();
    void linkStyles();
    void hostileLinkToAnotherHost();
    void hostileLinkToAnotherScheme();
    void linkLoop_data();
    void linkLoop();
    void duplicatePage();
    void offsetFallbackWithoutLink();
    void xLimitLowerThanAsked();
    void noLinkNoTotal();
    void totalFallsMidCrawlIsReRead();
    void sessionCreatedDuringCrawlComesNextPoll();
    void totalFallingTooOftenStops();
    void totalGrowsMidCrawl();
    void totalKeepsGrowingStops();

    // Content
    void gzipBody();
    void ocpiErrorWithHttp200_data();
    void ocpiErrorWithHttp200();
    void truncatedJsonBody();
    void garbledBody();
    void bigPage();
    void bigPageOverLimit();
    void maxPagesPerSync();

    // Faults and retries
    void retryAfter429();
    void serverErrorThenSuccess();
    void serverErrorForeverKeepsSessions();
    void backoffGrows();
    void connectionRefused();
    void serverNeverAnswers();
    void totalTimeout();
    void truncatedConnectionIsRetried();
    void redirects();

    // Incremental sync
    void incrementalSync();
    void failedPollKeepsWatermarkAndSessions();
    void watermarkFromDateHeader();
    void startFrom();

    // Poller life
    void batchesPerPage();
    void stopDuringPoll();
    void scheduleAndPollNow();
    void runsOnWorkerThread();
    void tokenNeverInLogsOrErrors();
    void routingHeadersOnSessionsOnly();
};

void TestSessionPoller::routingHeadersOnSessionsOnly()
{
    // A party to route to (transport_and_format, Message Routing Headers): the OCPI-to-* headers go with the
    // requests to the Sessions module, never with Versions or version details; without one, no such header.
    for (const bool routed : {true, false}) {
        ScriptedServer server;
        QVERIFY(server.listen());
        FakeCpo cpo(server);
        cpo.addSessions(15, cpo.now - 100000);
        ClientConfig c = config(cpo.versionsUrl());
        if (routed) {
            c.toCountryCode = "NL";
            c.toPartyId = "TNM";
        }
        SessionPoller poller(c);
        const PollResult r = poll(poller);
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
        QVERIFY(server.requests.size() >= 3);
        for (const HttpRequest &req : server.requests) {
            const bool sessions = req.path().endsWith("/sessions");
            QCOMPARE(req.header("OCPI-to-country-code"), QByteArray(routed && sessions ? "NL" : ""));
            QCOMPARE(req.header("OCPI-to-party-id"), QByteArray(routed && sessions ? "TNM" : ""));
        }
    }
}

void TestSessionPoller::initTestCase()
{
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.client.warning=false");
}

void TestSessionPoller::discoveryAndFullSync()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.versionsUrl()));
    QSignalSpy batches(&poller, &SessionPoller::sessionsReceived);
    QSignalSpy progress(&poller, &SessionPoller::progress);
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.ocpiVersion, QString("2.2.1"));
    QCOMPARE(r.sessionsUrl, cpo.sessionsUrl()); // the SENDER, not the RECEIVER listed before it
    QCOMPARE(poller.sessionsUrl(), cpo.sessionsUrl());
    QCOMPARE(r.pages, 3);
    QCOMPARE(r.records, 25);
    QCOMPARE(r.added, 25);
    QCOMPARE(r.changed + r.unchanged + r.unidentified, 0);
    QCOMPARE(r.invalid, 0);
    QCOMPARE(r.totalCount, 25);
    QCOMPARE(r.requests, 5);
    QVERIFY(r.bytes > 25 * 300);
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(poller.sessions().size(), 25);
    QCOMPARE(batches.size(), 3);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(3).toLongLong(), 25);
    QCOMPARE(server.requests[0].path(), QByteArray("/ocpi/versions"));
    QCOMPARE(server.requests[1].path(), QByteArray("/ocpi/2.2.1"));
    // The first sync reads everything (date_from is required, so: from the epoch); later pages pin date_to to
    // the server's time of the first page.
    QCOMPARE(server.requests[2].target, QByteArray("/ocpi/cpo/2.2.1/sessions?date_from=1970-01-01T00:00:00Z"));
    QCOMPARE(server.requests[3].queryItem("date_from"), QByteArray("1970-01-01T00:00:00Z"));
    QCOMPARE(server.requests[3].queryItem("date_to"), Ocpi::formatDateTimeUtc(cpo.now).toLatin1());
    QCOMPARE(r.serverTime, cpo.now);
    QCOMPARE(r.watermarkAfter, cpo.now - 60000);
    QCOMPARE(poller.watermark(), cpo.now - 60000);
}

void TestSessionPoller::endpointDetection_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QByteArray>("sessionsPath");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("requests");
    QTest::newRow("versions") << "versions" << QByteArray("/ocpi/cpo/2.2.1/sessions") << int(EndpointKind::Auto) << 5;
    QTest::newRow("details") << "details" << QByteArray("/ocpi/cpo/2.2.1/sessions") << int(EndpointKind::Auto) << 4;
    QTest::newRow("sessions by path") << "sessions" << QByteArray("/ocpi/cpo/2.2.1/sessions") << int(EndpointKind::Auto) << 3;
    QTest::newRow("sessions, trailing slash") << "sessions" << QByteArray("/ocpi/cpo/2.2.1/sessions/") << int(EndpointKind::Auto) << 3;
    QTest::newRow("details, trailing slash") << "details" << QByteArray("/ocpi/cpo/2.2.1/sessions/") << int(EndpointKind::Auto) << 4;
    // A sessions URL that does not look like one: the probe's answer is recognised and used as page 1.
    // The probe of the URL as given, then the first page with date_from.
    QTest::newRow("sessions by content") << "sessions" << QByteArray("/cpo/s") << int(EndpointKind::Auto) << 4;
    QTest::newRow("sessions, explicit") << "sessions" << QByteArray("/cpo/s") << int(EndpointKind::Sessions) << 3;
    QTest::newRow("details, explicit") << "details" << QByteArray("/ocpi/cpo/2.2.1/sessions") << int(EndpointKind::VersionDetails) << 4;
}

void TestSessionPoller::endpointDetection()
{
    QFETCH(QString, which);
    QFETCH(QByteArray, sessionsPath);
    QFETCH(int, kind);
    QFETCH(int, requests);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.sessionsPath = sessionsPath;
    cpo.addSessions(25, cpo.now - 100000);
    ClientConfig c = config(which == "versions" ? cpo.versionsUrl() : which == "details" ? cpo.detailsUrl() : cpo.sessionsUrl());
    c.endpointKind = EndpointKind(kind);
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 25);
    QCOMPARE(r.requests, requests);
    for (const HttpRequest &req : sessionRequests(server))
        QCOMPARE(req.path(), sessionsPath); // the endpoint's URL as given, slash or not
}

void TestSessionPoller::only211IsRefusedClearly()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.intercept = [&](const HttpRequest &req, int) -> std::optional<HttpReply> {
        if (req.path() == "/ocpi/versions")
            return HttpReply::json(FakeCpo::envelope("[{\"version\":\"2.1.1\",\"url\":\"/ocpi/2.1.1\"}]", 1000, "2020-01-01T00:00:00Z"));
        return std::nullopt;
    };
    SessionPoller poller(config(cpo.versionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY(!r.complete);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].kind, PollError::Kind::UnsupportedVersion);
    QVERIFY2(r.errors[0].message.contains("OCPI 2.1.1 only") && r.errors[0].message.contains("not supported yet"),
             qPrintable(r.errors[0].message));
    QCOMPARE(server.requests.size(), 1); // nothing misread afterwards
}

// http:// to a host that is not this computer is refused before any request goes there (the token would travel
// unencrypted), whether it is the configured URL or one that discovery finds (an endpoint on 127.0.0.1 here, whose
// versions or details answer points elsewhere over http://), unless the user confirmed it (allowInsecureHttp).
void TestSessionPoller::plainHttpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("configured"); // empty: the scripted endpoint's versions URL
    QTest::addColumn<QByteArray>("versionUrl"); // where its versions list points
    QTest::addColumn<QByteArray>("sessionsUrl"); // where its version details point the sessions module
    QTest::addColumn<bool>("allow");
    QTest::addColumn<QString>("refusedUrl"); // empty: not refused
    QTest::addColumn<int>("requestsToTheEndpoint");
    QTest::newRow("configured http:// to another host")
        << "http://ocpi-cpo.invalid/ocpi/versions" << QByteArray() << QByteArray() << false
        << "http://ocpi-cpo.invalid/ocpi/versions" << 0;
    QTest::newRow("configured http:// to an address of this network")
        << "http://192.0.2.7:8080/ocpi/versions" << QByteArray() << QByteArray() << false << "http://192.0.2.7:8080/ocpi/versions" << 0;
    QTest::newRow("versions list points to http:// elsewhere")
        << "" << QByteArray("http://ocpi-cpo.invalid/ocpi/2.2.1") << QByteArray() << false << "http://ocpi-cpo.invalid/ocpi/2.2.1" << 1;
    QTest::newRow("details point the sessions to http:// elsewhere")
        << "" << QByteArray("/ocpi/2.2.1") << QByteArray("http://ocpi-cpo.invalid/ocpi/2.2.1/sessions") << false
        << "http://ocpi-cpo.invalid/ocpi/2.2.1/sessions?date_from=1970-01-01T00:00:00Z" << 2; // the first page
    QTest::newRow("loopback throughout") << "" << QByteArray("/ocpi/2.2.1") << QByteArray() << false << "" << -1;
}

void TestSessionPoller::plainHttpOnlyForLoopback()
{
    QFETCH(QString, configured);
    QFETCH(QByteArray, versionUrl);
    QFETCH(QByteArray, sessionsUrl);
    QFETCH(bool, allow);
    QFETCH(QString, refusedUrl);
    QFETCH(int, requestsToTheEndpoint);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &req, int) -> std::optional<HttpReply> {
        if (req.path() == "/ocpi/versions" && !versionUrl.isEmpty())
            return HttpReply::json(FakeCpo::envelope("[{\"version\":\"2.2.1\",\"url\":\"" + versionUrl + "\"}]", 1000,
                                                     "2020-01-01T00:00:00Z"));
        if (req.path() == "/ocpi/2.2.1" && !sessionsUrl.isEmpty())
            return HttpReply::json(FakeCpo::envelope("{\"version\":\"2.2.1\",\"endpoints\":[{\"identifier\":\"sessions\","
                                                     "\"role\":\"SENDER\",\"url\":\"" + sessionsUrl + "\"}]}",
                                                     1000, "2020-01-01T00:00:00Z"));
        return std::nullopt;
    };
    ClientConfig c = config(configured.isEmpty() ? cpo.versionsUrl() : QUrl(configured));
    c.allowInsecureHttp = allow;
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    if (refusedUrl.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
        QCOMPARE(poller.sessions().size(), qsizetype(3));
        return;
    }
    QVERIFY(!r.complete);
    QCOMPARE(errorKind(r), int(PollError::Kind::Config));
    const QString host = QUrl(refusedUrl).host();
    QCOMPARE(r.errors[0].message,
             QString("refused to send the token to %1: plain http:// to %2, which is not this computer, would carry it "
                     "unencrypted; use https://, or confirm plain http:// for this endpoint (the profile's \"Allow plain "
                     "http://\" option, or poll --allow-insecure-http)")
                 .arg(refusedUrl, host));
    QCOMPARE(server.requests.size(), requestsToTheEndpoint);
    QCOMPARE(r.requests, requestsToTheEndpoint); // and none to the other host

    if (!host.endsWith(".invalid"))
        return; // a request to a real address would wait for its connect timeout
    // Confirmed by the user: the request is made (and fails there: .invalid never resolves).
    c.allowInsecureHttp = true;
    QVERIFY(poller.setConfig(c));
    const PollResult confirmed = poll(poller);
    QVERIFY(!confirmed.errors.isEmpty());
    QVERIFY2(confirmed.errors[0].kind != PollError::Kind::Config, qPrintable(errorsOf(confirmed)));
}

void TestSessionPoller::details211IsRefusedClearly()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        return HttpReply::json(FakeCpo::envelope(
            "{\"version\":\"2.1.1\",\"endpoints\":[{\"identifier\":\"sessions\",\"url\":\"/ocpi/2.1.1/sessions\"}]}", 1000,
            "2020-01-01T00:00:00Z"));
    };
    SessionPoller poller(config(server.url("/ocpi/cpo/2.1.1")));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::UnsupportedVersion));
    QVERIFY(r.errors[0].message.contains("describes OCPI 2.1.1"));
}

void TestSessionPoller::receiverOnlyIsAnError()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        return HttpReply::json(FakeCpo::envelope(
            "{\"version\":\"2.2.1\",\"endpoints\":[{\"identifier\":\"sessions\",\"role\":\"RECEIVER\",\"url\":\"/s\"}]}", 1000,
            "2020-01-01T00:00:00Z"));
    };
    SessionPoller poller(config(cpo.detailsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Discovery));
    QVERIFY(r.errors[0].message.contains("only as RECEIVER"));
}

void TestSessionPoller::envelopeErrorOnVersions()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        return HttpReply::json(FakeCpo::envelope({}, 3000, "2020-01-01T00:00:00Z"));
    };
    SessionPoller poller(config(cpo.versionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Ocpi));
    QCOMPARE(r.errors[0].ocpiStatus, 3000);
    QVERIFY(r.errors[0].message.contains("generic server error"));
    QCOMPARE(server.requests.size(), 3); // retried like a 5xx
}

void TestSessionPoller::notFoundSendsNextPollBackToDiscovery()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    SessionPoller poller(config(cpo.versionsUrl()));
    QVERIFY(poll(poller).ok());
    cpo.sessionsPath = "/ocpi/cpo/2.2.1/sessions-moved";
    PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Http));
    QCOMPARE(r.errors[0].httpStatus, 404);
    QCOMPARE(poller.sessions().size(), 3);
    QVERIFY(poller.sessionsUrl().isEmpty());
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessionsUrl(), cpo.sessionsUrl());
}

void TestSessionPoller::headersOnEveryRequest()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page == 1)
            return HttpReply::json("{}", 500);
        return std::nullopt;
    };
    SessionPoller poller(config(cpo.versionsUrl()));
    QVERIFY(poll(poller).ok());
    QCOMPARE(server.requests.size(), 6);
    const QRegularExpression uuid("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    QSet<QByteArray> requestIds;
    for (const HttpRequest &r : std::as_const(server.requests)) {
        QCOMPARE(r.header("Authorization"), "Token " + kToken.toBase64());
        QVERIFY(uuid.match(QString::fromLatin1(r.header("X-Request-ID"))).hasMatch());
        QVERIFY(uuid.match(QString::fromLatin1(r.header("X-Correlation-ID"))).hasMatch());
        requestIds.insert(r.header("X-Request-ID"));
    }
    QCOMPARE(requestIds.size(), server.requests.size()); // a new request id for every request, retries too
    // A retry of the same page keeps its correlation id.
    QCOMPARE(server.requests[3].header("X-Correlation-ID"), server.requests[4].header("X-Correlation-ID"));
    QVERIFY(server.requests[2].header("X-Correlation-ID") != server.requests[3].header("X-Correlation-ID"));
}

void TestSessionPoller::plainTokenAfter401IsRemembered()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(5, cpo.now - 100000);
    cpo.acceptBase64 = false;
    cpo.acceptPlain = true;
    SessionPoller poller(config(cpo.sessionsUrl()));
    PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.authScheme(), AuthScheme::Plain);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests[0].header("Authorization"), "Token " + kToken.toBase64());
    QCOMPARE(server.requests[1].header("Authorization"), "Token " + kToken);
    server.requests.clear();
    r = poll(poller);
    QVERIFY(r.ok());
    QCOMPARE(server.requests.size(), 1); // no second 401
    QCOMPARE(server.requests[0].header("Authorization"), "Token " + kToken);
}

void TestSessionPoller::tokenRefusedInBothForms()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.acceptBase64 = false;
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Auth));
    QCOMPARE(r.errors[0].httpStatus, 401);
    QVERIFY2(r.errors[0].message.contains("both Base64-encoded") && r.errors[0].message.contains("plain"),
             qPrintable(r.errors[0].message));
    QVERIFY(!r.errors[0].message.contains(QString::fromLatin1(kToken)));
    QCOMPARE(server.requests.size(), 2); // once each way, no retries
    QCOMPARE(poller.authScheme(), AuthScheme::Unknown);
}

void TestSessionPoller::tokenWithTrailingNewlineIsWarnedAbout()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    ClientConfig c = config(cpo.sessionsUrl());
    c.token += "\n";
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(r.warnings[0].contains("white space"));
    QCOMPARE(errorKind(r), int(PollError::Kind::Auth));
    QVERIFY(r.errors[0].message.contains("white space"));
    QCOMPARE(server.requests[0].header("Authorization"), "Token " + QByteArray(kToken + "\n").toBase64());
}

void TestSessionPoller::linkStyles_data()
{
    QTest::addColumn<int>("links");
    QTest::newRow("absolute") << int(FakeCpo::Links::Absolute);
    QTest::newRow("path only") << int(FakeCpo::Links::PathOnly);
    QTest::newRow("query only") << int(FakeCpo::Links::QueryOnly);
    QTest::newRow("opaque") << int(FakeCpo::Links::Opaque);
}

void TestSessionPoller::linkStyles()
{
    QFETCH(int, links);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.links = FakeCpo::Links(links);
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 25);
    QCOMPARE(r.pages, 3);
    if (cpo.links == FakeCpo::Links::Opaque) {
        // The server's parameters come back byte for byte, and date_to is added beside them.
        const QByteArray target = server.requests[1].target;
        QVERIFY2(target.contains("&sig=a%2Bb%3D%3D%26c&v=1+2&date_to="), target.constData());
        QVERIFY(target.startsWith("/ocpi/cpo/2.2.1/sessions?cursor="));
    } else {
        QCOMPARE(server.requests[1].queryItem("offset"), QByteArray("10"));
        QCOMPARE(server.requests[2].queryItem("offset"), QByteArray("20"));
    }
}

void TestSessionPoller::hostileLinkToAnotherHost()
{
    ScriptedServer server, evil;
    QVERIFY(server.listen());
    QVERIFY(evil.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page != 0)
            return std::nullopt;
        QByteArray data = "[";
        for (int i = 0; i < 10; ++i)
            data += (i ? "," : "") + cpo.sorted()[i].json();
        HttpReply r = HttpReply::json(FakeCpo::envelope(data + "]", 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1()));
        r.header("Link", "<" + evil.url("/steal?offset=10").toEncoded() + ">; rel=\"next\"");
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Pagination));
    QVERIFY2(r.errors[0].message.contains("another host or scheme"), qPrintable(r.errors[0].message));
    QVERIFY(evil.requests.isEmpty());
    QCOMPARE(poller.sessions().size(), 10); // what was read is kept
    QCOMPARE(poller.watermark(), Ocpi::kNoTime); // and the next poll reads everything again
}

void TestSessionPoller::hostileLinkToAnotherScheme()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(5, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page != 0)
            return std::nullopt;
        HttpReply r = HttpReply::json(FakeCpo::envelope("[" + cpo.sessions[0].json() + "]", 1000, "2020-01-01T00:00:00Z"));
        r.header("Link", "<https://127.0.0.1:" + QByteArray::number(server.port()) + "/ocpi/cpo/2.2.1/sessions?offset=1>; rel=\"next\"");
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Pagination));
    QCOMPARE(server.requests.size(), 1);
}

void TestSessionPoller::linkLoop_data()
{
    QTest::addColumn<bool>("toItself");
    QTest::newRow("page links to itself") << true;
    QTest::newRow("page links back to the first") << false;
}

void TestSessionPoller::linkLoop()
{
    QFETCH(bool, toItself);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    QByteArray firstTarget;
    cpo.intercept = [&](const HttpRequest &req, int page) -> std::optional<HttpReply> {
        if (page == 0)
            firstTarget = req.target;
        if (page < 1)
            return std::nullopt;
        QByteArray data = "[";
        for (int i = 10; i < 20; ++i)
            data += (i > 10 ? "," : "") + cpo.sorted()[i].json();
        HttpReply r = HttpReply::json(FakeCpo::envelope(data + "]", 1000, "2020-01-01T00:00:00Z"));
        r.header("X-Total-Count", "25");
        r.header("Link", "<" + (toItself ? req.target : firstTarget) + ">; rel=\"next\"");
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Pagination));
    QVERIFY2(r.errors[0].message.contains("pagination loop"), qPrintable(r.errors[0].message));
    QCOMPARE(poller.sessions().size(), 20);
    QVERIFY(sessionRequests(server).size() <= 4);
}

void TestSessionPoller::duplicatePage()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &req, int page) -> std::optional<HttpReply> {
        // A server that ignores offset: the same ten sessions every time, with ever new links.
        QByteArray data = "[";
        for (int i = 0; i < 10; ++i)
            data += (i ? "," : "") + cpo.sorted()[i].json();
        HttpReply r = HttpReply::json(FakeCpo::envelope(data + "]", 1000, "2020-01-01T00:00:00Z"));
        r.header("Link", "<" + req.path() + "?offset=" + QByteArray::number((page + 1) * 10) + ">; rel=\"next\"");
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Pagination));
    QVERIFY2(r.errors[0].message.contains("repeats the previous page"), qPrintable(r.errors[0].message));
    QCOMPARE(r.pages, 2);
    QCOMPARE(poller.sessions().size(), 10);
}

void TestSessionPoller::offsetFallbackWithoutLink()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.links = FakeCpo::Links::None;
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 25);
    const auto reqs = sessionRequests(server);
    QCOMPARE(reqs.size(), 3);
    QCOMPARE(reqs[1].queryItem("offset"), QByteArray("10"));
    QCOMPARE(reqs[2].queryItem("offset"), QByteArray("20"));
    QVERIFY(!reqs[2].queryItem("date_to").isEmpty());
}

void TestSessionPoller::xLimitLowerThanAsked()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.links = FakeCpo::Links::None;
    cpo.addSessions(25, cpo.now - 100000);
    ClientConfig c = config(cpo.sessionsUrl());
    c.pageLimit = 50;
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 25);
    const auto reqs = sessionRequests(server);
    QCOMPARE(reqs.size(), 3);
    QCOMPARE(reqs[0].queryItem("limit"), QByteArray("50"));
    QCOMPARE(reqs[1].queryItem("limit"), QByteArray("10"));
    QCOMPARE(reqs[1].queryItem("offset"), QByteArray("10"));
    QCOMPARE(reqs[2].queryItem("offset"), QByteArray("20"));
}

void TestSessionPoller::noLinkNoTotal()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.links = FakeCpo::Links::None;
    cpo.sendTotal = false;
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 25);
    // The short third page ends the crawl; with no total to tell whether the pinned date_to left sessions
    // out, the tail asks for what changed since the pinned time.
    QCOMPARE(r.pages, 4);
    const HttpRequest tail = sessionRequests(server).last();
    QCOMPARE(tail.queryItem("date_from"), Ocpi::formatDateTimeUtc(cpo.now).toLatin1());
    QVERIFY(tail.queryItem("date_to").isNull());
}

void TestSessionPoller::totalFallsMidCrawlIsReRead()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    // While page 2 is asked for, S003 (on page 1) is updated: with date_to pinned it leaves the result set,
    // X-Total-Count falls to 24 and every later session moves down one place. Without a re-read S011 would
    // fall between pages 1 and 2 and, being old, never come back.
    cpo.beforePage = [&](int page) {
        if (page == 1) {
            cpo.now += 5000;
            cpo.touch("S003", cpo.now);
        }
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QVERIFY(holds(poller, "S011"));
    QCOMPARE(poller.sessions().size(), 25);
    const auto reqs = sessionRequests(server);
    QCOMPARE(reqs[2].queryItem("offset"), QByteArray("9")); // redone from before the shift
    // S003's update left the pinned crawl; the tail after it brings it in the same poll.
    QCOMPARE(reqs.last().queryItem("date_from"), Ocpi::formatDateTimeUtc(cpo.now - 5000).toLatin1());
    QVERIFY(reqs.last().queryItem("date_to").isNull());
    QCOMPARE(r.changed, 1);
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
    cpo.beforePage = nullptr;
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.changed + r.added, 0);
}

void TestSessionPoller::sessionCreatedDuringCrawlComesNextPoll()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.beforePage = [&](int page) {
        if (page == 1) {
            cpo.now += 2000;
            cpo.addSessions(1, cpo.now - 1000, 1, "N");
        }
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    // Created after page 1: outside the pinned date_to and not in the total page 1 gave, so no tail is read;
    // its last_updated is after the watermark, so the next poll has it.
    QCOMPARE(r.pages, 3);
    QCOMPARE(poller.sessions().size(), 25);
    QVERIFY(poller.watermark() <= cpo.now - 1000);
    cpo.beforePage = nullptr;
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.added, 1);
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestSessionPoller::totalFallingTooOftenStops()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(40, cpo.now - 100000);
    int touched = 0;
    cpo.beforePage = [&](int page) {
        if (page >= 1) {
            cpo.now += 1000;
            cpo.touch(cpo.sorted()[0].id, cpo.now);
            ++touched;
        }
    };
    ClientConfig c = config(cpo.sessionsUrl());
    c.maxRereads = 2;
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Pagination));
    QVERIFY2(r.errors[0].message.contains("kept falling"), qPrintable(r.errors[0].message));
    QVERIFY(poller.sessions().size() >= 10);
    QCOMPARE(poller.watermark(), Ocpi::kNoTime);
}

void TestSessionPoller::totalGrowsMidCrawl()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.honourDateTo = false; // a server that ignores date_to: new sessions show up during the crawl
    cpo.addSessions(25, cpo.now - 100000);
    cpo.beforePage = [&](int page) {
        if (page == 1 || page == 2) {
            cpo.now += 1000;
            cpo.addSessions(3, cpo.now, 1, "N");
        }
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestSessionPoller::totalKeepsGrowingStops()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.honourDateTo = false;
    cpo.addSessions(25, cpo.now - 100000);
    cpo.beforePage = [&](int page) {
        if (page >= 1)
            cpo.addSessions(20, cpo.now + page * 1000, 1, "N");
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Pagination));
    QVERIFY2(r.errors[0].message.contains("keeps growing"), qPrintable(r.errors[0].message));
    QVERIFY(r.pages <= 8);
    QCOMPARE(poller.sessions().size(), r.pages * 10);
}

void TestSessionPoller::gzipBody()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.gzip = true;
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 25);
    QVERIFY(server.requests[0].header("Accept-Encoding").contains("gzip"));
}

void TestSessionPoller::ocpiErrorWithHttp200_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("meaning");
    QTest::newRow("2001") << 2001 << "invalid or missing parameters";
    QTest::newRow("3000") << 3000 << "generic server error";
    QTest::newRow("2000 with data") << 2000 << "generic client error";
}

void TestSessionPoller::ocpiErrorWithHttp200()
{
    QFETCH(int, status);
    QFETCH(QString, meaning);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        // An error is an error even when it carries data.
        const QByteArray data = status == 2000 ? "[" + cpo.sessions[0].json() + "]" : QByteArray();
        return HttpReply::json(FakeCpo::envelope(data, status, "2020-01-01T00:00:00Z"));
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Ocpi));
    QCOMPARE(r.errors[0].ocpiStatus, status);
    QVERIFY2(r.errors[0].message.contains(meaning) && r.errors[0].message.contains(QString::number(status)),
             qPrintable(r.errors[0].message));
    QCOMPARE(poller.sessions().size(), 0);
    QCOMPARE(r.records, 0);
    // 3000 is a server's transient trouble and is asked again; client errors (2xxx) are not.
    QCOMPARE(server.requests.size(), status == 3000 ? 3 : 1);
    QCOMPARE(r.errors[0].message.contains("gave up after 2 retry(ies)"), status == 3000);
}

void TestSessionPoller::truncatedJsonBody()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    int damagedFrom = 1, damagedTo = 1000; // sessions requests answered with the damaged page
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page < damagedFrom || page > damagedTo)
            return std::nullopt;
        // A complete HTTP answer whose JSON stops in the middle of the fourth record.
        QByteArray data = "[";
        for (int i = 10; i < 14; ++i)
            data += (i > 10 ? "," : "") + cpo.sorted()[i].json();
        const QByteArray body = FakeCpo::envelope(data + "]", 1000, "2020-01-01T00:00:00Z");
        return HttpReply::json(body.left(body.indexOf("S014") + 20));
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Content));
    const QString msg = r.errors[0].message;
    QVERIFY2(msg.contains("page 2") && msg.contains(displayUrl(cpo.sessionsUrl())) && msg.contains("truncated"), qPrintable(msg));
    QVERIFY(!msg.contains(QString::fromLatin1(kToken)));
    QVERIFY(msg.contains("gave up after 2 retry(ies)"));
    QCOMPARE(r.retries, 2);
    QCOMPARE(r.pages, 2);
    QCOMPARE(poller.sessions().size(), 13); // page 1 and the three whole records of page 2
    QCOMPARE(poller.watermark(), Ocpi::kNoTime);

    // Damaged once: the same page again, and the poll completes.
    damagedTo = 1;
    cpo.pageRequests = 0;
    SessionPoller again(config(cpo.sessionsUrl()));
    const PollResult r2 = poll(again);
    QVERIFY2(r2.ok(), qPrintable(errorsOf(r2)));
    QCOMPARE(r2.retries, 1);
    QCOMPARE(r2.pages, 3);
    QCOMPARE(again.sessions().size(), 25);
}

void TestSessionPoller::garbledBody()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        HttpReply r = HttpReply::json("<html><body>Bad gateway, but 200</body></html>");
        r.header("Content-Type", "text/html");
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Content));
    QVERIFY2(r.errors[0].message.contains("not JSON") && r.errors[0].message.contains("/ocpi/cpo/2.2.1/sessions"),
             qPrintable(r.errors[0].message));
    QCOMPARE(r.errors[0].url.adjusted(QUrl::RemoveQuery), cpo.sessionsUrl());
    QCOMPARE(QUrlQuery(r.errors[0].url).queryItemValue("date_from"), QString("1970-01-01T00:00:00Z"));
}

void TestSessionPoller::bigPage()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.xLimit = 100000;
    cpo.addSessions(25000, cpo.now - 10000000, 100); // about 10 MB in one page
    // Writing and reading 10 MB takes seconds under ASan on a busy machine: this test is about size, not time.
    ClientConfig c = config(cpo.sessionsUrl());
    c.connectTimeoutMs = 60000;
    c.totalTimeoutMs = 120000;
    SessionPoller poller(c);
    QSignalSpy batches(&poller, &SessionPoller::sessionsReceived);
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QVERIFY2(r.bytes > 10'000'000, qPrintable(QString::number(r.bytes)));
    QCOMPARE(poller.sessions().size(), 25000);
    QCOMPARE(batches.size(), 1);
}

void TestSessionPoller::bigPageOverLimit()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.xLimit = 100000;
    cpo.addSessions(16000, cpo.now - 10000000, 100);
    for (bool gzip : {false, true}) {
        cpo.gzip = gzip; // the limit holds for the decompressed size
        ClientConfig c = config(cpo.sessionsUrl());
        c.maxBodyBytes = 1 << 20;
        c.connectTimeoutMs = 60000; // see bigPage
        c.totalTimeoutMs = 120000;
        SessionPoller poller(c);
        const PollResult r = poll(poller);
        QCOMPARE(errorKind(r), int(PollError::Kind::Limit));
        QVERIFY2(r.errors[0].message.contains("maximum body size"), qPrintable(r.errors[0].message));
        QCOMPARE(poller.sessions().size(), 0);
    }
}

void TestSessionPoller::maxPagesPerSync()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    ClientConfig c = config(cpo.sessionsUrl());
    c.maxPagesPerSync = 2;
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Limit));
    QVERIFY2(r.errors[0].message.contains("stopped after 2 pages"), qPrintable(r.errors[0].message));
    QCOMPARE(poller.sessions().size(), 20);
    QCOMPARE(poller.watermark(), Ocpi::kNoTime);
}

void TestSessionPoller::retryAfter429()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(5, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page == 0)
            return HttpReply::json(FakeCpo::envelope({}, 2000, "2020-01-01T00:00:00Z"), 429).header("Retry-After", "1");
        return std::nullopt;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.retries, 1);
    QCOMPARE(server.requests.size(), 2);
    QVERIFY2(server.requests[1].atMs - server.requests[0].atMs >= 950,
             qPrintable(QString::number(server.requests[1].atMs - server.requests[0].atMs)));
}

void TestSessionPoller::serverErrorThenSuccess()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page == 1 || page == 2)
            return HttpReply::json("Internal error", 500);
        return std::nullopt;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.retries, 2);
    QCOMPARE(poller.sessions().size(), 25);
}

void TestSessionPoller::serverErrorForeverKeepsSessions()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    QVERIFY(poll(poller).ok());
    const qint64 watermark = poller.watermark();
    const QByteArray before = poller.sessions().find(SessionKey{"NL", "CPO", "S001"})->json;
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        return HttpReply::json(FakeCpo::envelope({}, 3000, "2020-01-01T00:00:00Z"), 503);
    };
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Http));
    QCOMPARE(r.errors[0].httpStatus, 503);
    QVERIFY2(r.errors[0].message.contains("gave up after 2 retry(ies)"), qPrintable(r.errors[0].message));
    QCOMPARE(r.retries, 2);
    QCOMPARE(poller.sessions().size(), 25);
    QCOMPARE(poller.sessions().find(SessionKey{"NL", "CPO", "S001"})->json, before);
    QCOMPARE(poller.watermark(), watermark);
    QCOMPARE(r.watermarkAfter, watermark);
}

void TestSessionPoller::backoffGrows()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> { return HttpReply::json("", 500); };
    ClientConfig c = config(cpo.sessionsUrl());
    c.retryBaseDelayMs = 80;
    c.maxRetries = 3;
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QCOMPARE(r.retries, 3);
    QCOMPARE(server.requests.size(), 4);
    // Waits of [40, 80], [80, 160] and [160, 320] ms: equal jitter around a doubling delay.
    const qint64 first = server.requests[1].atMs - server.requests[0].atMs;
    const qint64 third = server.requests[3].atMs - server.requests[2].atMs;
    QVERIFY2(first >= 35 && first < 300, qPrintable(QString::number(first)));
    QVERIFY2(third >= 155, qPrintable(QString::number(third)));
}

void TestSessionPoller::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        port = s.serverPort();
    }
    SessionPoller poller(config(QUrl(QString("http://127.0.0.1:%1/ocpi/versions").arg(port))));
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Network));
    QVERIFY2(r.errors[0].message.contains("refused"), qPrintable(r.errors[0].message));
    QCOMPARE(r.retries, 2);
    QCOMPARE(r.requests, 3);
}

void TestSessionPoller::serverNeverAnswers()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpRequest &) {
        HttpReply r;
        r.mode = HttpReply::Mode::NeverAnswer;
        return r;
    });
    ClientConfig c = config(server.url("/ocpi/versions"));
    c.connectTimeoutMs = 300;
    c.maxRetries = 1;
    SessionPoller poller(c);
    QElapsedTimer clock;
    clock.start();
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Timeout));
    QVERIFY2(r.errors[0].message.contains("connect timeout"), qPrintable(r.errors[0].message));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(clock.elapsed() < 3000);
}

void TestSessionPoller::totalTimeout()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpRequest &) {
        HttpReply r = HttpReply::json("{}");
        r.delayMs = 1500;
        return r;
    });
    ClientConfig c = config(server.url("/ocpi/versions"));
    c.totalTimeoutMs = 300;
    c.maxRetries = 0;
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Timeout));
    QVERIFY2(r.errors[0].message.contains("total timeout"), qPrintable(r.errors[0].message));
}

void TestSessionPoller::truncatedConnectionIsRetried()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    int cutTo = 1; // the requests for sessions that are cut short: 1 (page 2) to cutTo
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page < 1 || page > cutTo)
            return std::nullopt;
        HttpReply r = HttpReply::json(QByteArray(5000, ' '));
        r.mode = HttpReply::Mode::Truncate; // Content-Length 5000, 100 bytes, then the connection closes
        r.truncateAt = 100;
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.retries, 1);
    QCOMPARE(poller.sessions().size(), 25);

    // Cut every time: reported with the page's URL, the sessions read before are kept.
    cutTo = 1000;
    ClientConfig c = config(cpo.sessionsUrl());
    c.maxRetries = 1;
    SessionPoller other(c);
    cpo.pageRequests = 0;
    r = poll(other);
    QCOMPARE(errorKind(r), int(PollError::Kind::Network));
    QVERIFY2(r.errors[0].message.contains("closed the connection") && r.errors[0].message.contains("offset=10"),
             qPrintable(r.errors[0].message));
    QVERIFY(r.errors[0].url.toString().contains("offset=10"));
    QCOMPARE(other.sessions().size(), 10);
}

void TestSessionPoller::redirects()
{
    ScriptedServer server, evil;
    QVERIFY(server.listen());
    QVERIFY(evil.listen());
    FakeCpo cpo(server);
    cpo.addSessions(5, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &req, int) -> std::optional<HttpReply> {
        if (req.path() == "/old/versions")
            return HttpReply::json("", 301).header("Location", "/ocpi/versions"); // same origin: followed
        if (req.path() == "/evil/versions")
            return HttpReply::json("", 302).header("Location", evil.url("/ocpi/versions").toEncoded());
        return std::nullopt;
    };
    SessionPoller same(config(server.url("/old/versions")));
    PollResult r = poll(same);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    SessionPoller other(config(server.url("/evil/versions")));
    r = poll(other);
    QCOMPARE(errorKind(r), int(PollError::Kind::Http));
    QVERIFY2(r.errors[0].message.contains("not followed"), qPrintable(r.errors[0].message));
    QVERIFY(evil.requests.isEmpty());
}

void TestSessionPoller::incrementalSync()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    ClientConfig c = config(cpo.versionsUrl());
    c.overlapSecs = 30;
    SessionPoller poller(c);
    PollResult r = poll(poller);
    QVERIFY(r.ok());
    const qint64 firstStart = cpo.now;
    QCOMPARE(poller.watermark(), firstStart - 30000);

    // The CPO moves on: two sessions updated, one new; one more updated just before the last poll's start.
    cpo.now += 20000;
    cpo.touch("S004", cpo.now - 5000);
    cpo.touch("S020", cpo.now - 4000);
    cpo.addSessions(1, cpo.now - 3000);
    server.requests.clear();
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(server.requests.size(), 1); // discovery is not repeated
    QCOMPARE(server.requests[0].queryItem("date_from"), Ocpi::formatDateTimeUtc(firstStart - 30000).toLatin1());
    QCOMPARE(r.dateFrom, firstStart - 30000);
    QCOMPARE(r.added, 1);
    QCOMPARE(r.changed, 2);
    QCOMPARE(r.unchanged, 0);
    QCOMPARE(poller.watermark(), cpo.now - 30000);
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));

    // Nothing new: the overlap re-reads what changed within the margin, unchanged.
    cpo.now += 1000;
    r = poll(poller);
    QVERIFY(r.ok());
    QCOMPARE(r.added + r.changed, 0);
    QCOMPARE(r.unchanged, 3);
}

void TestSessionPoller::failedPollKeepsWatermarkAndSessions()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    QVERIFY(poll(poller).ok());
    const qint64 watermark = poller.watermark();

    // The next poll gets page 1 of the changes, then page 2 fails for good.
    cpo.now += 20000;
    for (int i = 1; i <= 15; ++i)
        cpo.touch("S0" + QByteArray::number(i).rightJustified(2, '0'), cpo.now - 10000 + i);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page >= 2)
            return HttpReply::json("", 500);
        return std::nullopt;
    };
    cpo.pageRequests = 1; // counts from here: 1 is the first page of this poll
    server.requests.clear();
    PollResult r = poll(poller);
    QVERIFY(!r.complete);
    QCOMPARE(r.changed, 10);
    QCOMPARE(poller.watermark(), watermark); // not advanced: the five on the failed page must come next time
    QCOMPARE(poller.sessions().size(), 25);

    cpo.intercept = nullptr;
    server.requests.clear();
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(server.requests[0].queryItem("date_from"), Ocpi::formatDateTimeUtc(watermark).toLatin1());
    QCOMPARE(r.changed, 5);
    QCOMPARE(r.unchanged, 10);
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestSessionPoller::watermarkFromDateHeader()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.envelopeTimestamp = false;
    cpo.dateHeader = true;
    cpo.addSessions(5, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY(r.ok());
    QCOMPARE(r.serverTime, cpo.now);
    QCOMPARE(poller.watermark(), cpo.now - 60000);

    // Neither: the client's clock, with a warning.
    cpo.dateHeader = false;
    SessionPoller other(config(cpo.sessionsUrl()));
    const PollResult r2 = poll(other);
    QVERIFY(r2.complete);
    QVERIFY(!r2.warnings.isEmpty() && r2.warnings[0].contains("client's clock"));
}

void TestSessionPoller::startFrom()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    ClientConfig c = config(cpo.sessionsUrl());
    c.startFrom = cpo.now - 100000 + 20000; // S021 and later
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QVERIFY(r.ok());
    QCOMPARE(poller.sessions().size(), 5);
    QCOMPARE(server.requests[0].queryItem("date_from"), Ocpi::formatDateTimeUtc(c.startFrom).toLatin1());
}

void TestSessionPoller::batchesPerPage()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    QList<int> sizes;
    QList<int> pages;
    connect(&poller, &SessionPoller::sessionsReceived, this, [&](quint64, const QList<ReceivedSession> &batch) {
        sizes.append(int(batch.size()));
        pages.append(batch.first().page);
        for (const ReceivedSession &s : batch) {
            QCOMPARE(s.change, ChangeKind::Added);
            QVERIFY(s.json.startsWith("{\"country_code\""));
            QVERIFY(s.json.endsWith("\"}"));
        }
    });
    QVERIFY(poll(poller).ok());
    QCOMPARE(sizes, (QList<int>{10, 10, 5}));
    QCOMPARE(pages, (QList<int>{1, 2, 3}));
}

void TestSessionPoller::stopDuringPoll()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page == 0)
            return std::nullopt;
        HttpReply r;
        r.mode = HttpReply::Mode::NeverAnswer;
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    QSignalSpy batches(&poller, &SessionPoller::sessionsReceived);
    QSignalSpy done(&poller, &SessionPoller::pollFinished);
    poller.start();
    QVERIFY(poller.isActive());
    QVERIFY(batches.wait(10000));
    QTRY_COMPARE(server.requests.size(), 2);
    QVERIFY(poller.isPolling());
    poller.stop();
    QCOMPARE(done.size(), 1); // before stop() returned
    const PollResult r = done[0][0].value<PollResult>();
    QCOMPARE(errorKind(r), int(PollError::Kind::Cancelled));
    QVERIFY(!poller.isPolling());
    QVERIFY(!poller.isActive());
    QCOMPARE(poller.sessions().size(), 10);
    QTest::qWait(50);
    QCOMPARE(done.size(), 1); // and nothing late
}

void TestSessionPoller::scheduleAndPollNow()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    ClientConfig c = config(cpo.sessionsUrl());
    c.intervalSecs = 0;
    SessionPoller poller(c);
    QSignalSpy started(&poller, &SessionPoller::pollStarted);
    QSignalSpy done(&poller, &SessionPoller::pollFinished);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 3, 10000);
    poller.stop();
    const qsizetype polls = done.size();
    QTest::qWait(50);
    QCOMPARE(done.size(), polls); // stopped means stopped
    // "Poll now" while stopped: exactly one poll.
    poller.setIntervalSecs(3600);
    const quint64 id = poller.pollNow();
    QCOMPARE(poller.pollNow(), id); // a second press while it runs does not start another
    QTRY_COMPARE(done.size(), polls + 1);
    QCOMPARE(done.last()[0].value<PollResult>().pollId, id);
    QTest::qWait(50);
    QCOMPARE(done.size(), polls + 1);
}

void TestSessionPoller::runsOnWorkerThread()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);

    QThread worker;
    auto *poller = new SessionPoller(config(cpo.sessionsUrl()));
    poller->moveToThread(&worker);
    connect(&worker, &QThread::finished, poller, &QObject::deleteLater);
    QThread *parsedIn = nullptr;
    connect(poller, &SessionPoller::sessionsReceived, poller, [&](quint64, const QList<ReceivedSession> &) {
        parsedIn = QThread::currentThread();
    }, Qt::DirectConnection);
    QList<ReceivedSession> received;
    PollResult result;
    QThread *deliveredIn = nullptr;
    connect(poller, &SessionPoller::sessionsReceived, this, [&](quint64, const QList<ReceivedSession> &batch) {
        received += batch;
        deliveredIn = QThread::currentThread();
    });
    connect(poller, &SessionPoller::pollFinished, this, [&](const PollResult &r) { result = r; });
    worker.start();
    QMetaObject::invokeMethod(poller, &SessionPoller::start);
    QTRY_VERIFY_WITH_TIMEOUT(result.pollId == 1, 15000);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(received.size(), 25);
    QCOMPARE(parsedIn, &worker);
    QCOMPARE(deliveredIn, QThread::currentThread());
    QMetaObject::invokeMethod(poller, &SessionPoller::stop, Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

namespace {
QStringList *g_log = nullptr;
QMutex g_logMutex;
void captureMessages(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    QMutexLocker lock(&g_logMutex);
    if (g_log)
        g_log->append(QString::fromLatin1(ctx.category ? ctx.category : "") + ": " + msg);
}
} // namespace

void TestSessionPoller::tokenNeverInLogsOrErrors()
{
    QStringList log;
    g_log = &log;
    QLoggingCategory::setFilterRules("ocpi.client.debug=true");
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    const QString token = QString::fromLatin1(kToken);
    const QString b64 = QString::fromLatin1(kToken.toBase64());
    QStringList texts;
    const auto collect = [&](const PollResult &r) {
        texts.append(r.summaryText());
        texts.append(r.warnings);
        for (const PollError &e : r.errors)
            texts << e.message << e.url.toString();
    };

    ScriptedServer server, evil;
    QVERIFY(server.listen());
    QVERIFY(evil.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    {
        // 401 with Base64, accepted plain; a trailing newline warning.
        cpo.acceptBase64 = false;
        cpo.acceptPlain = true;
        SessionPoller poller(config(cpo.versionsUrl()));
        collect(poll(poller));
        ClientConfig c = config(cpo.versionsUrl());
        c.token += "\n";
        SessionPoller ws(c);
        collect(poll(ws));
        cpo.acceptBase64 = true;
        cpo.acceptPlain = false;
    }
    {
        // The server echoes the token back in its error and in a hostile Link; a redirect carries it too.
        cpo.intercept = [&](const HttpRequest &req, int page) -> std::optional<HttpReply> {
            if (req.path() == "/echo")
                return HttpReply::json(R"({"status_code":2001,"status_message":"bad token )" + kToken + " / " + kToken.toBase64() + "\"}", 401);
            if (req.path() == "/redirect")
                return HttpReply::json("", 302).header("Location", evil.url("/x?token=" + QString::fromLatin1(kToken)).toEncoded());
            if (page == 1)
                return HttpReply::json(FakeCpo::envelope("[]", 1000, "2020-01-01T00:00:00Z"))
                    .header("Link", "<" + evil.url("/steal?t=" + QString::fromLatin1(kToken)).toEncoded() + ">; rel=\"next\"");
            return std::nullopt;
        };
        for (const char *path : {"/echo", "/redirect", "/ocpi/cpo/2.2.1/sessions"}) {
            SessionPoller poller(config(server.url(path)));
            collect(poll(poller));
        }
        // Token in the URL's user info.
        QUrl withUser = cpo.sessionsUrl();
        withUser.setUserInfo("user:" + token);
        SessionPoller poller(config(withUser));
        collect(poll(poller));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.client.warning=false");
    g_log = nullptr;

    QVERIFY(log.size() > 20); // the outcomes were logged...
    QVERIFY(log.join('\n').contains("X-Request-ID"));
    QVERIFY(log.join('\n').contains("X-Correlation-ID"));
    const QString all = log.join('\n') + '\n' + texts.join('\n');
    QVERIFY2(all.contains("***"), "the echoed token was redacted");
    QVERIFY2(!all.contains(token), qPrintable(all)); // ...and the token never
    QVERIFY2(!all.contains(b64), qPrintable(all));
    QVERIFY(!all.contains(QString::fromLatin1(QByteArray(kToken + "\n").toBase64())));
}

QTEST_GUILESS_MAIN(TestSessionPoller)
#include "tst_sessionpoller.moc"
