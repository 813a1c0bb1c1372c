// The OCPI client against the real built-in CPO (Ocpi::Sim::Simulator) over 127.0.0.1: a full sync, polls
// with the world moving between and during crawls, and every fault the simulator can inject. The end state
// is always compared with the server's own sessions.
#include "net/client/sessionpoller.h"
#include "net/simulator/simulator.h"

#include "polltesthelpers.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace Ocpi::Net;

namespace {

ClientConfig config(const Ocpi::Sim::Simulator &sim)
{
    ClientConfig c;
    c.url = sim.versionsUrl();
    c.token = sim.token();
    c.connectTimeoutMs = 3000;
    c.totalTimeoutMs = 10000;
    c.maxRetries = 3;
    c.retryBaseDelayMs = 5;
    c.retryMaxDelayMs = 3000;
    return c;
}

Ocpi::Sim::Options options(int sessions = 100, int pageSize = 10)
{
    Ocpi::Sim::Options o;
    o.sessions = sessions;
    o.seed = 42;
    o.maxPageSize = pageSize;
    o.secondsPerTick = 30;
    return o;
}

PollResult poll(SessionPoller &poller)
{
    return PollTest::poll(poller, 60000); // the real simulator with faults takes longer
}

using PollTest::errorsOf;

// The client holds exactly the server's sessions, each as the server serves it now.
bool sameAsServer(const SessionPoller &p, const Ocpi::Sim::Simulator &sim, QString *why)
{
    QHash<QString, QByteArray> held;
    for (const StoredSession &s : p.sessions().all())
        held.insert(s.record.session.text(Ocpi::Session::Field::Id), s.json);
    const QList<Ocpi::Sim::SessionSnapshot> server = sim.currentSessions();
    if (held.size() != server.size()) {
        *why = QString("the client holds %1 sessions, the server %2").arg(held.size()).arg(server.size());
        return false;
    }
    for (const Ocpi::Sim::SessionSnapshot &s : server) {
        const auto it = held.constFind(s.id);
        if (it == held.constEnd()) {
            *why = "missing " + s.id;
            return false;
        }
        if (*it != s.json) {
            *why = "stale " + s.id + ": " + QString::fromUtf8(it->left(300)) + " vs " + QString::fromUtf8(s.json.left(300));
            return false;
        }
    }
    return true;
}

} // namespace

class TestSimulatorSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullSync();
    void pollsWithTicksBetweenAndDuringCrawls();
    void pollsWhileTheWorldTicksOnItsOwn();
    void faults_data();
    void faults();
    void sessionLimitFirstPoll_data();
    void sessionLimitFirstPoll();
    void sessionLimitLaterPoll();
    void sessionLimitCountsHeldKeys();
};

void TestSimulatorSync::initTestCase()
{
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.client.warning=false\nocpi.sim.info=false");
}

void TestSimulatorSync::fullSync()
{
    Ocpi::Sim::Simulator sim;
    sim.setOptions(options());
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SessionPoller poller(config(sim));
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.ocpiVersion, QString("2.2.1")); // 2.1.1 is listed before it
    QCOMPARE(r.sessionsUrl, sim.sessionsUrl());
    // 18 sessions were updated in the very second of page 1: the pinned date_to leaves them out of pages 2+,
    // X-Total-Count falls, page 1 is read again, and the tail after the crawl brings the 18.
    QVERIFY2(r.pages >= 10, qPrintable(QString::number(r.pages)));
    QCOMPARE(r.added, 100);
    QCOMPARE(r.serverTime, sim.now());
    QCOMPARE(poller.watermark(), sim.now() - 60000);
    QString why;
    QVERIFY2(sameAsServer(poller, sim, &why), qPrintable(why));
}

