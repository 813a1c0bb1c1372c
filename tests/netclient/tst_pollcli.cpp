// The `poll` command as a real process against the fake CPO: output formats, flushing, exit codes, token
// sources, and SIGTERM/SIGINT ending cleanly with nothing half-written.
#include "fakecpo.h"
#include "scriptedserver.h"

#include "ocpi/datetime.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>

namespace {

const QByteArray kToken = "s3cr3t-token";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the command while this thread's event loop keeps serving the fake CPO.
Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(OSM_POLL_EXECUTABLE, QStringList{"poll"} + args);
    if (!p.waitForStarted(10000))
        return {};
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList common(const FakeCpo &cpo)
{
    return {"--url", cpo.versionsUrl().toString(), "--token", QString::fromLatin1(kToken), "--retries", "0"};
}

QList<QJsonObject> ndjson(const QByteArray &out)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError || !d.isObject()) {
            qWarning() << "not a JSON object line:" << line.left(200);
            return {};
        }
        list.append(d.object());
    }
    return list;
}

} // namespace

class TestPollCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ndjsonOnce();
    void jsonOnce();
    void csvOnce();
    void multiLineRecordsStayOnOneLine();
    void validateExitCodes();
    void failures_data();
    void failures();
    void tokenSources_data();
    void tokenSources();
    void usageErrors_data();
    void usageErrors();
    void windowRefusesAUrlWithAPassword();
    void continuousPrintsOnlyChangesAndSigtermClosesJson();
    void sigintDuringAPoll();
};

void TestPollCli::ndjsonOnce()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    const Run r = run(common(cpo) + QStringList{"--once"});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> sessions = ndjson(r.out);
    QCOMPARE(sessions.size(), 25);
    QCOMPARE(sessions[0].value("id").toString(), QString("S001"));
    QCOMPARE(sessions[24].value("id").toString(), QString("S025"));
    QCOMPARE(sessions[0].value("x_vendor_field").toObject().value("a").toInt(), 1); // the record as sent
    QVERIFY2(r.err.contains(QByteArray("sessions endpoint: " + cpo.sessionsUrl().toEncoded() + " (OCPI 2.2.1)")), r.err.constData());
    QVERIFY(r.err.contains("poll 1: 25 added, 0 changed, 0 unchanged in 3 pages"));
    QVERIFY(!r.out.contains(kToken) && !r.err.contains(kToken) && !r.err.contains(kToken.toBase64()));
}

