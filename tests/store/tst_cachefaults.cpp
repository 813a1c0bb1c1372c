// Fault matrix (docs/RELIABILITY.md, fault matrix), cache side: the real `poll --cache` against the real simulator (both child
// processes), with the cache's disk made full while it polls (RLIMIT_FSIZE lowered on the running process, so every
// write of the database fails), and with a damaged cache file at start. "Nothing lost" is checked against the
// simulator: every session it had while the disk was full ends up in the cache, at least as new.
#include "store/sessioncache.h"
#include "simprocess.h"

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

#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <memory>

#include <sys/resource.h>

namespace {

using namespace SimProcess;

QHash<QString, qint64> cachedSessions(const QString &db, const QString &endpoint)
{
    Ocpi::Store::SessionCache cache;
    QHash<QString, qint64> out;
    if (!cache.open(db))
        return out;
    for (const Ocpi::Store::CachedRecord &c : cache.load(endpoint).value_or(QList<Ocpi::Store::CachedRecord>{}))
        out.insert(Ocpi::Store::SessionCache::sessionKey(c.record.session), c.record.session.lastUpdated);
    return out;
}

// Every session of `source` is in `cached`, at least as new; *why names the first that is not.
bool holdsAll(const QHash<QString, qint64> &cached, const QHash<QString, qint64> &source, QString *why)
{
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (!cached.contains(it.key())) {
            *why = "missing from the cache: " + it.key();
            return false;
        }
        if (cached.value(it.key()) < it.value()) {
            *why = "older in the cache: " + it.key();
            return false;
        }
    }
    return true;
}

bool setFileSizeLimit(qint64 pid, rlim_t soft)
{
    rlimit current{};
    if (::prlimit(pid_t(pid), RLIMIT_FSIZE, nullptr, &current) != 0)
        return false;
    const rlimit wanted{soft == RLIM_INFINITY ? current.rlim_max : soft, current.rlim_max};
    return ::prlimit(pid_t(pid), RLIMIT_FSIZE, &wanted, nullptr) == 0;
}

} // namespace

class TestCacheFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diskFullWhilePollingLosesNothing();
    void corruptCacheIsSetAsideAndRefilled();
};

