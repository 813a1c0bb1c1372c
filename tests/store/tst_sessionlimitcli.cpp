// The limit of sessions per endpoint (ClientConfig::maxSessions, `poll --max-sessions`), with the real `poll --cache`
// against the real `simulate` (both child processes) and a real SQLite cache: at the limit, new sessions are neither
// written nor cached, the poll says which limit, its value and how many were not kept, the cache's watermark does not
// move past them, the cached sessions count towards the limit in the next run, and raising it brings them all.
#include "store/sessioncache.h"
#include "simprocess.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

namespace {

using namespace SimProcess;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runPoll(const QStringList &args)
{
    QProcess p;
    p.start(OSM_EXECUTABLE, QStringList{"poll"} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QSet<QString> cachedKeys(const QString &db, const QString &endpoint, qint64 *watermark)
{
    Ocpi::Store::SessionCache cache;
    if (!cache.open(db))
        return {};
    *watermark = cache.watermark(endpoint);
    const QStringList keys = cache.sessionKeys(endpoint).value_or(QStringList{});
    return QSet<QString>(keys.cbegin(), keys.cend());
}

qsizetype lines(const QByteArray &out)
{
    return out.count('\n');
}

// "... the limit of N sessions per endpoint was reached (maximum sessions per endpoint): M new session(s) were not
// kept ..." -> M, or -1.
int notKeptIn(const QByteArray &err, int limit)
{
    const QRegularExpression re(QString("error \\(limit\\): the limit of %1 sessions per endpoint was reached \\(maximum "
                                        "sessions per endpoint\\): (\\d+) new sessions? not kept\\. The sessions "
                                        "held are still updated; the watermark stays, so the next poll asks again from "
                                        "the same date_from")
                                    .arg(limit));
    const auto m = re.match(QString::fromUtf8(err));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestSessionLimitCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitWithCache_data();
    void limitWithCache();
    void usage();
};

void TestSessionLimitCli::limitWithCache_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("25") << 25;
}

void TestSessionLimitCli::limitWithCache()
{
    QFETCH(int, limit);
    QTemporaryDir dir;
    const QString db = dir.filePath("sessions.sqlite");
    QProcess sim;
    QByteArray simOut;
    const QUrl versionsUrl = startSimulator(sim, {"--sessions", "60", "--seed", "7"}, &simOut);
    QVERIFY2(!versionsUrl.isEmpty(), simOut.constData());
    const QString endpoint = Ocpi::Store::SessionCache::endpointKey(versionsUrl);
    const QStringList common{"--url", versionsUrl.toString(), "--token", kToken, "--cache", db, "--once", "--page-limit", "10"};

    // First run: over the limit.
    Run r = runPoll(common + QStringList{"--max-sessions", QString::number(limit)});
    QCOMPARE(r.exitCode, 2); // the limit was reached: not a clean poll
    const int notKept = notKeptIn(r.err, limit);
    QVERIFY2(notKept >= 60 - limit, r.err.constData());
    QVERIFY2(r.err.contains(QString("%1 not kept (session limit)").arg(notKept).toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("(incomplete poll: the watermark stays)"), r.err.constData());
    QCOMPARE(lines(r.out), qsizetype(limit)); // only the sessions kept are written
    qint64 watermark = 0;
    const QSet<QString> first = cachedKeys(db, endpoint, &watermark);
    QCOMPARE(first.size(), qsizetype(limit));
    QCOMPARE(watermark, Ocpi::kNoTime); // the cache does not claim everything was read

    // Second run, same limit: the cached sessions count, so nothing new is kept, and the cached ones are updated.
    r = runPoll(common + QStringList{"--max-sessions", QString::number(limit)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("resuming") == false, r.err.constData()); // no watermark to resume from
    QVERIFY2(notKeptIn(r.err, limit) >= 60 - limit, r.err.constData());
    QCOMPARE(cachedKeys(db, endpoint, &watermark), first);
    QCOMPARE(watermark, Ocpi::kNoTime);
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString key = (o["country_code"].toString() + "/" + o["party_id"].toString() + "/" + o["id"].toString()).toUpper();
        QVERIFY2(first.contains(key), qPrintable("written but not held: " + key));
    }

    // Raised: everything the server has comes, and the watermark moves.
    const auto before = simulatorSessions(versionsUrl);
    QVERIFY(before);
    r = runPoll(common + QStringList{"--max-sessions", "100000"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains("not kept"), r.err.constData());
    const QSet<QString> all = cachedKeys(db, endpoint, &watermark);
    QVERIFY(watermark != Ocpi::kNoTime);
    for (auto it = before->cbegin(); it != before->cend(); ++it)
        QVERIFY2(all.contains(it.key()), qPrintable("missing from the cache: " + it.key()));

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
}

void TestSessionLimitCli::usage()
{
    const Run r = runPoll({"--url", "http://127.0.0.1:9/ocpi/versions", "--token", "x", "--max-sessions", "0"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--max-sessions take whole numbers"), r.err.constData());
    QProcess p;
    p.start(OSM_EXECUTABLE, {"poll", "--help"});
    QVERIFY(p.waitForFinished(30000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput()).simplified(); // the descriptions wrap
    QVERIFY2(help.contains("--max-sessions <N>"), qPrintable(help));
    QVERIFY2(help.contains("The most distinct sessions kept for the endpoint, the offline cache's included (default "
                           "2000000)."),
             qPrintable(help));
}

QTEST_GUILESS_MAIN(TestSessionLimitCli)
#include "tst_sessionlimitcli.moc"
