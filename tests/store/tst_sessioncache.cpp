// The offline cache on real SQLite files: schema creation, migration and refusal of a newer schema, newest-wins
// upserts, the watermark, reading back through the validator, NDJSON export, clearing, damaged and foreign
// files set aside, and a failed write rolled back whole.
#include "store/sessioncache.h"

#include "ocpi/datetime.h"
#include "ocpi/sessionreader.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>



using namespace Ocpi::Store;

namespace {

const QString kEndpoint = "http://127.0.0.1:9/ocpi/versions";

QJsonObject example()
{
    QFile f(OSM_FIXTURES "/spec/session_example_1_simple_start.json");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A valid session with this id and last_updated, written over several lines as servers often do.
CacheEntry entry(const QString &id, qint64 lastUpdated, const QString &kwhNote = {})
{
    QJsonObject o = example();
    o["id"] = id;
    o["last_updated"] = Ocpi::formatDateTimeUtc(lastUpdated);
    if (!kwhNote.isEmpty())
        o["authorization_reference"] = kwhNote;
    const QString key = o["country_code"].toString().toUpper() + "/" + o["party_id"].toString().toUpper() + "/" + id.toUpper();
    return {key, lastUpdated, QJsonDocument(o).toJson(QJsonDocument::Indented)};
}

qint64 t(int minutes)
{
    return QDateTime(QDate(2024, 6, 3), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch() + qint64(minutes) * 60'000;
}

// Runs one statement on a file with a connection of its own.
QVariant sql(const QString &path, const QString &statement)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tst");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                v = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("tst");
    return v;
}

QStringList corruptSiblings(const QString &dir)
{
    return QDir(dir).entryList({"sessions.sqlite.corrupt-*"}, QDir::Files);
}

} // namespace

class TestSessionCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsSchema();
    void migratesVersionZero();
    void refusesNewerSchema();
    void upsertNewestWins();
    void watermarkRoundTrip();
    void loadParsesBack();
    void exportIsNdjsonThatValidates();
    void clearOneOrAll();
    void notSqliteIsSetAside();
    void foreignSqliteIsSetAside();
    void diskFullRollsBack();
    void endpointKeyHasNoSecrets();
};

void TestSessionCache::createsSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/folder/sessions.sqlite");
    {
        SessionCache cache;
        QVERIFY2(cache.open(path), qPrintable(cache.errorString()));
        QVERIFY(cache.setAsidePath().isEmpty());
        QCOMPARE(cache.schemaVersion(), SessionCache::kSchemaVersion);
    }
    QVERIFY(QFile::exists(path));
    QCOMPARE(sql(path, "PRAGMA user_version").toInt(), SessionCache::kSchemaVersion);
    QCOMPARE(sql(path, "PRAGMA application_id").toLongLong(), qint64(SessionCache::kApplicationId));
    QCOMPARE(sql(path, "PRAGMA journal_mode").toString(), QString("wal"));
    QCOMPARE(sql(path, "SELECT count(*) FROM sqlite_master WHERE name IN ('sessions', 'endpoints')").toInt(), 2);
    // Opening again keeps it as it is.
    SessionCache again;
    QVERIFY(again.open(path));
    QVERIFY(again.setAsidePath().isEmpty());
}

void TestSessionCache::migratesVersionZero()
{
    // An empty SQLite file (user_version 0, no application_id, no tables) is brought to the current schema.
    QTemporaryDir dir;
    const QString path = dir.filePath("sessions.sqlite");
    sql(path, "CREATE TABLE scratch (x)");
    sql(path, "DROP TABLE scratch");
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(sql(path, "PRAGMA user_version").toInt(), 0);
    SessionCache cache;
    QVERIFY2(cache.open(path), qPrintable(cache.errorString()));
    QVERIFY(cache.setAsidePath().isEmpty());
    QCOMPARE(cache.schemaVersion(), SessionCache::kSchemaVersion);
    QVERIFY(cache.storePoll(kEndpoint, {entry("A1", t(1))}, t(2)));
}

