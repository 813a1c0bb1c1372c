// The tolerant file reader: formats detected by content, damage reported with its place, records before the
// damage kept, chunk boundaries anywhere, progress, early records, cancellation, and a round trip of generated files.
#include "ocpi/sessionreader.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Ocpi;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(OSM_FIXTURES "/reader/") + QLatin1StringView(name);
}

struct Result
{
    std::vector<RecordResult> records;
    ReadSummary summary;
    QStringList ids() const
    {
        QStringList out;
        for (const RecordResult &r : records)
            out << (r.session.has(Session::Field::Id) ? r.session.text(Session::Field::Id) : QStringLiteral("<none>"));
        return out;
    }
    bool hasCode(qsizetype record, QLatin1StringView code) const
    {
        for (const Finding &f : records[size_t(record)].findings) {
            if (f.code == code)
                return true;
        }
        return false;
    }
    bool hasFileCode(QLatin1StringView code) const
    {
        for (const Finding &f : summary.fileFindings) {
            if (f.code == code)
                return true;
        }
        return false;
    }
};

template<typename ReadFn>
Result collect(ReadFn read)
{
    Result r;
    r.summary = read([&](std::vector<RecordResult> &&batch) {
        for (RecordResult &x : batch)
            r.records.push_back(std::move(x));
    });
    return r;
}

Result readPath(const QString &path, qint64 chunk = 4 << 20)
{
    SessionReader reader;
    reader.setChunkSize(chunk);
    return collect([&](const SessionReader::RecordsFn &fn) { return reader.readFile(path, fn); });
}

Result readData(const QByteArray &data, qint64 chunk = 4 << 20)
{
    SessionReader reader;
    reader.setChunkSize(chunk);
    return collect([&](const SessionReader::RecordsFn &fn) { return reader.readBytes(data, fn); });
}

// A valid COMPLETED session with `periods` charging periods whose ENERGY adds up to kwh.
QByteArray generatedSession(int n, int periods, bool pretty)
{
    const qint64 start = 1700000000 + n * 60;
    QByteArray p;
    double kwh = 0;
    for (int i = 0; i < periods; ++i) {
        const double e = 0.5 + (n + i) % 7 * 0.25;
        kwh += e;
        if (i)
            p += ',';
        p += "{\"start_date_time\":\"" + QDateTime::fromSecsSinceEpoch(start + i * 300, Qt::UTC).toString(Qt::ISODate).toLatin1()
             + "\",\"dimensions\":[{\"type\":\"ENERGY\",\"volume\":" + QByteArray::number(e) + "},{\"type\":\"POWER\",\"volume\":"
             + QByteArray::number(7.4 + i) + "}],\"tariff_id\":\"T" + QByteArray::number(i % 3) + "\"}";
    }
    const QByteArray end = QDateTime::fromSecsSinceEpoch(start + periods * 300, Qt::UTC).toString(Qt::ISODate).toLatin1();
    QByteArray s = "{\"country_code\":\"NL\",\"party_id\":\"GEN\",\"id\":\"gen-" + QByteArray::number(n)
                   + "\",\"start_date_time\":\"" + QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(Qt::ISODate).toLatin1()
                   + "\",\"end_date_time\":\"" + end + "\",\"kwh\":" + QByteArray::number(kwh, 'f', 4)
                   + ",\"cdr_token\":{\"country_code\":\"NL\",\"party_id\":\"TST\",\"uid\":\"" + QByteArray::number(0xABC000 + n, 16)
                   + "\",\"type\":\"RFID\",\"contract_id\":\"NL-TST-C" + QByteArray::number(10000000 + n) + "-X\"}"
                   + ",\"auth_method\":\"WHITELIST\",\"location_id\":\"LOC" + QByteArray::number(n % 50)
                   + "\",\"evse_uid\":\"EVSE" + QByteArray::number(n % 200) + "\",\"connector_id\":\"1\",\"currency\":\"EUR\""
                   + ",\"charging_periods\":[" + p + "],\"total_cost\":{\"excl_vat\":" + QByteArray::number(kwh * 0.3, 'f', 2)
                   + ",\"incl_vat\":" + QByteArray::number(kwh * 0.363, 'f', 2) + "},\"status\":\"COMPLETED\",\"last_updated\":\"" + end
                   + "\"}";
    if (pretty)
        s = QJsonDocument::fromJson(s).toJson(QJsonDocument::Indented).trimmed();
    return s;
}

