// Kill and restart: the real `poll --cache` against the real simulator (`simulate`, both as child processes) is
// killed with SIGKILL in the middle of a sync after a first committed one, restarted with --once, and the cache
// must then hold every session the simulator had at the kill, none older than the simulator's, and resume from
// the last committed watermark. cacheCommand runs `cache --list/--export/--clear` as a user does.
#include "profiles/endpointprofile.h"
#include "simprocess.h"
#include "profiles/profilestore.h"
#include "store/sessioncache.h"

#include "ocpi/datetime.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QtTest>

#include <functional>
#include <memory>

namespace {

using namespace SimProcess;

QHash<QString, qint64> cachedSessions(const QString &db, const QString &endpoint, qint64 *watermark)
{
    Ocpi::Store::SessionCache cache;
    QHash<QString, qint64> out;
    if (!cache.open(db))
        return out;
    *watermark = cache.watermark(endpoint);
    for (const Ocpi::Store::CachedRecord &c : cache.load(endpoint).value_or(QList<Ocpi::Store::CachedRecord>{}))
        out.insert(Ocpi::Store::SessionCache::sessionKey(c.record.session), c.record.session.lastUpdated);
    return out;
}

} // namespace

class TestCacheKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidSyncResumesWithoutGap();
    void cacheCommand();
};

void TestCacheKill::killedMidSyncResumesWithoutGap()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("sessions.sqlite");
    // The simulator: 300 sessions that keep changing, some pages answered 2 s late so that a sync takes seconds.
    QProcess sim;
    QByteArray simOut;
    const QUrl versionsUrl =
        startSimulator(sim, {"--sessions", "300", "--seed", "7", "--faults", "slow", "--fault-rate", "0.05"}, &simOut);
    QVERIFY2(!versionsUrl.isEmpty(), simOut.constData());
    const QString endpoint = Ocpi::Store::SessionCache::endpointKey(versionsUrl);

    // Every poll reads the whole list again (a year of overlap), in pages of 10: each sync is a long one.
    const QStringList pollArgs{"poll", "--url", versionsUrl.toString(), "--token", kToken, "--cache", db,
                               "--page-limit", "10", "--overlap", "31536000", "--retries", "0", "--verbose"};

    QProcess poll;
    poll.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    poll.setStandardOutputFile(QProcess::nullDevice());
    poll.start(OSM_EXECUTABLE, pollArgs + QStringList{"--interval", "1"});
    QVERIFY(poll.waitForStarted(10000));
    QByteArray err;
    const auto waitFor = [&](const std::function<bool()> &condition, int ms) {
        for (QDeadlineTimer deadline(ms); !deadline.hasExpired();) {
            if (condition())
                return true;
            if (poll.state() != QProcess::Running)
                return false;
            poll.waitForReadyRead(50);
            err += poll.readAllStandardError();
        }
        return condition();
    };
    // The first sync committed...
    static const QRegularExpression stored("cache: \\d+ sessions? stored with date_from (\\S+)");
    QVERIFY2(waitFor([&] { return stored.match(QString::fromUtf8(err)).hasMatch(); }, 15000), err.constData());
    const QString committed = stored.match(QString::fromUtf8(err)).captured(1);
    // ...the second started and read a few pages: kill it there.
    QVERIFY2(waitFor([&] {
                 const qsizetype at = err.indexOf("poll 2 starts");
                 return at >= 0 && err.mid(at).count("GET ") >= 3;
             }, 15000),
             err.constData());
    poll.kill(); // SIGKILL: no handler runs, nothing is flushed
    QVERIFY(poll.waitForFinished(10000));
    err += poll.readAllStandardError();
    QCOMPARE(poll.exitStatus(), QProcess::CrashExit);
    // It died in the middle of the second sync: that one stored nothing.
    QCOMPARE(QString::fromUtf8(err).count(QRegularExpression("sessions? stored")), 1);

    qint64 watermarkAtKill = Ocpi::kNoTime;
    const QHash<QString, qint64> cacheAtKill = cachedSessions(db, endpoint, &watermarkAtKill);
    QCOMPARE(Ocpi::formatDateTimeUtc(watermarkAtKill), committed);
    QVERIFY(cacheAtKill.size() >= 300);
    const auto atKill = simulatorSessions(versionsUrl);
    QVERIFY(atKill);
    QVERIFY(atKill->size() >= 300);

    // Restart once: it resumes from the committed watermark and completes.
    QProcess again;
    again.setStandardOutputFile(QProcess::nullDevice());
    again.start(OSM_EXECUTABLE, pollArgs + QStringList{"--once"});
    QVERIFY(again.waitForStarted(10000));
    QVERIFY(again.waitForFinished(30000));
    const QByteArray againErr = again.readAllStandardError();
    QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0, againErr.constData());
    QVERIFY2(againErr.contains(QByteArray("resuming from date_from " + committed.toUtf8())), againErr.constData());

    qint64 watermarkAfter = Ocpi::kNoTime;
    const QHash<QString, qint64> cached = cachedSessions(db, endpoint, &watermarkAfter);
    QVERIFY(watermarkAfter > watermarkAtKill);
    // No gap: every session the simulator had at the kill is cached, at least as new as it was then.
    for (auto it = atKill->cbegin(); it != atKill->cend(); ++it) {
        QVERIFY2(cached.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(cached.value(it.key()) >= it.value(), qPrintable(it.key()));
    }
    // And nothing that the simulator does not have.
    const auto now = simulatorSessions(versionsUrl);
    QVERIFY(now);
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        QVERIFY2(now->contains(it.key()), qPrintable(it.key()));

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
}

