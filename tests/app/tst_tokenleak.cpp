// The credentials token never leaves the keychain or memory: an app-wide check with real components.
//
// Every path that could write or print it is run for real with one distinctive token, against the real simulator
// (`simulate` child processes on 127.0.0.1, and the in-process Simulator for the window):
//  - the `ocpi-session-monitor` binary: `poll` in every output format, with --validate, --verbose, --cache FILE,
//    --auth plain, the token from --token, --token-file and OCPI_TOKEN, in the URL's user info and query; polls that
//    fail (401: the token refused in both forms; HTTP 500; OCPI errors, truncated and looping pages; connection
//    refused; the session limit); `cache --list` and `cache --export`; `validate` (text and JSON) on the files
//    produced; `simulate` itself; a poll killed with SIGSEGV (crash output), all with QT_LOGGING_RULES="*.debug=true";
//  - the window: a profile whose token is stored through the TokenVault (the system keychain: CTest runs this test
//    under with-keyring.sh, a real gnome-keyring), watched, plus one whose token is refused; the table and findings
//    exports, the Traffic dock's HAR export and copied exchange, the profiles' JSON export, the settings written when
//    the window closes, the offline cache, and every log message of the process with every category at debug level.
// HOME and the XDG locations of this process and of every child point into one temporary directory. At the end,
// every file under it (contents and names) and every output collected must be free of the token in each form a
// leak could take: raw, JSON-escaped, UTF-16, Base64 (standard and URL alphabet, at each of the three alignments,
// so also inside "Basic base64(user:token)"), and percent-encoded (of the token and of its Base64). The scanner is
// itself checked on planted files first, so that a leak would fail the test.
#include "mainwindow.h"
#include "sessiontablemodel.h"

#include "net/client/trafficlog.h"
#include "net/simulator/simulator.h"
#include "profiles/endpointprofile.h"
#include "profiles/profilejson.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"
#include "trafficmodel.h"
#include "trafficview.h"

#include <QtCore/QDirIterator>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTableView>

#include <csignal>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

namespace {

// '+', '/' and '=' change under percent-encoding and are what Base64 texts are made of.
const QByteArray kToken = "osmLeak-7c1e9b04+Tok/en=Zq" + QByteArray::number(QCoreApplication::applicationPid());

struct Form
{
    QString name;
    QByteArray bytes;
    bool caseInsensitive = false; // percent-encoding may use either case for its hex digits
};

// The part of base64(prefix + token) that depends on the token alone, for a prefix of k bytes: found inside any
// Base64 text that encodes the token at an offset of k modulo 3.
QByteArray base64Core(const QByteArray &token, int k, QByteArray::Base64Options options)
{
    const QByteArray encoded = QByteArray(QByteArray(k, 'A') + token).toBase64(options);
    const qsizetype n = k + token.size();
    const qsizetype from = (8 * k + 5) / 6; // the first character with no bit of the prefix
    const qsizetype to = (8 * n - 6) / 6;   // the last character with no bit after the token
    return encoded.mid(from, to - from + 1);
}

QList<Form> formsOf(const QByteArray &token)
{
    QList<Form> forms{{"raw", token},
                      {"JSON-escaped", QByteArray(token).replace("/", "\\/")},
                      {"UTF-16", QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(token).utf16()),
                                            token.size() * 2)},
                      {"percent-encoded", QUrl::toPercentEncoding(QString::fromLatin1(token)), true},
                      {"Base64, percent-encoded", QUrl::toPercentEncoding(QString::fromLatin1(token.toBase64())), true}};
    for (int k = 0; k < 3; ++k) {
        forms.append({QString("Base64 at offset %1").arg(k), base64Core(token, k, QByteArray::Base64Encoding)});
        forms.append({QString("Base64url at offset %1").arg(k), base64Core(token, k, QByteArray::Base64UrlEncoding)});
    }
    return forms;
}

// The forms of `token` found in `bytes`, each as "where: form".
QStringList scan(const QByteArray &bytes, const QString &where, const QByteArray &token = kToken)
{
    QStringList hits;
    for (const Form &f : formsOf(token)) {
        const bool found = f.caseInsensitive ? bytes.toLower().contains(f.bytes.toLower()) : bytes.contains(f.bytes);
        if (found)
            hits.append(where + ": " + f.name);
    }
    return hits;
}