void TestSessionCache::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sessions.sqlite");
    {
        SessionCache cache;
        QVERIFY(cache.open(path));
        QVERIFY(cache.storePoll(kEndpoint, {entry("A1", t(1))}, t(2)));
    }
    sql(path, QString("PRAGMA user_version = %1").arg(SessionCache::kSchemaVersion + 1));
    const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();

    SessionCache cache;
    QVERIFY(!cache.open(path));
    QVERIFY(!cache.isOpen());
    QVERIFY2(cache.errorString().contains("newer version"), qPrintable(cache.errorString()));
    QVERIFY(cache.errorString().contains(QString("schema %1").arg(SessionCache::kSchemaVersion + 1)));
    // Left as it was: not set aside, not overwritten.
    QVERIFY(corruptSiblings(dir.path()).isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestSessionCache::upsertNewestWins()
{
    QTemporaryDir dir;
    SessionCache cache;
    QVERIFY(cache.open(dir.filePath("sessions.sqlite")));
    QVERIFY(cache.storePoll(kEndpoint, {entry("A1", t(10), "first"), entry("B2", t(10), "first")}, std::nullopt, t(100)));
    // A1 newer: replaced. B2 older: kept, but seen again.
    QVERIFY(cache.storePoll(kEndpoint, {entry("A1", t(20), "second"), entry("B2", t(5), "stale")}, std::nullopt, t(200)));
    // Same last_updated: the later text wins.
    QVERIFY(cache.storePoll(kEndpoint, {entry("A1", t(20), "third")}, std::nullopt, t(300)));

    const auto records = cache.load(kEndpoint);
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    const CachedRecord &a = records->at(0);
    const CachedRecord &b = records->at(1);
    QCOMPARE(a.record.session.text(Ocpi::Session::Field::Id), QString("A1"));
    QCOMPARE(a.record.session.lastUpdated, t(20));
    QCOMPARE(a.record.session.text(Ocpi::Session::Field::AuthorizationReference), QString("third"));
    QCOMPARE(a.firstSeen, t(100));
    QCOMPARE(a.lastSeen, t(300));
    QCOMPARE(b.record.session.lastUpdated, t(10));
    QCOMPARE(b.record.session.text(Ocpi::Session::Field::AuthorizationReference), QString("first"));
    QCOMPARE(b.lastSeen, t(200));
    // The key is case-insensitive: the same session under another spelling is one row.
    QVERIFY(cache.storePoll(kEndpoint, {entry("a1", t(30))}, std::nullopt));
    QCOMPARE(cache.load(kEndpoint)->size(), 2);
}

void TestSessionCache::watermarkRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sessions.sqlite");
    {
        SessionCache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.watermark(kEndpoint), Ocpi::kNoTime);
        QVERIFY(cache.storePoll(kEndpoint, {entry("A1", t(1))}, t(42)));
        // An incomplete poll keeps its sessions and leaves the watermark.
        QVERIFY(cache.storePoll(kEndpoint, {entry("B1", t(2))}, std::nullopt));
        QCOMPARE(cache.watermark(kEndpoint), t(42));
        QCOMPARE(cache.watermark("http://other/ocpi"), Ocpi::kNoTime);
    }
    SessionCache reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.watermark(kEndpoint), t(42));
    const auto endpoints = reopened.list();
    QVERIFY(endpoints);
    QCOMPARE(endpoints->size(), 1);
    QCOMPARE(endpoints->first().endpoint, kEndpoint);
    QCOMPARE(endpoints->first().sessions, 2);
    QCOMPARE(endpoints->first().watermark, t(42));
}