void TestPollCli::jsonOnce()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    Run r = run(common(cpo) + QStringList{"--once", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(d.array().size(), 25);
    QCOMPARE(d.array()[3].toObject().value("id").toString(), QString("S004"));

    // No sessions: still a JSON array.
    cpo.sessions.clear();
    r = run(common(cpo) + QStringList{"--once", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("[]\n"));
}

void TestPollCli::csvOnce()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    cpo.sessions[1].status = "COMPLETED"; // without end_date_time: one error, shown in the errors column
    cpo.sessions[2].id = "S,\\\"3\\\""; // JSON-escaped: the id is S,"3"
    const Run r = run(common(cpo) + QStringList{"--once", "--format", "csv"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QByteArray("country_code,party_id,id,status,start,end,kwh,location_id,evse_uid,connector_id,"
                                  "last_updated,errors,warnings"));
    const QByteArray lu = Ocpi::formatDateTimeUtc(cpo.sessions[1].lastUpdated).toLatin1();
    const QByteArray start = Ocpi::formatDateTimeUtc(cpo.sessions[1].lastUpdated - 3600000).toLatin1();
    QCOMPARE(lines[2], "NL,CPO,S002,COMPLETED," + start + ",,1.5,LOC1,EVSE1,1," + lu + ",1,"
                           + lines[2].mid(lines[2].lastIndexOf(',') + 1));
    QVERIFY(lines[1].contains(",ACTIVE,") && lines[1].contains(",0,"));
    QVERIFY2(lines[3].startsWith("NL,CPO,\"S,\"\"3\"\"\",ACTIVE,"), lines[3].constData());
}

void TestPollCli::multiLineRecordsStayOnOneLine()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(2, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &req, int) -> std::optional<HttpReply> {
        if (!req.path().endsWith("/sessions"))
            return std::nullopt;
        const QByteArray pretty = QJsonDocument::fromJson(cpo.sessions[0].json()).toJson(QJsonDocument::Indented);
        const QByteArray body = "{\n  \"data\": [\n" + pretty + ",\n" + cpo.sessions[1].json()
                                + "\n  ],\n  \"status_code\": 1000,\n  \"timestamp\": \"2020-01-01T00:00:00Z\"\n}\n";
        return HttpReply::json(body);
    };
    const Run r = run(common(cpo) + QStringList{"--once"});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> sessions = ndjson(r.out);
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(r.out.count('\n'), 2);
    QCOMPARE(sessions[0].value("cdr_token").toObject().value("uid").toString(), QString("TOKEN1"));
}

void TestPollCli::validateExitCodes()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    cpo.sessions[1].status = "CHARGING"; // not a SessionStatus
    Run r = run(common(cpo) + QStringList{"--once"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(ndjson(r.out).size(), 3);
    r = run(common(cpo) + QStringList{"--once", "--validate"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(ndjson(r.out).size(), 3); // invalid sessions are still written, findings go to stderr
    QVERIFY2(r.err.contains("invalid: NL/CPO/S002 /status"), r.err.constData());
    QVERIFY(r.err.contains("mod_sessions 9.4.3 SessionStatus"));
}

void TestPollCli::failures_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreachable") << "unreachable" << QByteArray("error (network)");
    QTest::newRow("token refused") << "401" << QByteArray("error (auth): HTTP 401");
    QTest::newRow("2.1.1 only") << "211" << QByteArray("error (unsupported_version)");
    QTest::newRow("status 2001") << "2001" << QByteArray("error (ocpi): page 1");
    QTest::newRow("server error") << "500" << QByteArray("error (http): HTTP 500");
}

void TestPollCli::failures()
{
    QFETCH(QString, fault);
    QFETCH(QByteArray, expected);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(3, cpo.now - 100000);
    QStringList args = common(cpo) + QStringList{"--once"};
    if (fault == "unreachable") {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        args[1] = QString("http://127.0.0.1:%1/ocpi/versions").arg(s.serverPort());
        s.close();
    } else if (fault == "401") {
        cpo.acceptBase64 = false;
    }
    cpo.intercept = [&](const HttpRequest &req, int page) -> std::optional<HttpReply> {
        if (fault == "211" && req.path() == "/ocpi/versions")
            return HttpReply::json(FakeCpo::envelope("[{\"version\":\"2.1.1\",\"url\":\"/ocpi/2.1.1\"}]", 1000, "2020-01-01T00:00:00Z"));
        if (fault == "2001" && page >= 0)
            return HttpReply::json(FakeCpo::envelope({}, 2001, "2020-01-01T00:00:00Z"));
        if (fault == "500" && page >= 0)
            return HttpReply::json("", 500);
        return std::nullopt;
    };
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY(!r.err.contains(kToken) && !r.err.contains(kToken.toBase64()));
    if (fault == "2001")
        QVERIFY(r.err.contains("invalid or missing parameters"));
}

void TestPollCli::tokenSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--token") << "option" << 0;
    QTest::newRow("--token-file with a line break") << "file" << 0;
    QTest::newRow("OCPI_TOKEN") << "env" << 0;
    QTest::newRow("none") << "none" << 2;
}

void TestPollCli::tokenSources()
{
    QFETCH(QString, source);
    QFETCH(int, exitCode);
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(2, cpo.now - 100000);
    QTemporaryDir dir;
    QStringList args{"--url", cpo.sessionsUrl().toString(), "--once"};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("OCPI_TOKEN");
    if (source == "option") {
        args << "--token" << QString::fromLatin1(kToken);
    } else if (source == "file") {
        QFile f(dir.filePath("token"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kToken + "\n");
        f.close();
        args << "--token-file" << f.fileName();
    } else if (source == "env") {
        env.insert("OCPI_TOKEN", QString::fromLatin1(kToken));
    }
    const Run r = run(args, env);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QCOMPARE(ndjson(r.out).size(), 2);
        QCOMPARE(server.requests.constFirst().header("Authorization"), "Token " + kToken.toBase64());
        QVERIFY(!r.err.contains("warning")); // the file's line break is not part of the token
    } else {
        QVERIFY(r.err.contains("no token"));
        QVERIFY(server.requests.isEmpty());
    }
}

void TestPollCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no url") << QStringList{"--token", "x"} << QByteArray("--url is required");
    QTest::newRow("bad format") << QStringList{"--url", "http://127.0.0.1:1/", "--token", "x", "--format", "xml"}
                                << QByteArray("unknown --format 'xml'");
    QTest::newRow("bad from") << QStringList{"--url", "http://127.0.0.1:1/", "--token", "x", "--from", "yesterday"}
                              << QByteArray("--from 'yesterday'");
    QTest::newRow("bad interval") << QStringList{"--url", "http://127.0.0.1:1/", "--token", "x", "--interval", "soon"}
                                  << QByteArray("--interval");
    QTest::newRow("unknown option") << QStringList{"--url", "http://127.0.0.1:1/", "--bogus"} << QByteArray("bogus");
    QTest::newRow("user and password in the url")
        << QStringList{"--url", "http://operator:secret-pw@127.0.0.1:1/ocpi/versions", "--token", "x"}
        << QByteArray("the URL must not hold a user name or password");
    QTest::newRow("user in the url") << QStringList{"--url", "https://secret-pw@cpo.example/ocpi/versions", "--token", "x"}
                                     << QByteArray("the URL must not hold a user name or password");
}

void TestPollCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!r.err.contains("secret-pw"), r.err.constData()); // a password given in the URL is never repeated
}

