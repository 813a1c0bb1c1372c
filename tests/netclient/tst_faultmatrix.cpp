// Fault matrix (docs/RELIABILITY.md, fault matrix), network side: each fault against a real HTTP server on 127.0.0.1 (the scripted
// responder and the fake CPO), the error the program gives in words, and "nothing lost", checked against the
// server's own sessions: what was read before the fault is kept unchanged or newer, the watermark does not move,
// and once the fault clears the next poll leaves the client holding exactly what the server holds.
#include "fakecpo.h"
#include "scriptedserver.h"

#include "net/client/sessionpoller.h"

#include "ocpi/datetime.h"

#include "polltesthelpers.h"

#include <QtTest/QtTest>

using namespace Ocpi::Net;
using PollTest::errorsOf;
using PollTest::poll;

namespace {

ClientConfig config(const QUrl &url)
{
    ClientConfig c;
    c.url = url;
    c.token = QStringLiteral("s3cr3t-token");
    c.connectTimeoutMs = 10000;
    c.totalTimeoutMs = 60000;
    c.maxRetries = 1;
    c.retryBaseDelayMs = 5;
    c.retryMaxDelayMs = 3000;
    return c;
}

int errorKind(const PollResult &r)
{
    return r.errors.isEmpty() ? -1 : int(r.errors.constFirst().kind);
}

const StoredSession *held(const SessionPoller &p, const QByteArray &id)
{
    return p.sessions().find(SessionKey{"NL", "CPO", QString::fromLatin1(id)});
}

using Snapshot = QHash<QByteArray, QByteArray>; // id -> JSON

Snapshot snapshot(const SessionPoller &p)
{
    Snapshot out;
    for (const StoredSession &s : p.sessions().all())
        out.insert(s.record.session.text(Ocpi::Session::Field::Id).toLatin1(), s.json);
    return out;
}

// The client holds exactly the server's sessions, each in its latest version.
bool sameAsServer(const SessionPoller &p, const FakeCpo &cpo, QString *why)
{
    if (p.sessions().size() != cpo.sessions.size()) {
        *why = QString("the client holds %1 sessions, the server %2").arg(p.sessions().size()).arg(cpo.sessions.size());
        return false;
    }
    for (const FakeSession &s : cpo.sessions) {
        const StoredSession *h = held(p, s.id);
        if (!h) {
            *why = "missing " + QString::fromLatin1(s.id);
            return false;
        }
        if (h->json != s.json()) {
            *why = "stale " + QString::fromLatin1(s.id);
            return false;
        }
    }
    return true;
}

// Nothing held before a failed poll is gone or damaged: each session is still held, either as before or as the
// server serves it now (the pages read before the fault); nothing is held that the server does not have.
bool nothingLost(const Snapshot &before, const SessionPoller &p, const FakeCpo &cpo, QString *why)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const StoredSession *h = held(p, it.key());
        if (!h) {
            *why = "lost " + QString::fromLatin1(it.key());
            return false;
        }
        FakeCpo &server = const_cast<FakeCpo &>(cpo);
        const FakeSession *now = server.find(it.key());
        if (h->json != it.value() && (!now || h->json != now->json())) {
            *why = "damaged " + QString::fromLatin1(it.key());
            return false;
        }
    }
    for (const StoredSession &s : p.sessions().all()) {
        if (!const_cast<FakeCpo &>(cpo).find(s.record.session.text(Ocpi::Session::Field::Id).toLatin1())) {
            *why = "holds a session the server never had";
            return false;
        }
    }
    return true;
}

// The JSON array of `sessions`, as a page's data.
QByteArray dataOf(const QList<FakeSession> &sessions)
{
    QByteArray data = "[";
    for (const FakeSession &s : sessions)
        data += (data.size() > 1 ? "," : "") + s.json();
    return data + "]";
}

// The sessions the server holds with last_updated >= from, in its order.
QList<FakeSession> since(const FakeCpo &cpo, qint64 from)
{
    QList<FakeSession> out;
    for (const FakeSession &s : cpo.sorted()) {
        if (s.lastUpdated >= from)
            out.append(s);
    }
    return out;
}

