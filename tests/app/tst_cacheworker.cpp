// The window's cache worker on a real SQLite file: a load hands back the rows, when each was last seen and the keys
// the endpoint's session limit counts (the same keys `poll --cache` counts), all gathered on the worker's thread.
#include "cacheworker.h"

#include "ocpi/datetime.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QtTest>

using App::CacheWorker;
using Ocpi::Store::CacheEntry;

namespace {

const QString kEndpoint = "http://127.0.0.1:9/ocpi/versions";

// A valid session (the spec's first example) with this country, party and id.
CacheEntry entry(const QString &country, const QString &party, const QString &id, qint64 lastUpdated)
{
    QFile f(OSM_FIXTURES "/spec/session_example_1_simple_start.json");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o["country_code"] = country;
    o["party_id"] = party;
    o["id"] = id;
    o["last_updated"] = Ocpi::formatDateTimeUtc(lastUpdated);
    return {(country + "/" + party + "/" + id).toUpper(), lastUpdated, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

} // namespace

class TestCacheWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadGathersTheHeldKeysOffTheUiThread_data();
    void loadGathersTheHeldKeysOffTheUiThread();
    void loadOfAnUnknownEndpointHoldsNothing();
};

void TestCacheWorker::loadGathersTheHeldKeysOffTheUiThread_data()
{
    QTest::addColumn<int>("sessions");
    QTest::newRow("one") << 1;
    QTest::newRow("several") << 7;
    QTest::newRow("a thousand") << 1000;
}

void TestCacheWorker::loadGathersTheHeldKeysOffTheUiThread()
{
    QFETCH(int, sessions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("sessions.sqlite");
    const qint64 t0 = Ocpi::parseDateTime("2024-06-03T08:00:00Z").msecs;
    QVERIFY(t0 > 0);

    // Mixed-case ids and parties: the limit counts them upper-cased, as the poller's SessionKey does.
    QList<CacheEntry> entries;
    QSet<QString> expected;
    for (int i = 0; i < sessions; ++i) {
        const CacheEntry e = entry(i % 2 ? "nl" : "DE", i % 3 ? "Abc" : "xyz", QString("sess-%1").arg(i), t0 + i * 1000);
        QVERIFY(!e.json.isEmpty());
        entries.append(e);
        expected.insert(e.key);
    }
    QCOMPARE(expected.size(), sessions);

    CacheWorker worker;
    bool opened = false;
    worker.open(path, [&](const CacheWorker::OpenResult &r) {
        QVERIFY2(r.ok, qPrintable(r.error));
        opened = true;
    });
    QTRY_VERIFY(opened);
    bool stored = false;
    worker.store(kEndpoint, entries, t0 + 60'000, [&](const CacheWorker::StoreResult &r) {
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sessions, sessions);
        stored = true;
    });
    QTRY_VERIFY(stored);

    std::shared_ptr<CacheWorker::LoadResult> load;
    QThread *answeredOn = nullptr;
    worker.load(kEndpoint, [&](const std::shared_ptr<CacheWorker::LoadResult> &r) {
        load = r;
        answeredOn = QThread::currentThread();
    });
    QTRY_VERIFY_WITH_TIMEOUT(load != nullptr, 30000);
    QCOMPARE(answeredOn, QThread::currentThread()); // the answer comes back on the UI thread
    QVERIFY2(load->ok, qPrintable(load->error));
    QCOMPARE(load->watermark, t0 + 60'000);
    QCOMPARE(int(load->rows.size()), sessions);
    QCOMPARE(load->lastSeen.size(), sessions);
    QCOMPARE(load->heldKeys, expected);

    // The same keys the command line counts for `poll --cache --max-sessions` (SessionCache::sessionKeys).
    Ocpi::Store::SessionCache direct;
    QVERIFY2(direct.open(path), qPrintable(direct.errorString()));
    const std::optional<QStringList> cliKeys = direct.sessionKeys(kEndpoint);
    QVERIFY(cliKeys.has_value());
    QCOMPARE(QSet<QString>(cliKeys->cbegin(), cliKeys->cend()), load->heldKeys);
}

void TestCacheWorker::loadOfAnUnknownEndpointHoldsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CacheWorker worker;
    bool opened = false;
    worker.open(dir.filePath("sessions.sqlite"), [&](const CacheWorker::OpenResult &r) {
        QVERIFY2(r.ok, qPrintable(r.error));
        opened = true;
    });
    QTRY_VERIFY(opened);
    bool stored = false;
    worker.store(kEndpoint, {entry("NL", "ABC", "one", 1'700'000'000'000)}, std::nullopt,
                 [&](const CacheWorker::StoreResult &r) { stored = r.ok; });
    QTRY_VERIFY(stored);
    std::shared_ptr<CacheWorker::LoadResult> load;
    worker.load("http://127.0.0.1:10/other/versions", [&](const std::shared_ptr<CacheWorker::LoadResult> &r) { load = r; });
    QTRY_VERIFY(load != nullptr);
    QVERIFY2(load->ok, qPrintable(load->error));
    QVERIFY(load->rows.empty());
    QVERIFY(load->heldKeys.isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheWorker)
#include "tst_cacheworker.moc"