// Every file under `dir`, hidden ones included: its contents and its path. *files counts the files read.
QStringList scanTree(const QString &dir, int *files = nullptr, const QByteArray &token = kToken)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hits += scan(QFile::encodeName(path), "the file name " + path, token);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits.append(path + ": cannot be read, so not checked");
            continue;
        }
        hits += scan(f.readAll(), path, token);
        if (files)
            ++*files;
    }
    return hits;
}

QTemporaryDir *g_root = nullptr; // HOME of this process and its children
QList<QPair<QString, QByteArray>> g_outputs; // what was printed or shown, by where
QByteArrayList g_messages;                    // every message logged in this process

void recordMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QByteArray(context.category ? context.category : "") + ": " + message.toUtf8());
}

QString rootPath(const QString &relative)
{
    return g_root->filePath(relative);
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_LOGGING_RULES", "*.debug=true");
    env.remove("OCPI_TOKEN");
    return env; // HOME and XDG_* are this process's: set in main() before anything ran
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &name, const QStringList &args, QProcessEnvironment env = childEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(g_root->path());
    p.start(OSM_EXECUTABLE, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    g_outputs.append({name + " (stdout)", r.out});
    g_outputs.append({name + " (stderr)", r.err});
    return r;
}

// A `simulate` child with the given arguments; its versions URL, or empty.
QUrl startSimulator(QProcess &sim, const QStringList &args)
{
    sim.setProcessEnvironment(childEnvironment());
    sim.setWorkingDirectory(g_root->path());
    sim.start(OSM_EXECUTABLE, QStringList{"simulate", "--port", "0"} + args);
    if (!sim.waitForStarted(10000))
        return {};
    static const QRegularExpression re("versions endpoint: (http://127\\.0\\.0\\.1:\\d+/ocpi/versions)");
    QByteArray out;
    for (QDeadlineTimer deadline(15000); !deadline.hasExpired() && sim.state() == QProcess::Running;) {
        sim.waitForReadyRead(100);
        out += sim.peek(1 << 20);
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch())
            return QUrl(m.captured(1));
        out.clear();
    }
    return {};
}

void stopSimulator(const QString &name, QProcess &sim)
{
    sim.terminate();
    sim.waitForFinished(10000);
    g_outputs.append({name + " (stdout)", sim.readAllStandardOutput()});
    g_outputs.append({name + " (stderr)", sim.readAllStandardError()});
}

// The in-process simulator with a few sessions, accepting only kToken. Empty, or why it did not start.
QString startTokenSimulator(Ocpi::Sim::Simulator &sim)
{
    Ocpi::Sim::Options options;
    options.token = QString::fromLatin1(kToken);
    options.sessions = 5;
    sim.setOptions(options);
    return sim.start() ? QString() : sim.errorString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort(); // closed when s goes
}

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scannerFindsAPlantedToken_data();
    void scannerFindsAPlantedToken();
    void commandLine();
    void crashOutput();
    void coreDumps_data();
    void coreDumps();
    void window();
    void noTokenAnywhere();
};

void TestTokenLeak::initTestCase()
{
    // Every message of this process from here on, every category at debug level (QTest has set its own handler).
    QLoggingCategory::setFilterRules("*.debug=true");
    qInstallMessageHandler(recordMessage);
    QVERIFY(g_root && g_root->isValid());
    QCOMPARE(QDir::homePath(), QDir(rootPath("home")).absolutePath());
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(g_root->path()));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).startsWith(g_root->path()));
}

