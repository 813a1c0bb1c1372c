#include "sessioncache.h"

#include "cachelog.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <functional>

namespace Ocpi::Store {

Q_LOGGING_CATEGORY(lcStore, "ocpi.store", QtInfoMsg)

namespace {

QAtomicInteger<quint64> g_connections;

// What makes schema version N out of version N-1. A v2 appends its statements here; never edit a step once
// released (see docs/CACHE.md).
const QList<QList<QLatin1StringView>> &migrations()
{
    static const QList<QList<QLatin1StringView>> steps{
        // v1
        {
            QLatin1StringView("CREATE TABLE endpoints ("
                              " endpoint TEXT PRIMARY KEY NOT NULL,"
                              " watermark INTEGER,"
                              " last_sync INTEGER)"),
            QLatin1StringView("CREATE TABLE sessions ("
                              " endpoint TEXT NOT NULL,"
                              " session_key TEXT NOT NULL,"
                              " last_updated INTEGER,"
                              " first_seen INTEGER NOT NULL,"
                              " last_seen INTEGER NOT NULL,"
                              " json TEXT NOT NULL,"
                              " PRIMARY KEY (endpoint, session_key))"),
        },
    };
    return steps;
}

QVariant timeValue(qint64 ms)
{
    return ms == kNoTime ? QVariant(QMetaType::fromType<qint64>()) : QVariant(ms);
}

qint64 timeOf(const QVariant &v)
{
    return v.isNull() ? kNoTime : v.toLongLong();
}

QString sqlText(const QSqlError &e)
{
    const QString db = e.databaseText();
    return db.isEmpty() ? e.text() : db;
}

} // namespace

QByteArray compactJson(const QByteArray &json)
{
    if (!json.contains('\n') && !json.contains('\r') && !json.contains('\t'))
        return json;
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out += c;
        }
    }
    return out;
}

SessionCache::SessionCache()
    : m_connection(QStringLiteral("ocpi.store.%1").arg(g_connections.fetchAndAddRelaxed(1)))
{
}

SessionCache::~SessionCache()
{
    close();
}

QString SessionCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sessions.sqlite");
}

QString SessionCache::endpointKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString(QUrl::FullyEncoded);
}

QString SessionCache::sessionKey(const Session &s)
{
    using F = Session::Field;
    if (!s.has(F::Id) || s.text(F::Id).isEmpty())
        return {};
    return s.text(F::CountryCode).toUpper() + QLatin1Char('/') + s.text(F::PartyId).toUpper() + QLatin1Char('/')
        + s.text(F::Id).toUpper();
}

bool SessionCache::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

