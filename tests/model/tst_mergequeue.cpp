// MergeQueue: batches reach the model in order, in slices of at most sliceSize() records, one slice per event-loop
// turn; then() runs after everything queued before it; discard() drops a cleared source's slices; flushNow().
#include "mergequeue.h"
#include "sessiontablemodel.h"

#include "ocpi/sessionvalidator.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using Incoming = SessionTableModel::Incoming;

namespace {

// Sessions "<prefix>0" ... with kWh = version, so a later batch for the same ids is a change.
std::vector<Incoming> batch(const QString &prefix, int count, int version = 1)
{
    Ocpi::SessionValidator validator;
    std::vector<Incoming> out;
    for (int i = 0; i < count; ++i) {
        const QByteArray t = QStringLiteral(
            R"({"country_code":"NL","party_id":"STK","id":"%1%2","start_date_time":"2024-05-01T10:00:00Z",)"
            R"("kwh":%3,"cdr_token":{"country_code":"NL","party_id":"TST","uid":"04A1B2C3","type":"RFID",)"
            R"("contract_id":"NL-TST-C12345678-S"},"auth_method":"WHITELIST","location_id":"LOC1",)"
            R"("evse_uid":"E1","connector_id":"1","currency":"EUR","status":"ACTIVE",)"
            R"("last_updated":"2024-05-01T11:%4:00Z"})")
                                 .arg(prefix)
                                 .arg(i)
                                 .arg(version)
                                 .arg(10 + version, 2, 10, QLatin1Char('0'))
                                 .toUtf8();
        Incoming in;
        in.session = validator.validate(std::string_view(t.constData(), size_t(t.size())), &in.findings);
        in.json = t;
        out.push_back(std::move(in));
    }
    return out;
}

} // namespace

class TestMergeQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slicesOnePerTurn_data();
    void slicesOnePerTurn();
    void thenRunsAfterEverythingBefore();
    void thenWhenIdleRunsAtOnce();
    void discardDropsOnlyThatSource();
    void flushNowMergesEverythingInOrder();
};

void TestMergeQueue::slicesOnePerTurn_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("slice");
    QTest::addColumn<int>("merges");
    QTest::newRow("one slice") << 10 << 1000 << 1;
    QTest::newRow("exactly two") << 2000 << 1000 << 2;
    QTest::newRow("a short last slice") << 2500 << 1000 << 3;
    QTest::newRow("slices of one") << 5 << 1 << 5;
}

void TestMergeQueue::slicesOnePerTurn()
{
    QFETCH(int, records);
    QFETCH(int, slice);
    QFETCH(int, merges);
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int source = model.addSource("poll");
    MergeQueue queue(&model);
    queue.setSliceSize(slice);
    QSignalSpy merged(&model, &SessionTableModel::merged);
    QSignalSpy idle(&queue, &MergeQueue::idle);

    queue.enqueue(batch("S", records), source);
    QCOMPARE(queue.pendingRecords(), records);
    QCOMPARE(model.rowCount(), 0); // nothing before the event loop turns
    QVERIFY(!queue.isIdle());

    // One merge per turn, each of at most `slice` records.
    int turns = 0;
    while (!queue.isIdle() && turns < merges + 5) {
        const int before = model.rowCount();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCOMPARE(merged.count(), turns + 1);
        QVERIFY(model.rowCount() - before <= slice);
        ++turns;
    }
    QCOMPARE(turns, merges);
    QCOMPARE(model.rowCount(), records);
    QCOMPARE(queue.pendingRecords(), 0);
    QCOMPARE(idle.count(), 1);
    for (int i = 0; i < records; ++i) // in order
        QCOMPARE(model.session(i).text(Ocpi::Session::Field::Id), QStringLiteral("S%1").arg(i));
}

void TestMergeQueue::thenRunsAfterEverythingBefore()
{
    SessionTableModel model;
    const int source = model.addSource("poll");
    MergeQueue queue(&model);
    queue.setSliceSize(100);
    QList<int> seenRows;
    queue.enqueue(batch("A", 250), source);
    queue.then([&] { seenRows << model.rowCount(); });
    queue.enqueue(batch("A", 250, 2), source); // the same sessions, changed
    queue.enqueue(batch("B", 50), source);
    queue.then([&] { seenRows << model.rowCount(); });
    QTRY_VERIFY(queue.isIdle());
    QCOMPARE(seenRows, QList<int>({250, 300}));
    QCOMPARE(model.session(0).kwh, 2.0); // the later batch won
}

void TestMergeQueue::thenWhenIdleRunsAtOnce()
{
    SessionTableModel model;
    MergeQueue queue(&model);
    bool ran = false;
    queue.then([&] { ran = true; });
    QVERIFY(ran);
    // A then() from inside a task runs after the tasks queued before it, not in the middle.
    const int source = model.addSource("poll");
    QList<QString> order;
    queue.enqueue(batch("S", 3), source);
    queue.then([&] {
        order << "first";
        queue.then([&] { order << "nested"; });
        queue.enqueue(batch("T", 2), source);
        queue.then([&] { order << QStringLiteral("after T: %1").arg(model.rowCount()); });
    });
    queue.then([&] { order << "second"; });
    QTRY_VERIFY(queue.isIdle());
    QCOMPARE(order, QList<QString>({"first", "second", "nested", "after T: 5"}));
}

void TestMergeQueue::discardDropsOnlyThatSource()
{
    SessionTableModel model;
    const int poll = model.addSource("poll");
    const int file = model.addSource("file");
    MergeQueue queue(&model);
    queue.setSliceSize(10);
    bool ran = false;
    queue.enqueue(batch("P", 25), poll);
    queue.enqueue(batch("F", 35), file);
    queue.then([&] { ran = true; });
    QCOMPARE(queue.discard(file), 35);
    QCOMPARE(queue.pendingRecords(), 25);
    QTRY_VERIFY(queue.isIdle());
    QVERIFY(ran); // a then() is never dropped
    QCOMPARE(model.rowCountOf(poll), 25);
    QCOMPARE(model.rowCountOf(file), 0);
}

void TestMergeQueue::flushNowMergesEverythingInOrder()
{
    SessionTableModel model;
    const int source = model.addSource("poll");
    MergeQueue queue(&model);
    queue.setSliceSize(7);
    QSignalSpy merged(&model, &SessionTableModel::merged);
    int rowsAtThen = -1;
    queue.enqueue(batch("S", 30), source);
    queue.then([&] { rowsAtThen = model.rowCount(); });
    queue.flushNow();
    QVERIFY(queue.isIdle());
    QCOMPARE(merged.count(), 5); // 7 + 7 + 7 + 7 + 2
    QCOMPARE(rowsAtThen, 30);
}

QTEST_GUILESS_MAIN(TestMergeQueue)
#include "tst_mergequeue.moc"