void TestSimulatorSync::pollsWithTicksBetweenAndDuringCrawls()
{
    Ocpi::Sim::Simulator sim;
    sim.setOptions(options(150));
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SessionPoller poller(config(sim));
    // The world moves while pages are read: sessions get updated, new ones start.
    int ticksDuring = 0;
    bool tickDuring = true;
    connect(&poller, &SessionPoller::sessionsReceived, this, [&](quint64, const QList<ReceivedSession> &batch) {
        if (tickDuring && batch.first().page % 2 == 0) {
            sim.tick();
            ++ticksDuring;
        }
    });
    qint64 changes = 0;
    for (int round = 0; round < 4; ++round) {
        const PollResult r = poll(poller);
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
        if (round > 0)
            changes += r.added + r.changed;
        for (int i = 0; i < 3; ++i)
            sim.tick(); // and between polls
    }
    QVERIFY(ticksDuring >= 8);
    QVERIFY2(changes > 0, "the world changed and the polls saw it");
    // A last poll with the world standing still ends with exactly the server's latest sessions.
    tickDuring = false;
    const PollResult last = poll(poller);
    QVERIFY2(last.ok(), qPrintable(errorsOf(last)));
    QString why;
    QVERIFY2(sameAsServer(poller, sim, &why), qPrintable(why));
}

void TestSimulatorSync::pollsWhileTheWorldTicksOnItsOwn()
{
    Ocpi::Sim::Simulator sim;
    Ocpi::Sim::Options o = options(200);
    o.tickIntervalMs = 15;
    o.secondsPerTick = 7;
    sim.setOptions(o);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    SessionPoller poller(config(sim));
    sim.setTicking(true);
    for (int i = 0; i < 6; ++i) {
        const PollResult r = poll(poller);
        QVERIFY2(r.complete || !r.errors.isEmpty(), "a poll either completes or says why");
    }
    sim.setTicking(false);
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QString why;
    QVERIFY2(sameAsServer(poller, sim, &why), qPrintable(why));
}

void TestSimulatorSync::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("firstPollOk");   // the client's own retries get through
    QTest::addColumn<int>("firstErrorKind"); // otherwise the first poll's error
    QTest::newRow("500") << "500" << 1.0 << true << -1;
    QTest::newRow("429") << "429" << 0.25 << true << -1;
    QTest::newRow("3000") << "3000" << 1.0 << true << -1;
    QTest::newRow("slow") << "slow" << 1.0 << true << -1;
    QTest::newRow("truncated") << "truncated" << 1.0 << true << -1;
    QTest::newRow("invalid") << "invalid" << 0.3 << true << -1;
    QTest::newRow("badtoken") << "badtoken" << 1.0 << true << -1;
    QTest::newRow("2001") << "2001" << 1.0 << false << int(PollError::Kind::Ocpi);
    QTest::newRow("linkloop") << "linkloop" << 1.0 << false << int(PollError::Kind::Pagination);
}

void TestSimulatorSync::faults()
{
    QFETCH(QString, fault);
    QFETCH(double, rate);
    QFETCH(bool, firstPollOk);
    QFETCH(int, firstErrorKind);
    Ocpi::Sim::Simulator sim;
    Ocpi::Sim::Options o = options();
    QString parseError;
    QVERIFY2(Ocpi::Sim::parseFaults(fault, &o.faults, &parseError), qPrintable(parseError));
    o.faultRate = rate;
    o.slowDelayMs = 600;
    sim.setOptions(o);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    ClientConfig c = config(sim);
    if (fault == "slow")
        c.connectTimeoutMs = 150; // a slow first answer times out; the retry gets through
    SessionPoller poller(c);

    PollResult r = poll(poller);
    if (firstPollOk) {
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
        if (fault != "invalid" && fault != "badtoken")
            QVERIFY2(r.retries > 0, "the fault happened and was retried");
    } else {
        QVERIFY(!r.complete);
        QVERIFY(!r.errors.isEmpty());
        QCOMPARE(int(r.errors[0].kind), firstErrorKind);
        if (fault == "2001")
            QVERIFY2(r.errors[0].message.contains("invalid or missing parameters"), qPrintable(r.errors[0].message));
        else
            QVERIFY2(r.errors[0].message.contains("pagination loop"), qPrintable(r.errors[0].message));
        // A failed poll keeps what it read and does not move the watermark; later polls get further, since
        // the simulator faults a request on its first attempt only.
        qsizetype held = poller.sessions().size();
        for (int i = 0; i < 40 && !r.ok(); ++i) {
            QCOMPARE(poller.watermark(), Ocpi::kNoTime);
            r = poll(poller);
            QVERIFY(poller.sessions().size() >= held);
            held = poller.sessions().size();
        }
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    }
    if (fault == "invalid")
        QVERIFY2(r.invalid > 0, "damaged sessions are kept, with their findings");
    if (fault == "badtoken")
        QCOMPARE(poller.authScheme(), AuthScheme::Plain);
    QString why;
    QVERIFY2(sameAsServer(poller, sim, &why), qPrintable(why));
}