bool SessionCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void SessionCache::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SessionCache::open(const QString &path)
{
    close();
    m_error.clear();
    m_setAside.clear();
    m_path = path.isEmpty() ? defaultPath() : path;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1 for the cache").arg(QDir::toNativeSeparators(info.absolutePath())));

    // A file that does not start like SQLite is never handed to SQLite, which would overwrite it.
    if (info.exists() && info.size() > 0) {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("cannot read the cache %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString()));
        const QByteArray head = f.read(16);
        f.close();
        if (head != QByteArrayView("SQLite format 3\0", 16) && !setAside(tr("it is not an SQLite database")))
            return false;
    }
    bool damaged = false;
    if (openFile(&damaged))
        return true;
    if (!damaged)
        return false;
    if (!setAside(m_error))
        return false;
    damaged = false;
    return openFile(&damaged);
}

bool SessionCache::openFile(bool *damaged)
{
    *damaged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString why = sqlText(db.lastError());
            close();
            return fail(tr("cannot open the cache %1: %2").arg(QDir::toNativeSeparators(m_path), why));
        }
        QSqlQuery q(db);
        qint64 appId = 0, version = 0, objects = 0;
        bool readable = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
        if (readable)
            appId = q.value(0).toLongLong();
        readable = readable && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
        if (readable)
            version = q.value(0).toLongLong();
        readable = readable && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
        if (readable)
            objects = q.value(0).toLongLong();
        if (!readable) {
            const QString why = sqlText(q.lastError());
            // Only SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean a damaged file; anything else (permissions, a
            // lock, I/O) is reported and the file left alone.
            const int code = q.lastError().nativeErrorCode().toInt() & 0xFF;
            q.finish();
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            if (code != 11 && code != 26)
                return fail(tr("cannot read the cache %1: %2").arg(QDir::toNativeSeparators(m_path), why));
            *damaged = true;
            return fail(tr("it cannot be read as SQLite (%1)").arg(why));
        }
        const bool empty = appId == 0 && version == 0 && objects == 0;
        if (!empty && appId != kApplicationId) {
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            *damaged = true;
            return fail(tr("it is an SQLite database of another program (application_id %1)").arg(appId));
        }
        if (version > kSchemaVersion) {
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return fail(tr("the cache %1 was written by a newer version of OCPI Session Monitor (schema %2; this one "
                           "reads up to %3): it is left as it is; use a newer version or another --db file")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(version)
                            .arg(kSchemaVersion));
        }
        // WAL: readers never block the writer, and a killed writer leaves the last commit intact.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            qCWarning(lcStore).noquote() << "cannot switch to WAL:" << sqlText(q.lastError());
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.finish();
        if (version < kSchemaVersion && !migrate(int(version))) {
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return false;
        }
    }
    qCDebug(lcStore).noquote() << "opened" << m_path;
    return true;
}

bool SessionCache::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("cannot create the cache %1: %2").arg(QDir::toNativeSeparators(m_path), sqlText(db.lastError())));
    QSqlQuery q(db);
    QStringList statements;
    for (int v = from + 1; v <= kSchemaVersion; ++v) {
        for (const QLatin1StringView s : migrations().at(v - 1))
            statements.append(s);
    }
    statements.append(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    for (const QString &s : std::as_const(statements)) {
        if (!q.exec(s)) {
            const QString why = sqlText(q.lastError());
            q.finish();
            db.rollback();
            return fail(tr("cannot bring the cache %1 from schema %2 to %3: %4")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(from)
                            .arg(kSchemaVersion)
                            .arg(why));
        }
    }
    q.finish();
    if (!db.commit()) {
        const QString why = sqlText(db.lastError());
        db.rollback();
        return fail(tr("cannot create the cache %1: %2").arg(QDir::toNativeSeparators(m_path), why));
    }
    if (from > 0)
        qCInfo(lcStore).noquote() << "migrated" << m_path << "from schema" << from << "to" << kSchemaVersion;
    return true;
}

bool SessionCache::setAside(const QString &why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        return fail(tr("the cache %1 is damaged or not ours (%2) and cannot be set aside: %3")
                        .arg(QDir::toNativeSeparators(m_path), why, QFile(m_path).errorString()));
    }
    for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_setAside = target;
    qCWarning(lcStore).noquote() << tr("the cache %1 is damaged or not ours (%2); it was renamed to %3 and a new cache "
                                       "is started")
                                        .arg(QDir::toNativeSeparators(m_path), why, QDir::toNativeSeparators(target));
    return true;
}

int SessionCache::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool SessionCache::setSizeLimit(qint64 bytes)
{
    if (!isOpen())
        return fail(tr("the cache is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    qint64 pageSize = 4096;
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
        pageSize = std::max<qint64>(512, q.value(0).toLongLong());
    const qint64 pages = bytes <= 0 ? 0xFFFFFFFELL : std::max<qint64>(1, bytes / pageSize);
    if (!q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)))
        return fail(sqlText(q.lastError()));
    return true;
}