// A COMPLETED session with `periods` charging periods (one kWh each) and an optional extra member.
QByteArray sessionWithPeriods(const QByteArray &id, qint64 lastUpdated, int periods, const QByteArray &extra = {})
{
    const qint64 start = lastUpdated - qint64(periods) * 60000 - 60000;
    QByteArray p;
    p.reserve(qsizetype(periods) * 100);
    for (int i = 0; i < periods; ++i) {
        if (i)
            p += ',';
        p += "{\"start_date_time\":\"" + Ocpi::formatDateTimeUtc(start + qint64(i) * 60000).toLatin1()
             + "\",\"dimensions\":[{\"type\":\"ENERGY\",\"volume\":1}]}";
    }
    return "{\"country_code\":\"NL\",\"party_id\":\"CPO\",\"id\":\"" + id + "\",\"start_date_time\":\""
           + Ocpi::formatDateTimeUtc(start).toLatin1() + "\",\"end_date_time\":\"" + Ocpi::formatDateTimeUtc(lastUpdated).toLatin1()
           + "\",\"kwh\":" + QByteArray::number(periods)
           + ",\"cdr_token\":{\"country_code\":\"NL\",\"party_id\":\"MSP\",\"uid\":\"TOKEN1\",\"type\":\"RFID\","
             "\"contract_id\":\"NL-MSP-C12345678-X\"},\"auth_method\":\"WHITELIST\",\"location_id\":\"LOC1\","
             "\"evse_uid\":\"EVSE1\",\"connector_id\":\"1\",\"currency\":\"EUR\",\"charging_periods\":["
           + p + "],\"status\":\"COMPLETED\"" + extra + ",\"last_updated\":\"" + Ocpi::formatDateTimeUtc(lastUpdated).toLatin1()
           + "\"}";
}

enum class MidFault {
    Http500,
    Http503RetryAfterTooLong,
    Http429,
    Http401,
    NotJson,
    TruncatedJson,
    Status2001,
    Status3000,
    ClosedMidBody,
    ConnectTimeout,
    TimeoutMidBody,
    EmptyPage,
    LinkToAnotherHost,
    LinkLoop,
};

} // namespace

Q_DECLARE_METATYPE(MidFault)

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void faultOnPage2AfterWorking_data();
    void faultOnPage2AfterWorking();
    void connectionRefusedAfterWorking();
    void dnsFailure();
    void retryAfter503IsWaitedFor();
    void emptyPageOnceIsReadAgain();
    void sessionsDisappearAndReappear();
    void duplicateIdAcrossPages();
    void hundredMegabytePage_data();
    void hundredMegabytePage();
    void deeplyNestedBody_data();
    void deeplyNestedBody();
    void hugeStrings();
    void hundredThousandChargingPeriods();
};

void TestFaultMatrix::initTestCase()
{
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.client.warning=false");
}

void TestFaultMatrix::faultOnPage2AfterWorking_data()
{
    QTest::addColumn<MidFault>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says"); // the cause, in the error's words
    using K = PollError::Kind;
    QTest::newRow("500") << MidFault::Http500 << int(K::Http) << "HTTP 500";
    QTest::newRow("503 with Retry-After beyond the limit") << MidFault::Http503RetryAfterTooLong << int(K::Http)
                                                            << "retry after 3600 s";
    QTest::newRow("429") << MidFault::Http429 << int(K::Http) << "HTTP 429";
    QTest::newRow("401 after working") << MidFault::Http401 << int(K::Auth) << "token was refused";
    QTest::newRow("not JSON") << MidFault::NotJson << int(K::Content) << "not JSON";
    QTest::newRow("truncated JSON") << MidFault::TruncatedJson << int(K::Content) << "truncated";
    QTest::newRow("200 with status_code 2001") << MidFault::Status2001 << int(K::Ocpi) << "2001";
    QTest::newRow("200 with status_code 3000") << MidFault::Status3000 << int(K::Ocpi) << "3000";
    QTest::newRow("connection closed mid-body") << MidFault::ClosedMidBody << int(K::Network) << "closed the connection";
    QTest::newRow("timeout at connect") << MidFault::ConnectTimeout << int(K::Timeout) << "connect timeout";
    QTest::newRow("timeout mid-body") << MidFault::TimeoutMidBody << int(K::Timeout) << "total timeout";
    QTest::newRow("empty page in the middle") << MidFault::EmptyPage << int(K::Pagination) << "holds no sessions";
    QTest::newRow("Link to another host") << MidFault::LinkToAnotherHost << int(K::Pagination) << "another host";
    QTest::newRow("Link loop") << MidFault::LinkLoop << int(K::Pagination) << "pagination loop";
}

