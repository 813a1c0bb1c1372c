#include "sessionfileloader.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>

Q_LOGGING_CATEGORY(lcLoader, "ocpi.loader", QtInfoMsg)

namespace Ocpi {

SessionFileLoader::SessionFileLoader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Ocpi::RecordResult>();
    qRegisterMetaType<Ocpi::ReadSummary>();
}

SessionFileLoader::~SessionFileLoader()
{
    stop();
}

void SessionFileLoader::stop()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

quint64 SessionFileLoader::load(const QString &path)
{
    stop();
    const quint64 job = ++m_job;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    QPointer<SessionFileLoader> self(this);
    qCDebug(lcLoader) << "job" << job << "reading" << path;

    m_thread = QThread::create([self, job, path, cancelFlag, keepJson = m_keepJson] {
        SessionReader reader;
        reader.setKeepJson(keepJson);
        reader.setCancelFlag(cancelFlag.get());
        // Deliver through queued invocations on the loader's thread; results of a stale job are dropped there.
        auto deliver = [self](auto &&fn) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(fn)>(fn), Qt::QueuedConnection);
        };
        const ReadSummary summary = reader.readFile(
            path,
            [&](std::vector<RecordResult> &&batch) {
                QList<RecordResult> list;
                list.reserve(qsizetype(batch.size()));
                for (RecordResult &r : batch)
                    list.append(std::move(r));
                deliver([self, job, list = std::move(list)] {
                    if (self && self->m_job == job)
                        Q_EMIT self->recordsReady(job, list);
                });
            },
            [&](qint64 done, qint64 total) {
                deliver([self, job, done, total] {
                    if (self && self->m_job == job)
                        Q_EMIT self->progress(job, done, total);
                });
            });
        deliver([self, job, summary] {
            if (self && self->m_job == job)
                Q_EMIT self->finished(job, summary);
        });
    });
    m_thread->start();
    return job;
}

void SessionFileLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool SessionFileLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool SessionFileLoader::wait(int msecs)
{
    return !m_thread || m_thread->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
}

} // namespace Ocpi
