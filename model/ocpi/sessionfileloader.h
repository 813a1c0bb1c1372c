// Reads a Sessions file on a worker thread and hands records to the UI thread in batches.
#pragma once

#include "sessionreader.h"

#include <QtCore/QObject>
#include <QtCore/QThread>

#include <atomic>
#include <memory>

namespace Ocpi {

class SessionFileLoader : public QObject
{
    Q_OBJECT
public:
    explicit SessionFileLoader(QObject *parent = nullptr);
    ~SessionFileLoader() override;

    // Starts reading `path`; a load already running is cancelled and its late results are dropped.
    // Returns the job number carried by the signals.
    quint64 load(const QString &path);
    void cancel();
    // Keep each record's text in RecordResult::json (default off); applies to the next load().
    void setKeepJson(bool on) { m_keepJson = on; }
    bool isRunning() const;
    // Blocks until the current job has finished (for tests and shutdown).
    bool wait(int msecs = -1);

Q_SIGNALS:
    void recordsReady(quint64 job, const QList<Ocpi::RecordResult> &records);
    void progress(quint64 job, qint64 bytesRead, qint64 totalBytes);
    void finished(quint64 job, const Ocpi::ReadSummary &summary);

private:
    void stop();
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_job = 0;
    bool m_keepJson = false;
};

} // namespace Ocpi

Q_DECLARE_METATYPE(Ocpi::RecordResult)
Q_DECLARE_METATYPE(Ocpi::ReadSummary)
