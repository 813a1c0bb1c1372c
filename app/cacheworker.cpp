#include "cacheworker.h"

#include <QtCore/QPointer>
#include <QtCore/QThread>

namespace App {

namespace {
// Queues `fn` to the worker's owner (the UI thread); nothing when it is gone.
template<typename Fn>
void post(const QPointer<CacheWorker> &self, Fn fn)
{
    if (CacheWorker *w = self.data())
        QMetaObject::invokeMethod(w, std::move(fn), Qt::QueuedConnection);
}
} // namespace

CacheWorker::CacheWorker(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_home(new QObject), m_cache(std::make_shared<Ocpi::Store::SessionCache>())
{
    m_thread->setObjectName(QStringLiteral("session-cache"));
    m_home->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread->start();
}

CacheWorker::~CacheWorker()
{
    // The connection closes on the thread it was opened on.
    QMetaObject::invokeMethod(m_home, [cache = m_cache] { cache->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

template<typename Work>
void CacheWorker::run(Work work)
{
    QMetaObject::invokeMethod(m_home, std::move(work), Qt::QueuedConnection);
}

void CacheWorker::open(const QString &path, std::function<void(const OpenResult &)> done)
{
    QPointer<CacheWorker> self(this);
    run([self, cache = m_cache, path, done] {
        OpenResult r;
        r.ok = cache->open(path);
        r.path = cache->path().isEmpty() ? path : cache->path();
        r.error = cache->errorString();
        r.setAside = cache->setAsidePath();
        // Back on the UI thread (dropped when the worker is gone; it waits for this lambda before going).
        post(self, [self, r, done] {
            if (!self)
                return;
            self->m_open = r.ok;
            self->m_error = r.error;
            done(r);
        });
    });
}

void CacheWorker::load(const QString &endpointKey, std::function<void(const std::shared_ptr<LoadResult> &)> done)
{
    QPointer<CacheWorker> self(this);
    run([self, cache = m_cache, endpointKey, done] {
        auto r = std::make_shared<LoadResult>();
        if (!cache->isOpen()) {
            r->error = cache->errorString();
        } else if (auto records = cache->load(endpointKey)) {
            r->ok = true;
            r->watermark = cache->watermark(endpointKey);
            r->rows.reserve(size_t(records->size()));
            r->lastSeen.reserve(records->size());
            r->heldKeys.reserve(records->size());
            for (Ocpi::Store::CachedRecord &c : *records) {
                const QString key = SessionTableModel::keyOf(c.record.session);
                if (key.isEmpty())
                    continue;
                r->lastSeen.insert(key, c.lastSeen);
                r->heldKeys.insert(Ocpi::Store::SessionCache::sessionKey(c.record.session));
                r->latestSeen = std::max(r->latestSeen, c.lastSeen);
                r->rows.push_back(SessionTableModel::Incoming{std::move(c.record.session), std::move(c.record.findings),
                                                              std::move(c.record.json), {}});
            }
        } else {
            r->error = cache->errorString();
        }
        post(self, [self, r, done] {
            if (self)
                done(r);
        });
    });
}

void CacheWorker::store(const QString &endpointKey, const QList<Ocpi::Store::CacheEntry> &sessions, std::optional<qint64> watermark,
                        std::function<void(const StoreResult &)> done)
{
    QPointer<CacheWorker> self(this);
    run([self, cache = m_cache, endpointKey, sessions, watermark, done] {
        StoreResult r;
        r.sessions = int(sessions.size());
        r.watermarkMoved = watermark.has_value();
        if (!cache->isOpen())
            r.error = cache->errorString();
        else
            r.ok = cache->storePoll(endpointKey, sessions, watermark);
        if (!r.ok && r.error.isEmpty())
            r.error = cache->errorString();
        post(self, [self, r, done] {
            if (self)
                done(r);
        });
    });
}

void CacheWorker::forget(const QString &endpointKey, std::function<void(qint64, const QString &)> done)
{
    QPointer<CacheWorker> self(this);
    run([self, cache = m_cache, endpointKey, done] {
        qint64 removed = -1;
        QString error;
        if (!cache->isOpen()) {
            error = cache->errorString();
        } else if (const auto n = cache->clear(endpointKey)) {
            removed = *n;
        } else {
            error = cache->errorString();
        }
        post(self, [self, removed, error, done] {
            if (self)
                done(removed, error);
        });
    });
}

} // namespace App
