// The TokenVault against a real Secret Service (gnome-keyring on a private D-Bus, started by with-keyring.sh):
// store, read back, overwrite, delete; no file under the temporary HOME (settings, data, the keyring itself)
// holds a token in clear; without a keychain (a child process whose DBUS_SESSION_BUS_ADDRESS points nowhere) the
// cause is given and the token is kept in memory; plain text only on the explicit flag, in a 0600 file. Every
// message the test (and its child) prints is checked for the tokens.
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"

#include <QtCore/QDirIterator>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <sys/stat.h>

using namespace Profiles;

namespace {

const QString kTokenA = QStringLiteral("tok-A-7f3c9e1d-secret-%1").arg(QCoreApplication::applicationPid());
const QString kTokenB = QStringLiteral("tok-B-0b8a44c2-secret-%1").arg(QCoreApplication::applicationPid());
const QString kPlainToken = QStringLiteral("tok-P-5d21e6aa-plain-%1").arg(QCoreApplication::applicationPid());
const QString kSessionToken = QStringLiteral("tok-S-91c3b7f0-session-%1").arg(QCoreApplication::applicationPid());

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previous)
        g_previous(type, context, message);
}

mode_t fileMode(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// The child process: no keychain reachable. Prints what it found (never a token) and exits 0 when all is well.
int runUnavailableChild(const QString &plainDir)
{
    auto fail = [](const char *what) {
        std::fprintf(stdout, "CHILD-FAIL %s\n", what);
        return 1;
    };
    TokenVault vault;
    vault.setPlainTextDirectory(plainDir);
    if (vault.probeBlocking() != KeychainState::Unavailable)
        return fail("the keychain looked available");
    if (vault.keychainError().isEmpty())
        return fail("no cause given");
    std::fprintf(stdout, "CAUSE %s\nSTATE %s\n", qPrintable(vault.keychainError()), qPrintable(vault.stateText()));
    if (!vault.stateText().startsWith(QStringLiteral("No keychain available")))
        return fail("state text");
    TokenResult r = vault.storeBlocking(QStringLiteral("p1"), kSessionToken);
    if (!r.ok || r.location != TokenLocation::Session || r.error.isEmpty())
        return fail("store did not fall back to the session");
    if (QDir(plainDir).exists() && !QDir(plainDir).isEmpty())
        return fail("the fallback wrote a file");
    QString token;
    r = vault.readBlocking(QStringLiteral("p1"), &token);
    if (!r.ok || r.location != TokenLocation::Session || token != kSessionToken)
        return fail("session read-back");
    // Plain text, on the explicit flag only.
    r = vault.storeBlocking(QStringLiteral("p2"), kPlainToken, StoreMode::PlainTextFile);
    if (!r.ok || r.location != TokenLocation::PlainTextFile || fileMode(vault.plainTextFile(QStringLiteral("p2"))) != 0600)
        return fail("plain-text file");
    r = vault.readBlocking(QStringLiteral("p2"), &token);
    if (!r.ok || token != kPlainToken)
        return fail("plain-text read-back");
    r = vault.removeBlocking(QStringLiteral("p2"));
    if (!r.ok || QFile::exists(vault.plainTextFile(QStringLiteral("p2"))))
        return fail("plain-text delete");
    r = vault.readBlocking(QStringLiteral("p3"), &token);
    if (r.ok || !token.isEmpty())
        return fail("reading a missing token succeeded");
    std::fprintf(stdout, "CHILD-OK\n");
    return 0;
}

} // namespace

class TstTokenVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadOverwriteDelete();
    void plainTextOnlyOnExplicitFlag();
    void unavailableKeychainFallsBackToSession();
    void cleanupTestCase();

private:
    bool m_withKeyring = false;
};

void TstTokenVault::initTestCase()
{
    g_previous = qInstallMessageHandler(recordMessage);
    m_withKeyring = qEnvironmentVariableIsSet("OSM_WITH_KEYRING");
    if (!m_withKeyring)
        qWarning("not run through with-keyring.sh: the keychain cases are skipped");
}