// A complete poll, then changes on the server, then a poll whose second page meets the fault for good; then the
// fault clears.
void TestFaultMatrix::faultOnPage2AfterWorking()
{
    QFETCH(MidFault, fault);
    QFETCH(int, kind);
    QFETCH(QString, says);
    ScriptedServer server, evil;
    QVERIFY(server.listen());
    QVERIFY(evil.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    ClientConfig c = config(cpo.sessionsUrl());
    if (fault == MidFault::ConnectTimeout)
        c.connectTimeoutMs = 500;
    if (fault == MidFault::TimeoutMidBody)
        c.totalTimeoutMs = 1500;
    SessionPoller poller(c);
    PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    const qint64 watermark = poller.watermark();
    const Snapshot before = snapshot(poller);

    // 15 sessions updated and 2 new: 17 changes since the watermark, on two pages of 10 and 7.
    cpo.now += 20000;
    for (int i = 1; i <= 15; ++i)
        cpo.touch("S" + QByteArray::number(i).rightJustified(3, '0'), cpo.now - 10000 + i);
    cpo.addSessions(2, cpo.now - 5000);
    const QList<FakeSession> changes = since(cpo, watermark);
    QCOMPARE(changes.size(), 17);
    QByteArray firstTarget;
    cpo.pageRequests = 0;
    cpo.intercept = [&](const HttpRequest &req, int page) -> std::optional<HttpReply> {
        if (page == 0)
            firstTarget = req.target;
        if (page < 1 || (fault == MidFault::EmptyPage && req.queryItem("offset") != "10"))
            return std::nullopt;
        const QByteArray page2 = FakeCpo::envelope(dataOf(changes.mid(10)), 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1());
        HttpReply reply;
        switch (fault) {
        case MidFault::Http500:
            return HttpReply::json(FakeCpo::envelope({}, 3000), 500);
        case MidFault::Http503RetryAfterTooLong:
            return HttpReply::json(FakeCpo::envelope({}, 3000), 503).header("Retry-After", "3600");
        case MidFault::Http429:
            return HttpReply::json(FakeCpo::envelope({}, 2000), 429).header("Retry-After", "1");
        case MidFault::Http401:
            return HttpReply::json(FakeCpo::envelope({}, 2000), 401);
        case MidFault::NotJson:
            return HttpReply::json("<html><body>502 Bad Gateway</body></html>").header("Content-Type", "text/html");
        case MidFault::TruncatedJson:
            return HttpReply::json(page2.left(page2.size() / 2));
        case MidFault::Status2001:
            return HttpReply::json(FakeCpo::envelope({}, 2001));
        case MidFault::Status3000:
            return HttpReply::json(FakeCpo::envelope({}, 3000));
        case MidFault::ClosedMidBody:
            reply = HttpReply::json(page2);
            reply.mode = HttpReply::Mode::Truncate;
            reply.truncateAt = page2.size() / 2;
            return reply;
        case MidFault::ConnectTimeout:
            reply.mode = HttpReply::Mode::NeverAnswer;
            return reply;
        case MidFault::TimeoutMidBody:
            reply = HttpReply::json(page2);
            reply.mode = HttpReply::Mode::Stall;
            reply.truncateAt = page2.size() / 2;
            return reply;
        case MidFault::EmptyPage:
            // No records, yet a total of 17 and a link on to offset 20.
            return HttpReply::json(FakeCpo::envelope("[]", 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1()))
                .header("X-Total-Count", "17")
                .header("Link", "<" + req.path() + "?offset=20&limit=10&date_from=" + req.queryItem("date_from") + ">; rel=\"next\"");
        case MidFault::LinkToAnotherHost:
            return HttpReply::json(page2).header("X-Total-Count", "30").header(
                "Link", "<" + evil.url("/ocpi/cpo/2.2.1/sessions?offset=17").toEncoded() + ">; rel=\"next\"");
        case MidFault::LinkLoop:
            return HttpReply::json(page2).header("X-Total-Count", "30").header("Link", "<" + firstTarget + ">; rel=\"next\"");
        }
        return std::nullopt;
    };
    r = poll(poller);
    QVERIFY(!r.complete);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(errorKind(r), kind);
    const QString message = r.errors.constFirst().message; // the words the user sees (docs/RELIABILITY.md, fault matrix quotes them)
    QVERIFY2(message.contains(says) && message.contains("/ocpi/cpo/2.2.1/sessions"), qPrintable(message));
    QVERIFY(!message.contains("s3cr3t-token"));
    QVERIFY(evil.requests.isEmpty());
    // Nothing lost: page 1's ten updates are taken, nothing else is touched, the watermark stays.
    QString why;
    QVERIFY2(nothingLost(before, poller, cpo, &why), qPrintable(why));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(held(poller, changes[i].id)->json, changes[i].json());
    QCOMPARE(poller.watermark(), watermark);
    QCOMPARE(r.watermarkAfter, watermark);

    // The fault clears: the next poll asks from the same watermark and brings everything.
    cpo.intercept = nullptr;
    server.requests.clear();
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(server.requests.constFirst().queryItem("date_from"), Ocpi::formatDateTimeUtc(watermark).toLatin1());
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::connectionRefusedAfterWorking()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    QVERIFY(poll(poller).ok());
    const qint64 watermark = poller.watermark();
    const Snapshot before = snapshot(poller);

    server.close(); // the CPO goes down: nothing listens on the port
    cpo.now += 20000;
    cpo.touch("S003", cpo.now - 1000);
    PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Network));
    QVERIFY2(r.errors[0].message.contains("refused") && r.errors[0].message.contains(QString::number(port)),
             qPrintable(r.errors[0].message));
    QCOMPARE(r.retries, 1);
    QCOMPARE(snapshot(poller), before);
    QCOMPARE(poller.watermark(), watermark);

    QVERIFY(server.listen(port)); // back up
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.changed, 1);
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::dnsFailure()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(5, cpo.now - 100000);
    SessionPoller poller(config(cpo.versionsUrl()));
    QVERIFY(poll(poller).ok());
    const Snapshot before = snapshot(poller);

    // RFC 2606: .invalid never resolves, with or without a network.
    const ClientConfig good = poller.config();
    ClientConfig bad = good;
    bad.url = QUrl("http://ocpi-cpo.invalid/ocpi/versions");
    bad.allowInsecureHttp = true; // plain http:// to another host: confirmed, as a user would for a test endpoint
    QVERIFY(poller.setConfig(bad));
    PollResult r = poll(poller);
    QCOMPARE(errorKind(r), int(PollError::Kind::Network));
    QVERIFY2(r.errors[0].message.contains("host name was not found") && r.errors[0].message.contains("ocpi-cpo.invalid"),
             qPrintable(r.errors[0].message));
    QCOMPARE(snapshot(poller), before); // a new URL does not drop what is held

    QVERIFY(poller.setConfig(good));
    cpo.touch("S002", cpo.now - 1000);
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::retryAfter503IsWaitedFor()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page == 1)
            return HttpReply::json(FakeCpo::envelope({}, 3000), 503).header("Retry-After", "1");
        return std::nullopt;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.retries, 1);
    QCOMPARE(server.requests.size(), 4);
    // The retry waited the second the server asked for (a lower bound only, with room for a coarse timer that may
    // fire up to 5 % early).
    QVERIFY2(server.requests[2].atMs - server.requests[1].atMs >= 900,
             qPrintable(QString::number(server.requests[2].atMs - server.requests[1].atMs)));
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::emptyPageOnceIsReadAgain()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &req, int page) -> std::optional<HttpReply> {
        if (page != 1)
            return std::nullopt;
        return HttpReply::json(FakeCpo::envelope("[]", 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1()))
            .header("X-Total-Count", "25")
            .header("Link", "<" + req.path() + "?offset=20&limit=10&date_from=" + req.queryItem("date_from") + ">; rel=\"next\"");
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.retries, 1);
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::sessionsDisappearAndReappear()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    SessionPoller poller(config(cpo.sessionsUrl()));
    QVERIFY(poll(poller).ok());

    // Three sessions vanish from the server's lists (a filter, a glitch, a move between back ends).
    QList<FakeSession> gone;
    for (const char *id : {"S004", "S012", "S025"}) {
        gone.append(*cpo.find(id));
        cpo.sessions.removeIf([&](const FakeSession &s) { return s.id == id; });
    }
    cpo.now += 20000;
    cpo.touch("S001", cpo.now - 1000);
    PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    // OCPI has no delete for sessions: absence from a list says nothing, the client keeps what it read.
    QCOMPARE(poller.sessions().size(), 25);
    for (const FakeSession &s : std::as_const(gone))
        QCOMPARE(held(poller, s.id)->json, s.json());

    // They come back: one unchanged (its last_updated is before the watermark, so it is not even re-sent) and two
    // updated while away.
    cpo.now += 20000;
    cpo.sessions.append(gone);
    cpo.touch("S012", cpo.now - 2000);
    cpo.touch("S025", cpo.now - 1000);
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.changed, 2);
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::duplicateIdAcrossPages()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    // Page 2 also lists S005 (already on page 1): first an older copy (kWh 0.5 and an older last_updated), then on
    // page 3 the newer one the server holds now, updated during the crawl.
    FakeSession older = *cpo.find("S005");
    older.kwh = 0.5;
    older.lastUpdated -= 50000;
    const QList<FakeSession> order = cpo.sorted(); // the order before S005's update
    cpo.intercept = [&](const HttpRequest &req, int page) -> std::optional<HttpReply> {
        if (page == 0)
            return std::nullopt;
        QList<FakeSession> list = order.mid(page * 10, 10);
        list.prepend(page == 1 ? older : *cpo.find("S005"));
        HttpReply r = HttpReply::json(FakeCpo::envelope(dataOf(list), 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1()));
        r.header("X-Total-Count", "25");
        if (page == 1)
            r.header("Link", "<" + req.path() + "?offset=20&limit=10&date_from=" + req.queryItem("date_from") + ">; rel=\"next\"");
        return r;
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    connect(&poller, &SessionPoller::sessionsReceived, this, [&](quint64, const QList<ReceivedSession> &batch) {
        if (batch.constFirst().page == 2) {
            cpo.now += 1000;
            cpo.touch("S005", cpo.now - 500); // updated while the crawl runs
        }
    });
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.records, 27);
    QCOMPARE(r.added, 25);
    QCOMPARE(poller.sessions().size(), 25); // one S005, merged by its key
    QCOMPARE(held(poller, "S005")->json, cpo.find("S005")->json()); // the newest copy wins, the older is not taken
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::hundredMegabytePage_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("Content-Length 100 MB") << false;
    QTest::newRow("gzip, 100 MB decompressed") << true;
}

