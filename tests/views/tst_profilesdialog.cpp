// The endpoint profiles dialog offscreen: a profile added by typing is saved on OK with its token in the vault;
// an invalid URL shows the reason and keeps OK disabled; the token field never echoes; without a keychain the
// state is said in words and plain text sits behind a checkbox with a warning; every control has an accessible
// name and is in the tab chain; export has no token, import warns about one. No message carries a token.
#include "profilesdialog.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

using namespace Profiles;

namespace {

const QString kToken = QStringLiteral("dialog-token-c0ffee-%1").arg(QCoreApplication::applicationPid());

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previous)
        g_previous(type, context, message);
}

template<typename W>
W *byName(QWidget *root, const QString &accessibleName)
{
    const QList<W *> all = root->findChildren<W *>();
    for (W *w : all)
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

struct Fixture
{
    QTemporaryDir dir;
    ProfileStore store{dir.filePath(QStringLiteral("settings.ini"))};
    TokenVault vault;
    Fixture()
    {
        vault.setKeychainEnabled(false); // no Secret Service in this test: the session fallback
        vault.setPlainTextDirectory(dir.filePath(QStringLiteral("tokens")));
    }
};

QPushButton *okButton(QDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TstProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        g_previous = qInstallMessageHandler(recordMessage);
    }
    void addByTypingAndSave();
    void invalidUrlDisablesOk();
    void tokenNeverEchoes();
    void noKeychainState();
    void accessibleAndKeyboard();
    void exportImport();
    void duplicateAndDelete();
    void stopWatchingAWatchedProfile();
    void cleanupTestCase()
    {
        for (const QString &m : std::as_const(g_messages))
            QVERIFY2(!m.contains(kToken), "a token reached a log message");
    }
};

void TstProfilesDialog::addByTypingAndSave()
{
    Fixture f;
    Views::ProfilesDialog dialog(&f.store, &f.vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Add a profile")), Qt::LeftButton);
    auto *name = byName<QLineEdit>(&dialog, QStringLiteral("Profile name"));
    QVERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Test CPO"));
    QTest::keyClicks(byName<QLineEdit>(&dialog, QStringLiteral("Endpoint URL")), QStringLiteral("https://cpo.example/ocpi/versions"));
    QTest::keyClicks(byName<QLineEdit>(&dialog, QStringLiteral("Party country code")), QStringLiteral("NL"));
    QTest::keyClicks(byName<QLineEdit>(&dialog, QStringLiteral("Party id")), QStringLiteral("TNM"));
    QTest::keyClicks(byName<QLineEdit>(&dialog, QStringLiteral("Token")), kToken);
    QCOMPARE(dialog.findChild<QListWidget *>()->currentItem()->text(), QStringLiteral("Test CPO"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u' ')));

    QSignalSpy stored(&f.vault, &TokenVault::stored);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto p = f.store.profileByName(QStringLiteral("Test CPO"));
    QVERIFY(p);
    QCOMPARE(p->url, QUrl(QStringLiteral("https://cpo.example/ocpi/versions")));
    QCOMPARE(p->countryCode, QStringLiteral("NL"));
    QCOMPARE(p->partyId, QStringLiteral("TNM"));
    QCOMPARE(f.store.currentId(), p->id);
    QCOMPARE(dialog.selectedProfileId(), p->id);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.at(0).at(0).toString(), p->id);
    QString token;
    const TokenResult r = f.vault.readBlocking(p->id, &token);
    QVERIFY(r.ok);
    QCOMPARE(r.location, TokenLocation::Session);
    QCOMPARE(token, kToken);
    // Neither the settings file nor a token file holds it.
    QFile ini(f.store.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kToken.toUtf8()));
    QVERIFY(!QFile::exists(f.vault.plainTextFile(p->id)));
}

