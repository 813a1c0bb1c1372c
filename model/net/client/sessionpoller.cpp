#include "sessionpoller.h"

#include "clientlog.h"
#include "sessionsync.h"
#include "urlutil.h"

#include <QtCore/QDateTime>
#include <QtNetwork/QNetworkAccessManager>

#include <algorithm>
#include <climits>

namespace Ocpi::Net {

SessionPoller::SessionPoller(const ClientConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_redactor(config.token), m_timer(this)
{
    qRegisterMetaType<Ocpi::Net::PollResult>();
    qRegisterMetaType<Ocpi::Net::ReceivedSession>();
    qRegisterMetaType<QList<Ocpi::Net::ReceivedSession>>();
    m_auth.scheme = config.authScheme;
    m_auth.forced = config.authScheme != AuthScheme::Unknown;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionPoller::pollNow);
}

SessionPoller::~SessionPoller()
{
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->abort();
    }
}

bool SessionPoller::setConfig(const ClientConfig &config)
{
    if (isPolling())
        return false;
    if (config.url != m_config.url || config.token != m_config.token || config.endpointKind != m_config.endpointKind
        || config.authScheme != m_config.authScheme) {
        m_sessionsUrl.clear();
        m_version.clear();
        m_watermark = kNoTime;
        m_auth.scheme = config.authScheme;
        m_auth.forced = config.authScheme != AuthScheme::Unknown;
    }
    // Qt keeps a connection per host and port with the TLS configuration it was opened with: without this, a CA
    // given after a refused certificate would be ignored until that connection expires.
    if (m_nam && config.caCertificates != m_config.caCertificates)
        m_nam->clearConnectionCache();
    m_config = config;
    m_redactor = Redactor(config.token);
    if (m_active && !m_timer.isActive())
        scheduleNext();
    return true;
}

void SessionPoller::setHeldKeys(QSet<QString> keys)
{
    m_store.setHeldElsewhere(std::move(keys));
}

bool SessionPoller::isPolling() const
{
    return m_sync && m_sync->isRunning();
}

void SessionPoller::start()
{
    if (!m_active) {
        m_active = true;
        Q_EMIT activeChanged(true);
    }
    if (!isPolling())
        pollNow();
}

void SessionPoller::stop()
{
    m_timer.stop();
    if (m_active) {
        m_active = false;
        Q_EMIT activeChanged(false);
    }
    if (m_sync)
        m_sync->abort(); // emits finished -> onSyncFinished -> pollFinished, now
}

void SessionPoller::setIntervalSecs(int secs)
{
    m_config.intervalSecs = std::max(0, secs);
    if (m_timer.isActive())
        scheduleNext();
}

void SessionPoller::scheduleNext()
{
    if (m_active)
        m_timer.start(std::max(0, m_config.intervalSecs) * 1000);
}

quint64 SessionPoller::pollNow()
{
    if (isPolling())
        return m_pollId;
    m_timer.stop();
    if (!m_nam) {
        // Created here, in the poller's thread, so the poller can be moved before its first poll.
        m_nam = new QNetworkAccessManager(this);
    }
    const quint64 id = ++m_pollId;
    m_current = PollResult{};
    m_notKept.clear();
    m_current.pollId = id;
    m_current.startedAt = QDateTime::currentMSecsSinceEpoch();

    SessionSync::Input input;
    input.sessionsUrl = m_sessionsUrl;
    input.ocpiVersion = m_version;
    input.dateFrom = m_watermark != kNoTime ? m_watermark : m_config.startFrom;

    auto *sync = new SessionSync(m_nam, m_config, &m_auth, &m_redactor, &m_current, this);
    m_sync = sync;
    connect(sync, &SessionSync::finished, this, &SessionPoller::onSyncFinished);
    connect(sync, &SessionSync::progress, this,
            [this, id](int pages, qint64 records, qint64 total) { Q_EMIT progress(id, pages, records, total); });
    qCInfo(lcClient).noquote() << QStringLiteral("poll %1 starts%2")
                                      .arg(id)
                                      .arg(input.dateFrom == kNoTime
                                               ? QStringLiteral(" (everything)")
                                               : QStringLiteral(" (date_from %1)").arg(formatDateTimeUtc(input.dateFrom)));
    Q_EMIT pollStarted(id);
    sync->start(input, [this](int page, const QByteArray &body, std::vector<RecordResult> &&records) {
        onPage(page, body, std::move(records));
    });
    return id;
}

