// The compressed JSON store (model/sessions/jsonstore) and the sessions table model's use of it: records round
// trip across many blocks, raw and compressed; a block being compressed is still readable; releasing records
// compacts sparse blocks without disturbing the others, and handles survive compaction; a record larger than a
// block; empty records; clear() with compressions in flight; the store destroyed with compressions in flight;
// json(row) after merges that replace records, removeSource, clear and setKeepJson(false).
#include "jsonstore.h"
#include "sessiontablemodel.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

using Handle = JsonStore::Handle;

namespace {

// A session-like JSON text, compressible the way real ones are (same names, similar values), `n` distinct.
QByteArray record(int n, int periods = 3)
{
    QByteArray s = "{\"country_code\":\"NL\",\"party_id\":\"STK\",\"id\":\"S" + QByteArray::number(n)
        + "\",\"start_date_time\":\"2024-05-01T10:" + QByteArray::number(n % 60).rightJustified(2, '0')
        + ":00Z\",\"kwh\":" + QByteArray::number(n % 97 * 0.37, 'f', 3) + ",\"charging_periods\":[";
    for (int p = 0; p < periods; ++p) {
        if (p)
            s += ',';
        s += "{\"start_date_time\":\"2024-05-01T1" + QByteArray::number(p % 10)
            + ":00:00Z\",\"dimensions\":[{\"type\":\"ENERGY\",\"volume\":" + QByteArray::number((n + p) % 31 * 1.5)
            + "}]}";
    }
    return s + "],\"status\":\"ACTIVE\"}";
}

// Every sealed block compressed and swapped in (the results arrive through this thread's event loop).
#define WAIT_IDLE(store) QTRY_COMPARE_WITH_TIMEOUT((store).pendingCompressions(), 0, 120000)

// A session JSON text the validator accepts: `id`, its kWh and last_updated vary.
QByteArray sessionJson(int id, double kwh, const QString &lastUpdated)
{
    QJsonArray periods;
    for (int p = 0; p < 10; ++p) {
        periods.append(QJsonObject{
            {"start_date_time", QString("2024-05-01T10:%1:00Z").arg(p * 5, 2, 10, QChar('0'))},
            {"dimensions", QJsonArray{QJsonObject{{"type", "ENERGY"}, {"volume", kwh / 10 * (p + 1)}},
                                      QJsonObject{{"type", "POWER"}, {"volume", 11.0 + p}}}}});
    }
    QJsonObject o{{"country_code", "NL"},
                  {"party_id", "STK"},
                  {"id", QString("S%1").arg(id)},
                  {"start_date_time", "2024-05-01T10:00:00Z"},
                  {"kwh", kwh},
                  {"cdr_token",
                   QJsonObject{{"country_code", "NL"},
                               {"party_id", "TST"},
                               {"uid", QString("04A1%1").arg(id)},
                               {"type", "RFID"},
                               {"contract_id", "NL-TST-C12345678-S"}}},
                  {"auth_method", "WHITELIST"},
                  {"location_id", QString("LOC%1").arg(id % 50)},
                  {"evse_uid", "EVSE1"},
                  {"connector_id", "1"},
                  {"currency", "EUR"},
                  {"charging_periods", periods},
                  {"status", "ACTIVE"},
                  {"last_updated", lastUpdated}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SessionTableModel::Incoming incoming(const QByteArray &json)
{
    Ocpi::SessionValidator validator;
    SessionTableModel::Incoming in;
    in.session = validator.validate(std::string_view(json.constData(), size_t(json.size())), &in.findings);
    in.json = json;
    return in;
}

} // namespace

class TestJsonStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void getDuringCompression();
    void releaseAndCompaction_data();
    void releaseAndCompaction();
    void handlesStableAcrossCompaction();
    void replaceKeepsHandle();
    void largeRecord_data();
    void largeRecord();
    void sharedAndRawData();
    void emptyRecords();
    void clearWithJobsInFlight();
    void destructionWithJobsInFlight_data();
    void destructionWithJobsInFlight();
    void modelJsonAfterMerges();
    void modelKeepJsonOffAndRemoveSource();
};

void TestJsonStore::roundTrip_data()
{
    QTest::addColumn<int>("maxRecords");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("count");
    QTest::newRow("defaults, 2000 records") << JsonStore::kDefaultMaxRecords << int(JsonStore::kDefaultMaxBytes) << 2000;
    QTest::newRow("8 records per block") << 8 << (1 << 20) << 1000;
    QTest::newRow("1 KB blocks (by bytes)") << 1000 << 1024 << 1000;
    QTest::newRow("1 record per block") << 1 << (1 << 20) << 50;
    QTest::newRow("fewer than a block") << 256 << (1 << 20) << 10;
}

void TestJsonStore::roundTrip()
{
    QFETCH(int, maxRecords);
    QFETCH(int, maxBytes);
    QFETCH(int, count);
    JsonStore store(maxRecords, maxBytes);
    std::vector<Handle> handles;
    qint64 raw = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray r = record(i, i % 7);
        raw += r.size();
        handles.push_back(store.add(r));
        QVERIFY(handles.back() != JsonStore::kNone);
    }
    QCOMPARE(store.recordCount(), count);
    QCOMPARE(store.rawBytes(), raw);
    // Straight away (blocks raw, being compressed or compressed), then with every block swapped in.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < count; ++i) {
            QCOMPARE(store.get(handles[size_t(i)]), record(i, i % 7));
            QCOMPARE(store.size(handles[size_t(i)]), record(i, i % 7).size());
        }
        WAIT_IDLE(store);
    }
    // Backwards, so the one-block cache misses every time it moves.
    for (int i = count - 1; i >= 0; --i)
        QCOMPARE(store.get(handles[size_t(i)]), record(i, i % 7));
    if (count >= 2 * maxRecords && maxRecords > 1) {
        QVERIFY(store.compressedBlockCount() > 0);
        QVERIFY2(store.approximateBytes() < raw, qPrintable(QString::number(store.approximateBytes())));
    }
}

