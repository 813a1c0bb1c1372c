// The offline cache: the sessions read from each endpoint and its watermark, kept in one SQLite file through
// Qt SQL, so that a restart shows what was seen before and resumes the incremental sync (see docs/CACHE.md).
//
// One SessionCache owns one database connection and is used from one thread. Every write is one transaction:
// it commits whole or not at all. Tokens are never stored: the endpoint key is the URL without user info,
// query or fragment (endpointKey()).
#pragma once

#include "ocpi/datetime.h"
#include "ocpi/sessionreader.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <optional>

namespace Ocpi::Store {

// One session to store: its key "CC/PARTY/ID" (upper-cased), last_updated and the record's JSON text.
struct CacheEntry
{
    QString key;
    qint64 lastUpdated = kNoTime;
    QByteArray json;
};

// One cached session read back: parsed again with the validator, with when it was first and last received.
struct CachedRecord
{
    QString endpoint;
    RecordResult record; // record.json holds the stored text
    qint64 firstSeen = kNoTime; // client clock, ms since the epoch
    qint64 lastSeen = kNoTime;
};

struct EndpointSummary
{
    QString endpoint;
    qint64 sessions = 0;
    qint64 watermark = kNoTime; // date_from of the next sync; kNoTime when no sync completed
    qint64 lastSync = kNoTime;  // client clock of the last stored poll
};

class SessionCache
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::Store::SessionCache)
public:
    static constexpr int kSchemaVersion = 1;            // PRAGMA user_version written by this build
    static constexpr qint32 kApplicationId = 0x4F534D43; // PRAGMA application_id: "OSMC"

    SessionCache();
    ~SessionCache();
    SessionCache(const SessionCache &) = delete;
    SessionCache &operator=(const SessionCache &) = delete;

    // <AppDataLocation>/sessions.sqlite
    static QString defaultPath();
    // The key an endpoint URL is stored under: scheme, host, port and path only (never user info or query).
    static QString endpointKey(const QUrl &url);
    // "CC/PARTY/ID", upper-cased (the three are CiString); empty when the session has no id.
    static QString sessionKey(const Session &session);

    // Opens (creating the file and its directory, or migrating an older schema) the database at `path`, or
    // defaultPath() when empty. A file that is not SQLite, or SQLite that is not ours, is renamed to
    // "<path>.corrupt-<yyyyMMddThhmmss>" (setAsidePath()) and a new cache is created in its place. A cache
    // written by a newer version is refused and left untouched. False with errorString() on failure.
    bool open(const QString &path = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QString setAsidePath() const { return m_setAside; } // non-empty when open() set a damaged file aside
    int schemaVersion() const;                          // of the open database

    // Caps the database file (PRAGMA max_page_count); a write beyond it fails as "database or disk is full".
    // 0: no cap.
    bool setSizeLimit(qint64 bytes);

    // One poll, in one transaction: upserts the sessions (a stored session is replaced only by one whose
    // last_updated is the same or later; either way its last-seen time moves) and, when given, sets the
    // endpoint's watermark. On any error nothing is kept and errorString() says why.
    bool storePoll(const QString &endpoint, const QList<CacheEntry> &sessions, std::optional<qint64> newWatermark,
                   qint64 now = kNoTime);
    // kNoTime when the endpoint has no watermark (never completed a sync) or on error.
    qint64 watermark(const QString &endpoint);
    // The keys ("CC/PARTY/ID") of an endpoint's cached sessions, without reading the records; nullopt on error.
    std::optional<QStringList> sessionKeys(const QString &endpoint);
    // The cached sessions of an endpoint (all endpoints when empty), parsed back, ordered by key.
    std::optional<QList<CachedRecord>> load(const QString &endpoint = {});
    std::optional<QList<EndpointSummary>> list();
    // Writes the cached records (one endpoint, or all) as NDJSON, one compact record per line; returns the count
    // written, or nullopt on error.
    std::optional<qint64> exportTo(const QString &file, const QString &endpoint = {});
    // Forgets an endpoint (sessions and watermark), or everything when empty. Returns the sessions removed.
    std::optional<qint64> clear(const QString &endpoint = {});

private:
    bool openFile(bool *damaged);
    bool setAside(const QString &why);
    bool migrate(int from);
    bool fail(const QString &message);

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_setAside;
};

// The record's text without the white space between tokens, so that it fits on one NDJSON line.
QByteArray compactJson(const QByteArray &json);

} // namespace Ocpi::Store
