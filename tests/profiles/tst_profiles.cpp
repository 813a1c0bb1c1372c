// Endpoint profiles without widgets: validation in words (data-driven), the client configuration, the QSettings
// store (round trip, duplicate, rename, delete, current), JSON export without a token and an import that ignores one.
#include "profiles/profilejson.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Profiles;

namespace {

EndpointProfile sample()
{
    EndpointProfile p;
    p.name = QStringLiteral("CPO test");
    p.url = QUrl(QStringLiteral("https://cpo.example/ocpi/versions"));
    p.endpointKind = Ocpi::Net::EndpointKind::Versions;
    p.countryCode = QStringLiteral("NL");
    p.partyId = QStringLiteral("TNM");
    p.intervalSecs = 45;
    p.connectTimeoutSecs = 7;
    p.readTimeoutSecs = 90;
    return p;
}

const QString kToken = QStringLiteral("very-secret-token-4711");

} // namespace

class TstProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void validation_data();
    void validation();
    void caFile();
    void clientConfig();
    void storeRoundTrip();
    void duplicateRenameDelete();
    void exportHasNoToken();
    void importIgnoresToken();
    void importBroken();
};

void TstProfiles::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("problem"); // empty: valid

    QTest::newRow("https") << "https://cpo.example/ocpi/versions" << false << "" << "" << "";
    QTest::newRow("https with party") << "https://cpo.example/ocpi/versions" << false << "NL" << "TNM" << "";
    QTest::newRow("empty url") << "" << false << "" << "" << "The URL is empty.";
    QTest::newRow("not a url") << "https://exa mple.com/x" << false << "" << "" << "The URL is not valid";
    QTest::newRow("ftp") << "ftp://cpo.example/" << false << "" << "" << "must start with https://";
    QTest::newRow("no host") << "https:///versions" << false << "" << "" << "no host";
    QTest::newRow("user info") << "https://me:pw@cpo.example/" << false << "" << "" << "user name or password";
    QTest::newRow("http remote refused") << "http://cpo.example/ocpi" << false << "" << "" << "unencrypted";
    QTest::newRow("http remote confirmed") << "http://cpo.example/ocpi" << true << "" << "" << "";
    QTest::newRow("http ip refused") << "http://192.168.1.20:8088/ocpi" << false << "" << "" << "unencrypted";
    QTest::newRow("http localhost") << "http://localhost:8088/ocpi/versions" << false << "" << "" << "";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8088/ocpi/versions" << false << "" << "" << "";
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10/ocpi" << false << "" << "" << "";
    QTest::newRow("http ::1") << "http://[::1]:8088/ocpi" << false << "" << "" << "";
    QTest::newRow("party lower case") << "https://cpo.example/" << false << "nl" << "TNM" << "two capital letters";
    QTest::newRow("party country long") << "https://cpo.example/" << false << "NLD" << "TNM" << "two capital letters";
    QTest::newRow("party id short") << "https://cpo.example/" << false << "NL" << "TN" << "three capital letters";
    QTest::newRow("party id symbol") << "https://cpo.example/" << false << "NL" << "T-M" << "three capital letters";
    QTest::newRow("party only country") << "https://cpo.example/" << false << "NL" << "" << "three capital letters";
}

void TstProfiles::validation()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(QString, country);
    QFETCH(QString, party);
    QFETCH(QString, problem);
    EndpointProfile p;
    p.name = QStringLiteral("x");
    p.url = QUrl(url, QUrl::StrictMode);
    p.allowInsecureHttp = allowInsecure;
    p.countryCode = country;
    p.partyId = party;
    const QStringList problems = p.problems();
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));
        QVERIFY(p.isValid());
    } else {
        QVERIFY(!p.isValid());
        QVERIFY2(problems.join(u' ').contains(problem), qPrintable(problems.join(u' ')));
    }
}