namespace {

// The ids of every session handed out by sessionsReceived (what a window or `poll` would keep).
void collectHandedOut(SessionPoller &poller, QObject *context, QSet<QString> *ids)
{
    QObject::connect(&poller, &SessionPoller::sessionsReceived, context, [ids](quint64, const QList<ReceivedSession> &batch) {
        for (const ReceivedSession &s : batch) {
            QVERIFY(s.change != ChangeKind::NotKept);
            ids->insert(s.record.session.text(Ocpi::Session::Field::Id));
        }
    });
}

const PollError *limitError(const PollResult &r)
{
    for (const PollError &e : r.errors) {
        if (e.kind == PollError::Kind::Limit)
            return &e;
    }
    return nullptr;
}

// Every session the client holds is exactly as the server serves it now (held ones keep being updated).
bool heldAreCurrent(const SessionPoller &p, const Ocpi::Sim::Simulator &sim, QString *why)
{
    QHash<QString, QByteArray> server;
    for (const Ocpi::Sim::SessionSnapshot &s : sim.currentSessions())
        server.insert(s.id, s.json);
    for (const StoredSession &s : p.sessions().all()) {
        const QString id = s.record.session.text(Ocpi::Session::Field::Id);
        if (server.value(id) != s.json) {
            *why = "stale or unknown " + id;
            return false;
        }
    }
    return true;
}

} // namespace

// More sessions than the limit on the first poll: the first `limit` are kept, the rest are neither held nor handed
// out, the poll says so in words with the limit and the count, and the watermark does not move; raising the limit
// brings them all.
void TestSimulatorSync::sessionLimitFirstPoll_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("30") << 30;
    QTest::newRow("99 (one over)") << 99;
}

void TestSimulatorSync::sessionLimitFirstPoll()
{
    QFETCH(int, limit);
    Ocpi::Sim::Simulator sim;
    sim.setOptions(options(100));
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    ClientConfig c = config(sim);
    c.maxSessions = limit;
    SessionPoller poller(c);
    QSet<QString> handedOut;
    collectHandedOut(poller, this, &handedOut);

    const PollResult r = poll(poller);
    QVERIFY(!r.complete);
    QCOMPARE(r.notKept, qint64(100 - limit));
    QCOMPARE(r.maxSessions, qint64(limit));
    QCOMPARE(r.added, qint64(limit));
    QCOMPARE(poller.sessions().size(), qsizetype(limit));
    QCOMPARE(handedOut.size(), qsizetype(limit));
    const PollError *e = limitError(r);
    QVERIFY2(e, qPrintable(errorsOf(r)));
    QCOMPARE(e->message, QString("the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %2 "
                                 "new session(s) not kept. The sessions held are still updated; the watermark stays, "
                                 "so the next poll asks again from the same date_from, and the sessions not kept are "
                                 "read once the limit is raised")
                             .arg(limit)
                             .arg(100 - limit));
    QVERIFY2(r.summaryText().contains(QString("%1 not kept (session limit)").arg(100 - limit)), qPrintable(r.summaryText()));
    QCOMPARE(poller.watermark(), Ocpi::kNoTime); // not "everything until now was read"
    QCOMPARE(r.watermarkAfter, Ocpi::kNoTime);

    // The held sessions keep being updated while the limit holds.
    for (int i = 0; i < 5; ++i)
        sim.tick();
    const PollResult again = poll(poller);
    QCOMPARE(again.dateFrom, Ocpi::kNoTime);
    QVERIFY(limitError(again));
    QCOMPARE(poller.sessions().size(), qsizetype(limit));
    QString why;
    QVERIFY2(heldAreCurrent(poller, sim, &why), qPrintable(why));

    // Raised: the next poll asks from the same date_from and the client then holds the server's sessions.
    c.maxSessions = 10'000;
    QVERIFY(poller.setConfig(c));
    const PollResult raised = poll(poller);
    QVERIFY2(raised.ok(), qPrintable(errorsOf(raised)));
    QCOMPARE(raised.notKept, qint64(0));
    QVERIFY2(sameAsServer(poller, sim, &why), qPrintable(why));
}