// `cache --list`, `--export` (read back by `validate`), `--clear --profile` and a damaged --db, as a user runs them.
void TestCacheKill::cacheCommand()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("sessions.sqlite");
    QProcess sim;
    QByteArray simOut;
    const QUrl versionsUrl = startSimulator(sim, {"--sessions", "40", "--seed", "3"}, &simOut);
    QVERIFY2(!versionsUrl.isEmpty(), simOut.constData());
    // The commands' settings (endpoint profiles) in a folder of the test's own.
    const QString config = dir.filePath("config");
    {
        Profiles::ProfileStore profiles(config + "/ocpi-session-monitor/ocpi-session-monitor.conf");
        Profiles::EndpointProfile simProfile;
        simProfile.name = "Simulator";
        simProfile.url = versionsUrl;
        QVERIFY(!profiles.add(simProfile).isEmpty());
    } // written when the store goes
    const auto run = [&config](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", config);
        p.setProcessEnvironment(env);
        p.start(OSM_EXECUTABLE, args);
        p.waitForFinished(30000);
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QCOMPARE(run({"poll", "--url", versionsUrl.toString(), "--token", kToken, "--cache=" + db, "--once"}), 0);

    QByteArray out, err;
    QCOMPARE(run({"cache", "--list", "--db", db}, &out), 0);
    QVERIFY2(out.contains(QByteArray(versionsUrl.toString().toUtf8() + "\t40 sessions")), out.constData());
    QVERIFY(!out.contains(kToken.toUtf8()));

    const QString exported = dir.filePath("export.ndjson");
    QCOMPARE(run({"cache", "--export", exported, "--db", db}, &out, &err), 0);
    QVERIFY2(err.contains("40 sessions exported"), err.constData());
    QCOMPARE(run({"validate", exported}, &out), 0); // every exported record reads back valid
    QVERIFY2(out.contains("40 sessions"), out.constData());

    QCOMPARE(run({"cache", "--export", "-", "--profile", "No such profile", "--db", db}, &out, &err), 2);
    QVERIFY2(err.contains("there is no endpoint profile named 'No such profile'"), err.constData());
    QCOMPARE(run({"cache", "--clear", "--profile", "Simulator", "--db", db}, &out, &err), 0);
    QVERIFY2(err.contains("40 sessions removed"), err.constData());
    QCOMPARE(run({"cache", "--list", "--db", db}, &out), 0);
    QVERIFY2(out.contains("no cached endpoint"), out.constData());
    QCOMPARE(run({"cache", "--list", "--clear", "--db", db}), 2); // one action at a time

    // A file that is not a cache is set aside with a warning, and the command goes on.
    const QString bad = dir.filePath("bad.sqlite");
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
    }
    QCOMPARE(run({"cache", "--db", bad}, &out, &err), 0);
    QVERIFY2(err.contains("bad.sqlite.corrupt-"), err.constData());
    QCOMPARE(QDir(dir.path()).entryList({"bad.sqlite.corrupt-*"}).size(), 1);

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCacheKill)
#include "tst_cachekill.moc"
