// Where the live sessions come from: an OCPI endpoint, or with none configured the built-in demo CPO started
// in-process on a free loopback port. The simulator and the poller each run on a worker thread; the UI
// thread only receives the parsed pages and the poll results (queued signals).
#pragma once

#include "net/client/clientconfig.h"
#include "net/client/pollresult.h"
#include "store/sessioncache.h"

#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Ocpi::Net {
class SessionPoller;
}
namespace Ocpi::Sim {
class Simulator;
}

namespace App {

class LiveSource : public QObject
{
    Q_OBJECT
public:
    explicit LiveSource(QObject *parent = nullptr);
    ~LiveSource() override;

    // Starts the demo simulator on 127.0.0.1 and polls it. False (with errorString()) if it cannot listen.
    bool startDemo(int intervalSecs = 10);
    // Polls a real endpoint; the first poll asks date_from = watermark (kNoTime: config.startFrom). heldKeys: the
    // endpoint's sessions already shown from the offline cache, counted towards config.maxSessions.
    void startEndpoint(const Ocpi::Net::ClientConfig &config, qint64 watermark = Ocpi::kNoTime,
                       QSet<QString> heldKeys = {});
    void stop();

    bool isDemo() const { return m_demo; }
    QUrl endpoint() const { return m_endpoint; }
    QString errorString() const { return m_error; }
    int intervalSecs() const { return m_intervalSecs; }
    // Where the pollers started from now on record their exchanges (unless their ClientConfig names a log).
    void setTrafficLog(std::shared_ptr<Ocpi::Net::TrafficLog> log) { m_traffic = std::move(log); }
    bool isRunning() const { return m_poller != nullptr; }
    // On: the identified records of each poll are collected and handed out by pollCollected (for the cache).
    void setCollecting(bool on) { m_collecting = on; }

public Q_SLOTS:
    void pollNow();

Q_SIGNALS:
    void sessionsReceived(quint64 pollId, const QList<Ocpi::Net::ReceivedSession> &sessions);
    void pollStarted(quint64 pollId);
    void pollFinished(const Ocpi::Net::PollResult &result);
    // Just before pollFinished when collecting: the poll's records, and the watermark when the sync completed
    // (kNoTime otherwise: the next poll reads that part again).
    void pollCollected(const QList<Ocpi::Store::CacheEntry> &entries, qint64 watermark);

private:
    void startPoller(const Ocpi::Net::ClientConfig &config, qint64 watermark, QSet<QString> heldKeys = {});

    QThread *m_simThread = nullptr;
    Ocpi::Sim::Simulator *m_sim = nullptr;
    QThread *m_pollThread = nullptr;
    Ocpi::Net::SessionPoller *m_poller = nullptr;
    bool m_demo = false;
    QUrl m_endpoint;
    QString m_error;
    int m_intervalSecs = 30;
    std::shared_ptr<Ocpi::Net::TrafficLog> m_traffic;
    bool m_collecting = false;
    QList<Ocpi::Store::CacheEntry> m_pending;
    quint64 m_generation = 0; // signals of a stopped poller still queued are dropped
};

} // namespace App