// A completed poll at exactly the limit, then new sessions appear: they are not kept, the watermark stays where the
// completed poll left it, and the following poll asks from that same date_from.
void TestSimulatorSync::sessionLimitLaterPoll()
{
    Ocpi::Sim::Simulator sim;
    sim.setOptions(options(40));
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    ClientConfig c = config(sim);
    c.maxSessions = 40;
    SessionPoller poller(c);
    QSet<QString> handedOut;
    collectHandedOut(poller, this, &handedOut);

    const PollResult first = poll(poller);
    QVERIFY2(first.ok(), qPrintable(errorsOf(first))); // exactly at the limit is fine
    const qint64 watermark = poller.watermark();
    QVERIFY(watermark != Ocpi::kNoTime);

    for (int i = 0; i < 400 && sim.sessionCount() < 43; ++i)
        sim.tick();
    const qint64 created = sim.sessionCount() - 40;
    QVERIFY2(created >= 3, "the simulated world started new sessions");

    const PollResult second = poll(poller);
    QVERIFY(!second.complete);
    QCOMPARE(second.dateFrom, watermark);
    QCOMPARE(second.notKept, created);
    QVERIFY(limitError(second));
    QCOMPARE(poller.watermark(), watermark);
    QCOMPARE(second.watermarkAfter, watermark);
    QCOMPARE(poller.sessions().size(), qsizetype(40));
    QCOMPARE(handedOut.size(), qsizetype(40));
    QString why;
    QVERIFY2(heldAreCurrent(poller, sim, &why), qPrintable(why));

    const PollResult third = poll(poller);
    QCOMPARE(third.dateFrom, watermark); // asks again for what was not kept

    c.maxSessions = 1000;
    QVERIFY(poller.setConfig(c));
    const PollResult raised = poll(poller);
    QVERIFY2(raised.ok(), qPrintable(errorsOf(raised)));
    QCOMPARE(raised.dateFrom, watermark);
    QVERIFY2(sameAsServer(poller, sim, &why), qPrintable(why));
    QCOMPARE(handedOut.size(), sim.sessionCount());
}

// Sessions the program holds elsewhere (the offline cache) count towards the limit, and their updates are taken.
void TestSimulatorSync::sessionLimitCountsHeldKeys()
{
    Ocpi::Sim::Simulator sim;
    sim.setOptions(options(20));
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QList<Ocpi::Sim::SessionSnapshot> server = sim.currentSessions();
    QCOMPARE(server.size(), 20);
    // The cache holds the first 5 of the server and 10 the server no longer lists.
    QSet<QString> held;
    QSet<QString> heldIds;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(server.at(i).json).object();
        held.insert((o["country_code"].toString() + "/" + o["party_id"].toString() + "/" + o["id"].toString()).toUpper());
        heldIds.insert(server.at(i).id);
    }
    for (int i = 0; i < 10; ++i)
        held.insert(QString("NL/OLD/GONE-%1").arg(i));
    ClientConfig c = config(sim);
    c.maxSessions = 18; // 15 held: room for 3 new ones
    SessionPoller poller(c);
    poller.setHeldKeys(held);
    QSet<QString> handedOut;
    collectHandedOut(poller, this, &handedOut);

    const PollResult r = poll(poller);
    QCOMPARE(r.notKept, qint64(20 - 5 - 3));
    QVERIFY(limitError(r));
    QVERIFY2(handedOut.contains(heldIds), "every held session's update is taken");
    QCOMPARE(handedOut.size(), qsizetype(5 + 3));
    QCOMPARE(poller.sessions().heldCount(), qsizetype(18));
}

QTEST_GUILESS_MAIN(TestSimulatorSync)
#include "tst_simulatorsync.moc"
