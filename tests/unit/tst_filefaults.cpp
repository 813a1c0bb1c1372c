// Fault matrix (docs/RELIABILITY.md, fault matrix), file side: real files in a temporary directory, read the way the window reads
// them (SessionFileLoader, on its worker thread). Each fault gives an error or finding in words, never a crash, and
// "nothing lost" is checked against the source: every record the file holds intact arrives, with exactly its text.
#include "ocpi/datetime.h"
#include "ocpi/sessionfileloader.h"

#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace Ocpi;

namespace {

// A COMPLETED session with `periods` charging periods of one kWh each and an optional extra member.
QByteArray session(const QByteArray &id, int periods = 2, const QByteArray &extra = {})
{
    const qint64 end = Q_INT64_C(1767225600000);
    const qint64 start = end - qint64(periods) * 60000;
    QByteArray p;
    p.reserve(qsizetype(periods) * 100);
    for (int i = 0; i < periods; ++i) {
        if (i)
            p += ',';
        p += "{\"start_date_time\":\"" + formatDateTimeUtc(start + qint64(i) * 60000).toLatin1()
             + "\",\"dimensions\":[{\"type\":\"ENERGY\",\"volume\":1}]}";
    }
    return "{\"country_code\":\"NL\",\"party_id\":\"CPO\",\"id\":\"" + id + "\",\"start_date_time\":\""
           + formatDateTimeUtc(start).toLatin1() + "\",\"end_date_time\":\"" + formatDateTimeUtc(end).toLatin1()
           + "\",\"kwh\":" + QByteArray::number(periods)
           + ",\"cdr_token\":{\"country_code\":\"NL\",\"party_id\":\"MSP\",\"uid\":\"TOKEN1\",\"type\":\"RFID\","
             "\"contract_id\":\"NL-MSP-C12345678-X\"},\"auth_method\":\"WHITELIST\",\"location_id\":\"LOC1\","
             "\"evse_uid\":\"EVSE1\",\"connector_id\":\"1\",\"currency\":\"EUR\",\"charging_periods\":["
           + p + "],\"status\":\"COMPLETED\"" + extra + ",\"last_updated\":\"" + formatDateTimeUtc(end).toLatin1() + "\"}";
}

QByteArray arrayOf(const QList<QByteArray> &records)
{
    return "[\n" + records.join(",\n") + "\n]\n";
}

struct Loaded
{
    QList<RecordResult> records;
    ReadSummary summary;
    bool finished = false;

    bool hasFinding(qsizetype record, QLatin1StringView code) const
    {
        for (const Finding &f : records.at(record).findings) {
            if (f.code == code)
                return true;
        }
        return false;
    }
};

// Writes `data` to a file and loads it as the window does.
Loaded load(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    Loaded out;
    SessionFileLoader loader;
    loader.setKeepJson(true);
    QObject::connect(&loader, &SessionFileLoader::recordsReady, &loader,
                     [&](quint64, const QList<RecordResult> &batch) { out.records.append(batch); });
    QObject::connect(&loader, &SessionFileLoader::finished, &loader, [&](quint64, const ReadSummary &summary) {
        out.summary = summary;
        out.finished = true;
    });
    loader.load(path);
    if (!QTest::qWaitFor([&] { return out.finished; }, 120000))
        qWarning("the load did not finish");
    return out;
}

// The loaded records are exactly `source`, in order, each with its text.
bool sameAsSource(const Loaded &l, const QList<QByteArray> &source, QString *why)
{
    if (l.records.size() != source.size()) {
        *why = QString("%1 records read, the file holds %2").arg(l.records.size()).arg(source.size());
        return false;
    }
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (l.records[i].json != source[i]) {
            *why = QString("record %1 differs from the file").arg(i);
            return false;
        }
    }
    return true;
}

} // namespace

class TestFileFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void zeroBytes();
    void binaryFile_data();
    void binaryFile();
    void notUtf8_data();
    void notUtf8();
    void invalidUtf8InOneRecord();
    void truncatedFile();
    void deeplyNested();
    void hugeStrings();
    void hundredThousandChargingPeriods();

private:
    QTemporaryDir m_dir;
};

void TestFileFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestFileFaults::zeroBytes()
{
    const Loaded l = load(m_dir, "empty.json", QByteArray());
    QVERIFY(l.records.isEmpty());
    QVERIFY(l.summary.error);
    QCOMPARE(QString(l.summary.error->code), QString("file.empty"));
    QVERIFY2(l.summary.error->message.contains("empty"), qPrintable(l.summary.error->message));
}

void TestFileFaults::binaryFile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QRandomGenerator rng(6);
    QByteArray noise(256 * 1024, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes after an ELF header") << QByteArray("\x7f" "ELF\x02\x01\x01", 7) + noise << "file.not_json";
    QTest::newRow("a PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + noise << "file.not_json";
    QTest::newRow("NUL bytes") << QByteArray(4096, '\0') << "file.not_json";
    // Text that merely starts like a JSON value: not JSON (it was once called "a single JSON scalar").
    QTest::newRow("a CSV export with a quoted header") << QByteArray("\"id\",\"status\",\"kwh\"\n\"S1\",\"ACTIVE\",12.5\n")
                                                   << "file.not_json";
    QTest::newRow("a note that starts with 'nothing'") << QByteArray("nothing was charged today\n") << "file.not_json";
    QTest::newRow("a log line that starts with a date") << QByteArray("2026-11-26 07:00:01 INFO poll ok\n") << "file.not_json";
    // A compressed export saved with the wrong name: gzip magic, then deflate data.
    QTest::newRow("gzip of a sessions file") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + noise
                                              << "file.compressed";
}

void TestFileFaults::binaryFile()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const Loaded l = load(m_dir, "binary.json", data);
    QVERIFY(l.records.isEmpty());
    QVERIFY(l.summary.error);
    QCOMPARE(QString(l.summary.error->code), code);
    QVERIFY(!l.summary.error->message.isEmpty());
}