void TstProfilesDialog::invalidUrlDisablesOk()
{
    Fixture f;
    Views::ProfilesDialog dialog(&f.store, &f.vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Add a profile")), Qt::LeftButton);
    auto *url = byName<QLineEdit>(&dialog, QStringLiteral("Endpoint URL"));
    auto *reasons = byName<QLabel>(&dialog, QStringLiteral("Problems of the profile"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(reasons->isVisible());
    QVERIFY(reasons->text().contains(QStringLiteral("The URL is empty.")));

    QTest::keyClicks(url, QStringLiteral("ftp://cpo.example/"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(reasons->text().contains(QStringLiteral("must start with https://")));

    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://cpo.example/ocpi"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(reasons->text().contains(QStringLiteral("unencrypted")));
    // OK with the keyboard does nothing while it is disabled.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(f.store.profiles().isEmpty());

    auto *insecure = byName<QCheckBox>(&dialog, QStringLiteral("Allow plain http to a host that is not this computer"));
    QVERIFY(insecure->isVisible());
    insecure->setFocus();
    QTest::keyClick(insecure, Qt::Key_Space);
    QVERIFY(insecure->isChecked());
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u' ')));
    QVERIFY(!reasons->isVisible());

    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8088/ocpi/versions"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TstProfilesDialog::tokenNeverEchoes()
{
    Fixture f;
    EndpointProfile p;
    p.name = QStringLiteral("Stored");
    p.url = QUrl(QStringLiteral("https://cpo.example/"));
    const QString id = f.store.add(p);
    QVERIFY(f.vault.storeBlocking(id, kToken, StoreMode::SessionOnly).ok);

    Views::ProfilesDialog dialog(&f.store, &f.vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *token = byName<QLineEdit>(&dialog, QStringLiteral("Token"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(token->text().isEmpty()); // the stored token is never loaded into the field
    QTest::keyClicks(token, kToken);
    QVERIFY(!token->displayText().contains(kToken));
    QCOMPARE(token->contextMenuPolicy(), Qt::NoContextMenu);
    // Another profile and back: the field is empty again.
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Add a profile")), Qt::LeftButton);
    dialog.selectProfile(id);
    QVERIFY(token->text().isEmpty());
    // No label anywhere shows it.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (QLabel *l : labels)
        QVERIFY(!l->text().contains(kToken));
}

void TstProfilesDialog::noKeychainState()
{
    Fixture f;
    Views::ProfilesDialog dialog(&f.store, &f.vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Add a profile")), Qt::LeftButton);
    auto *state = byName<QLabel>(&dialog, QStringLiteral("Where the token is kept"));
    QVERIFY(state->text().startsWith(QStringLiteral("No keychain available")));
    QVERIFY(state->text().contains(QStringLiteral("kept for this session only")));
    auto *plain = byName<QCheckBox>(&dialog, QStringLiteral("Store the token in a plain-text file"));
    auto *warning = byName<QLabel>(&dialog, QStringLiteral("Plain-text warning"));
    QVERIFY(plain->isVisible());
    QVERIFY(!plain->isChecked());
    QVERIFY(!warning->isVisible());
    plain->setFocus();
    QTest::keyClick(plain, Qt::Key_Space);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().startsWith(QStringLiteral("Warning")));

    QTest::keyClicks(byName<QLineEdit>(&dialog, QStringLiteral("Endpoint URL")), QStringLiteral("https://cpo.example/"));
    QTest::keyClicks(byName<QLineEdit>(&dialog, QStringLiteral("Token")), kToken);
    QSignalSpy stored(&f.vault, &TokenVault::stored);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
    const QString id = stored.at(0).at(0).toString();
    QCOMPARE(stored.at(0).at(1).value<TokenResult>().location, TokenLocation::PlainTextFile);
    QFile file(f.vault.plainTextFile(id));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QFile ini(f.store.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kToken.toUtf8()));
}

void TstProfilesDialog::accessibleAndKeyboard()
{
    Fixture f;
    Views::ProfilesDialog dialog(&f.store, &f.vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Add a profile")), Qt::LeftButton);
    QSet<QWidget *> inChain;
    for (QWidget *w = dialog.nextInFocusChain(); w != &dialog; w = w->nextInFocusChain())
        inChain.insert(w);
    const QList<QWidget *> all = dialog.findChildren<QWidget *>();
    int focusable = 0;
    for (QWidget *w : all) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(&dialog) 
            || qobject_cast<QAbstractScrollArea *>(w->parentWidget()) // a list's viewport
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))   // a spin box's own line edit

            continue;
        ++focusable;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        QVERIFY2(inChain.contains(w), qPrintable(w->accessibleName()));
    }
    QVERIFY(focusable >= 20);
}

void TstProfilesDialog::exportImport()
{
    Fixture f;
    EndpointProfile p;
    p.name = QStringLiteral("Exported");
    p.url = QUrl(QStringLiteral("https://cpo.example/"));
    const QString id = f.store.add(p);
    QVERIFY(f.vault.storeBlocking(id, kToken).ok);
    Views::ProfilesDialog dialog(&f.store, &f.vault);
    const QString out = f.dir.filePath(QStringLiteral("export.json"));
    QVERIFY(dialog.exportFile(out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("Exported"));
    QVERIFY(!json.contains(kToken.toUtf8()));
    file.close();

    QFile withToken(f.dir.filePath(QStringLiteral("import.json")));
    QVERIFY(withToken.open(QIODevice::WriteOnly));
    withToken.write("{\"profiles\":[{\"name\":\"Exported\",\"url\":\"https://other.example/\",\"token\":\"" + kToken.toUtf8() + "\"}]}");
    withToken.close();
    QStringList warnings;
    QVERIFY(dialog.importFile(withToken.fileName(), &warnings));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).contains(QStringLiteral("\"token\" member: it was ignored")));
    QVERIFY(!warnings.at(0).contains(kToken));
    QCOMPARE(dialog.findChild<QListWidget *>()->count(), 2);
    QCOMPARE(dialog.findChild<QListWidget *>()->currentItem()->text(), QStringLiteral("Exported (2)"));
    QVERIFY(byName<QLineEdit>(&dialog, QStringLiteral("Token"))->text().isEmpty());
    dialog.accept();
    QCOMPARE(f.store.profiles().size(), 2);
    const auto imported = f.store.profileByName(QStringLiteral("Exported (2)"));
    QVERIFY(imported);
    QString token;
    QVERIFY(!f.vault.readBlocking(imported->id, &token).ok);
    QVERIFY(token.isEmpty());
}

void TstProfilesDialog::stopWatchingAWatchedProfile()
{
    // Watched profiles are marked; "Stop watching" is offered for them only and asks the window at once.
    Fixture f;
    EndpointProfile p;
    p.name = QStringLiteral("Watched");
    p.url = QUrl(QStringLiteral("https://cpo.example/"));
    const QString watched = f.store.add(p);
    p.name = QStringLiteral("Idle");
    const QString idle = f.store.add(p);
    Views::ProfilesDialog dialog(&f.store, &f.vault);
    dialog.setWatchedProfiles({watched});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *stop = byName<QPushButton>(&dialog, QStringLiteral("Stop watching the selected profile's endpoint"));
    QVERIFY(stop);
    QCOMPARE(dialog.stopWatchingButton(), stop);
    dialog.selectProfile(idle);
    QVERIFY(!stop->isEnabled());
    dialog.selectProfile(watched);
    QVERIFY(stop->isEnabled());
    QVERIFY(dialog.findChild<QListWidget *>()->currentItem()->font().bold());
    QSignalSpy requested(&dialog, &Views::ProfilesDialog::stopWatchingRequested);
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), watched);
    QVERIFY(!stop->isEnabled());
    QVERIFY(dialog.watchedProfiles().isEmpty());
    QVERIFY(!dialog.findChild<QListWidget *>()->currentItem()->font().bold());
}