void TestFaultMatrix::hundredMegabytePage()
{
    QFETCH(bool, gzip);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    // Page 2 is a real list of about 100 MB (170,000 sessions), over the default 64 MB limit of one answer.
    QByteArray huge;
    {
        FakeSession s = cpo.sorted()[10];
        const qint64 target = qint64(100) << 20;
        huge.reserve(target + 4096);
        huge = "{\"data\":[";
        for (int i = 0; huge.size() < target; ++i) {
            s.id = "BIG" + QByteArray::number(i);
            huge += (i ? "," : "") + s.json();
        }
        huge += "],\"status_code\":1000,\"timestamp\":\"" + Ocpi::formatDateTimeUtc(cpo.now).toLatin1() + "\"}";
    }
    const QByteArray body = gzip ? gzipCompress(huge) : huge;
    huge.clear();
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page != 1)
            return std::nullopt;
        HttpReply r = HttpReply::json(body);
        if (gzip)
            r.header("Content-Encoding", "gzip");
        return r;
    };
    ClientConfig c = config(cpo.sessionsUrl());
    c.connectTimeoutMs = 120000; // about size, not time (ASan, a busy machine)
    c.totalTimeoutMs = 240000;
    QCOMPARE(c.maxBodyBytes, qint64(64) << 20); // the default
    SessionPoller poller(c);
    PollResult r = poll(poller, 240000);
    QCOMPARE(errorKind(r), int(PollError::Kind::Limit));
    QVERIFY2(r.errors[0].message.contains("larger than the 64 MB allowed"), qPrintable(r.errors[0].message));
    QCOMPARE(r.retries, 0); // the same page would be as large again
    QCOMPARE(poller.sessions().size(), 10); // page 1 is kept
    QCOMPARE(poller.watermark(), Ocpi::kNoTime);

    cpo.intercept = nullptr;
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QString why;
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::deeplyNestedBody_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("inARecord"); // else the whole body is the nesting, no envelope
    QTest::newRow("a record nested 100,000 deep") << 100000 << true;
    QTest::newRow("a record nested 2,000,000 deep") << 2000000 << true;
    QTest::newRow("the whole body nested 1,000,000 deep") << 1000000 << false;
}

