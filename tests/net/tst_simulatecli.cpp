// The `simulate` command as a user runs it: what it prints, the request log on stderr, the token kept out of
// sight when it is the user's, a clean exit on SIGINT and SIGTERM, and exit code 2 on usage errors.
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkInterface>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <csignal>

class TstSimulateCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        QByteArray out, err;
        QUrl versionsUrl;
        void drain()
        {
            out += process->readAllStandardOutput();
            err += process->readAllStandardError();
        }
    };

    // Starts `simulate args...` and waits until it has printed its versions URL.
    static bool start(Run &run, const QStringList &args)
    {
        run.process->start(QStringLiteral(OSM_SIMULATE_EXECUTABLE), QStringList{"simulate"} + args);
        if (!run.process->waitForStarted(10000))
            return false;
        static const QRegularExpression re("versions endpoint: (http://127\\.0\\.0\\.1:\\d+/ocpi/versions)");
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && run.process->state() == QProcess::Running) {
            run.process->waitForReadyRead(100);
            run.drain();
            const auto m = re.match(QString::fromUtf8(run.out));
            if (m.hasMatch()) {
                run.versionsUrl = QUrl(m.captured(1));
                return true;
            }
        }
        return false;
    }

    static int get(const QUrl &url, const QByteArray &authorization)
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    static bool finish(Run &run, int exitCode)
    {
        if (!run.process->waitForFinished(10000))
            return false;
        run.drain();
        return run.process->exitStatus() == QProcess::NormalExit && run.process->exitCode() == exitCode;
    }