enum class Shape { Array, Envelope, Ndjson };

QByteArray generatedFile(int count, int periods, Shape shape, bool pretty)
{
    QByteArray out;
    if (shape == Shape::Envelope)
        out += "{\"status_code\": 1000, \"timestamp\": \"2023-11-14T22:13:20Z\", \"data\": [\n";
    else if (shape == Shape::Array)
        out += "[\n";
    for (int i = 0; i < count; ++i) {
        if (i && shape != Shape::Ndjson)
            out += ",\n";
        out += generatedSession(i, periods, pretty && shape != Shape::Ndjson);
        if (shape == Shape::Ndjson)
            out += '\n';
    }
    if (shape == Shape::Envelope)
        out += "\n], \"status_message\": \"Success\"}\n";
    else if (shape == Shape::Array)
        out += "\n]\n";
    return out;
}

} // namespace

class TestSessionReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void unknownFieldsKept();
    void sourceSpanPointsAtRecord();
    void keptJsonIsTheRecordText();
    void trickyStrings();
    void deepNestingIsAFinding();
    void hugeRecordAcrossChunks();
    void binaryAndCompressed_data();
    void binaryAndCompressed();
    void notJsonAfterValue();
    void startsLikeAScalar_data();
    void startsLikeAScalar();
    void roundTrip_data();
    void roundTrip();
    void progressAndEarlyRecords();
    void cancellation();
    void missingFileAndDirectory();
    void randomDamageNeverCrashes();
};

void TestSessionReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("invalidIds");
    QTest::addColumn<QString>("fileError");   // FileError code, or empty
    QTest::addColumn<QString>("fileFinding"); // a file-level finding code expected, or empty
    QTest::addColumn<qint64>("errorLine");    // line of the file error, 0 = none

    const QStringList none;
    QTest::newRow("array") << fixture("array.json") << "array" << QStringList{"A1", "A2", "A3"} << none << "" << "" << qint64(0);
    QTest::newRow("envelope with array") << fixture("envelope-array.json") << "envelope" << QStringList{"E1", "E2"} << none << ""
                                         << "" << qint64(0);
    QTest::newRow("envelope with one object") << fixture("envelope-object.json") << "envelope" << QStringList{"O1"} << none << ""
                                              << "" << qint64(0);
    QTest::newRow("ndjson") << fixture("sessions.ndjson") << "stream" << QStringList{"N1", "N2", "N3"} << none << "" << ""
                            << qint64(0);
    QTest::newRow("utf-8 bom") << fixture("bom.json") << "object" << QStringList{"B1"} << none << "" << "file.bom" << qint64(0);
    QTest::newRow("truncated keeps the records before") << fixture("truncated.json") << "array" << QStringList{"T1", "T2"} << none
                                                        << "file.truncated" << "" << qint64(4);
    QTest::newRow("empty") << fixture("empty.json") << "unknown" << none << none << "file.empty" << "" << qint64(1);
    QTest::newRow("white space only") << fixture("whitespace.json") << "unknown" << none << none << "file.empty" << "" << qint64(3);
    QTest::newRow("csv is not json") << fixture("not-json.csv") << "unknown" << none << none << "file.not_json" << "" << qint64(1);
    QTest::newRow("bad records do not hide good ones")
        << fixture("mixed-records.json") << "array" << QStringList{"G1", "<none>", "<none>", "G2"} << QStringList{"<none>", "<none>"}
        << "" << "" << qint64(0);
    QTest::newRow("syntax error inside one record")
        << fixture("syntax-error-in-record.json") << "array" << QStringList{"P1", "<none>", "P3"} << QStringList{"<none>"} << ""
        << "" << qint64(0);
    QTest::newRow("error envelope without data") << fixture("envelope-error.json") << "envelope" << none << none << "file.no_data"
                                                 << "" << qint64(1);
    QTest::newRow("trailing comma tolerated") << fixture("trailing-comma.json") << "array" << QStringList{"C1", "C2"} << none << ""
                                              << "json.trailing_comma" << qint64(0);
    QTest::newRow("missing comma between records") << fixture("missing-comma.json") << "array" << QStringList{"M1"} << none
                                                   << "file.syntax" << "" << qint64(3);
    QTest::newRow("utf-16 with bom") << fixture("utf16-bom.json") << "unknown" << none << none << "file.encoding" << "" << qint64(1);
    QTest::newRow("utf-16 without bom") << fixture("utf16le.json") << "unknown" << none << none << "file.encoding" << ""
                                        << qint64(1);
    QTest::newRow("latin-1 text") << fixture("latin1.json") << "array" << QStringList{"<none>", "A2", "A3"} << QStringList{"<none>"} << ""
                                  << "encoding.not_utf8" << qint64(0);
}

void TestSessionReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, invalidIds);
    QFETCH(QString, fileError);
    QFETCH(QString, fileFinding);
    QFETCH(qint64, errorLine);

    const Result r = readPath(file);
    QCOMPARE(r.ids(), ids);
    QCOMPARE(QString(inputFormatName(r.summary.format)), format);
    QStringList invalid;
    for (const RecordResult &rec : r.records) {
        if (!rec.session.isValid())
            invalid << (rec.session.has(Session::Field::Id) ? rec.session.text(Session::Field::Id) : QStringLiteral("<none>"));
        QCOMPARE(rec.session.errorCount > 0, !rec.session.isValid());
    }
    QCOMPARE(invalid, invalidIds);
    if (fileError.isEmpty()) {
        QVERIFY2(!r.summary.error, qPrintable(r.summary.error ? r.summary.error->message : QString()));
    } else {
        QVERIFY(r.summary.error);
        QCOMPARE(QString(r.summary.error->code), fileError);
        QCOMPARE(r.summary.error->line, errorLine);
        QVERIFY(r.summary.error->column >= 1);
        // The message names the place in words.
        QVERIFY2(r.summary.error->message.contains(QStringLiteral("line %1").arg(errorLine)), qPrintable(r.summary.error->message));
    }
    if (!fileFinding.isEmpty())
        QVERIFY(r.hasFileCode(QLatin1StringView(fileFinding.toLatin1())));
    for (qsizetype i = 0; i < qsizetype(r.records.size()); ++i)
        QCOMPARE(r.records[size_t(i)].index, i);
}

void TestSessionReader::chunkBoundaries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("chunk");
    for (const char *f : {"array.json", "envelope-array.json", "envelope-object.json", "sessions.ndjson", "bom.json",
                          "mixed-records.json", "syntax-error-in-record.json", "truncated.json", "trailing-comma.json"}) {
        for (qint64 chunk : {1, 2, 3, 7, 64, 1000}) {
            QTest::addRow("%s/%lld", f, chunk) << fixture(f) << chunk;
        }
    }
}

void TestSessionReader::chunkBoundaries()
{
    // The reader must give the same answer wherever the chunks split the input.
    QFETCH(QString, file);
    QFETCH(qint64, chunk);
    const Result whole = readPath(file);
    const Result split = readPath(file, chunk);
    QCOMPARE(split.ids(), whole.ids());
    QCOMPARE(split.summary.format, whole.summary.format);
    QCOMPARE(bool(split.summary.error), bool(whole.summary.error));
    if (whole.summary.error) {
        QCOMPARE(split.summary.error->code, whole.summary.error->code);
        QCOMPARE(split.summary.error->line, whole.summary.error->line);
        QCOMPARE(split.summary.error->offset, whole.summary.error->offset);
    }
    for (size_t i = 0; i < whole.records.size(); ++i) {
        QCOMPARE(split.records[i].session.errorCount, whole.records[i].session.errorCount);
        QCOMPARE(split.records[i].session.source.offset, whole.records[i].session.source.offset);
        QCOMPARE(split.records[i].session.source.line, whole.records[i].session.source.line);
        QCOMPARE(split.records[i].findings.size(), whole.records[i].findings.size());
    }
}

