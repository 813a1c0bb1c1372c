// The OCPI client against the real built-in CPO (Ocpi::Sim::Simulator) over 127.0.0.1: a full sync, polls
// with the world moving between and during crawls, and every fault the simulator can inject. The end state
// is always compared with the server's own sessions.
#include "net/client/sessionpoller.h"
#include "net/simulator/simulator.h"

#include "polltesthelpers.h"

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

QTEST_GUILESS_MAIN(TestSimulatorSync)
#include "tst_simulatorsync.moc"