void TestFaultMatrix::deeplyNestedBody()
{
    QFETCH(int, depth);
    QFETCH(bool, inARecord);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
    SessionPoller poller(config(cpo.sessionsUrl()));
    QString why;
    if (inARecord) {
        const QByteArray mixed = "[" + cpo.sessions[0].json() + "," + nested + "," + cpo.sessions[1].json() + ","
                                 + cpo.sessions[2].json() + "]";
        cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
            return HttpReply::json(FakeCpo::envelope(mixed, 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1()))
                .header("X-Total-Count", "4");
        };
        // One bad record among good ones: it is reported and the others are taken (transport_and_format 4.1.4).
        const PollResult r = poll(poller);
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
        QCOMPARE(r.records, 4);
        QCOMPARE(r.unidentified, 1);
        QCOMPARE(r.invalid, 1);
        QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
        return;
    }
    // Nothing but nesting, after a good poll: no crash, the one "record" is reported too deep and not taken, and
    // what was held stays as it was.
    QVERIFY(poll(poller).ok());
    const Snapshot before = snapshot(poller);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> { return HttpReply::json(nested); };
    QStringList codes;
    connect(&poller, &SessionPoller::sessionsReceived, this, [&](quint64, const QList<ReceivedSession> &batch) {
        for (const ReceivedSession &s : batch) {
            for (const Ocpi::Finding &f : s.record.findings)
                codes.append(QString(f.code));
        }
    });
    const PollResult r = poll(poller);
    QCOMPARE(r.records, 1);
    QCOMPARE(r.unidentified, 1);
    QVERIFY2(codes.contains("json.too_deep"), qPrintable(codes.join(',')));
    QCOMPARE(snapshot(poller), before);
    QVERIFY2(sameAsServer(poller, cpo, &why), qPrintable(why));
}

