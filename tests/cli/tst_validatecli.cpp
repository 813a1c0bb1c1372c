// `ocpi-session-monitor validate`, run as a real process: the JSON shape other tools depend on, the text
// report, and the exit codes (0 valid, 1 invalid, 2 unreadable or usage error).
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(OSM_FIXTURES "/") + QLatin1StringView(name);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(OSM_EXECUTABLE), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject parseJson(const QByteArray &out)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON output:" << e.errorString() << out.left(400);
    return doc.object();
}

} // namespace

class TestValidateCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonShapeOfValidFile();
    void jsonFindingsOfSpecExample2();
    void jsonFileError();
    void jsonSeveralFiles();
    void textReport();
    void standardInput();
    void generatedFile();
    void usage_data();
    void usage();
    void versionAndHelp();
};

void TestValidateCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("spec example 1 is valid") << QStringList{fixture("spec/session_example_1_simple_start.json")} << 0;
    QTest::newRow("spec example 2 has the Wh problem") << QStringList{fixture("spec/session_example_2_short_finished.json")} << 1;
    QTest::newRow("array of valid sessions") << QStringList{fixture("reader/array.json")} << 0;
    QTest::newRow("ndjson") << QStringList{fixture("reader/sessions.ndjson")} << 0;
    QTest::newRow("envelope") << QStringList{fixture("reader/envelope-array.json")} << 0;
    QTest::newRow("a bad record") << QStringList{fixture("reader/mixed-records.json")} << 1;
    QTest::newRow("truncated") << QStringList{fixture("reader/truncated.json")} << 2;
    QTest::newRow("empty") << QStringList{fixture("reader/empty.json")} << 2;
    QTest::newRow("not json") << QStringList{fixture("reader/not-json.csv")} << 2;
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent.json")} << 2;
    QTest::newRow("valid and invalid") << QStringList{fixture("reader/array.json"), fixture("reader/mixed-records.json")} << 1;
    QTest::newRow("invalid and unreadable")
        << QStringList{fixture("reader/mixed-records.json"), fixture("reader/empty.json")} << 2;
}

void TestValidateCli::exitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const Run r = run(QStringList{QStringLiteral("validate"), QStringLiteral("--format"), format} + files);
        QCOMPARE(r.exitCode, exitCode);
        if (format == QLatin1String("json"))
            QVERIFY(!parseJson(r.out).isEmpty());
    }
}

void TestValidateCli::jsonShapeOfValidFile()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                       fixture("spec/session_example_1_simple_start.json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = parseJson(r.out);
    const QJsonArray files = root.value(u"files").toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.at(0).toObject();
    QCOMPARE(file.value(u"file").toString(), fixture("spec/session_example_1_simple_start.json"));
    QVERIFY(file.value(u"error").isNull());
    const QJsonArray sessions = file.value(u"sessions").toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject s = sessions.at(0).toObject();
    QCOMPARE(s.value(u"index").toInt(-1), 0);
    QCOMPARE(s.value(u"id").toString(), QStringLiteral("101"));
    QCOMPARE(s.value(u"valid").toBool(false), true);
    QVERIFY(s.value(u"findings").isArray());
    QCOMPARE(s.value(u"findings").toArray().size(), 0);
    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"files").toInt(), 1);
    QCOMPARE(summary.value(u"sessions").toInt(), 1);
    QCOMPARE(summary.value(u"valid").toInt(), 1);
    QCOMPARE(summary.value(u"invalid").toInt(), 0);
    QCOMPARE(summary.value(u"errors").toInt(), 0);
    QCOMPARE(summary.value(u"warnings").toInt(), 0);
}

void TestValidateCli::jsonFindingsOfSpecExample2()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                       fixture("spec/session_example_2_short_finished.json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject s = parseJson(r.out)[u"files"][0][u"sessions"][0].toObject();
    QCOMPARE(s.value(u"valid").toBool(true), false);
    const QJsonArray findings = s.value(u"findings").toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.at(0).toObject();
    QCOMPARE(f.value(u"severity").toString(), QStringLiteral("error"));
    QCOMPARE(f.value(u"path").toString(), QStringLiteral("/charging_periods/1/dimensions/0/volume"));
    QCOMPARE(f.value(u"code").toString(), QStringLiteral("energy.unit_wh"));
    QVERIFY(f.value(u"message").toString().contains(QStringLiteral("Wh")));
    QVERIFY(f.value(u"spec").toString().startsWith(QStringLiteral("mod_cdrs 10.4.3")));
    const QJsonObject summary = parseJson(r.out).value(u"summary").toObject();
    QCOMPARE(summary.value(u"invalid").toInt(), 1);
    QCOMPARE(summary.value(u"errors").toInt(), 1);
}