void TestSessionReader::unknownFieldsKept()
{
    QByteArray s = generatedSession(1, 2, false);
    s.chop(1);
    s += R"(,"x_vendor":{"a":[1,2,"b\"c"]},"charging_preferences":null})";
    const Result r = readData(s);
    QCOMPARE(r.records.size(), size_t(1));
    const Session &session = r.records[0].session;
    QVERIFY(session.isValid());
    QCOMPARE(session.unknownFieldsJson, QByteArray(R"({"x_vendor":{"a":[1,2,"b\"c"]},"charging_preferences":null})"));
    QVERIFY(r.hasCode(0, QLatin1StringView("field.unknown")));
    QCOMPARE(session.infoCount, quint16(2));
}

void TestSessionReader::sourceSpanPointsAtRecord()
{
    QFile f(fixture("array.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    const Result r = readData(all, 5);
    QCOMPARE(r.records.size(), size_t(3));
    for (const RecordResult &rec : r.records) {
        const QByteArray text = all.mid(rec.session.source.offset, rec.session.source.length);
        QVERIFY(text.startsWith('{'));
        QVERIFY(text.endsWith('}'));
        QVERIFY(text.contains(QByteArray("\"id\":\"" + rec.session.text(Session::Field::Id).toUtf8() + '"')));
        QCOMPARE(rec.session.source.line, all.left(rec.session.source.offset).count('\n') + 1);
    }
}

void TestSessionReader::keptJsonIsTheRecordText()
{
    QFile f(fixture("array.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    SessionReader reader;
    reader.setChunkSize(7); // records cross chunk boundaries
    Result r = collect([&](const SessionReader::RecordsFn &fn) { return reader.readBytes(all, fn); });
    QVERIFY(r.records[0].json.isEmpty()); // off by default
    reader.setKeepJson(true);
    r = collect([&](const SessionReader::RecordsFn &fn) { return reader.readBytes(all, fn); });
    QCOMPARE(r.records.size(), size_t(3));
    for (const RecordResult &rec : r.records)
        QCOMPARE(rec.json, all.mid(rec.session.source.offset, rec.session.source.length));
}

void TestSessionReader::trickyStrings()
{
    // Brackets and escaped quotes inside strings must not confuse the record boundaries.
    QByteArray a = generatedSession(1, 1, false);
    a.replace("\"gen-1\"", R"("a\"]},{\\\"x")");
    QByteArray b = generatedSession(2, 1, false);
    b.replace("\"LOC2\"", R"("[{\\")");
    const QByteArray file = "[" + a + ",\n" + b + "]";
    for (qint64 chunk : {1, 3, 4096}) {
        const Result r = readData(file, chunk);
        QCOMPARE(r.records.size(), size_t(2));
        QCOMPARE(r.records[0].session.text(Session::Field::Id), QStringLiteral(R"(a"]},{\"x)"));
        QCOMPARE(r.records[1].session.text(Session::Field::LocationId), QStringLiteral(R"([{\)"));
        QVERIFY(!r.summary.error);
    }
}

void TestSessionReader::deepNestingIsAFinding()
{
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    const QByteArray file = "[" + generatedSession(1, 1, false) + "," + deep + "," + generatedSession(2, 1, false) + "]";
    const Result r = readData(file);
    QCOMPARE(r.records.size(), size_t(3));
    QVERIFY(r.records[0].session.isValid());
    QVERIFY(r.hasCode(1, QLatin1StringView("json.too_deep")));
    QVERIFY(r.records[2].session.isValid());
}

void TestSessionReader::hugeRecordAcrossChunks()
{
    const QByteArray big = generatedSession(7, 5000, true);
    const QByteArray file = "[" + generatedSession(1, 2, true) + ",\n" + big + "]";
    const Result r = readData(file, 4096);
    QCOMPARE(r.records.size(), size_t(2));
    QCOMPARE(r.records[1].session.periodCount(), qsizetype(5000));
    QVERIFY2(r.records[1].session.isValid(), qPrintable(r.records[1].findings.value(0).message));
}

void TestSessionReader::binaryAndCompressed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) << "file.compressed";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "file.not_json";
    QTest::newRow("utf-32") << QByteArray("\xff\xfe\0\0[\0\0\0", 8) << "file.encoding";
    QTest::newRow("nul bytes") << QByteArray(64, '\0') << "file.not_json";
}

void TestSessionReader::binaryAndCompressed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const Result r = readData(data);
    QVERIFY(r.records.empty());
    QVERIFY(r.summary.error);
    QCOMPARE(QString(r.summary.error->code), code);
    QVERIFY(!r.summary.error->message.isEmpty());
}

void TestSessionReader::notJsonAfterValue()
{
    const QByteArray file = generatedSession(1, 1, false) + "\nthis is not json\n";
    const Result r = readData(file);
    QCOMPARE(r.records.size(), size_t(1));
    QVERIFY(r.summary.error);
    QCOMPARE(r.summary.error->line, 2);
    QCOMPARE(r.summary.error->column, 1);
}

void TestSessionReader::startsLikeAScalar_data()
{
    // A file whose first byte could start a JSON string, number or literal is JSON (but not Sessions) only when it
    // is exactly one such value; anything else is not JSON, reported at the first byte that breaks the grammar.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("says");
    const QString scalar = QStringLiteral("single JSON scalar");
    QTest::newRow("number") << QByteArray("42\n") << "file.not_sessions" << 1LL << 1LL << scalar;
    QTest::newRow("negative exponent number") << QByteArray(" -1.5e-3 \n") << "file.not_sessions" << 1LL << 2LL << scalar;
    QTest::newRow("null") << QByteArray("null") << "file.not_sessions" << 1LL << 1LL << scalar;
    QTest::newRow("false") << QByteArray("\n false\n\n") << "file.not_sessions" << 2LL << 2LL << scalar;
    QTest::newRow("string") << QByteArray(R"("a session, \"quoted\" \u00e9")") << "file.not_sessions" << 1LL << 1LL << scalar;
    QTest::newRow("a word") << QByteArray("nothing\n") << "file.not_json" << 1LL << 1LL << "starts with 'n'";
    QTest::newRow("prose") << QByteArray("false alarm, see the log\n") << "file.not_json" << 1LL << 7LL << "'a'";
    QTest::newRow("a literal cut short") << QByteArray("tru") << "file.not_json" << 1LL << 1LL << "starts with 't'";
    QTest::newRow("csv with a quoted header") << QByteArray("\"id\",\"status\"\n\"S1\",\"ACTIVE\"\n") << "file.not_json"
                                              << 1LL << 5LL << "','";
    QTest::newRow("csv with numbers") << QByteArray("1,2,3\n4,5,6\n") << "file.not_json" << 1LL << 2LL << "','";
    QTest::newRow("a number then letters") << QByteArray("123abc") << "file.not_json" << 1LL << 4LL << "'a'";
    QTest::newRow("a leading zero") << QByteArray("01") << "file.not_json" << 1LL << 2LL << "'1'";
    QTest::newRow("a lone minus") << QByteArray("-\n") << "file.not_json" << 1LL << 2LL << "number";
    QTest::newRow("a bad escape") << QByteArray(R"("a\qb")") << "file.not_json" << 1LL << 4LL << "escape";
    QTest::newRow("a raw tab in a string") << QByteArray("\"a\tb\"") << "file.not_json" << 1LL << 3LL << "control character";
    QTest::newRow("a scalar then an object") << QByteArray("42\n{\"id\": \"S1\"}\n") << "file.not_json" << 2LL << 1LL
                                             << "'{'";
    QTest::newRow("two strings") << QByteArray("\"a\" \"b\"") << "file.not_json" << 1LL << 5LL << "'\"'";
    QTest::newRow("an unterminated string") << QByteArray("\"abc") << "file.truncated" << 1LL << 5LL << "string";
}

void TestSessionReader::startsLikeAScalar()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, says);
    // In one chunk, and one byte at a time (every token split across reads).
    for (const qint64 chunk : {qint64(4) << 20, qint64(1)}) {
        const Result r = readData(data, chunk);
        QVERIFY(r.records.empty());
        QVERIFY(r.summary.error);
        QCOMPARE(QString(r.summary.error->code), code);
        QCOMPARE(r.summary.error->line, line);
        QCOMPARE(r.summary.error->column, column);
        QVERIFY2(r.summary.error->message.contains(says), qPrintable(r.summary.error->message));
    }
}