void TestJsonStore::getDuringCompression()
{
    JsonStore store(8, 1 << 20);
    QSignalSpy compressed(&store, &JsonStore::blockCompressed);
    std::vector<Handle> handles;
    for (int i = 0; i < 8; ++i)
        handles.push_back(store.add(record(i)));
    // Sealed and sent to a worker; the compressed block can only be swapped in by this thread's event loop, which
    // has not run: the records are read from the raw block while the job runs (or has finished unseen).
    QCOMPARE(store.pendingCompressions(), 1);
    QCOMPARE(store.compressedBlockCount(), 0);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(store.get(handles[size_t(i)]), record(i));
    QVERIFY(compressed.wait(60000));
    QCOMPARE(compressed.size(), 1);
    QCOMPARE(compressed.at(0).at(0).toInt(), store.blockOf(handles[0]));
    QCOMPARE(store.pendingCompressions(), 0);
    QCOMPARE(store.compressedBlockCount(), 1);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(store.get(handles[size_t(i)]), record(i));
}

void TestJsonStore::releaseAndCompaction_data()
{
    QTest::addColumn<bool>("waitForCompression"); // compact a compressed block, or one still being compressed
    QTest::addColumn<QList<int>>("release");      // record numbers; blocks of 8, 64 records
    QTest::addColumn<bool>("firstBlockMoves");
    QTest::addColumn<bool>("firstBlockFreed");
    const QList<int> allButOne{0, 1, 2, 3, 4, 5, 6};
    const QList<int> six{0, 1, 2, 3, 4, 5};
    const QList<int> whole{0, 1, 2, 3, 4, 5, 6, 7};
    QList<int> scattered;
    for (int i = 0; i < 64; i += 3)
        scattered << i;
    const QList<int> tail{60, 61};
    for (const bool wait : {true, false}) {
        const char *w = wait ? "compressed" : "compressing";
        QTest::addRow("%s: 7 of 8 released, the last one moves", w) << wait << allButOne << true << true;
        QTest::addRow("%s: 6 of 8 released, stays (25%%)", w) << wait << six << false << false;
        QTest::addRow("%s: a whole block released, freed", w) << wait << whole << false << true;
        QTest::addRow("%s: every third record", w) << wait << scattered << false << false;
        QTest::addRow("%s: in the tail", w) << wait << tail << false << false;
    }
}