void TestFaultMatrix::hugeStrings()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    const qint64 at = cpo.now - 100000;
    // A 10 MB vendor string, a 10 MB location_id (String(36)) and a 5 MB string of escapes and multi-byte text.
    QByteArray escaped;
    while (escaped.size() < (5 << 20))
        escaped += "\\\"\\u00e9\xc3\xa9\xe2\x82\xac\\n";
    const QList<QByteArray> served = {
        sessionWithPeriods("H1", at, 2, ",\"x_blob\":\"" + QByteArray(10 << 20, 'x') + "\""),
        sessionWithPeriods("H2", at + 1000, 2).replace("\"LOC1\"", QByteArray("\"" + QByteArray(10 << 20, 'L') + "\"")),
        sessionWithPeriods("H3", at + 2000, 2, ",\"x_text\":\"" + escaped + "\""),
        sessionWithPeriods("H4", at + 3000, 2),
    };
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        return HttpReply::json(FakeCpo::envelope("[" + served.join(',') + "]", 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1()))
            .header("X-Total-Count", "4");
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 4);
    for (const QByteArray &json : served) {
        const QByteArray id = json.mid(json.indexOf("\"id\":\"") + 6, 2);
        QVERIFY2(held(poller, id) && held(poller, id)->json == json, id.constData());
    }
    QCOMPARE(held(poller, "H1")->record.session.text(Ocpi::Session::Field::Id), QString("H1"));
    QVERIFY(held(poller, "H1")->record.session.isValid());
    QVERIFY2(!held(poller, "H2")->record.session.isValid(), "a 10 MB location_id breaks String(36)");
    QCOMPARE(r.invalid, 1);
}

void TestFaultMatrix::hundredThousandChargingPeriods()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    const QByteArray big = sessionWithPeriods("P100K", cpo.now - 50000, 100000);
    cpo.intercept = [&](const HttpRequest &, int) -> std::optional<HttpReply> {
        QByteArray data = "[";
        for (const FakeSession &s : cpo.sorted())
            data += s.json() + ",";
        return HttpReply::json(FakeCpo::envelope(data + big + "]", 1000, Ocpi::formatDateTimeUtc(cpo.now).toLatin1()))
            .header("X-Total-Count", "4");
    };
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), 4);
    const StoredSession *h = held(poller, "P100K");
    QVERIFY(h);
    QCOMPARE(h->json, big);
    QCOMPARE(h->record.session.periodCount(), qsizetype(100000));
    QVERIFY2(h->record.session.isValid(), qPrintable(h->record.findings.value(0).message));
    for (const FakeSession &s : std::as_const(cpo.sessions))
        QCOMPARE(held(poller, s.id)->json, s.json());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