bool SessionCache::storePoll(const QString &endpoint, const QList<CacheEntry> &sessions,
                             std::optional<qint64> newWatermark, qint64 now)
{
    if (!isOpen())
        return fail(tr("the cache is not open"));
    if (now == kNoTime)
        now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto failed = [&](const QString &why) {
        db.rollback();
        return fail(tr("could not store the poll in the cache %1: %2 (nothing of this poll was kept)")
                        .arg(QDir::toNativeSeparators(m_path), why));
    };
    if (!db.transaction())
        return failed(sqlText(db.lastError()));
    {
        QSqlQuery ep(db);
        ep.prepare(QStringLiteral("INSERT INTO endpoints (endpoint, watermark, last_sync) VALUES (?, NULL, ?) "
                                  "ON CONFLICT (endpoint) DO UPDATE SET last_sync = excluded.last_sync"));
        ep.addBindValue(endpoint);
        ep.addBindValue(now);
        if (!ep.exec())
            return failed(sqlText(ep.lastError()));
        if (newWatermark) {
            QSqlQuery wm(db);
            wm.prepare(QStringLiteral("UPDATE endpoints SET watermark = ? WHERE endpoint = ?"));
            wm.addBindValue(timeValue(*newWatermark));
            wm.addBindValue(endpoint);
            if (!wm.exec())
                return failed(sqlText(wm.lastError()));
        }
        // Newest wins: the stored text is replaced only by a record with the same or a later last_updated (no
        // last_updated counts as the oldest); the last-seen time moves either way.
        QSqlQuery up(db);
        up.prepare(QStringLiteral(
            "INSERT INTO sessions (endpoint, session_key, last_updated, first_seen, last_seen, json) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint, session_key) DO UPDATE SET "
            "json = CASE WHEN ifnull(excluded.last_updated, -9e18) >= ifnull(sessions.last_updated, -9e18) "
            "THEN excluded.json ELSE sessions.json END, "
            "last_updated = CASE WHEN ifnull(excluded.last_updated, -9e18) >= ifnull(sessions.last_updated, -9e18) "
            "THEN excluded.last_updated ELSE sessions.last_updated END, "
            "last_seen = excluded.last_seen"));
        for (const CacheEntry &s : sessions) {
            if (s.key.isEmpty())
                continue;
            up.addBindValue(endpoint);
            up.addBindValue(s.key);
            up.addBindValue(timeValue(s.lastUpdated));
            up.addBindValue(now);
            up.addBindValue(now);
            up.addBindValue(QString::fromUtf8(s.json));
            if (!up.exec())
                return failed(sqlText(up.lastError()));
        }
    }
    if (!db.commit())
        return failed(sqlText(db.lastError()));
    qCDebug(lcStore).noquote() << "stored" << sessions.size() << "session(s) for" << endpoint;
    return true;
}