void TestJsonStore::releaseAndCompaction()
{
    QFETCH(bool, waitForCompression);
    QFETCH(QList<int>, release);
    QFETCH(bool, firstBlockMoves);
    QFETCH(bool, firstBlockFreed);
    JsonStore store(8, 1 << 20);
    std::vector<Handle> handles;
    for (int i = 0; i < 62; ++i) // 7 full blocks and a tail of 6
        handles.push_back(store.add(record(i)));
    if (waitForCompression)
        WAIT_IDLE(store);
    const int firstBlock = store.blockOf(handles[0]);
    const int blocksBefore = store.blockCount();
    QSet<int> released;
    for (const int i : release) {
        if (i >= int(handles.size()))
            continue;
        store.release(handles[size_t(i)]);
        released.insert(i);
    }
    QCOMPARE(store.recordCount(), 62 - int(released.size()));
    bool moved = false;
    for (int i = 0; i < 62; ++i) {
        if (released.contains(i))
            continue;
        QCOMPARE(store.get(handles[size_t(i)]), record(i));
        if (i < 8 && store.blockOf(handles[size_t(i)]) != firstBlock)
            moved = true;
    }
    QCOMPARE(moved, firstBlockMoves);
    if (firstBlockFreed)
        QCOMPARE(store.blockCount(), blocksBefore - 1);
    WAIT_IDLE(store);
    for (int i = 0; i < 62; ++i) {
        if (!released.contains(i))
            QCOMPARE(store.get(handles[size_t(i)]), record(i));
    }
    // Released handles are given out again, and the new texts are theirs.
    for (const int i : std::as_const(released)) {
        const Handle h = store.add(record(1000 + i));
        QCOMPARE(store.get(h), record(1000 + i));
    }
    for (int i = 0; i < 62; ++i) {
        if (!released.contains(i))
            QCOMPARE(store.get(handles[size_t(i)]), record(i));
    }
}

