#include "trafficlog.h"

#include <QtCore/QMutexLocker>

#include <algorithm>

namespace Ocpi::Net {

QByteArray Exchange::headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TrafficLog::TrafficLog(int capacity, QObject *parent)
    : QObject(parent), m_capacity(std::clamp(capacity, 1, kMaxCapacity))
{
}

TrafficLog::~TrafficLog() = default;

void TrafficLog::setCapacity(int capacity)
{
    QMutexLocker lock(&m_mutex);
    m_capacity = std::clamp(capacity, 1, kMaxCapacity);
    trimLocked();
}

int TrafficLog::capacity() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity;
}

void TrafficLog::setMaxBodyBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_maxBodyBytes = std::max<qint64>(0, bytes);
}

qint64 TrafficLog::maxBodyBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxBodyBytes;
}

void TrafficLog::setMaxTotalBodyBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_maxTotalBodyBytes = std::max<qint64>(0, bytes);
    trimLocked();
}

qint64 TrafficLog::maxTotalBodyBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxTotalBodyBytes;
}

void TrafficLog::trimLocked()
{
    while (!m_ring.empty() && (int(m_ring.size()) > m_capacity || m_bodyBytes > m_maxTotalBodyBytes)) {
        m_bodyBytes -= m_ring.front().body.size();
        m_ring.pop_front();
    }
}

quint64 TrafficLog::record(Exchange exchange)
{
    quint64 id = 0;
    bool notify = false;
    {
        QMutexLocker lock(&m_mutex);
        if (exchange.body.size() > m_maxBodyBytes) {
            exchange.body.truncate(m_maxBodyBytes);
            exchange.bodyTruncated = true;
        }
        exchange.body.squeeze(); // a truncated copy keeps only what it holds
        id = exchange.id = ++m_lastId;
        m_bodyBytes += exchange.body.size();
        m_ring.push_back(std::move(exchange));
        trimLocked();
        notify = !m_notifyPending;
        m_notifyPending = true;
    }
    if (notify) {
        // Queued to the log's own thread, even when recorded there: the UI takes the batch in one go.
        QMetaObject::invokeMethod(
            this,
            [this] {
                {
                    QMutexLocker lock(&m_mutex);
                    m_notifyPending = false;
                }
                Q_EMIT exchangesAdded();
            },
            Qt::QueuedConnection);
    }
    return id;
}

void TrafficLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_ring.clear();
        m_bodyBytes = 0;
    }
    Q_EMIT cleared();
}

int TrafficLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_ring.size());
}

qint64 TrafficLog::bodyBytesKept() const
{
    QMutexLocker lock(&m_mutex);
    return m_bodyBytes;
}

quint64 TrafficLog::firstId() const
{
    QMutexLocker lock(&m_mutex);
    return m_ring.empty() ? 0 : m_ring.front().id;
}

quint64 TrafficLog::lastId() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastId;
}

QList<Exchange> TrafficLog::exchanges() const
{
    return exchangesAfter(0);
}

QList<Exchange> TrafficLog::exchangesAfter(quint64 id, quint64 *firstKept) const
{
    QMutexLocker lock(&m_mutex);
    if (firstKept)
        *firstKept = m_ring.empty() ? m_lastId + 1 : m_ring.front().id;
    // Ids are consecutive in the ring: the first one after `id` is found by arithmetic.
    QList<Exchange> out;
    if (m_ring.empty() || id >= m_ring.back().id)
        return out;
    const quint64 first = m_ring.front().id;
    const size_t from = id < first ? 0 : size_t(id - first + 1);
    out.reserve(qsizetype(m_ring.size() - from));
    for (size_t i = from; i < m_ring.size(); ++i)
        out.append(m_ring[i]);
    return out;
}

std::optional<Exchange> TrafficLog::exchange(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    if (m_ring.empty() || id < m_ring.front().id || id > m_ring.back().id)
        return std::nullopt;
    return m_ring[size_t(id - m_ring.front().id)];
}

} // namespace Ocpi::Net