void TestValidateCli::jsonFileError()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), fixture("reader/truncated.json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject file = parseJson(r.out)[u"files"][0].toObject();
    QVERIFY(file.value(u"error").isString());
    QVERIFY(file.value(u"error").toString().contains(QStringLiteral("line 4")));
    QCOMPARE(file.value(u"sessions").toArray().size(), 2); // the records before the damage
    QCOMPARE(file.value(u"error_code").toString(), QStringLiteral("file.truncated"));
}

void TestValidateCli::jsonSeveralFiles()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("-f"), QStringLiteral("json"), fixture("reader/array.json"),
                       fixture("reader/syntax-error-in-record.json"), fixture("reader/empty.json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject root = parseJson(r.out);
    QCOMPARE(root[u"files"].toArray().size(), 3);
    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"files").toInt(), 3);
    QCOMPARE(summary.value(u"sessions").toInt(), 6);
    QCOMPARE(summary.value(u"valid").toInt(), 5);
    QCOMPARE(summary.value(u"invalid").toInt(), 1);
    const QJsonObject broken = root[u"files"][1][u"sessions"][1].toObject();
    QCOMPARE(broken.value(u"index").toInt(), 1);
    QVERIFY(broken.value(u"id").isNull());
    QCOMPARE(broken[u"findings"][0][u"code"].toString(), QStringLiteral("json.syntax"));
    QVERIFY(broken[u"findings"][0][u"message"].toString().contains(QStringLiteral("line 3, column 23")));
}

void TestValidateCli::textReport()
{
    const Run r = run({QStringLiteral("validate"), fixture("spec/session_example_2_short_finished.json")});
    QCOMPARE(r.exitCode, 1);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("session 0 (id 101")));
    // Each finding as: severity path code message
    static const QRegularExpression finding(
        QStringLiteral(R"(^\s+error /charging_periods/1/dimensions/0/volume energy\.unit_wh \S.*$)"),
        QRegularExpression::MultilineOption);
    QVERIFY2(finding.match(text).hasMatch(), r.out.constData());
    QVERIFY(text.trimmed().split(QLatin1Char('\n')).last().startsWith(QStringLiteral("summary: 1 file(s), 1 session(s), 0 valid, 1 invalid")));
}

void TestValidateCli::standardInput()
{
    QFile f(fixture("reader/sessions.ndjson"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format=json"), QStringLiteral("-")}, f.readAll());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseJson(r.out)[u"summary"][u"sessions"].toInt(), 3);
}

void TestValidateCli::generatedFile()
{
    // 300 generated sessions, every tenth with a negative kwh: the report names exactly those.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[\n");
    for (int i = 0; i < 300; ++i) {
        const QByteArray kwh = i % 10 == 0 ? "-1.5" : QByteArray::number(i * 0.25);
        f.write((i ? ",\n" : "") + QByteArray(R"({"country_code":"DE","party_id":"ABC","id":"g)") + QByteArray::number(i)
                + R"(","start_date_time":"2024-05-01T08:00:00Z","end_date_time":"2024-05-01T09:00:00Z","kwh":)" + kwh
                + R"(,"cdr_token":{"country_code":"DE","party_id":"XYZ","uid":"04A1B2C3","type":"RFID","contract_id":"DE-XYZ-C12345678-9"},"auth_method":"AUTH_REQUEST","authorization_reference":"ref)"
                + QByteArray::number(i)
                + R"(","location_id":"L1","evse_uid":"E1","connector_id":"2","currency":"EUR","status":"COMPLETED","last_updated":"2024-05-01T09:00:05Z"})");
    }
    f.write("\n]\n");
    f.close();
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = parseJson(r.out);
    QCOMPARE(root[u"summary"][u"sessions"].toInt(), 300);
    QCOMPARE(root[u"summary"][u"invalid"].toInt(), 30);
    const QJsonArray sessions = root[u"files"][0][u"sessions"].toArray();
    for (int i = 0; i < 300; ++i) {
        const QJsonObject s = sessions.at(i).toObject();
        QCOMPARE(s[u"id"].toString(), QStringLiteral("g%1").arg(i));
        QCOMPARE(s[u"valid"].toBool(), i % 10 != 0);
        if (i % 10 == 0) {
            QCOMPARE(s[u"findings"].toArray().size(), 1);
            QCOMPARE(s[u"findings"][0][u"code"].toString(), QStringLiteral("kwh.negative"));
            QCOMPARE(s[u"findings"][0][u"path"].toString(), QStringLiteral("/kwh"));
        }
    }
}

void TestValidateCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no file") << QStringList{QStringLiteral("validate")} << "no file";
    QTest::newRow("unknown format") << QStringList{QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"),
                                                   fixture("reader/array.json")}
                                    << "xml";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--frobnicate"), fixture("reader/array.json")}
                                    << "frobnicate";
}

void TestValidateCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
}

void TestValidateCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("ocpi-session-monitor "));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("validate"));
    const Run validateHelp = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(validateHelp.exitCode, 0);
    QVERIFY(validateHelp.out.contains("--format"));
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