void TestPollCli::windowRefusesAUrlWithAPassword()
{
    // The window's --url follows the same rule as poll's, before any window or request.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    p.start(OSM_POLL_EXECUTABLE, {"--url", "http://operator:secret-pw@127.0.0.1:1/ocpi/versions", "--no-cache"});
    QVERIFY(p.waitForStarted(10000));
    if (!p.waitForFinished(30000)) { // the window opened: the URL was taken
        p.kill();
        p.waitForFinished();
        QFAIL("the window started with a URL holding a password");
    }
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("the URL must not hold a user name or password"), err.constData());
    QVERIFY2(!err.contains("secret-pw"), err.constData());
}

void TestPollCli::continuousPrintsOnlyChangesAndSigtermClosesJson()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    QProcess p;
    QByteArray out, err;
    connect(&p, &QProcess::readyReadStandardOutput, this, [&] { out += p.readAllStandardOutput(); });
    connect(&p, &QProcess::readyReadStandardError, this, [&] { err += p.readAllStandardError(); });
    p.start(OSM_POLL_EXECUTABLE, QStringList{"poll"} + common(cpo) + QStringList{"--interval", "1", "--format", "json"});
    QTRY_VERIFY_WITH_TIMEOUT(err.contains("poll 1:"), 20000);
    QVERIFY(out.startsWith("[\n{")); // written as it arrived, before the end
    cpo.now += 2000;
    cpo.touch("S007", cpo.now - 500);
    QTRY_VERIFY_WITH_TIMEOUT(err.contains("poll 2:"), 20000);
    QVERIFY2(err.contains("poll 2: 0 added, 1 changed"), err.constData());
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(10000));
    out += p.readAllStandardOutput();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QJsonParseError e;
    const QJsonArray all = QJsonDocument::fromJson(out, &e).array();
    QVERIFY2(e.error == QJsonParseError::NoError, out.right(200).constData());
    QCOMPARE(all.size(), 26); // 25, then only the one that changed
    QCOMPARE(all.last().toObject().value("id").toString(), QString("S007"));
    QCOMPARE(all.last().toObject().value("kwh").toDouble(), 2.5);
}

void TestPollCli::sigintDuringAPoll()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    FakeCpo cpo(server);
    cpo.addSessions(25, cpo.now - 100000);
    cpo.intercept = [&](const HttpRequest &, int page) -> std::optional<HttpReply> {
        if (page < 1)
            return std::nullopt;
        HttpReply r;
        r.mode = HttpReply::Mode::NeverAnswer; // page 2 hangs
        return r;
    };
    QProcess p;
    QByteArray out;
    connect(&p, &QProcess::readyReadStandardOutput, this, [&] { out += p.readAllStandardOutput(); });
    p.start(OSM_POLL_EXECUTABLE, QStringList{"poll"} + common(cpo) + QStringList{"--once", "--format", "json"});
    QTRY_VERIFY_WITH_TIMEOUT(cpo.pageRequests == 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(out.count("\"id\"") == 10, 20000);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    out += p.readAllStandardOutput();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2); // the poll did not complete
    QJsonParseError e;
    const QJsonArray all = QJsonDocument::fromJson(out, &e).array();
    QVERIFY2(e.error == QJsonParseError::NoError, out.right(200).constData());
    QCOMPARE(all.size(), 10);
}

QTEST_GUILESS_MAIN(TestPollCli)
#include "tst_pollcli.moc"
