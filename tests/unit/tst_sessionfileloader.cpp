// The background loader: records arrive on the UI thread in batches, progress is reported, a new load drops
// the late results of the previous one, and cancel stops the reading while keeping what was read.
#include "ocpi/sessionfileloader.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace Ocpi;

namespace {
QString writeBigFile(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("big.ndjson"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < count; ++i) {
        f.write(R"({"country_code":"NL","party_id":"STK","id":"L)" + QByteArray::number(i)
                + R"(","start_date_time":"2020-03-09T10:17:09Z","kwh":0,"cdr_token":{"country_code":"NL","party_id":"TST","uid":"12ab","type":"RFID","contract_id":"NL-TST-C12345678-S"},"auth_method":"WHITELIST","location_id":"LOC1","evse_uid":"3256","connector_id":"1","currency":"EUR","status":"PENDING","last_updated":"2020-03-09T10:17:09Z"})"
                  "\n");
    }
    return path;
}
} // namespace

class TestSessionFileLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsOnAWorkerThread();
    void newLoadDropsStaleResults();
    void cancelKeepsWhatWasRead();
    void reportsFileErrors();
};

void TestSessionFileLoader::loadsOnAWorkerThread()
{
    QTemporaryDir dir;
    const QString path = writeBigFile(dir, 5000);
    SessionFileLoader loader;
    QSignalSpy records(&loader, &SessionFileLoader::recordsReady);
    QSignalSpy progress(&loader, &SessionFileLoader::progress);
    QSignalSpy finished(&loader, &SessionFileLoader::finished);
    Qt::HANDLE receiverThread = nullptr;
    connect(&loader, &SessionFileLoader::recordsReady, this, [&] { receiverThread = QThread::currentThreadId(); });

    const quint64 job = loader.load(path);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), job);
    const auto summary = finished.at(0).at(1).value<ReadSummary>();
    QCOMPARE(summary.records, 5000);
    QVERIFY(!summary.error);

    qint64 total = 0;
    for (const QList<QVariant> &args : std::as_const(records)) {
        QCOMPARE(args.at(0).value<quint64>(), job);
        total += args.at(1).value<QList<RecordResult>>().size();
    }
    QCOMPARE(total, 5000);
    QVERIFY(records.count() >= 5); // delivered in batches, not all at once
    QCOMPARE(receiverThread, QThread::currentThreadId()); // handed to this (the UI) thread
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(1).value<qint64>(), QFileInfo(path).size());
    QVERIFY(loader.wait(10000));
    QVERIFY(!loader.isRunning());
}

void TestSessionFileLoader::newLoadDropsStaleResults()
{
    QTemporaryDir dir;
    const QString big = writeBigFile(dir, 20000);
    SessionFileLoader loader;
    QSignalSpy records(&loader, &SessionFileLoader::recordsReady);
    QSignalSpy finished(&loader, &SessionFileLoader::finished);
    const quint64 first = loader.load(big);
    const quint64 second = loader.load(QStringLiteral(OSM_FIXTURES "/reader/array.json"));
    QVERIFY(second != first);
    QVERIFY(finished.wait(30000));
    QTest::qWait(50); // let any queued stale delivery run
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), second);
    for (const QList<QVariant> &args : std::as_const(records))
        QCOMPARE(args.at(0).value<quint64>(), second);
}

void TestSessionFileLoader::cancelKeepsWhatWasRead()
{
    QTemporaryDir dir;
    const QString path = writeBigFile(dir, 200000);
    SessionFileLoader loader;
    QSignalSpy finished(&loader, &SessionFileLoader::finished);
    qint64 received = 0;
    connect(&loader, &SessionFileLoader::recordsReady, this, [&](quint64, const QList<RecordResult> &list) {
        received += list.size();
        loader.cancel();
    });
    loader.load(path);
    QVERIFY(finished.wait(60000));
    const auto summary = finished.at(0).at(1).value<ReadSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.records < 200000);
    QCOMPARE(received, summary.records);
}

void TestSessionFileLoader::reportsFileErrors()
{
    SessionFileLoader loader;
    QSignalSpy finished(&loader, &SessionFileLoader::finished);
    loader.load(QStringLiteral(OSM_FIXTURES "/reader/truncated.json"));
    QVERIFY(finished.wait(10000));
    const auto summary = finished.at(0).at(1).value<ReadSummary>();
    QVERIFY(summary.error);
    QCOMPARE(QString(summary.error->code), QStringLiteral("file.truncated"));
    QCOMPARE(summary.records, 2);
}

QTEST_GUILESS_MAIN(TestSessionFileLoader)
#include "tst_sessionfileloader.moc"