void TestJsonStore::handlesStableAcrossCompaction()
{
    // A reference map checked after rounds of adds and releases (80% of what is held, at random) that compact
    // blocks again and again, some rounds waiting for the compressions, some not.
    JsonStore store(16, 1 << 20);
    QRandomGenerator rng(6);
    QHash<Handle, QByteArray> expected;
    int next = 0;
    for (int round = 0; round < 12; ++round) {
        for (int i = 0; i < 400; ++i) {
            const QByteArray r = record(next++, int(rng.bounded(6)));
            const Handle h = store.add(r);
            QVERIFY(!expected.contains(h));
            expected.insert(h, r);
        }
        const QList<Handle> held = expected.keys();
        for (const Handle h : held) {
            if (rng.bounded(10) < 8) {
                store.release(h);
                expected.remove(h);
            }
        }
        if (round % 3 == 0)
            WAIT_IDLE(store);
        QCOMPARE(store.recordCount(), int(expected.size()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(store.get(it.key()), it.value());
    }
    WAIT_IDLE(store);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(store.get(it.key()), it.value());
    // Compaction keeps blocks dense: no more than about 4x the blocks the live records need.
    QVERIFY2(store.blockCount() <= 4 * (int(expected.size()) / 16 + 1) + 1, qPrintable(QString::number(store.blockCount())));
}

void TestJsonStore::replaceKeepsHandle()
{
    JsonStore store(4, 1 << 20);
    std::vector<Handle> handles;
    for (int i = 0; i < 20; ++i)
        handles.push_back(store.add(record(i)));
    WAIT_IDLE(store);
    for (int round = 1; round <= 5; ++round) {
        for (int i = 0; i < 20; i += 2)
            QCOMPARE(store.replace(handles[size_t(i)], record(round * 100 + i)), handles[size_t(i)]);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(store.get(handles[size_t(i)]), record(i % 2 ? i : round * 100 + i));
        QCOMPARE(store.recordCount(), 20);
    }
    QCOMPARE(store.replace(handles[0], QByteArray()), JsonStore::kNone);
    QCOMPARE(store.recordCount(), 19);
    const Handle h = store.replace(JsonStore::kNone, "x");
    QVERIFY(h != JsonStore::kNone);
    QCOMPARE(store.get(h), QByteArray("x"));
}

void TestJsonStore::largeRecord_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("10x a block") << 10 * 1024;
    QTest::newRow("1 MB, 1000x a block") << 1024 * 1024;
    QTest::newRow("exactly a block") << 1024;
}

void TestJsonStore::largeRecord()
{
    QFETCH(int, size);
    JsonStore store(64, 1024);
    const Handle a = store.add(record(1));
    QByteArray big;
    for (int i = 0; big.size() < size; ++i)
        big += record(i);
    big.truncate(size);
    const Handle b = store.add(big);
    const Handle c = store.add(record(2));
    QCOMPARE(store.get(b), big);
    QVERIFY(store.blockOf(a) != store.blockOf(b)); // the large record has a block of its own
    QVERIFY(store.blockOf(c) != store.blockOf(b));
    WAIT_IDLE(store);
    QCOMPARE(store.get(a), record(1));
    QCOMPARE(store.get(b), big);
    QCOMPARE(store.get(c), record(2));
    QCOMPARE(store.size(b), qsizetype(size));
    const int blocks = store.blockCount();
    store.release(b);
    QCOMPARE(store.blockCount(), blocks - 1); // its block is freed
    QCOMPARE(store.get(a), record(1));
    QCOMPARE(store.get(c), record(2));
    QVERIFY(store.approximateBytes() < qMax(size, 8 * 1024));
}

void TestJsonStore::sharedAndRawData()
{
    // Texts are shared with the caller's arrays, not copied; arrays that do not own their bytes are copied.
    JsonStore store(4, 1 << 20);
    QByteArray owned = record(1);
    const Handle a = store.add(owned);
    QCOMPARE(static_cast<const void *>(store.get(a).constData()), static_cast<const void *>(owned.constData()));
    owned[0] = 'X';                                          // the caller's change detaches its copy
    QCOMPARE(store.get(a), record(1));
    char buffer[64] = "{\"id\":\"raw\"}";
    const Handle b = store.add(QByteArray::fromRawData(buffer, qsizetype(strlen(buffer))));
    buffer[2] = 'X';
    QCOMPARE(store.get(b), QByteArray("{\"id\":\"raw\"}"));
    QByteArray roomy = record(2);
    roomy.reserve(1 << 20);
    const Handle c = store.add(roomy);
    QCOMPARE(store.get(c), record(2));
    QVERIFY(store.approximateBytes() < 64 * 1024); // not the 1 MB of the caller's capacity
}

void TestJsonStore::emptyRecords()
{
    JsonStore store(4, 1 << 20);
    QCOMPARE(store.add(QByteArray()), JsonStore::kNone);
    QCOMPARE(store.add(QByteArray("")), JsonStore::kNone);
    QCOMPARE(store.recordCount(), 0);
    QVERIFY(store.get(JsonStore::kNone).isEmpty());
    QCOMPARE(store.size(JsonStore::kNone), 0);
    QCOMPARE(store.blockOf(JsonStore::kNone), -1);
    store.release(JsonStore::kNone); // nothing
    const Handle one = store.add("1");
    QCOMPARE(store.get(one), QByteArray("1"));
    QCOMPARE(store.size(one), 1);
    QCOMPARE(store.recordCount(), 1);
}

void TestJsonStore::clearWithJobsInFlight()
{
    JsonStore store(8, 1 << 20);
    for (int i = 0; i < 200; ++i)
        store.add(record(i));
    QVERIFY(store.pendingCompressions() > 0);
    store.clear();
    QCOMPARE(store.recordCount(), 0);
    QCOMPARE(store.blockCount(), 0);
    QCOMPARE(store.rawBytes(), 0);
    // New records take the freed block numbers; the old jobs' results must not land on them.
    std::vector<Handle> handles;
    for (int i = 0; i < 100; ++i)
        handles.push_back(store.add(record(5000 + i)));
    WAIT_IDLE(store);
    QCOMPARE(store.recordCount(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(store.get(handles[size_t(i)]), record(5000 + i));
    store.clear();
    QCOMPARE(store.approximateBytes(), qint64(0));
}

void TestJsonStore::destructionWithJobsInFlight_data()
{
    QTest::addColumn<bool>("deleteLater");
    QTest::newRow("delete") << false;
    QTest::newRow("deleteLater") << true;
}

void TestJsonStore::destructionWithJobsInFlight()
{
    QFETCH(bool, deleteLater);
    for (int round = 0; round < 5; ++round) {
        auto *store = new JsonStore(4, 1 << 20);
        QSignalSpy compressed(store, &JsonStore::blockCompressed);
        for (int i = 0; i < 400; ++i)
            store->add(record(i, 20));
        QVERIFY(store->pendingCompressions() > 0);
        if (round % 2) { // some results already posted, some not
            QVERIFY(compressed.wait(60000));
            for (int i = 0; i < 40; ++i)
                store->add(record(i, 20));
        }
        if (deleteLater) {
            QPointer<JsonStore> p(store);
            store->deleteLater();
            QTRY_VERIFY_WITH_TIMEOUT(p.isNull(), 60000);
        } else {
            delete store;
        }
        // The jobs finish after the store is gone; their posted results (if any) went with it.
        QVERIFY(JsonStore::waitForAllJobs(120000));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

void TestJsonStore::modelJsonAfterMerges()
{
    // 700 sessions (three blocks of 256 and a tail), then polls that replace most of them (their old texts are
    // released, sparse blocks compacted), some records unchanged, some outdated: json(row) is always the text
    // of the version the row shows.
    SessionTableModel model;
    const int source = model.addSource("poll: test");
    const int n = 700;
    std::vector<QByteArray> current(n);
    {
        std::vector<SessionTableModel::Incoming> batch;
        for (int i = 0; i < n; ++i) {
            current[size_t(i)] = sessionJson(i, 1 + i % 13, "2024-05-01T11:00:00Z");
            batch.push_back(incoming(current[size_t(i)]));
        }
        const auto stats = model.merge(std::move(batch), source);
        QCOMPARE(stats.added, n);
    }
    QCOMPARE(model.jsonStore().recordCount(), n);
    for (int i = 0; i < n; ++i)
        QCOMPARE(model.json(model.rowOf(QString("NL*STK*S%1").arg(i))), current[size_t(i)]);
    QVERIFY(model.jsonStore().pendingCompressions() > 0);
    WAIT_IDLE(model.jsonStore());
    QVERIFY(model.jsonStore().compressedBlockCount() >= 2);

    QRandomGenerator rng(42);
    for (int poll = 1; poll <= 6; ++poll) {
        std::vector<SessionTableModel::Incoming> batch;
        int changed = 0, unchanged = 0, outdated = 0;
        for (int i = 0; i < n; ++i) {
            const quint32 what = rng.bounded(10);
            if (what < 7) { // a new version
                current[size_t(i)] = sessionJson(i, 1 + poll + i % 13,
                                                  QString("2024-05-0%1T11:00:00Z").arg(poll + 1));
                batch.push_back(incoming(current[size_t(i)]));
                ++changed;
            } else if (what < 9) { // the same text again
                batch.push_back(incoming(current[size_t(i)]));
                ++unchanged;
            } else { // an older version: ignored, the text held stays
                batch.push_back(incoming(sessionJson(i, 99, "2024-04-01T11:00:00Z")));
                ++outdated;
            }
        }
        const auto stats = model.merge(std::move(batch), source);
        QCOMPARE(stats.changed, changed);
        QCOMPARE(stats.unchanged, unchanged);
        QCOMPARE(stats.outdated, outdated);
        QCOMPARE(model.rowCount(), n);
        QCOMPARE(model.jsonStore().recordCount(), n);
        if (poll % 2)
            WAIT_IDLE(model.jsonStore());
        for (int i = 0; i < n; ++i)
            QCOMPARE(model.json(model.rowOf(QString("NL*STK*S%1").arg(i))), current[size_t(i)]);
    }
    // Old texts do not pile up: compaction keeps the store near the live records' size.
    WAIT_IDLE(model.jsonStore());
    QVERIFY2(model.jsonStore().blockCount() <= 4 * (n / 256 + 1) + 1,
             qPrintable(QString::number(model.jsonStore().blockCount())));
    for (int i = 0; i < n; ++i)
        QCOMPARE(model.json(model.rowOf(QString("NL*STK*S%1").arg(i))), current[size_t(i)]);
    QVERIFY(model.approximateBytes() > model.jsonStore().approximateBytes());
}

void TestJsonStore::modelKeepJsonOffAndRemoveSource()
{
    SessionTableModel model;
    const int a = model.addSource("file: a");
    const int b = model.addSource("file: b");
    std::vector<QByteArray> texts;
    for (int src : {a, b}) {
        std::vector<SessionTableModel::Incoming> batch;
        for (int i = 0; i < 300; ++i) {
            texts.push_back(sessionJson(src * 1000 + i, 3, "2024-05-01T11:00:00Z"));
            batch.push_back(incoming(texts.back()));
        }
        model.merge(std::move(batch), src);
    }
    QCOMPARE(model.jsonStore().recordCount(), 600);
    QCOMPARE(model.removeSource(a), 300);
    QCOMPARE(model.jsonStore().recordCount(), 300);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.json(row), texts[size_t(300 + row)]);
    WAIT_IDLE(model.jsonStore());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.json(row), texts[size_t(300 + row)]);

    model.setKeepJson(false);
    QCOMPARE(model.jsonStore().recordCount(), 0);
    QCOMPARE(model.jsonStore().approximateBytes(), qint64(0));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.json(row).isEmpty());
    {
        std::vector<SessionTableModel::Incoming> batch;
        batch.push_back(incoming(sessionJson(1000, 4, "2024-06-01T11:00:00Z")));
        QCOMPARE(model.merge(std::move(batch), b).changed, 1);
    }
    QCOMPARE(model.jsonStore().recordCount(), 0);
    model.setKeepJson(true);
    {
        std::vector<SessionTableModel::Incoming> batch;
        batch.push_back(incoming(sessionJson(1000, 5, "2024-06-02T11:00:00Z")));
        QCOMPARE(model.merge(std::move(batch), b).changed, 1);
    }
    QCOMPARE(model.json(model.rowOf("NL*STK*S1000")), sessionJson(1000, 5, "2024-06-02T11:00:00Z"));
    // The same text again is recognised without reading the text back.
    {
        std::vector<SessionTableModel::Incoming> batch;
        batch.push_back(incoming(sessionJson(1000, 5, "2024-06-02T11:00:00Z")));
        QCOMPARE(model.merge(std::move(batch), b).unchanged, 1);
    }
    model.clear();
    QCOMPARE(model.jsonStore().recordCount(), 0);
    QCOMPARE(model.jsonStore().blockCount(), 0);
}

QTEST_GUILESS_MAIN(TestJsonStore)
#include "tst_jsonstore.moc"