// The scanner finds the token in every form a leak could take, in a file and in its name, and not a near miss.
void TestTokenLeak::scannerFindsAPlantedToken_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("leak");
    const QByteArray t = kToken;
    QTest::newRow("raw in a log line") << QByteArray("poll: token " + t + " refused\n") << true;
    QTest::newRow("Authorization: Token base64") << QByteArray("Authorization: Token " + t.toBase64() + "\r\n") << true;
    QTest::newRow("Basic base64(user:token)") << QByteArray("Authorization: Basic " + QByteArray("user:" + t).toBase64()) << true;
    QTest::newRow("Basic base64(:token)") << QByteArray("Authorization: Basic " + QByteArray(":" + t).toBase64()) << true;
    QTest::newRow("Basic base64(ab:token)") << QByteArray("Basic " + QByteArray("ab:" + t).toBase64()) << true;
    QTest::newRow("base64url") << QByteArray("x=" + t.toBase64(QByteArray::Base64UrlEncoding)) << true;
    QTest::newRow("percent-encoded in a query") << QByteArray("GET /s?token=" + QUrl::toPercentEncoding(QString::fromLatin1(t))) << true;
    QTest::newRow("percent-encoded, lower-case hex")
        << QByteArray("GET /s?token=" + QUrl::toPercentEncoding(QString::fromLatin1(t)).toLower()) << true;
    QTest::newRow("JSON with escaped slash") << QByteArray("{\"token\":\"" + QByteArray(t).replace("/", "\\/") + "\"}") << true;
    QTest::newRow("UTF-16 in a binary file")
        << (QByteArray("\0\1SQLite", 8) + QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(kToken).utf16()), kToken.size() * 2))
        << true;
    QByteArray nearMiss = kToken;
    nearMiss[nearMiss.size() / 2] = '#';
    QTest::newRow("near miss") << QByteArray("token " + nearMiss + " " + nearMiss.toBase64()) << false;
    QTest::newRow("redacted") << QByteArray("Authorization: Token [redacted]") << false;
}

void TestTokenLeak::scannerFindsAPlantedToken()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, leak);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(".hidden/deep/planted.bin"), contents));
    int files = 0;
    const QStringList hits = scanTree(dir.path(), &files);
    QCOMPARE(files, 1);
    QCOMPARE(!hits.isEmpty(), leak);
    // And in a file's name.
    QTemporaryDir named;
    QVERIFY(writeFile(named.filePath("cache-" + QString::fromLatin1(kToken.toBase64(QByteArray::Base64UrlEncoding))), "x"));
    QVERIFY(!scanTree(named.path()).isEmpty());
}

