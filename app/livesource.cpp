#include "livesource.h"

#include "net/client/sessionpoller.h"
#include "net/simulator/simulator.h"

#include <QtCore/QThread>

#include <utility>

namespace App {

LiveSource::LiveSource(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Ocpi::Net::PollResult>();
    qRegisterMetaType<QList<Ocpi::Net::ReceivedSession>>();
}

LiveSource::~LiveSource()
{
    stop();
}

bool LiveSource::startDemo(int intervalSecs)
{
    stop();
    m_simThread = new QThread(this);
    m_simThread->setObjectName(QStringLiteral("demo-cpo"));
    m_sim = new Ocpi::Sim::Simulator; // no parent: it moves to its thread
    Ocpi::Sim::Options options;
    options.sessions = 120;
    m_sim->setOptions(options); // real-time clock, random seed
    m_sim->moveToThread(m_simThread);
    connect(m_simThread, &QThread::finished, m_sim, &QObject::deleteLater);
    m_simThread->start();

    bool listening = false;
    QUrl versions;
    QString token;
    QMetaObject::invokeMethod(
        m_sim,
        [&] {
            listening = m_sim->start(0);
            if (listening) {
                m_sim->setTicking(true);
                versions = m_sim->versionsUrl();
                token = m_sim->token();
            } else {
                m_error = m_sim->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        m_error = tr("the demo CPO could not listen on 127.0.0.1: %1").arg(m_error);
        stop();
        return false;
    }
    m_demo = true;
    Ocpi::Net::ClientConfig config;
    config.url = versions;
    config.token = token;
    config.intervalSecs = intervalSecs;
    config.trafficSource = tr("demo CPO");
    startPoller(config, Ocpi::kNoTime);
    return true;
}

void LiveSource::startEndpoint(const Ocpi::Net::ClientConfig &config, qint64 watermark, QSet<QString> heldKeys)
{
    stop();
    m_demo = false;
    startPoller(config, watermark, std::move(heldKeys));
}

void LiveSource::startPoller(const Ocpi::Net::ClientConfig &givenConfig, qint64 watermark, QSet<QString> heldKeys)
{
    Ocpi::Net::ClientConfig config = givenConfig;
    if (!config.traffic)
        config.traffic = m_traffic;
    m_endpoint = config.url;
    m_intervalSecs = config.intervalSecs;
    m_pollThread = new QThread(this);
    m_pollThread->setObjectName(QStringLiteral("ocpi-poller"));
    m_poller = new Ocpi::Net::SessionPoller(config);
    if (watermark != Ocpi::kNoTime)
        m_poller->setWatermark(watermark); // before it moves and starts
    if (!heldKeys.isEmpty())
        m_poller->setHeldKeys(std::move(heldKeys));
    m_pending.clear();
    m_poller->moveToThread(m_pollThread);
    connect(m_pollThread, &QThread::finished, m_poller, &QObject::deleteLater);
    // Queued to this thread; what a poller sent before it was replaced (switching endpoints) is dropped, so it
    // cannot land in the new endpoint's source.
    const quint64 generation = ++m_generation;
    connect(m_poller, &Ocpi::Net::SessionPoller::sessionsReceived, this,
            [this, generation](quint64 pollId, const QList<Ocpi::Net::ReceivedSession> &sessions) {
                if (generation != m_generation)
                    return;
                if (m_collecting) {
                    for (const Ocpi::Net::ReceivedSession &r : sessions) {
                        const QString key = Ocpi::Store::SessionCache::sessionKey(r.record.session);
                        if (r.change != Ocpi::Net::ChangeKind::Unidentified && !key.isEmpty())
                            m_pending.append({key, r.record.session.lastUpdated, r.json});
                    }
                }
                Q_EMIT sessionsReceived(pollId, sessions);
            });
    connect(m_poller, &Ocpi::Net::SessionPoller::pollStarted, this, [this, generation](quint64 pollId) {
        if (generation == m_generation)
            Q_EMIT pollStarted(pollId);
    });
    connect(m_poller, &Ocpi::Net::SessionPoller::pollFinished, this, [this, generation](const Ocpi::Net::PollResult &result) {
        if (generation != m_generation)
            return;
        if (m_collecting) {
            // A completed sync moves the watermark with its sessions; an incomplete one keeps what it read.
            const QList<Ocpi::Store::CacheEntry> entries = std::exchange(m_pending, {});
            Q_EMIT pollCollected(entries, result.complete ? result.watermarkAfter : Ocpi::kNoTime);
        }
        Q_EMIT pollFinished(result);
    });
    m_pollThread->start();
    QMetaObject::invokeMethod(m_poller, &Ocpi::Net::SessionPoller::start);
}

void LiveSource::pollNow()
{
    if (m_poller)
        QMetaObject::invokeMethod(m_poller, &Ocpi::Net::SessionPoller::pollNow);
}

void LiveSource::stop()
{
    ++m_generation;
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, &Ocpi::Net::SessionPoller::stop, Qt::BlockingQueuedConnection);
        m_poller = nullptr; // deleted with its thread
    }
    if (m_pollThread) {
        m_pollThread->quit();
        m_pollThread->wait();
        delete m_pollThread;
        m_pollThread = nullptr;
    }
    if (m_sim) {
        QMetaObject::invokeMethod(m_sim, [sim = m_sim] { sim->stop(); }, Qt::BlockingQueuedConnection);
        m_sim = nullptr;
    }
    if (m_simThread) {
        m_simThread->quit();
        m_simThread->wait();
        delete m_simThread;
        m_simThread = nullptr;
    }
    m_demo = false;
}

} // namespace App