void TstProfilesDialog::duplicateAndDelete()
{
    Fixture f;
    EndpointProfile p;
    p.name = QStringLiteral("One");
    p.url = QUrl(QStringLiteral("https://cpo.example/"));
    const QString id = f.store.add(p);
    QVERIFY(f.vault.storeBlocking(id, kToken).ok);
    Views::ProfilesDialog dialog(&f.store, &f.vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Duplicate the selected profile")), Qt::LeftButton);
    QCOMPARE(dialog.findChild<QListWidget *>()->currentItem()->text(), QStringLiteral("One (copy)"));
    dialog.selectProfile(id);
    QTest::mouseClick(byName<QPushButton>(&dialog, QStringLiteral("Delete the selected profile")), Qt::LeftButton);
    QCOMPARE(dialog.findChild<QListWidget *>()->count(), 1);
    // Nothing changes before OK.
    QVERIFY(f.store.profile(id));
    QSignalSpy removed(&f.vault, &TokenVault::removed);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(!f.store.profile(id));
    QVERIFY(f.store.profileByName(QStringLiteral("One (copy)")));
    QTRY_COMPARE(removed.count(), 1);
    QString token;
    QVERIFY(!f.vault.readBlocking(id, &token).ok);
}

QTEST_MAIN(TstProfilesDialog)
#include "tst_profilesdialog.moc"