qint64 SessionCache::watermark(const QString &endpoint)
{
    if (!isOpen()) {
        fail(tr("the cache is not open"));
        return kNoTime;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT watermark FROM endpoints WHERE endpoint = ?"));
    q.addBindValue(endpoint);
    if (!q.exec()) {
        fail(tr("cannot read the cache %1: %2").arg(QDir::toNativeSeparators(m_path), sqlText(q.lastError())));
        return kNoTime;
    }
    return q.next() ? timeOf(q.value(0)) : kNoTime;
}

std::optional<QStringList> SessionCache::sessionKeys(const QString &endpoint)
{
    if (!isOpen()) {
        fail(tr("the cache is not open"));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT session_key FROM sessions WHERE endpoint = ?"));
    q.addBindValue(endpoint);
    if (!q.exec()) {
        fail(tr("cannot read the cache %1: %2").arg(QDir::toNativeSeparators(m_path), sqlText(q.lastError())));
        return std::nullopt;
    }
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

std::optional<QList<CachedRecord>> SessionCache::load(const QString &endpoint)
{
    if (!isOpen()) {
        fail(tr("the cache is not open"));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(endpoint.isEmpty()
                  ? QStringLiteral("SELECT endpoint, json, first_seen, last_seen FROM sessions ORDER BY endpoint, session_key")
                  : QStringLiteral("SELECT endpoint, json, first_seen, last_seen FROM sessions WHERE endpoint = ? "
                                   "ORDER BY session_key"));
    if (!endpoint.isEmpty())
        q.addBindValue(endpoint);
    if (!q.exec()) {
        fail(tr("cannot read the cache %1: %2").arg(QDir::toNativeSeparators(m_path), sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<CachedRecord> out;
    SessionValidator validator;
    while (q.next()) {
        CachedRecord c;
        c.endpoint = q.value(0).toString();
        c.record.index = out.size();
        c.record.json = q.value(1).toString().toUtf8();
        c.record.session = validator.validate(std::string_view(c.record.json.constData(), size_t(c.record.json.size())),
                                              &c.record.findings);
        c.firstSeen = timeOf(q.value(2));
        c.lastSeen = timeOf(q.value(3));
        out.append(std::move(c));
    }
    return out;
}

std::optional<QList<EndpointSummary>> SessionCache::list()
{
    if (!isOpen()) {
        fail(tr("the cache is not open"));
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT e.endpoint, (SELECT count(*) FROM sessions s WHERE s.endpoint = e.endpoint), "
                               "e.watermark, e.last_sync FROM endpoints e ORDER BY e.endpoint"))) {
        fail(tr("cannot read the cache %1: %2").arg(QDir::toNativeSeparators(m_path), sqlText(q.lastError())));
        return std::nullopt;
    }
    QList<EndpointSummary> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), timeOf(q.value(2)), timeOf(q.value(3))});
    return out;
}

std::optional<qint64> SessionCache::exportTo(const QString &file, const QString &endpoint)
{
    if (!isOpen()) {
        fail(tr("the cache is not open"));
        return std::nullopt;
    }
    // The stored text as it is, without parsing it again: the file is for `validate` and other tools.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(endpoint.isEmpty() ? QStringLiteral("SELECT json FROM sessions ORDER BY endpoint, session_key")
                                 : QStringLiteral("SELECT json FROM sessions WHERE endpoint = ? ORDER BY session_key"));
    if (!endpoint.isEmpty())
        q.addBindValue(endpoint);
    if (!q.exec()) {
        fail(tr("cannot read the cache %1: %2").arg(QDir::toNativeSeparators(m_path), sqlText(q.lastError())));
        return std::nullopt;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return std::nullopt;
    }
    qint64 n = 0;
    while (q.next()) {
        out.write(compactJson(q.value(0).toString().toUtf8()) + '\n');
        ++n;
    }
    if (!out.commit()) {
        fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> SessionCache::clear(const QString &endpoint)
{
    if (!isOpen()) {
        fail(tr("the cache is not open"));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto failed = [&](const QString &why) -> std::optional<qint64> {
        db.rollback();
        fail(tr("cannot clear the cache %1: %2").arg(QDir::toNativeSeparators(m_path), why));
        return std::nullopt;
    };
    if (!db.transaction())
        return failed(sqlText(db.lastError()));
    qint64 removed = 0;
    {
        QSqlQuery q(db);
        const bool all = endpoint.isEmpty();
        q.prepare(all ? QStringLiteral("DELETE FROM sessions") : QStringLiteral("DELETE FROM sessions WHERE endpoint = ?"));
        if (!all)
            q.addBindValue(endpoint);
        if (!q.exec())
            return failed(sqlText(q.lastError()));
        removed = q.numRowsAffected();
        q.prepare(all ? QStringLiteral("DELETE FROM endpoints") : QStringLiteral("DELETE FROM endpoints WHERE endpoint = ?"));
        if (!all)
            q.addBindValue(endpoint);
        if (!q.exec())
            return failed(sqlText(q.lastError()));
    }
    if (!db.commit())
        return failed(sqlText(db.lastError()));
    return removed;
}

} // namespace Ocpi::Store