void TestCacheFaults::diskFullWhilePollingLosesNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("sessions.sqlite");
    // A world that changes fast: ten simulated minutes per second, dozens of sessions updated, started and
    // finished between two polls.
    QProcess sim;
    QByteArray simOut;
    const QUrl versionsUrl = startSimulator(sim, {"--sessions", "300", "--seed", "11", "--speed", "600"}, &simOut);
    QVERIFY2(!versionsUrl.isEmpty(), simOut.constData());
    const QString endpoint = Ocpi::Store::SessionCache::endpointKey(versionsUrl);

    // No overlap: the next poll asks exactly from the last watermark, so a poll whose sessions are not stored and
    // not read again leaves a gap.
    QProcess poll;
    poll.setStandardOutputFile(QProcess::nullDevice());
    // A write past the limit fails with EFBIG instead of killing the process with SIGXFSZ.
    poll.setChildProcessModifier([] { ::signal(SIGXFSZ, SIG_IGN); });
    poll.start(OSM_EXECUTABLE, {"poll", "--url", versionsUrl.toString(), "--token", kToken, "--cache", db, "--overlap", "0",
                                "--interval", "1", "--retries", "0", "--verbose"});
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
    static const QRegularExpression storedRe("stored with date_from (\\S+)");
    QVERIFY2(waitFor([&] { return err.contains("stored with date_from"); }, 20000), err.constData());

    // The disk is full: no write of the database gets through.
    QVERIFY2(setFileSizeLimit(poll.processId(), 4096), strerror(errno));
    QVERIFY2(waitFor([&] { return err.count("error (cache)") >= 1; }, 20000), err.constData());
    const auto whileFull = simulatorSessions(versionsUrl); // what the failed poll read, and more
    QVERIFY(whileFull);
    QVERIFY2(waitFor([&] { return err.count("error (cache)") >= 3; }, 20000), err.constData());
    QVERIFY2(err.contains("full") || err.contains("I/O"), err.constData());
    qsizetype errorAt = err.lastIndexOf("error (cache)");
    // Each poll after a failed store reads again from the last watermark stored, not from the failed poll's.
    const qsizetype firstError = err.indexOf("error (cache)");
    QString committed;
    for (auto it = storedRe.globalMatch(QString::fromUtf8(err.left(firstError))); it.hasNext();)
        committed = it.next().captured(1);
    QVERIFY(!committed.isEmpty());
    QVERIFY(!err.mid(firstError).contains("stored with date_from")); // the disk is still full
    const QString after = QString::fromUtf8(err.mid(firstError));
    static const QRegularExpression startsRe("poll \\d+ starts \\(date_from (\\S+)\\)");
    int polls = 0;
    for (auto it = startsRe.globalMatch(after); it.hasNext(); ++polls)
        QCOMPARE(it.next().captured(1), committed);
    QVERIFY(polls >= 2);

    // Room again: the polls store again, and nothing of the failed ones is missing.
    QVERIFY2(setFileSizeLimit(poll.processId(), RLIM_INFINITY), strerror(errno));
    QVERIFY2(waitFor([&] { return err.indexOf("stored with date_from", errorAt) >= 0; }, 20000), err.constData());
    errorAt = err.indexOf("stored with date_from", errorAt) + 1;
    QVERIFY2(waitFor([&] { return err.indexOf("stored with date_from", errorAt) >= 0; }, 20000), err.constData());
    poll.terminate();
    QVERIFY(poll.waitForFinished(10000));
    err += poll.readAllStandardError();

    const QHash<QString, qint64> cached = cachedSessions(db, endpoint);
    QString why;
    QVERIFY2(holdsAll(cached, *whileFull, &why), qPrintable(why + "\n" + QString::fromUtf8(err)));
    const auto now = simulatorSessions(versionsUrl);
    QVERIFY(now);
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        QVERIFY2(now->contains(it.key()), qPrintable(it.key()));

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
}

void TestCacheFaults::corruptCacheIsSetAsideAndRefilled()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("sessions.sqlite");
    QProcess sim;
    QByteArray simOut;
    const QUrl versionsUrl = startSimulator(sim, {"--sessions", "60", "--seed", "5"}, &simOut);
    QVERIFY2(!versionsUrl.isEmpty(), simOut.constData());
    const QString endpoint = Ocpi::Store::SessionCache::endpointKey(versionsUrl);
    const QStringList args{"poll", "--url", versionsUrl.toString(), "--token", kToken, "--cache", db, "--once"};
    const auto run = [&](QByteArray *err) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(OSM_EXECUTABLE, args);
        p.waitForFinished(60000);
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QByteArray err;
    QCOMPARE(run(&err), 0);

    // The cache file is damaged between two runs: right header, garbage pages.
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 4096);
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        f.seek(0);
        f.write(bytes);
    }
    QFile::remove(db + "-wal");
    QFile::remove(db + "-shm");
    const auto before = simulatorSessions(versionsUrl);
    QVERIFY(before);
    QCOMPARE(run(&err), 0);
    QVERIFY2(err.contains("was damaged or not a cache; it was renamed to"), err.constData());
    QCOMPARE(QDir(dir.path()).entryList({"sessions.sqlite.corrupt-*"}).size(), 1); // kept, for whoever wants it
    // The new cache is filled from the server: every session it had is there, at least as new.
    const QHash<QString, qint64> cached = cachedSessions(db, endpoint);
    QString why;
    QVERIFY2(holdsAll(cached, *before, &why), qPrintable(why));
    QVERIFY(cached.size() >= before->size());

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCacheFaults)
#include "tst_cachefaults.moc"