void TestSessionCache::loadParsesBack()
{
    QTemporaryDir dir;
    SessionCache cache;
    QVERIFY(cache.open(dir.filePath("sessions.sqlite")));
    CacheEntry bad = entry("BAD", t(3));
    QJsonObject o = QJsonDocument::fromJson(bad.json).object();
    o["kwh"] = "lots"; // a validation error, kept as it came
    bad.json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY(cache.storePoll(kEndpoint, {entry("GOOD", t(3)), bad}, t(4)));
    QVERIFY(cache.storePoll("http://second/ocpi", {entry("OTHER", t(3))}, t(4)));

    const auto records = cache.load(kEndpoint);
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).record.session.text(Ocpi::Session::Field::Id), QString("BAD"));
    QVERIFY(!records->at(0).record.session.isValid());
    QVERIFY(!records->at(0).record.findings.isEmpty());
    QCOMPARE(records->at(0).record.json, bad.json);
    QVERIFY(records->at(1).record.session.isValid());
    QCOMPARE(records->at(1).record.session.lastUpdated, t(3));
    QCOMPARE(records->at(1).endpoint, kEndpoint);
    QCOMPARE(cache.load()->size(), 3);
}

void TestSessionCache::exportIsNdjsonThatValidates()
{
    QTemporaryDir dir;
    SessionCache cache;
    QVERIFY(cache.open(dir.filePath("sessions.sqlite")));
    QList<CacheEntry> entries;
    for (int i = 0; i < 25; ++i)
        entries.append(entry(QString("S%1").arg(i, 3, 10, QChar('0')), t(i)));
    QVERIFY(cache.storePoll(kEndpoint, entries, t(30)));
    QVERIFY(cache.storePoll("http://second/ocpi", {entry("X", t(1))}, t(30)));

    const QString file = dir.filePath("export.ndjson");
    const auto n = cache.exportTo(file, kEndpoint);
    QVERIFY2(n, qPrintable(cache.errorString()));
    QCOMPARE(*n, 25);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 26); // 25 lines and the final line break
    QVERIFY(lines.last().isEmpty());
    for (qsizetype i = 0; i < 25; ++i)
        QVERIFY(QJsonDocument::fromJson(lines.at(i)).isObject());

    Ocpi::SessionReader reader;
    qint64 valid = 0;
    const Ocpi::ReadSummary summary = reader.readFile(file, [&](std::vector<Ocpi::RecordResult> &&batch) {
        for (const Ocpi::RecordResult &r : batch)
            valid += r.session.isValid() ? 1 : 0;
    });
    QVERIFY(!summary.error);
    QCOMPARE(summary.format, Ocpi::InputFormat::Stream);
    QCOMPARE(summary.records, 25);
    QCOMPARE(valid, 25);
}

void TestSessionCache::clearOneOrAll()
{
    QTemporaryDir dir;
    SessionCache cache;
    QVERIFY(cache.open(dir.filePath("sessions.sqlite")));
    QVERIFY(cache.storePoll(kEndpoint, {entry("A", t(1)), entry("B", t(1))}, t(2)));
    QVERIFY(cache.storePoll("http://second/ocpi", {entry("C", t(1))}, t(2)));
    QCOMPARE(cache.clear(kEndpoint).value_or(-1), qint64(2));
    QCOMPARE(cache.watermark(kEndpoint), Ocpi::kNoTime);
    QCOMPARE(cache.load(kEndpoint)->size(), 0);
    QCOMPARE(cache.watermark("http://second/ocpi"), t(2));
    QCOMPARE(cache.list()->size(), 1);
    QCOMPARE(cache.clear().value_or(-1), qint64(1));
    QCOMPARE(cache.list()->size(), 0);
    QCOMPARE(cache.load()->size(), 0);
}