void TstProfiles::caFile()
{
    QTemporaryDir dir;
    EndpointProfile p = sample();
    p.caFile = dir.filePath(QStringLiteral("missing.pem"));
    QVERIFY(p.problems().join(u' ').contains(QStringLiteral("cannot be read")));
    QFile junk(dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    p.caFile = junk.fileName();
    QVERIFY(p.problems().join(u' ').contains(QStringLiteral("no PEM or DER certificate")));
    QString error;
    QVERIFY(p.trustedCertificates(&error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(p.toClientConfig(kToken).caCertificates.isEmpty());
}

void TstProfiles::clientConfig()
{
    const Ocpi::Net::ClientConfig c = sample().toClientConfig(kToken);
    QCOMPARE(c.url, QUrl(QStringLiteral("https://cpo.example/ocpi/versions")));
    QCOMPARE(c.token, kToken);
    QCOMPARE(c.endpointKind, Ocpi::Net::EndpointKind::Versions);
    QCOMPARE(c.intervalSecs, 45);
    QCOMPARE(c.connectTimeoutMs, 7000);
    QCOMPARE(c.totalTimeoutMs, 90'000);
    // The party filter becomes the routing headers' party; none, none.
    QCOMPARE(c.toCountryCode, QStringLiteral("NL"));
    QCOMPARE(c.toPartyId, QStringLiteral("TNM"));
    EndpointProfile unrouted = sample();
    unrouted.countryCode.clear();
    unrouted.partyId.clear();
    QVERIFY(unrouted.toClientConfig(kToken).toPartyId.isEmpty());
    // Plain http:// to another host reaches the client only as the user's confirmation (the client refuses it else).
    QVERIFY(!c.allowInsecureHttp);
    EndpointProfile confirmed = sample();
    confirmed.url = QUrl(QStringLiteral("http://cpo.example/ocpi/versions"));
    confirmed.allowInsecureHttp = true;
    QVERIFY(confirmed.toClientConfig(kToken).allowInsecureHttp);
}

void TstProfiles::storeRoundTrip()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    QString id;
    {
        ProfileStore store(ini);
        QSignalSpy changed(&store, &ProfileStore::changed);
        EndpointProfile p = sample();
        p.caFile = QStringLiteral("/etc/ssl/certs/test-ca.pem");
        p.allowInsecureHttp = true;
        id = store.add(p);
        QVERIFY(!id.isEmpty());
        store.setCurrentId(id);
        QCOMPARE(changed.count(), 2);
    }
    ProfileStore store(ini);
    const auto p = store.profile(id);
    QVERIFY(p);
    EndpointProfile expected = sample();
    expected.id = id;
    expected.caFile = QStringLiteral("/etc/ssl/certs/test-ca.pem");
    expected.allowInsecureHttp = true;
    QCOMPARE(p->toJson(), expected.toJson());
    QVERIFY(*p == expected);
    QCOMPARE(store.currentId(), id);
    QCOMPARE(store.profiles().size(), 1);
    // The settings are in group "profiles".
    QSettings raw(ini, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("profiles/%1/name").arg(id)).toString(), QStringLiteral("CPO test"));
    QCOMPARE(raw.value(QStringLiteral("profiles/current")).toString(), id);
}

void TstProfiles::duplicateRenameDelete()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
    const QString a = store.add(sample());
    const QString b = store.duplicate(a);
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    QCOMPARE(store.profile(b)->name, QStringLiteral("CPO test (copy)"));
    QCOMPARE(store.profile(b)->url, sample().url);
    QCOMPARE(store.profile(store.duplicate(a))->name, QStringLiteral("CPO test (copy) (2)"));
    // Adding the same name again makes it unique.
    QCOMPARE(store.profile(store.add(sample()))->name, QStringLiteral("CPO test (2)"));

    QString error;
    QVERIFY(!store.rename(b, QStringLiteral("CPO test"), &error));
    QVERIFY(error.contains(QStringLiteral("already called")));
    QVERIFY(!store.rename(b, QStringLiteral("  "), &error));
    QVERIFY(store.rename(b, QStringLiteral("Staging"), &error));
    QCOMPARE(store.profile(b)->name, QStringLiteral("Staging"));
    QCOMPARE(store.profileByName(QStringLiteral("Staging"))->id, b);

    store.setCurrentId(b);
    QVERIFY(store.remove(b));
    QVERIFY(!store.profile(b));
    QVERIFY(store.currentId().isEmpty());
    QVERIFY(!store.remove(b));
    QCOMPARE(store.profiles().size(), 3);
}

void TstProfiles::exportHasNoToken()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
    const QString id = store.add(sample());
    TokenVault vault;
    vault.setKeychainEnabled(false);
    QVERIFY(vault.storeBlocking(id, kToken, StoreMode::SessionOnly).ok);
    const QByteArray json = ProfileJson::write(store.profiles());
    QVERIFY(!json.contains(kToken.toUtf8()));
    QVERIFY(!json.contains("token"));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"profiles").toArray().size(), 1);
    QCOMPARE(root.value(u"profiles").toArray().at(0).toObject().value(u"name").toString(), QStringLiteral("CPO test"));
    // Nor does the settings file hold it.
    QFile f(store.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(kToken.toUtf8()));
}

void TstProfiles::importIgnoresToken()
{
    QJsonObject withToken = sample().toJson();
    withToken.insert(QStringLiteral("token"), kToken);
    const QJsonObject root{{QStringLiteral("profiles"), QJsonArray{withToken, QJsonValue(3), QJsonObject{}}}};
    const ProfileImport in = ProfileJson::read(QJsonDocument(root).toJson());
    QVERIFY(in.error.isEmpty());
    QCOMPARE(in.profiles.size(), 1);
    QCOMPARE(in.profiles.at(0).name, QStringLiteral("CPO test"));
    QCOMPARE(in.profiles.at(0).partyId, QStringLiteral("TNM"));
    const QString warnings = in.warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("\"token\" member: it was ignored")), qPrintable(warnings));
    QVERIFY(!warnings.contains(kToken));
    QVERIFY(warnings.contains(QStringLiteral("Entry 2 is not an object")));
    QVERIFY(warnings.contains(QStringLiteral("Entry 3 has no name")));
    for (const EndpointProfile &p : in.profiles)
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains(kToken.toUtf8()));
    // Round trip of what export writes.
    const ProfileImport again = ProfileJson::read(ProfileJson::write(in.profiles));
    QCOMPARE(again.profiles.size(), 1);
    QVERIFY(again.profiles.at(0) == in.profiles.at(0));
    QVERIFY(again.warnings.isEmpty());
}

void TstProfiles::importBroken()
{
    QVERIFY(ProfileJson::read("{\"profiles\": [").error.contains(QStringLiteral("not JSON")));
    QVERIFY(ProfileJson::read("{\"x\": 1}").error.contains(QStringLiteral("no list of profiles")));
    QVERIFY(ProfileJson::read("[]").error.isEmpty());
}

QTEST_GUILESS_MAIN(TstProfiles)
#include "tst_profiles.moc"