private Q_SLOTS:
    void runsUntilSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }
    void runsUntilSignal()
    {
        QFETCH(int, signal);
        Run run;
        QVERIFY2(start(run, {"--seed", "3", "--sessions", "20"}), QByteArray(run.out + run.err).constData());
        QVERIFY(run.out.contains("token: ocpi-sim-demo-token (the public demo token)"));
        QVERIFY(run.out.contains("Authorization: Token b2NwaS1zaW0tZGVtby10b2tlbg=="));
        QVERIFY(run.out.contains("20 sessions, seed 3"));
        const QByteArray listening = "ocpi.sim: listening on http://127.0.0.1:" + QByteArray::number(run.versionsUrl.port())
                                     + " (loopback only)";
        QTRY_VERIFY2((run.drain(), run.err.contains(listening)), run.err);

        QCOMPARE(get(run.versionsUrl, "Token b2NwaS1zaW0tZGVtby10b2tlbg=="), 200);
        QCOMPARE(get(run.versionsUrl, "Token ocpi-sim-demo-token"), 401);
        QTRY_VERIFY2((run.drain(), run.err.contains("ocpi.sim: GET /ocpi/versions -> HTTP 200, status_code 1000")), run.err);
        QVERIFY(run.err.contains("ocpi.sim: GET /ocpi/versions -> HTTP 401, status_code 2000"));

        QCOMPARE(::kill(pid_t(run.process->processId()), signal), 0);
        QVERIFY2(finish(run, 0), run.err);
        QVERIFY(run.err.contains("simulate: stopped"));
    }

    void userTokenIsNotPrinted()
    {
        Run run;
        QVERIFY2(start(run, {"--token", "my-own-secret", "--sessions", "5"}), QByteArray(run.out + run.err).constData());
        const QByteArray base64 = QByteArray("my-own-secret").toBase64();
        QCOMPARE(get(run.versionsUrl, "Token " + base64), 200);
        QCOMPARE(get(run.versionsUrl, "Token ocpi-sim-demo-token"), 401);
        run.process->terminate();
        QVERIFY2(finish(run, 0), run.err);
        QVERIFY(run.out.contains("token: the one given with --token (not shown)"));
        for (const QByteArray &secret : {QByteArray("my-own-secret"), base64}) {
            QVERIFY(!run.out.contains(secret));
            QVERIFY(!run.err.contains(secret));
        }
    }

    void faultsFromTheCommandLine()
    {
        Run run;
        QVERIFY2(start(run, {"--faults", "500", "--fault-rate", "1", "--seed", "1"}), QByteArray(run.out + run.err).constData());
        QVERIFY(run.out.contains("faults 500"));
        const QByteArray auth = "Token b2NwaS1zaW0tZGVtby10b2tlbg==";
        QCOMPARE(get(run.versionsUrl, auth), 500);
        QCOMPARE(get(run.versionsUrl, auth), 200); // the retry
        run.process->terminate();
        QVERIFY2(finish(run, 0), run.err);
        QVERIFY(run.err.contains("[fault 500]"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown fault") << QStringList{"--faults", "500,bogus"} << QByteArray("unknown fault 'bogus'");
        QTest::newRow("port too big") << QStringList{"--port", "70000"} << QByteArray("--port");
        QTest::newRow("negative sessions") << QStringList{"--sessions", "-1"} << QByteArray("--sessions");
        QTest::newRow("fault rate above 1") << QStringList{"--fault-rate", "2"} << QByteArray("--fault-rate");
        QTest::newRow("seed not a number") << QStringList{"--seed", "abc"} << QByteArray("--seed");
        QTest::newRow("speed 0") << QStringList{"--speed", "0"} << QByteArray("--speed");
        QTest::newRow("empty token") << QStringList{"--token", ""} << QByteArray("--token");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << QByteArray("bogus");
        QTest::newRow("extra argument") << QStringList{"extra"} << QByteArray("unexpected argument 'extra'");
        // Any option that would listen elsewhere than loopback is refused, in words.
        const QByteArray loopbackOnly = "the simulator listens on loopback only (127.0.0.1 or ::1), never on an address "
                                        "other computers can reach";
        QTest::newRow("--host 0.0.0.0") << QStringList{"--host", "0.0.0.0"}
                                        << QByteArray("simulate: refused to listen on 0.0.0.0: " + loopbackOnly);
        QTest::newRow("--bind 0.0.0.0") << QStringList{"--bind", "0.0.0.0"}
                                        << QByteArray("simulate: refused to listen on 0.0.0.0: " + loopbackOnly);
        QTest::newRow("--listen ::") << QStringList{"--listen", "::"} << QByteArray("simulate: refused to listen on ::: " + loopbackOnly);
        QTest::newRow("--address 192.0.2.2") << QStringList{"--address", "192.0.2.2"}
                                             << QByteArray("simulate: refused to listen on 192.0.2.2: " + loopbackOnly);
        QTest::newRow("--host=10.1.2.3") << QStringList{"--host=10.1.2.3"}
                                         << QByteArray("simulate: refused to listen on 10.1.2.3: " + loopbackOnly);
        QTest::newRow("--host a name") << QStringList{"--host", "example.com"}
                                       << QByteArray("simulate: refused to listen on example.com: " + loopbackOnly);
        QTest::newRow("--host empty") << QStringList{"--host", ""} << QByteArray("simulate: refused to listen on : " + loopbackOnly);
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QProcess p;
        p.start(QStringLiteral(OSM_SIMULATE_EXECUTABLE), QStringList{"simulate"} + args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(message), err);
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void portInUse()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        QProcess p;
        p.start(QStringLiteral(OSM_SIMULATE_EXECUTABLE), {"simulate", "--port", QString::number(squatter.serverPort())});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains(QByteArray("cannot listen on 127.0.0.1:" + QByteArray::number(squatter.serverPort()))));
    }

    void help()
    {
        QProcess p;
        p.start(QStringLiteral(OSM_SIMULATE_EXECUTABLE), {"simulate", "--help"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char *option : {"--port", "--token", "--sessions", "--faults", "--seed", "--speed", "--fault-rate", "--host"})
            QVERIFY2(out.contains(option), option);
        const QString text = QString::fromUtf8(out).simplified(); // the descriptions wrap
        QVERIFY2(text.contains("It listens on loopback only (127.0.0.1, or ::1 with --host ::1): other computers cannot "
                               "connect"),
                 qPrintable(text));
        QVERIFY2(text.contains("Any other address is refused: the simulator is loopback only."), qPrintable(text));
    }

    // The simulator listens on loopback only and says so: the kernel's table of listening sockets holds its port on a
    // loopback address only, a connection to the port on each of this machine's other addresses is refused, and
    // what it prints names the address and "loopback only".
    void listensOnLoopbackOnly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("address");
        QTest::newRow("default") << QStringList{} << "127.0.0.1";
        QTest::newRow("--host 127.0.0.1") << QStringList{"--host", "127.0.0.1"} << "127.0.0.1";
        QTest::newRow("--host localhost") << QStringList{"--host", "localhost"} << "127.0.0.1";
        QTcpServer probe; // ::1 only where this machine has IPv6 loopback
        if (probe.listen(QHostAddress::LocalHostIPv6))
            QTest::newRow("--host ::1") << QStringList{"--host", "::1"} << "::1";
        else
            qInfo("no IPv6 loopback on this machine: the ::1 row is left out");
    }
    void listensOnLoopbackOnly()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, address);
        Run run;
        run.process->start(QStringLiteral(OSM_SIMULATE_EXECUTABLE), QStringList{"simulate", "--sessions", "3"} + args);
        QVERIFY(run.process->waitForStarted(10000));
        static const QRegularExpression re("listening on (\\S+) port (\\d+), loopback only: other computers cannot connect\n");
        QRegularExpressionMatch m;
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && run.process->state() == QProcess::Running && !m.hasMatch()) {
            run.process->waitForReadyRead(100);
            run.drain();
            m = re.match(QString::fromUtf8(run.out));
        }
        QVERIFY2(m.hasMatch(), QByteArray(run.out + run.err).constData());
        QCOMPARE(m.captured(1), address);
        const quint16 port = quint16(m.captured(2).toUInt());
        QVERIFY(port != 0);
        const QString host = address.contains(':') ? "[" + address + "]" : address;
        QVERIFY2(run.out.contains(QString("versions endpoint: http://%1:%2/ocpi/versions").arg(host).arg(port).toUtf8()),
                 run.out.constData());
        QTRY_VERIFY2((run.drain(), run.err.contains(QString("(loopback only)").toUtf8())), run.err.constData());

        // Linux lists every listening TCP socket in /proc/net/tcp and tcp6: the simulator's port is there, on loopback.
        int listening = 0;
        for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
            QFile f(table);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : f.readAll().split('\n').mid(1)) {
                const QList<QByteArray> cols = line.simplified().split(' ');
                if (cols.size() < 4 || cols.at(3) != "0A") // 0A: LISTEN
                    continue;
                const QList<QByteArray> local = cols.at(1).split(':');
                if (local.size() != 2 || local.at(1).toUInt(nullptr, 16) != port)
                    continue;
                ++listening;
                static const QByteArrayList loopback{"0100007F", "00000000000000000000000001000000"}; // 127.0.0.1, ::1
                QVERIFY2(loopback.contains(local.at(0)), qPrintable(QString("the simulator listens on %1 (%2)")
                                                                        .arg(QString::fromLatin1(local.at(0)), table)));
            }
        }
        QCOMPARE(listening, 1);

        // Each of this machine's addresses that is not loopback: a connection to the port there is refused.
        for (const QHostAddress &other : QNetworkInterface::allAddresses()) {
            if (other.isLoopback() || other.isLinkLocal())
                continue;
            QTcpSocket socket;
            socket.setProxy(QNetworkProxy::NoProxy);
            socket.connectToHost(other, port);
            const bool connected = socket.waitForConnected(5000);
            QVERIFY2(!connected, qPrintable("connected to the simulator on " + other.toString()));
            QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        }
        // ...while the loopback address answers.
        QTcpSocket here;
        here.connectToHost(QHostAddress(address), port);
        QVERIFY(here.waitForConnected(5000));
        here.disconnectFromHost();

        run.process->terminate();
        QVERIFY2(finish(run, 0), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstSimulateCli)
#include "tst_simulatecli.moc"
