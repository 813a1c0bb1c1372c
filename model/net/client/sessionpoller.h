// Polls the Sessions SENDER of an OCPI 2.2.1 server: discovery, authorization, pagination and incremental
// sync, with the sessions merged by (country_code, party_id, id) and handed out page by page.
//
// Threading contract
// ------------------
// A SessionPoller is an ordinary QObject with thread affinity. Everything it does - HTTP, reading pages
// with Ocpi::SessionReader, merging - happens in the thread it lives in, and its signals are emitted from
// that thread. To keep page parsing off the UI thread, create it, configure it, then move it to a worker:
//
//     auto *thread = new QThread(this);
//     auto *poller = new Ocpi::Net::SessionPoller(config);   // no parent: it is moved
//     poller->moveToThread(thread);
//     connect(thread, &QThread::finished, poller, &QObject::deleteLater);
//     connect(poller, &SessionPoller::sessionsReceived, model, &Model::merge);   // queued to the UI thread
//     connect(poller, &SessionPoller::pollFinished, statusView, &StatusView::show);
//     thread->start();
//     QMetaObject::invokeMethod(poller, &SessionPoller::start);                  // runs in the worker
//     ...
//     QMetaObject::invokeMethod(poller, &SessionPoller::pollNow);                // "poll now" button
//     QMetaObject::invokeMethod(poller, &SessionPoller::stop, Qt::BlockingQueuedConnection);
//     thread->quit(); thread->wait();
//
// Rules: the slots (start, stop, pollNow, setIntervalSecs) may be invoked from any thread through queued
// calls; every other member function must be called from the poller's own thread (or before it is moved
// and before start()). The poller creates its QNetworkAccessManager lazily in its own thread, so it may be
// moved freely before the first poll. Signals carry values (QList, structs): a receiver in another thread
// gets its own copy. Results of a poll that was stopped never arrive after pollFinished of that poll.
// The poller may also simply live in the main thread (the `poll` command does): it never blocks.
#pragma once

#include "clientconfig.h"
#include "httpget.h"
#include "pollresult.h"
#include "sessionstore.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ocpi::Net {

class SessionSync;

class SessionPoller : public QObject
{
    Q_OBJECT
public:
    explicit SessionPoller(const ClientConfig &config = {}, QObject *parent = nullptr);
    ~SessionPoller() override;

    const ClientConfig &config() const { return m_config; }
    // Changing the URL or the token forgets the discovered endpoint, the authorization form and the
    // watermark; it does not drop the sessions held. Not while a poll runs (returns false then).
    bool setConfig(const ClientConfig &config);

    // The sessions held, merged over all polls. A failed poll never removes or damages any of them.
    const SessionStore &sessions() const { return m_store; }
    // The keys ("CC/PARTY/ID", upper-cased as SessionKey::toString()) of this endpoint's sessions the program
    // holds elsewhere, e.g. in the offline cache: they count towards ClientConfig::maxSessions, and updates of
    // them are always taken. Before the first poll.
    void setHeldKeys(QSet<QString> keys);

    // date_from of the next poll (ms since the epoch; kNoTime: read everything, or config().startFrom).
    // It moves only when a poll completed: to the server's time at its start minus the overlap.
    qint64 watermark() const { return m_watermark; }
    void setWatermark(qint64 msecs) { m_watermark = msecs; }

    QUrl sessionsUrl() const { return m_sessionsUrl; } // once discovered
    QString ocpiVersion() const { return m_version; }
    AuthScheme authScheme() const { return m_auth.scheme; }
    bool isPolling() const; // a poll is running now
    bool isActive() const { return m_active; } // started and not stopped
    int intervalSecs() const { return m_config.intervalSecs; }
    const PollResult &lastResult() const { return m_last; }

public Q_SLOTS:
    // Polls now, then every intervalSecs after the end of each poll, until stop().
    void start();
    // Stops the schedule and cancels a running poll, whose pollFinished (with a Cancelled error) is emitted
    // before this returns.
    void stop();
    // A poll now, if none is running; returns its id (or the running poll's id). Keeps the schedule.
    quint64 pollNow();
    void setIntervalSecs(int secs);

Q_SIGNALS:
    void pollStarted(quint64 pollId);
    // The records of one page as soon as it is read, already merged (see ReceivedSession::change). Records not
    // kept because of ClientConfig::maxSessions are not in it (PollResult::notKept counts them).
    void sessionsReceived(quint64 pollId, const QList<Ocpi::Net::ReceivedSession> &sessions);
    void progress(quint64 pollId, int pages, qint64 records, qint64 totalCount);
    void pollFinished(const Ocpi::Net::PollResult &result);
    void activeChanged(bool active);

private:
    void onPage(int page, const QByteArray &body, std::vector<RecordResult> &&records);
    void onSyncFinished();
    void scheduleNext();

    ClientConfig m_config;
    Redactor m_redactor;
    AuthState m_auth;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<SessionSync> m_sync;
    QTimer m_timer;
    bool m_active = false;
    quint64 m_pollId = 0;
    PollResult m_current;
    PollResult m_last;

    SessionStore m_store;
    QSet<SessionKey> m_notKept; // of the running poll: distinct sessions not kept (ClientConfig::maxSessions)
    qint64 m_watermark = kNoTime;
    QUrl m_sessionsUrl;
    QString m_version;
};

} // namespace Ocpi::Net