void TestSessionReader::roundTrip_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<int>("count");
    QTest::newRow("array, pretty") << int(Shape::Array) << true << 500;
    QTest::newRow("array, compact") << int(Shape::Array) << false << 500;
    QTest::newRow("envelope, pretty") << int(Shape::Envelope) << true << 300;
    QTest::newRow("ndjson") << int(Shape::Ndjson) << false << 700;
}

void TestSessionReader::roundTrip()
{
    // Generated files written to disk and read back: every value as generated, every session valid.
    QFETCH(int, shape);
    QFETCH(bool, pretty);
    QFETCH(int, count);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(generatedFile(count, 10, Shape(shape), pretty));
    f.close();

    const Result r = readPath(path, 64 * 1024);
    QVERIFY(!r.summary.error);
    QCOMPARE(qint64(r.records.size()), qint64(count));
    QCOMPARE(r.summary.records, qint64(count));
    QCOMPARE(r.summary.bytesRead, f.size());
    for (int i = 0; i < count; ++i) {
        const RecordResult &rec = r.records[size_t(i)];
        const Session &s = rec.session;
        QVERIFY2(s.isValid() && rec.findings.isEmpty(), qPrintable(rec.findings.value(0).path + QLatin1Char(' ') + rec.findings.value(0).message));
        QCOMPARE(s.text(Session::Field::Id), QStringLiteral("gen-%1").arg(i));
        QCOMPARE(s.startDateTime, (1700000000LL + i * 60) * 1000);
        QCOMPARE(s.endDateTime, s.startDateTime + 10 * 300 * 1000);
        QCOMPARE(s.status, SessionStatus::Completed);
        QCOMPARE(s.tokenType, TokenType::Rfid);
        QCOMPARE(s.periodCount(), qsizetype(10));
        double energy = 0;
        for (qsizetype p = 0; p < s.periodCount(); ++p) {
            QCOMPARE(s.periodDimensions(p).size(), size_t(2));
            energy += s.periodDimensions(p)[0].volume;
            QCOMPARE(s.period(p).tariffId, QStringLiteral("T%1").arg(p % 3));
        }
        QVERIFY(qAbs(energy - s.kwh) < 1e-3);
        const CdrToken token = s.cdrToken();
        QCOMPARE(token.contractId, QStringLiteral("NL-TST-C%1-X").arg(10000000 + i));
        QCOMPARE(token.uid, QString::number(0xABC000 + i, 16));
        QCOMPARE(token.type, TokenType::Rfid);
        QCOMPARE(token.countryCode, QStringLiteral("NL"));
        QCOMPARE(token.partyId, QStringLiteral("TST"));
        QVERIFY(s.totalCost.hasInclVat());
    }
}