void SessionPoller::onPage(int page, const QByteArray &body, std::vector<RecordResult> &&records)
{
    QList<ReceivedSession> batch;
    batch.reserve(qsizetype(records.size()));
    for (RecordResult &r : records) {
        ReceivedSession s;
        s.json = body.mid(r.session.source.offset, r.session.source.length);
        s.change = m_store.merge(r, s.json, m_config.maxSessions);
        s.page = page;
        switch (s.change) {
        case ChangeKind::NotKept:
            // Not handed out: no consumer may keep what the client does not hold. Counted once per session, though a
            // crawl may read one twice (a re-read page, the tail).
            m_notKept.insert(SessionKey::of(r.session));
            m_current.notKept = m_notKept.size();
            continue;
        case ChangeKind::Added:
            ++m_current.added;
            break;
        case ChangeKind::Changed:
            ++m_current.changed;
            break;
        case ChangeKind::Unchanged:
        case ChangeKind::Outdated:
            ++m_current.unchanged;
            break;
        case ChangeKind::Unidentified:
            ++m_current.unidentified;
            break;
        }
        if (!r.session.isValid())
            ++m_current.invalid;
        s.record = std::move(r);
        batch.append(std::move(s));
    }
    if (!batch.isEmpty())
        Q_EMIT sessionsReceived(m_current.pollId, batch);
}

void SessionPoller::onSyncFinished()
{
    SessionSync *sync = m_sync;
    if (!sync)
        return;
    // Discovery is kept even when the crawl failed; a 404 on the sessions URL sends the next poll back to it.
    bool notFound = false;
    for (const PollError &e : std::as_const(m_current.errors))
        notFound |= e.httpStatus == 404 || e.httpStatus == 410;
    if (!sync->sessionsUrl().isEmpty() && !notFound) {
        m_sessionsUrl = sync->sessionsUrl();
        m_version = sync->ocpiVersion();
    } else if (notFound) {
        m_sessionsUrl.clear();
        m_version.clear();
    }
    if (m_current.notKept > 0) {
        // The sessions not kept are at or after the watermark: keeping it makes the next poll ask for them again,
        // instead of moving past them as if they had been kept.
        m_current.maxSessions = m_config.maxSessions;
        PollError e;
        e.kind = PollError::Kind::Limit;
        e.url = m_sessionsUrl.isEmpty() ? sync->sessionsUrl() : m_sessionsUrl;
        e.url = e.url.adjusted(QUrl::RemoveUserInfo);
        e.message = tr("the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %n new "
                       "session(s) not kept. The sessions held are still updated; the watermark stays, so the next poll "
                       "asks again from the same date_from, and the sessions not kept are read once the limit is raised",
                       nullptr, int(std::min<qint64>(m_current.notKept, INT_MAX)))
                        .arg(m_config.maxSessions);
        qCWarning(lcClient).noquote() << e.message;
        m_current.errors.append(e);
        m_current.complete = false;
    }
    m_notKept.clear();
    if (m_current.complete)
        m_watermark = m_current.watermarkAfter;
    else
        m_current.watermarkAfter = m_watermark; // a failed poll must not skip sessions next time
    m_current.durationMs = QDateTime::currentMSecsSinceEpoch() - m_current.startedAt;
    m_sync = nullptr;
    sync->disconnect(this);
    sync->deleteLater();
    m_last = m_current;
    qCInfo(lcClient).noquote() << QStringLiteral("poll %1 %2: %3")
                                      .arg(m_last.pollId)
                                      .arg(m_last.ok() ? QStringLiteral("done") : QStringLiteral("failed"), m_last.summaryText());
    scheduleNext();
    Q_EMIT pollFinished(m_last);
}

} // namespace Ocpi::Net
