// The window's side of the offline cache (docs/CACHE.md): one SessionCache - one SQLite connection - living on a
// thread of its own, so that opening, loading (which parses every record again) and storing a poll (one
// transaction) never run on the UI thread. Requests run one after the other in the order they were made; each
// answer comes back on the UI thread through a callback, which is dropped when this object is gone.
#pragma once

#include "sessiontablemodel.h"
#include "store/sessioncache.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace App {

class CacheWorker : public QObject
{
    Q_OBJECT
public:
    struct OpenResult
    {
        bool ok = false;
        QString path;
        QString error;    // why it could not be opened, in words
        QString setAside; // non-empty: a damaged file was renamed to this and a new cache started
    };
    // One endpoint's cached sessions, ready for the table (parsed on the worker).
    struct LoadResult
    {
        bool ok = false;
        QString error;
        qint64 watermark = Ocpi::kNoTime;
        std::vector<SessionTableModel::Incoming> rows;
        QHash<QString, qint64> lastSeen; // SessionTableModel::keyOf() -> last seen
        // SessionCache::sessionKey() of every row: they count towards the endpoint's session limit. Built here, so a
        // cache of a million sessions costs the UI thread nothing (SessionPoller::setHeldKeys).
        QSet<QString> heldKeys;
        qint64 latestSeen = 0;
    };
    struct StoreResult
    {
        bool ok = false;
        QString error;
        int sessions = 0;
        bool watermarkMoved = false;
    };

    explicit CacheWorker(QObject *parent = nullptr);
    ~CacheWorker() override; // waits for the request running now; the others are dropped

    // Opens the cache file (SessionCache::open: creates it, migrates it or sets a damaged one aside).
    void open(const QString &path, std::function<void(const OpenResult &)> done);
    void load(const QString &endpointKey, std::function<void(const std::shared_ptr<LoadResult> &)> done);
    // One poll's sessions in one transaction, with the watermark when the sync completed.
    void store(const QString &endpointKey, const QList<Ocpi::Store::CacheEntry> &sessions, std::optional<qint64> watermark,
               std::function<void(const StoreResult &)> done);
    // Forgets the endpoint's sessions and watermark; the count removed, or -1 with the error.
    void forget(const QString &endpointKey, std::function<void(qint64 removed, const QString &error)> done);

    bool isOpen() const { return m_open; } // as the last open() answered
    QString errorString() const { return m_error; }

private:
    template<typename Work>
    void run(Work work);

    QThread *m_thread;
    QObject *m_home;                                 // lives on m_thread
    std::shared_ptr<Ocpi::Store::SessionCache> m_cache; // used on m_thread only
    bool m_open = false;
    QString m_error;
};

} // namespace App