void TestFileFaults::notUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    const QByteArray text = arrayOf({session("U1"), session("U2")});
    QByteArray utf16le, utf32;
    for (char c : text) {
        utf16le += c;
        utf16le += '\0';
        utf32 += QByteArray(1, c) + QByteArray(3, '\0');
    }
    QTest::newRow("UTF-16LE without BOM") << utf16le << "file.encoding";
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xff\xfe", 2) + utf16le << "file.encoding";
    QTest::newRow("UTF-32LE with BOM") << QByteArray("\xff\xfe\0\0", 4) + utf32 << "file.encoding";
}

void TestFileFaults::notUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const Loaded l = load(m_dir, "utf16.json", data);
    QVERIFY(l.records.isEmpty());
    QVERIFY(l.summary.error);
    QCOMPARE(QString(l.summary.error->code), code);
    QVERIFY2(l.summary.error->message.contains("UTF", Qt::CaseInsensitive), qPrintable(l.summary.error->message));
}

void TestFileFaults::invalidUtf8InOneRecord()
{
    // One record of three written in Latin-1 ("Café" as 0xE9): it is reported, the other two arrive whole.
    const QList<QByteArray> source = {session("L1"), session("L2", 2, ",\"x_note\":\"Caf\xe9\""), session("L3")};
    const Loaded l = load(m_dir, "latin1.json", arrayOf(source));
    QCOMPARE(l.records.size(), 3);
    QVERIFY(!l.summary.error);
    QCOMPARE(l.records[0].json, source[0]);
    QCOMPARE(l.records[2].json, source[2]);
    QVERIFY(l.records[0].session.isValid());
    QVERIFY(l.records[2].session.isValid());
    bool reported = l.hasFinding(1, QLatin1StringView("encoding.not_utf8"));
    for (const Finding &f : l.summary.fileFindings)
        reported |= f.code == QLatin1StringView("encoding.not_utf8");
    QVERIFY2(reported, "the Latin-1 byte is reported");
}

void TestFileFaults::truncatedFile()
{
    const QList<QByteArray> source = {session("C1"), session("C2"), session("C3")};
    const QByteArray whole = arrayOf(source);
    const Loaded l = load(m_dir, "cut.json", whole.left(whole.indexOf("\"C3\"") + 10));
    QVERIFY(l.summary.error);
    QCOMPARE(QString(l.summary.error->code), QString("file.truncated"));
    QString why;
    QVERIFY2(sameAsSource(l, source.mid(0, 2), &why), qPrintable(why)); // the records before the cut
}

void TestFileFaults::deeplyNested()
{
    const QByteArray deep = QByteArray(1000000, '[') + QByteArray(1000000, ']');
    const QList<QByteArray> source = {session("D1"), deep, session("D3")};
    const Loaded l = load(m_dir, "deep.json", arrayOf(source));
    QCOMPARE(l.records.size(), 3);
    QCOMPARE(l.records[0].json, source[0]);
    QCOMPARE(l.records[2].json, source[2]);
    QVERIFY(l.hasFinding(1, QLatin1StringView("json.too_deep")));
    QVERIFY(!l.records[1].session.isValid());

    const Loaded only = load(m_dir, "deep-only.json", deep);
    QVERIFY(only.finished); // no crash, whatever it makes of it
    QVERIFY(only.records.size() <= 1);
}

void TestFileFaults::hugeStrings()
{
    QByteArray escaped;
    while (escaped.size() < (5 << 20))
        escaped += "\\\"\\u00e9\xc3\xa9\xe2\x82\xac\\n";
    const QList<QByteArray> source = {
        session("S1", 2, ",\"x_blob\":\"" + QByteArray(10 << 20, 'x') + "\""),
        session("S2").replace("\"LOC1\"", QByteArray("\"" + QByteArray(10 << 20, 'L') + "\"")),
        session("S3", 2, ",\"x_text\":\"" + escaped + "\""),
    };
    const Loaded l = load(m_dir, "strings.json", arrayOf(source));
    QVERIFY(!l.summary.error);
    QString why;
    QVERIFY2(sameAsSource(l, source, &why), qPrintable(why));
    QVERIFY(l.records[0].session.isValid());
    QVERIFY2(!l.records[1].session.isValid(), "a 10 MB location_id breaks String(36)");
    QVERIFY(l.records[2].session.isValid());
}

void TestFileFaults::hundredThousandChargingPeriods()
{
    const QList<QByteArray> source = {session("P1"), session("P100K", 100000), session("P3")};
    const Loaded l = load(m_dir, "periods.json", arrayOf(source));
    QVERIFY(!l.summary.error);
    QString why;
    QVERIFY2(sameAsSource(l, source, &why), qPrintable(why));
    QCOMPARE(l.records[1].session.periodCount(), qsizetype(100000));
    QVERIFY2(l.records[1].session.isValid(), qPrintable(l.records[1].findings.value(0).message));
}

QTEST_GUILESS_MAIN(TestFileFaults)
#include "tst_filefaults.moc"