void TestSessionReader::progressAndEarlyRecords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(generatedFile(4000, 10, Shape::Array, true));
    f.close();

    SessionReader reader;
    reader.setChunkSize(256 * 1024);
    reader.setBatchSize(100);
    qint64 bytesAtFirstBatch = -1;
    qint64 lastProgress = 0;
    qint64 progressCalls = 0;
    qint64 total = -1;
    qint64 seen = 0;
    const ReadSummary s = reader.readFile(
        path,
        [&](std::vector<RecordResult> &&batch) {
            if (bytesAtFirstBatch < 0)
                bytesAtFirstBatch = lastProgress;
            seen += qint64(batch.size());
            QVERIFY(batch.size() <= 100);
        },
        [&](qint64 done, qint64 totalBytes) {
            QVERIFY(done >= lastProgress);
            lastProgress = done;
            total = totalBytes;
            ++progressCalls;
        });
    QCOMPARE(seen, 4000);
    QCOMPARE(total, f.size());
    QCOMPARE(lastProgress, f.size());
    QVERIFY(progressCalls > 4);
    // The first records came out long before the whole file was read.
    QVERIFY2(bytesAtFirstBatch > 0 && bytesAtFirstBatch <= 256 * 1024, qPrintable(QString::number(bytesAtFirstBatch)));
    QVERIFY(!s.cancelled);
}