void TestTokenLeak::commandLine()
{
    QTemporaryDir secrets; // the token file: outside the scanned tree (it holds the token, by design)
    const QString tokenFile = secrets.filePath("token");
    QVERIFY(writeFile(tokenFile, kToken + "\n"));

    QProcess simA, simRefusing, sim500, simFaults;
    const QUrl a = startSimulator(simA, {"--token", QString::fromLatin1(kToken), "--sessions", "25", "--seed", "11"});
    QVERIFY(!a.isEmpty());
    const QUrl refusing = startSimulator(simRefusing, {"--token", "another-token", "--sessions", "3"});
    QVERIFY(!refusing.isEmpty());
    const QUrl failing = startSimulator(sim500, {"--token", QString::fromLatin1(kToken), "--faults", "500", "--fault-rate", "1"});
    QVERIFY(!failing.isEmpty());
    const QUrl faulty = startSimulator(simFaults, {"--token", QString::fromLatin1(kToken), "--faults",
                                                   "2001,3000,truncated,linkloop,invalid", "--fault-rate", "0.5", "--seed", "3"});
    QVERIFY(!faulty.isEmpty());

    const QString db = rootPath("home/poll-cache.sqlite");
    const QString token = QString::fromLatin1(kToken);
    QDir().mkpath(rootPath("exports"));

    QProcessEnvironment withEnvToken = childEnvironment();
    withEnvToken.insert("OCPI_TOKEN", token);
    Run r = run("poll ndjson", {"poll", "--url", a.toString(), "--once", "--format", "ndjson", "--validate", "--verbose",
                                "--cache", db},
                withEnvToken);
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    QVERIFY2(r.out.count('\n') >= 25, r.out.constData()); // a session changed during the crawl may come twice
    QVERIFY(writeFile(rootPath("exports/poll.ndjson"), r.out));

    r = run("poll json", {"poll", "--url", a.toString(), "--token-file", tokenFile, "--once", "--format", "json",
                          "--verbose", "--cache", db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("resuming from date_from"), r.err.constData());
    QVERIFY(writeFile(rootPath("exports/poll.json"), r.out));

    r = run("poll csv, plain token", {"poll", "--url", a.toString(), "--token", token, "--once", "--format", "csv",
                                      "--auth", "plain", "--verbose", "--from", "2020-01-01T00:00:00Z"});
    QCOMPARE(r.exitCode, 2); // the simulator wants the Base64 form: the plain token is refused
    QVERIFY2(r.err.contains("refused"), r.err.constData());

    r = run("poll csv", {"poll", "--url", a.toString(), "--token-file", tokenFile, "--once", "--format", "csv", "--verbose"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(writeFile(rootPath("exports/poll.csv"), r.out));

    r = run("poll token in the URL", {"poll", "--url", QString("http://user:%1@%2:%3/ocpi/versions?token=%1")
                                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(token)), a.host())
                                                        .arg(a.port()),
                                      "--token-file", tokenFile, "--once", "--verbose"});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData());

    r = run("poll 401", {"poll", "--url", refusing.toString(), "--token-file", tokenFile, "--once", "--verbose"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("The token was refused both Base64-encoded"), r.err.constData());

    // The simulator's 500 fault hits a request once and lets its retry through: no retry, so the poll fails.
    r = run("poll 500", {"poll", "--url", failing.toString(), "--token-file", tokenFile, "--once", "--retries", "0", "--verbose"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("500"), r.err.constData());

    r = run("poll faults", {"poll", "--url", faulty.toString(), "--token-file", tokenFile, "--once", "--retries", "1",
                            "--verbose", "--validate", "--page-limit", "5", "--cache", db});
    QVERIFY2(r.exitCode >= 0, r.err.constData());

    const quint16 closed = closedPort();
    r = run("poll refused connection", {"poll", "--url", QString("http://127.0.0.1:%1/ocpi/versions?token=%2").arg(closed).arg(token),
                                        "--token-file", tokenFile, "--once", "--retries", "0", "--verbose"});
    QCOMPARE(r.exitCode, 2);

    r = run("poll session limit", {"poll", "--url", a.toString(), "--token-file", tokenFile, "--once", "--verbose",
                                   "--max-sessions", "5", "--cache", rootPath("home/limited.sqlite")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("sessions per endpoint was reached"), r.err.constData());

    r = run("poll usage error", {"poll", "--url", a.toString(), "--token", token, "--format", "xml"});
    QCOMPARE(r.exitCode, 2);

    r = run("cache list", {"cache", "--list", "--db", db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("127.0.0.1"), r.out.constData());
    r = run("cache export", {"cache", "--export", rootPath("exports/cache.ndjson"), "--db", db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo(rootPath("exports/cache.ndjson")).size() > 0);

    for (const QString &file : {QString("exports/cache.ndjson"), QString("exports/poll.ndjson"), QString("exports/poll.json")}) {
        r = run("validate " + file, {"validate", rootPath(file)});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        r = run("validate --format json " + file, {"validate", "--format", "json", rootPath(file)});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY(writeFile(rootPath("exports/" + QFileInfo(file).baseName() + "-report.json"), r.out));
    }

    stopSimulator("simulate", simA);
    stopSimulator("simulate (another token)", simRefusing);
    stopSimulator("simulate (500)", sim500);
    stopSimulator("simulate (faults)", simFaults);
    // The simulators' own output says the token is not shown.
    QVERIFY(g_outputs.size() > 8);
}

// A poll that crashes (SIGSEGV) while it holds the token: what it leaves on its outputs. (Core dumps: coreDumps.)
void TestTokenLeak::crashOutput()
{
    Ocpi::Sim::Simulator sim;
    const QString simError = startTokenSimulator(sim);
    QVERIFY2(simError.isEmpty(), qPrintable(simError));
    QProcess p;
    QProcessEnvironment env = childEnvironment();
    env.insert("OCPI_TOKEN", QString::fromLatin1(kToken));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(g_root->path());
    p.setChildProcessModifier([] {
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
    });
    qRegisterMetaType<Ocpi::Sim::RequestRecord>();
    QSignalSpy served(&sim, &Ocpi::Sim::Simulator::requestServed);
    p.start(OSM_EXECUTABLE, {"poll", "--url", sim.versionsUrl().toString(), "--interval", "1", "--verbose"});
    QVERIFY(p.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(served.size() >= 2, 30000); // it is polling, with the token in memory
    QCOMPARE(::kill(pid_t(p.processId()), SIGSEGV), 0);
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(p.exitStatus() == QProcess::CrashExit || p.exitCode() != 0);
    g_outputs.append({"crashed poll (stdout)", p.readAllStandardOutput()});
    g_outputs.append({"crashed poll (stderr)", p.readAllStandardError()});
}

// Started with posix_spawn rather than QProcess, because only waitpid's status says whether the kernel wrote a core
// dump (WCOREDUMP), also where core_pattern pipes dumps to a collector instead of a file.
struct Child
{
    pid_t pid = -1;
    int status = 0;
    bool reaped = false;

    ~Child()
    {
        if (pid > 0 && !reaped) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
        }
    }
    bool start(const QStringList &args, const QProcessEnvironment &env, const QString &dir)
    {
        QByteArrayList argBytes{QByteArray(OSM_EXECUTABLE)};
        for (const QString &a : args)
            argBytes.append(a.toLocal8Bit());
        QByteArrayList envBytes;
        const QStringList keys = env.keys();
        for (const QString &k : keys)
            envBytes.append((k + QLatin1Char('=') + env.value(k)).toLocal8Bit());
        std::vector<char *> argv, envp;
        for (QByteArray &b : argBytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        for (QByteArray &b : envBytes)
            envp.push_back(b.data());
        envp.push_back(nullptr);
        const QByteArray where = QFile::encodeName(dir);
        const QByteArray out = QFile::encodeName(dir + "/stdout.txt");
        const QByteArray err = QFile::encodeName(dir + "/stderr.txt");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addchdir_np(&actions, where.constData());
        posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        // The child inherits RLIMIT_CORE: as high as this system allows, for the time of the spawn.
        rlimit saved{};
        ::getrlimit(RLIMIT_CORE, &saved);
        const rlimit most{saved.rlim_max, saved.rlim_max};
        ::setrlimit(RLIMIT_CORE, &most);
        const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
        ::setrlimit(RLIMIT_CORE, &saved);
        posix_spawn_file_actions_destroy(&actions);
        return rc == 0;
    }
    // Kills it with SIGABRT (whose default action is a core dump; ASan does not handle it) and reaps it.
    bool abort()
    {
        if (::kill(pid, SIGABRT) != 0 || ::waitpid(pid, &status, 0) != pid)
            return false;
        reaped = true;
        return true;
    }
};

// A core dump holds the memory of the process, and so the token. The window and `poll` make themselves
// non-dumpable (app/processguard.h): each is started with RLIMIT_CORE as high as the system allows, in a directory
// of its own, killed with SIGABRT while it polls with the token, and the kernel's wait status must say "no core".
void TestTokenLeak::coreDumps_data()
{
    QTest::addColumn<QStringList>("args"); // the versions URL is appended
    QTest::addColumn<bool>("allowDumps");
    QTest::newRow("poll") << QStringList{"poll", "--interval", "1", "--url"} << false;
    QTest::newRow("window") << QStringList{"--no-cache", "--interval", "1", "--url"} << false;
#ifndef OSM_SANITIZED
    // The control: with OSM_ALLOW_CORE_DUMPS=1 the same poll does dump core on this system, so the rows above show
    // the guard at work and not a system that never dumps. (Not in the ASan build: a dump of its terabytes of
    // reserved address space would take minutes.)
    QTest::newRow("poll with OSM_ALLOW_CORE_DUMPS=1 (control)") << QStringList{"poll", "--interval", "1", "--url"} << true;
#endif
}

void TestTokenLeak::coreDumps()
{
    QFETCH(QStringList, args);
    QFETCH(bool, allowDumps);
    Ocpi::Sim::Simulator sim;
    const QString simError = startTokenSimulator(sim);
    QVERIFY2(simError.isEmpty(), qPrintable(simError));
    qRegisterMetaType<Ocpi::Sim::RequestRecord>();
    QSignalSpy served(&sim, &Ocpi::Sim::Simulator::requestServed);

    // The protected children run inside the scanned tree (a core file there would be found by noTokenAnywhere too);
    // the control's dump, which holds the token, goes to a directory removed at once.
    QTemporaryDir controlDir;
    const QString dir = allowDumps ? controlDir.path() : rootPath(QStringLiteral("core-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(QDir().mkpath(dir));
    QProcessEnvironment env = childEnvironment();
    env.insert("OCPI_TOKEN", QString::fromLatin1(kToken));
    env.remove("OSM_ALLOW_CORE_DUMPS");
    if (allowDumps)
        env.insert("OSM_ALLOW_CORE_DUMPS", "1");
#ifdef OSM_SANITIZED
    // ASan sets RLIMIT_CORE to 0 itself unless told not to: then only the guard can stop the dump.
    env.insert("ASAN_OPTIONS", env.value("ASAN_OPTIONS") + ":disable_coredump=0");
#endif
    Child child;
    QVERIFY(child.start(args << sim.versionsUrl().toString(), env, dir));
    QTRY_VERIFY_WITH_TIMEOUT(served.size() >= 3, 30000); // polling, with the token in memory
    QVERIFY(child.abort());
    QVERIFY2(WIFSIGNALED(child.status), qPrintable(QString::number(child.status)));
    QCOMPARE(WTERMSIG(child.status), SIGABRT);
    QCOMPARE(bool(WCOREDUMP(child.status)), allowDumps);
    if (!allowDumps) {
        QFile err(dir + "/stderr.txt");
        QVERIFY(err.open(QIODevice::ReadOnly));
        QVERIFY2(!err.readAll().contains("core dump of this program could hold"), "the guard reported a failure");
    }
}

void TestTokenLeak::window()
{
    const QString token = QString::fromLatin1(kToken);
    Ocpi::Sim::Simulator cpo;
    Ocpi::Sim::Options options;
    options.token = token;
    options.sessions = 20;
    options.faults = Ocpi::Sim::Fault::Invalid;
    options.faultRate = 0.3;
    cpo.setOptions(options);
    QVERIFY2(cpo.start(), qPrintable(cpo.errorString()));
    Ocpi::Sim::Simulator refusing; // wants another token: every request of the second profile gets 401
    Ocpi::Sim::Options other;
    other.token = "another-token";
    other.sessions = 2;
    refusing.setOptions(other);
    QVERIFY2(refusing.start(), qPrintable(refusing.errorString()));

    QString profileId;
    {
        App::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.trafficDock()->show();

        Profiles::EndpointProfile p;
        p.name = "Leak CPO";
        p.url = cpo.versionsUrl();
        p.intervalSecs = 2;
        profileId = w.profileStore()->add(p);
        QVERIFY(!profileId.isEmpty());
        const Profiles::TokenResult stored = w.tokenVault()->storeBlocking(profileId, token);
        QVERIFY2(stored.ok, qPrintable(stored.error));
        if (qEnvironmentVariableIsSet("OSM_WITH_KEYRING")) {
            // With a keychain the token goes there, and nowhere else.
            QCOMPARE(stored.location, Profiles::TokenLocation::Keychain);
            QVERIFY(!QFile::exists(w.tokenVault()->plainTextFile(profileId)));
        } else {
            QVERIFY(stored.location == Profiles::TokenLocation::Keychain || stored.location == Profiles::TokenLocation::Session);
        }
        QVERIFY(w.watchProfile(profileId));

        Profiles::EndpointProfile q;
        q.name = "Refusing CPO";
        q.url = refusing.versionsUrl();
        q.intervalSecs = 2;
        const QString refusingId = w.profileStore()->add(q);
        QVERIFY(w.tokenVault()->storeBlocking(refusingId, token).ok);
        QVERIFY(w.watchProfile(refusingId));

        QTRY_VERIFY_WITH_TIMEOUT(w.sessionsModel()->rowCount() >= 20, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.liveStatusLabel()->text().contains("refused"), 30000);
        w.pollAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.trafficView()->model()->rowCount() >= 8, 30000);

        // Every export the window has, and what it shows.
        QVERIFY(w.exportTableCsv(rootPath("exports/table.csv")));
        QVERIFY(w.exportFindings(rootPath("exports/findings.csv"), App::MainWindow::FindingsScope::All,
                                 App::MainWindow::FindingsFormat::Csv));
        QVERIFY(w.exportFindings(rootPath("exports/findings.json"), App::MainWindow::FindingsScope::All,
                                 App::MainWindow::FindingsFormat::Json));
        QString error;
        QVERIFY2(w.trafficView()->exportHar(rootPath("exports/traffic.har"), &error), qPrintable(error));
        QVERIFY(QFileInfo(rootPath("exports/traffic.har")).size() > 1000);
        QVERIFY(writeFile(rootPath("exports/profiles.json"), Profiles::ProfileJson::write(w.profileStore()->profiles())));
        QByteArray shown;
        for (int row = 0; row < w.trafficView()->model()->rowCount(); ++row) {
            w.trafficView()->table()->setCurrentIndex(w.trafficView()->model()->index(row, 0));
            shown += w.trafficView()->details()->toPlainText().toUtf8() + '\n';
            w.trafficView()->copyCurrent();
            shown += QGuiApplication::clipboard()->text().toUtf8() + '\n';
        }
        QVERIFY(shown.contains("Token [redacted]"));
        shown += w.liveStatusLabel()->text().toUtf8() + '\n' + w.statusLabel()->text().toUtf8() + '\n';
        g_outputs.append({"the window's texts and clipboard", shown});
        w.close(); // writes its settings
    }
    QVERIFY(QFile::exists(QSettings().fileName()));
    QVERIFY(QFileInfo(QSettings().fileName()).size() > 0);
}

void TestTokenLeak::noTokenAnywhere()
{
    int files = 0;
    QStringList hits = scanTree(g_root->path(), &files);
    // Under with-keyring.sh, the keyring's own files (encrypted) are in the HOME it made: scanned too.
    const QByteArray keyringHome = qgetenv("OSM_KEYRING_HOME");
    if (!keyringHome.isEmpty())
        hits += scanTree(QString::fromLocal8Bit(keyringHome), &files);
    for (const auto &[where, text] : std::as_const(g_outputs))
        hits += scan(text, where);
    for (const QByteArray &message : std::as_const(g_messages)) {
        // Which message, with the token itself masked so that the report does not spread it.
        const QStringList found = scan(message, "a log message of this process");
        if (!found.isEmpty())
            hits += found.first() + " in: " + QString::fromUtf8(QByteArray(message).replace(kToken, "<TOKEN>").replace(kToken.toBase64(), "<BASE64>").left(400));
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));

    // What was scanned: the files each path wrote are there (so a leak into them would have been found).
    for (const QString &file : {QString("home/poll-cache.sqlite"), QString("exports/poll.ndjson"), QString("exports/cache.ndjson"),
                                QString("exports/table.csv"), QString("exports/findings.json"), QString("exports/traffic.har"),
                                QString("exports/profiles.json")})
        QVERIFY2(QFileInfo(rootPath(file)).size() > 0, qPrintable(file));
    QVERIFY2(files >= 10, qPrintable(QString::number(files)));
    QVERIFY(g_messages.size() > 100); // debug logging was on
    QDirIterator settings(rootPath("config"), {"*.conf"}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(settings.hasNext(), "the settings file was written and scanned");
    QDirIterator caches(rootPath("data"), {"*.sqlite"}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(caches.hasNext(), "the window's offline cache was written and scanned");
}

int main(int argc, char *argv[])
{
    // HOME and the XDG locations of this process and of every child: one temporary directory, scanned at the end.
    if (qEnvironmentVariableIsSet("OSM_WITH_KEYRING"))
        qputenv("OSM_KEYRING_HOME", qgetenv("HOME"));
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    g_root = &root;
    for (const char *dir : {"home", "config", "data", "cache", "exports"})
        QDir().mkpath(root.filePath(QString::fromLatin1(dir)));
    qputenv("HOME", QFile::encodeName(root.filePath("home")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root.filePath("config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root.filePath("data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root.filePath("cache")));
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("ocpi-session-monitor");
    QCoreApplication::setApplicationName("ocpi-session-monitor");
    TestTokenLeak test;
    const int status = QTest::qExec(&test, argc, argv);
    g_root = nullptr;
    return status;
}

#include "tst_tokenleak.moc"