void TstTokenVault::storeReadOverwriteDelete()
{
    if (!m_withKeyring)
        QSKIP("needs the Secret Service of with-keyring.sh");
    // A profile in the application's settings, so the search below has a settings file to look into.
    ProfileStore store;
    EndpointProfile p;
    p.name = QStringLiteral("Keychain test");
    p.url = QUrl(QStringLiteral("https://cpo.example/ocpi/versions"));
    const QString id = store.add(p);

    TokenVault vault;
    QCOMPARE(vault.probeBlocking(), KeychainState::Available);
    QCOMPARE(vault.stateText(), QStringLiteral("Stored in the system keychain"));

    TokenResult r = vault.storeBlocking(id, kTokenA);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.location, TokenLocation::Keychain);

    // A fresh vault (nothing in memory) reads it back from the keychain.
    TokenVault other;
    QString token;
    r = other.readBlocking(id, &token);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.location, TokenLocation::Keychain);
    QCOMPARE(token, kTokenA);

    // Overwrite.
    r = vault.storeBlocking(id, kTokenB);
    QVERIFY(r.ok);
    QCOMPARE(r.location, TokenLocation::Keychain);
    r = other.readBlocking(id, &token);
    QVERIFY(r.ok);
    QCOMPARE(token, kTokenB);

    // The Secret Service itself holds it (read back with its own tool, outside our code): schema org.qt.keychain,
    // server = our service, user = the profile id.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                 QStringLiteral("ocpi-session-monitor"), QStringLiteral("user"), id});
    QVERIFY2(lookup.waitForStarted(), "secret-tool (libsecret-tools) is missing");
    QVERIFY(lookup.waitForFinished(60'000));
    QVERIFY2(lookup.readAllStandardOutput().trimmed() == kTokenB.toUtf8(), "secret-tool does not find the token");

    // Delete, then it is gone; deleting again is fine.
    r = vault.removeBlocking(id);
    QVERIFY2(r.ok, qPrintable(r.error));
    r = other.readBlocking(id, &token);
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);
    QVERIFY(token.isEmpty());
    QVERIFY(vault.removeBlocking(id).ok);

    // Stored again, kept for the file search of cleanupTestCase.
    QVERIFY(vault.storeBlocking(id, kTokenA).ok);
}

void TstTokenVault::plainTextOnlyOnExplicitFlag()
{
    if (!m_withKeyring)
        QSKIP("needs the Secret Service of with-keyring.sh");
    TokenVault vault;
    vault.setPlainTextDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokens"));
    const QString id = QStringLiteral("plain-profile");
    // The default mode never writes a file.
    QVERIFY(vault.storeBlocking(id, kPlainToken).ok);
    QVERIFY(!QFile::exists(vault.plainTextFile(id)));
    QVERIFY(vault.removeBlocking(id).ok);
    // The explicit flag does, 0600, in its own file (not the settings).
    const TokenResult r = vault.storeBlocking(id, kPlainToken, StoreMode::PlainTextFile);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.location, TokenLocation::PlainTextFile);
    QCOMPARE(fileMode(vault.plainTextFile(id)), mode_t(0600));
    QCOMPARE(fileMode(vault.plainTextDirectory()), mode_t(0700));
    QString token;
    QVERIFY(vault.readBlocking(id, &token).ok);
    QCOMPARE(token, kPlainToken);
    // Storing into the keychain afterwards removes the plain-text file.
    QVERIFY(vault.storeBlocking(id, kPlainToken).ok);
    QVERIFY(!QFile::exists(vault.plainTextFile(id)));
    QVERIFY(vault.removeBlocking(id).ok);
}

void TstTokenVault::unavailableKeychainFallsBackToSession()
{
    QTemporaryDir plain;
    QVERIFY(plain.isValid());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/osm-no-bus"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--unavailable-child"), plain.path() + QStringLiteral("/tokens")});
    QVERIFY(child.waitForFinished(120'000));
    const QString out = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitCode() == 0, qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("CHILD-OK")));
    QVERIFY(out.contains(QStringLiteral("CAUSE ")));
    for (const QString &t : {kSessionToken, kPlainToken, kTokenA, kTokenB})
        QVERIFY2(!out.contains(t), "the child printed a token");
    g_messages << out;
}

void TstTokenVault::cleanupTestCase()
{
    const QStringList tokens{kTokenA, kTokenB, kPlainToken, kSessionToken};
    for (const QString &m : std::as_const(g_messages))
        for (const QString &t : tokens)
            QVERIFY2(!m.contains(t), "a token reached a log message");
    if (!m_withKeyring)
        return;
    // Every file under the temporary HOME: settings (XDG_CONFIG_HOME), data (XDG_DATA_HOME, with the keyring).
    const QStringList roots{QDir::homePath(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
    int files = 0;
    int keyrings = 0;
    bool sawSettings = false;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            ++files;
            if (path.endsWith(QStringLiteral(".keyring")))
                ++keyrings;
            if (bytes.contains("Keychain test"))
                sawSettings = true;
            for (const QString &t : tokens) {
                QVERIFY2(!bytes.contains(t.toUtf8()), qPrintable(QStringLiteral("a token in clear in %1").arg(path)));
                QVERIFY2(!bytes.contains(t.toUtf8().toBase64()), qPrintable(QStringLiteral("a token in Base64 in %1").arg(path)));
            }
        }
    }
    QVERIFY2(sawSettings, "the profile's settings file was not found under HOME");
    QVERIFY2(keyrings > 0, "gnome-keyring wrote no keyring file under XDG_DATA_HOME/keyrings");
    QVERIFY(files > 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ocpi-session-monitor-test"));
    app.setApplicationName(QStringLiteral("tst_tokenvault"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QStringLiteral("--unavailable-child"))
        return runUnavailableChild(args.at(2));
    TstTokenVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenvault.moc"