void TestSessionReader::cancellation()
{
    const QByteArray data = generatedFile(3000, 3, Shape::Array, false);
    std::atomic_bool cancel = false;
    SessionReader reader;
    reader.setChunkSize(16 * 1024);
    reader.setBatchSize(50);
    reader.setCancelFlag(&cancel);
    qint64 seen = 0;
    const ReadSummary s = reader.readBytes(data, [&](std::vector<RecordResult> &&batch) {
        seen += qint64(batch.size());
        cancel = true;
    });
    QVERIFY(s.cancelled);
    QVERIFY(seen >= 1);
    QVERIFY(seen < 3000);
    QVERIFY(s.bytesRead < data.size());
    QVERIFY(!s.error);
}

void TestSessionReader::missingFileAndDirectory()
{
    const Result missing = readPath(QStringLiteral("/nonexistent/sessions.json"));
    QVERIFY(missing.summary.error);
    QCOMPARE(QString(missing.summary.error->code), QStringLiteral("file.open"));
    QVERIFY(missing.summary.error->message.contains(QStringLiteral("/nonexistent/sessions.json")));
    QTemporaryDir dir;
    const Result directory = readPath(dir.path());
    QVERIFY(directory.summary.error);
    QVERIFY(directory.summary.error->message.contains(QStringLiteral("directory")));
}

void TestSessionReader::randomDamageNeverCrashes()
{
    // Seeded random damage (flipped, inserted and deleted bytes, cuts) to every shape of input: the reader
    // must return, account for every record it reports, and keep reporting records before the damage.
    const QByteArray inputs[] = {generatedFile(20, 3, Shape::Array, true), generatedFile(20, 3, Shape::Envelope, false),
                                 generatedFile(20, 3, Shape::Ndjson, false)};
    QRandomGenerator rng(20261125);
    static const char interesting[] = "{}[]\",:0123456789eE.-+tfn \n\t\x00\xff\xc3";
    int reads = 0;
    for (const QByteArray &input : inputs) {
        for (int round = 0; round < 400; ++round) {
            QByteArray d = input;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !d.isEmpty(); ++e) {
                const qsizetype at = qsizetype(rng.bounded(quint32(d.size())));
                const char c = interesting[rng.bounded(quint32(sizeof(interesting) - 1))];
                switch (rng.bounded(4)) {
                case 0:
                    d[at] = c;
                    break;
                case 1:
                    d.insert(at, c);
                    break;
                case 2:
                    d.remove(at, 1 + qsizetype(rng.bounded(8)));
                    break;
                default:
                    d.truncate(at);
                    break;
                }
            }
            const qint64 chunk = rng.bounded(2) ? 4 << 20 : 1 + qint64(rng.bounded(700));
            const Result r = readData(d, chunk);
            ++reads;
            QCOMPARE(qint64(r.records.size()), r.summary.records);
            for (size_t i = 0; i < r.records.size(); ++i) {
                const RecordResult &rec = r.records[i];
                QCOMPARE(rec.index, qint64(i));
                QVERIFY(rec.session.source.offset >= 0);
                QVERIFY(rec.session.source.offset + rec.session.source.length <= d.size());
                QCOMPARE(rec.session.errorCount == 0, rec.session.isValid());
                if (!rec.session.isValid())
                    QVERIFY(!rec.findings.isEmpty());
            }
            QVERIFY(r.summary.error || r.summary.records > 0 || d.trimmed().isEmpty() || d.startsWith("[") || d.startsWith("{"));
        }
    }
    QCOMPARE(reads, 1200);
}

QTEST_GUILESS_MAIN(TestSessionReader)
#include "tst_sessionreader.moc"
