// One logical OCPI GET: the Authorization header (Base64, or the plain token after a 401), X-Request-ID and
// X-Correlation-ID, connect and total timeouts, a cap on the body size, same-origin redirects only, and
// retries with exponential backoff and jitter after network errors, timeouts, HTTP 5xx and 429 (Retry-After).
//
// Internal to the client: lives in the thread of the QNetworkAccessManager it is given and reports through
// finished(). The token is never logged; URLs are logged without user info.
#pragma once

#include "clientconfig.h"
#include "pollresult.h"
#include "urlutil.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkReply>

#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ocpi::Net {

// Which Authorization form the server accepted, shared by the requests of one poller.
struct AuthState
{
    AuthScheme scheme = AuthScheme::Unknown; // Unknown: Base64 first, the plain token after a 401
    bool forced = false;                     // set by the configuration: no fallback
};

struct HttpResponse
{
    QUrl url; // after redirects
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString requestId; // of the last attempt
    QString correlationId;
    std::optional<PollError> error; // set when there is no usable 2xx answer

    QByteArray header(QByteArrayView name) const; // case-insensitive; "" when absent
};

// The wait before retry number `retry` (0-based): retryBaseDelayMs * 2^retry, at most retryMaxDelayMs, with
// "equal jitter" (half fixed, half random) so that the retries of many clients spread out.
int backoffDelayMs(const ClientConfig &config, int retry);

class HttpGet : public QObject
{
    Q_OBJECT
public:
    HttpGet(QNetworkAccessManager *nam, const ClientConfig &config, AuthState *auth, const Redactor *redactor,
            QObject *parent = nullptr);
    ~HttpGet() override;

    // `moduleRequest`: a request to a functional module (Sessions), which carries the routing headers of
    // ClientConfig::toCountryCode/toPartyId; Versions and version details never do.
    void start(const QUrl &url, bool moduleRequest = false);
    // Ends the request now; finished() is emitted before this returns, with a Cancelled error.
    void abort();

    const HttpResponse &response() const { return m_response; }
    int requests() const { return m_requests; }
    int retries() const { return m_retries; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished();

private:
    enum class Timeout : quint8 { None, Connect, Total };
    void attempt();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onTimeout(Timeout which);
    void retryOrFail(PollError error, int retryAfterMs = -1);
    void finish(std::optional<PollError> error);
    void dropReply();
    QByteArray authorizationValue(AuthScheme scheme) const;
    PollError httpError(int status) const;
    QString describeNetworkError(QNetworkReply::NetworkError code, const QString &qtText) const;
    // Records this attempt into ClientConfig::traffic, if any (redacted; see redaction.h).
    void recordExchange(QNetworkReply *reply, qint64 ms, const QString &error);

    QNetworkAccessManager *m_nam;
    const ClientConfig &m_config;
    AuthState *m_auth;
    const Redactor *m_redactor;

    QUrl m_url;
    bool m_moduleRequest = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    qint64 m_attemptStarted = 0; // ms since the epoch
    QList<QPair<QByteArray, QByteArray>> m_requestHeaders; // as sent, for the traffic log
    Timeout m_timedOut = Timeout::None;
    bool m_tooLarge = false;
    bool m_running = false;
    AuthScheme m_attemptScheme = AuthScheme::Base64;
    bool m_triedPlain = false;
    int m_redirects = 0;
    int m_requests = 0;
    int m_retries = 0;
    HttpResponse m_response;
};

} // namespace Ocpi::Net