void TestSessionCache::notSqliteIsSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sessions.sqlite");
    const QByteArray garbage = "this is a text file that someone saved under the cache's name\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    SessionCache cache;
    QVERIFY2(cache.open(path), qPrintable(cache.errorString()));
    QVERIFY(!cache.setAsidePath().isEmpty());
    const QStringList aside = corruptSiblings(dir.path());
    QCOMPARE(aside.size(), 1);
    QCOMPARE(dir.filePath(aside.first()), cache.setAsidePath());
    QFile kept(cache.setAsidePath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage); // never overwritten
    // A new, working cache in its place.
    QCOMPARE(cache.schemaVersion(), SessionCache::kSchemaVersion);
    QVERIFY(cache.storePoll(kEndpoint, {entry("A", t(1))}, t(2)));

    // A damaged SQLite file (right header, garbage pages) goes the same way.
    cache.close();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        f.seek(0);
        f.write(bytes);
    }
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
    SessionCache second;
    QVERIFY2(second.open(path), qPrintable(second.errorString()));
    QVERIFY(!second.setAsidePath().isEmpty());
    QCOMPARE(corruptSiblings(dir.path()).size(), 2);
    QCOMPARE(second.watermark(kEndpoint), Ocpi::kNoTime);
}

void TestSessionCache::foreignSqliteIsSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sessions.sqlite");
    sql(path, "CREATE TABLE recipes (name TEXT)");
    sql(path, "INSERT INTO recipes VALUES ('soup')");
    QCOMPARE(sql(path, "SELECT name FROM recipes").toString(), QString("soup"));

    SessionCache cache;
    QVERIFY2(cache.open(path), qPrintable(cache.errorString()));
    QVERIFY(!cache.setAsidePath().isEmpty());
    QCOMPARE(corruptSiblings(dir.path()).size(), 1);
    // The other program's data is intact in the renamed file.
    QCOMPARE(sql(cache.setAsidePath(), "SELECT name FROM recipes").toString(), QString("soup"));
    QCOMPARE(cache.schemaVersion(), SessionCache::kSchemaVersion);

    // Another program's application_id with our tables is not ours either.
    cache.close();
    sql(path, "PRAGMA application_id = 1234");
    SessionCache second;
    QVERIFY(second.open(path));
    QVERIFY(!second.setAsidePath().isEmpty());
    QCOMPARE(corruptSiblings(dir.path()).size(), 2);
}

void TestSessionCache::diskFullRollsBack()
{
    QTemporaryDir dir;
    SessionCache cache;
    QVERIFY(cache.open(dir.filePath("sessions.sqlite")));
    QVERIFY(cache.storePoll(kEndpoint, {entry("KEEP", t(1))}, t(5)));
    // The file may not grow any more: the next poll fails like a full disk, whole.
    QVERIFY(cache.setSizeLimit(1));
    QList<CacheEntry> many;
    for (int i = 0; i < 500; ++i)
        many.append(entry(QString("N%1").arg(i), t(10)));
    many.append(entry("KEEP", t(10), "changed"));
    QVERIFY(!cache.storePoll(kEndpoint, many, t(50)));
    QVERIFY2(cache.errorString().contains("full"), qPrintable(cache.errorString()));
    QVERIFY(cache.errorString().contains("nothing of this poll was kept"));
    // Nothing of it was kept: not the sessions, not the changed one, not the watermark.
    QCOMPARE(cache.watermark(kEndpoint), t(5));
    const auto records = cache.load(kEndpoint);
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().record.session.lastUpdated, t(1));
    // And the cache still works once there is room.
    QVERIFY(cache.setSizeLimit(0));
    QVERIFY2(cache.storePoll(kEndpoint, many, t(50)), qPrintable(cache.errorString()));
    QCOMPARE(cache.load(kEndpoint)->size(), 501);
}

void TestSessionCache::endpointKeyHasNoSecrets()
{
    QCOMPARE(SessionCache::endpointKey(QUrl("https://user:secret@cpo.example/ocpi/versions/?token=abc#x")),
             QString("https://cpo.example/ocpi/versions"));
}

QTEST_GUILESS_MAIN(TestSessionCache)
#include "tst_sessioncache.moc"
