// A record of the client's HTTP exchanges for the Traffic view: a bounded ring of the last N requests and their
// answers, already redacted when they are recorded (see redaction.h), so nothing read from it holds a token.
//
// Thread safety: record() may be called from any thread (the pollers run on workers); the readers and the
// settings too. exchangesAdded() is emitted in the thread the log lives in (the UI thread), queued and coalesced:
// one signal for any number of exchanges recorded since the last one.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QString>

#include <deque>
#include <optional>

namespace Ocpi::Net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request and its answer (one attempt: a retry, a redirect or the plain-token fallback is another one).
// Every field is redacted: no Authorization value, no token in the URL, headers or body.
struct Exchange
{
    quint64 id = 0;        // 1, 2, 3... in the order recorded; set by TrafficLog::record()
    QString source;        // which endpoint (ClientConfig::trafficSource)
    qint64 started = 0;    // ms since the epoch, UTC
    QByteArray method;     // "GET"
    QString url;           // without user info; token-like query values masked
    HeaderList requestHeaders;
    int httpStatus = 0;    // 0: no HTTP answer (network error, timeout)
    QString reason;        // the HTTP reason phrase
    qint64 durationMs = 0;
    qint64 bytes = 0;      // body bytes received (after decompression), all of them
    QString requestId;     // X-Request-ID sent
    QString correlationId; // X-Correlation-ID sent
    int ocpiStatus = -1;   // the envelope's status_code; -1 when the body has none
    QString error;         // why there is no usable answer; empty when there is one
    HeaderList responseHeaders;
    QByteArray mimeType;   // the Content-Type answered
    QByteArray body;       // the first TrafficLog::maxBodyBytes() bytes of the answer
    bool bodyTruncated = false;

    // The value of the first header of that name (case-insensitive); empty when absent.
    static QByteArray headerValue(const HeaderList &headers, QByteArrayView name);
};

class TrafficLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultCapacity = 500;
    static constexpr int kMaxCapacity = 100'000;
    static constexpr qint64 kDefaultMaxBodyBytes = qint64(256) << 10;     // kept of one body
    static constexpr qint64 kDefaultMaxTotalBodyBytes = qint64(64) << 20; // kept of all bodies together

    explicit TrafficLog(int capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~TrafficLog() override;

    // The most exchanges kept (1..kMaxCapacity); the oldest go first. Lowering it drops the oldest at once.
    void setCapacity(int capacity);
    int capacity() const;
    // The bytes kept of one body (the rest is counted in Exchange::bytes, not kept) and of all bodies together:
    // when the total would exceed it, the oldest exchanges go even before the ring is full.
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const;
    void setMaxTotalBodyBytes(qint64 bytes);
    qint64 maxTotalBodyBytes() const;

    // Adds an exchange whose fields are already redacted; keeps the first maxBodyBytes() of its body. Any thread.
    // Returns its id.
    quint64 record(Exchange exchange);
    void clear();

    int size() const;
    qint64 bodyBytesKept() const;
    quint64 firstId() const; // the oldest kept (0 when empty)
    quint64 lastId() const;  // the newest recorded so far, kept or not (0 before the first)
    QList<Exchange> exchanges() const;                  // all kept, oldest first
    // Those kept with a larger id, oldest first. `firstKept`: the id of the oldest kept, read at the same time
    // (lastId() + 1 when none is kept), so a reader knows which of its copies the ring has dropped.
    QList<Exchange> exchangesAfter(quint64 id, quint64 *firstKept = nullptr) const;
    std::optional<Exchange> exchange(quint64 id) const;

Q_SIGNALS:
    // Exchanges were recorded (or dropped to make room); read them with exchangesAfter().
    void exchangesAdded();
    void cleared();

private:
    void trimLocked();

    mutable QMutex m_mutex;
    std::deque<Exchange> m_ring;
    int m_capacity;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    qint64 m_maxTotalBodyBytes = kDefaultMaxTotalBodyBytes;
    qint64 m_bodyBytes = 0;
    quint64 m_lastId = 0;
    bool m_notifyPending = false;
};

} // namespace Ocpi::Net
