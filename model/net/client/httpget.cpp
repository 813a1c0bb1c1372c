#include "httpget.h"

#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslError>

#include "clientlog.h"
#include "envelope.h"
#include "ocpistatus.h"
#include "redaction.h"
#include "trafficlog.h"

#include <QtCore/QDateTime>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkRequest>

namespace Ocpi::Net {

Q_LOGGING_CATEGORY(lcClient, "ocpi.client", QtInfoMsg)

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QLatin1StringView schemeName(AuthScheme s)
{
    return s == AuthScheme::Plain ? QLatin1StringView("plain token") : QLatin1StringView("base64 token");
}

// Retry-After (RFC 9110 10.2.3): seconds or an HTTP date. -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : secs * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

bool isRetriableNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return false;
    default:
        return true;
    }
}

// The certificate errors of an attempt, kept on its reply (QStringList of QSslError::errorString()).
constexpr char kSslErrorsProperty[] = "osmSslErrors";

} // namespace

int backoffDelayMs(const ClientConfig &config, int retry)
{
    const qint64 full = std::min<qint64>(std::max(1, config.retryMaxDelayMs),
                                         qint64(std::max(1, config.retryBaseDelayMs)) << std::clamp(retry, 0, 20));
    return int(full / 2 + QRandomGenerator::global()->bounded(full / 2 + 1));
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    QByteArray joined;
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0) {
            if (!joined.isEmpty())
                joined += ", ";
            joined += h.second;
        }
    }
    return joined;
}

HttpGet::HttpGet(QNetworkAccessManager *nam, const ClientConfig &config, AuthState *auth, const Redactor *redactor,
                 QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_auth(auth), m_redactor(redactor), m_connectTimer(this),
      m_totalTimer(this), m_retryTimer(this)
{
    for (QTimer *t : {&m_connectTimer, &m_totalTimer, &m_retryTimer})
        t->setSingleShot(true);
    // A coarse timer may fire up to 5% early; a retry must never come sooner than the back-off or the server's
    // Retry-After asked (transport_and_format, and RFC 9110 10.2.3).
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Connect); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Total); });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpGet::attempt);
}

HttpGet::~HttpGet()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpGet::start(const QUrl &url, bool moduleRequest)
{
    m_url = url;
    m_moduleRequest = moduleRequest;
    m_running = true;
    m_redirects = 0;
    m_triedPlain = false;
    m_attemptScheme = m_auth->scheme == AuthScheme::Plain ? AuthScheme::Plain : AuthScheme::Base64;
    m_response = HttpResponse{};
    m_response.correlationId = newUuid(); // one per logical request, kept across its retries
    attempt();
}

QByteArray HttpGet::authorizationValue(AuthScheme scheme) const
{
    const QByteArray token = m_config.token.toUtf8();
    return "Token " + (scheme == AuthScheme::Plain ? token : token.toBase64());
}

void HttpGet::attempt()
{
    if (!m_running)
        return;
    m_timedOut = Timeout::None;
    m_tooLarge = false;
    m_response.body.clear();
    m_response.headers.clear();
    m_response.status = 0;
    m_response.url = m_url;
    m_response.requestId = newUuid();

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Our own limit on the decompressed size (onReadyRead) guards against compression bombs; Qt's ratio
    // check would fail highly compressible JSON pages below that limit with an unclear error.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setRawHeader("Authorization", authorizationValue(m_attemptScheme));
    request.setRawHeader("X-Request-ID", m_response.requestId.toLatin1());
    request.setRawHeader("X-Correlation-ID", m_response.correlationId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ocpi-session-monitor"));
    if (m_moduleRequest && !m_config.toPartyId.isEmpty()) {
        request.setRawHeader("OCPI-to-country-code", m_config.toCountryCode.toLatin1());
        request.setRawHeader("OCPI-to-party-id", m_config.toPartyId.toLatin1());
    }
    if (!m_config.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_config.caCertificates); // in addition to the system's; checks stay on
        request.setSslConfiguration(ssl);
    }
    // No Accept-Encoding of our own: Qt then asks for gzip/deflate and decompresses transparently.

    if (m_config.traffic) {
        m_requestHeaders.clear();
        for (const QByteArray &name : request.rawHeaderList())
            m_requestHeaders.append({name, request.rawHeader(name)});
        m_requestHeaders.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("ocpi-session-monitor")});
    }

    ++m_requests;
    m_attemptStarted = QDateTime::currentMSecsSinceEpoch();
    m_attemptClock.start();
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpGet::onMetaData);
    connect(m_reply, &QIODevice::readyRead, this, &HttpGet::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpGet::onFinished);
    // Why a certificate was refused (expired, another host name, self-signed...): the handshake error alone does
    // not say, and the user needs it to fix the server or give its CA in the profile.
    connect(m_reply, &QNetworkReply::sslErrors, m_reply, [reply = m_reply.data()](const QList<QSslError> &errors) {
        QStringList why;
        for (const QSslError &e : errors)
            why.append(e.errorString());
        reply->setProperty(kSslErrorsProperty, why);
    });
    m_connectTimer.start(std::max(1, m_config.connectTimeoutMs));
    m_totalTimer.start(std::max(1, m_config.totalTimeoutMs));
}

void HttpGet::onMetaData()
{
    m_connectTimer.stop();
    if (!m_reply)
        return;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_config.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void HttpGet::onReadyRead()
{
    m_connectTimer.stop();
    if (!m_reply)
        return;
    m_response.body += m_reply->readAll();
    if (m_response.body.size() > m_config.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void HttpGet::onTimeout(Timeout which)
{
    if (!m_reply)
        return;
    m_timedOut = which;
    m_reply->abort(); // finished() follows, and onFinished() reports the timeout
}

void HttpGet::dropReply()
{
    m_connectTimer.stop();
    m_totalTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

QString HttpGet::describeNetworkError(QNetworkReply::NetworkError code, const QString &qtText) const
{
    QString what;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        what = tr("the connection was refused");
        break;
    case QNetworkReply::RemoteHostClosedError:
        what = tr("the server closed the connection before the whole answer arrived");
        break;
    case QNetworkReply::HostNotFoundError:
        what = tr("the host name was not found");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        what = tr("the TLS handshake failed");
        if (!qtText.isEmpty())
            what += QLatin1StringView(": ") + qtText; // the certificate errors, see attempt()
        break;
    default:
        what = qtText;
        break;
    }
    return (*m_redactor)(what);
}

PollError HttpGet::httpError(int status) const
{
    PollError e;
    e.kind = (status == 401 || status == 403) ? PollError::Kind::Auth : PollError::Kind::Http;
    e.url = m_url;
    e.httpStatus = status;
    QString reason;
    if (m_reply)
        reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString spacedReason = reason.isEmpty() ? QString() : QString(QLatin1Char(' ') + reason);
    e.message = tr("HTTP %1%2 from %3").arg(status).arg(spacedReason, displayUrl(m_url));
    const EnvelopeInfo env = probeEnvelope(m_response.body);
    if (env.hasStatusCode) {
        e.ocpiStatus = env.statusCode;
        e.message += QLatin1StringView("; ") + OcpiStatus::errorText(env.statusCode, env.statusMessage);
    }
    e.message = (*m_redactor)(e.message);
    return e;
}

void HttpGet::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_connectTimer.stop();
    m_totalTimer.stop();
    if (!m_tooLarge && m_timedOut == Timeout::None)
        m_response.body += reply->readAll();
    m_response.headers = reply->rawHeaderPairs();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.status = status;
    const QNetworkReply::NetworkError netError = reply->error();
    const qint64 ms = m_attemptClock.elapsed();

    const auto logOutcome = [&](const QString &outcome) {
        const bool broken = status >= 200 && status < 300 && netError != QNetworkReply::NoError;
        const bool answered = status > 0 && !broken && m_timedOut == Timeout::None && !m_tooLarge;
        recordExchange(reply, ms, answered ? QString() : outcome);
        qCInfo(lcClient).noquote() << (*m_redactor)(QStringLiteral("GET %1 -> %2, %3 bytes, %4 ms [X-Request-ID %5, "
                                                                   "X-Correlation-ID %6, %7]")
                                                        .arg(displayUrl(m_url), outcome)
                                                        .arg(m_response.body.size())
                                                        .arg(ms)
                                                        .arg(m_response.requestId, m_response.correlationId,
                                                             schemeName(m_attemptScheme)));
    };

    if (m_timedOut != Timeout::None) {
        const bool connect = m_timedOut == Timeout::Connect;
        logOutcome(connect ? QStringLiteral("no answer (connect timeout)") : QStringLiteral("total timeout"));
        PollError e;
        e.kind = PollError::Kind::Timeout;
        e.url = m_url;
        e.message = connect ? tr("no answer from %1 within %2 s (connect timeout)")
                                  .arg(displayUrl(m_url))
                                  .arg(m_config.connectTimeoutMs / 1000.0)
                            : tr("%1 did not finish answering within %2 s (total timeout)")
                                  .arg(displayUrl(m_url))
                                  .arg(m_config.totalTimeoutMs / 1000.0);
        retryOrFail(e);
        return;
    }
    if (m_tooLarge) {
        logOutcome(QStringLiteral("body too large"));
        PollError e;
        e.kind = PollError::Kind::Limit;
        e.url = m_url;
        e.httpStatus = status;
        e.message = tr("the answer of %1 is larger than the %2 MB allowed (maximum body size)")
                        .arg(displayUrl(m_url))
                        .arg(double(m_config.maxBodyBytes) / (1 << 20), 0, 'g', 4);
        finish(e);
        return;
    }
    // A status with a transport error: the answer began but did not arrive whole (connection closed before
    // Content-Length, damaged compression). Error statuses carry Qt's own error code and are handled below.
    const bool brokenSuccess = status >= 200 && status < 300 && netError != QNetworkReply::NoError;
    if (status == 0 || brokenSuccess) {
        const QString qtText = netError == QNetworkReply::SslHandshakeFailedError
                                   ? reply->property(kSslErrorsProperty).toStringList().join(QLatin1StringView("; "))
                                   : reply->errorString();
        QString text = describeNetworkError(netError, qtText);
        if (brokenSuccess)
            text = tr("HTTP %1, but %2 (%3 bytes arrived)").arg(status).arg(text).arg(m_response.body.size());
        logOutcome(text);
        PollError e;
        e.kind = PollError::Kind::Network;
        e.url = m_url;
        e.message = tr("GET %1 failed: %2").arg(displayUrl(m_url), text);
        if (!isRetriableNetworkError(netError)) {
            finish(e);
            return;
        }
        retryOrFail(e);
        return;
    }
    logOutcome(QStringLiteral("HTTP %1").arg(status));

    if (status >= 200 && status < 300) {
        if (!m_auth->forced && m_auth->scheme != m_attemptScheme) {
            if (m_attemptScheme == AuthScheme::Plain)
                qCInfo(lcClient) << "the server accepted the plain (not Base64-encoded) token; it is used from now on";
            m_auth->scheme = m_attemptScheme;
        }
        finish(std::nullopt);
        return;
    }
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl target = m_url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const bool upgrade = m_url.scheme() == QLatin1StringView("http") && target.scheme() == QLatin1StringView("https")
                             && m_url.host().compare(target.host(), Qt::CaseInsensitive) == 0;
        PollError e = httpError(status);
        if (!target.isValid() || target.isEmpty()) {
            e.message = tr("HTTP %1 from %2 without a usable Location").arg(status).arg(displayUrl(m_url));
            finish(e);
        } else if (!sameOrigin(target, m_url) && !upgrade) {
            e.message = (*m_redactor)(tr("%1 redirects to %2, another host or scheme: not followed, so the token is "
                                         "not sent there")
                                          .arg(displayUrl(m_url), displayUrl(target)));
            finish(e);
        } else if (++m_redirects > 5) {
            e.message = tr("more than 5 redirects from %1").arg(displayUrl(m_url));
            finish(e);
        } else {
            m_url = target;
            dropReply();
            attempt();
        }
        return;
    }
    if (status == 401 && !m_auth->forced && m_auth->scheme == AuthScheme::Unknown && m_attemptScheme == AuthScheme::Base64
        && !m_triedPlain) {
        qCInfo(lcClient) << "HTTP 401 with the Base64-encoded token; trying once with the plain token, as many "
                            "OCPI 2.1.1/2.2 servers expect";
        m_triedPlain = true;
        m_attemptScheme = AuthScheme::Plain;
        dropReply();
        attempt();
        return;
    }
    if (status == 401 || status == 403) {
        PollError e = httpError(status);
        if (status == 401) {
            e.message += m_triedPlain ? tr(". The token was refused both Base64-encoded (as OCPI 2.2.1 requires) and "
                                           "plain (as many 2.1.1 servers expect)")
                                      : tr(". The token was refused (%1)").arg(schemeName(m_attemptScheme));
            if (m_config.token != m_config.token.trimmed())
                e.message += tr("; note that it starts or ends with white space (a newline?), which is sent too");
        }
        finish(e);
        return;
    }
    if (status == 429 || status == 503) {
        retryOrFail(httpError(status), int(std::min<qint64>(retryAfterMs(reply->rawHeader("Retry-After")), INT_MAX)));
        return;
    }
    if (status >= 500) {
        retryOrFail(httpError(status));
        return;
    }
    finish(httpError(status));
}

void HttpGet::recordExchange(QNetworkReply *reply, qint64 ms, const QString &error)
{
    TrafficLog *log = m_config.traffic.get();
    if (!log)
        return;
    const Redactor &redact = *m_redactor;
    Exchange e;
    e.source = m_config.trafficSource.isEmpty() ? m_url.host() : m_config.trafficSource;
    e.started = m_attemptStarted;
    e.method = QByteArrayLiteral("GET");
    e.url = redactUrl(m_url, redact);
    e.requestHeaders = redactHeaders(m_requestHeaders, redact);
    e.httpStatus = m_response.status;
    e.reason = redact(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    e.durationMs = ms;
    e.bytes = m_response.body.size();
    e.requestId = m_response.requestId;
    e.correlationId = m_response.correlationId;
    e.error = redact(error);
    e.responseHeaders = redactHeaders(m_response.headers, redact);
    e.mimeType = redactHeaderValue("Content-Type", reply->rawHeader("Content-Type"), redact);
    if (!m_response.body.isEmpty()) {
        const EnvelopeInfo env = probeEnvelope(m_response.body);
        if (env.hasStatusCode)
            e.ocpiStatus = env.statusCode;
        // Only the part kept is redacted and copied: a 64 MB page costs no more than the limit.
        const qint64 keep = log->maxBodyBytes();
        e.bodyTruncated = m_response.body.size() > keep;
        e.body = redactBody(QByteArrayView(m_response.body).first(std::min<qint64>(keep, m_response.body.size())),
                            redact, e.bodyTruncated);
    }
    log->record(std::move(e));
}

void HttpGet::retryOrFail(PollError error, int retryAfter)
{
    if (m_retries >= m_config.maxRetries) {
        if (m_config.maxRetries > 0)
            error.message += tr(" (gave up after %n retry(ies))", nullptr, m_retries);
        finish(error);
        return;
    }
    int delay = 0;
    if (retryAfter >= 0) {
        if (retryAfter > m_config.retryMaxDelayMs) {
            error.message += tr("; the server asks to retry after %1 s, longer than the %2 s allowed")
                                 .arg(retryAfter / 1000.0)
                                 .arg(m_config.retryMaxDelayMs / 1000.0);
            finish(error);
            return;
        }
        delay = retryAfter;
    } else {
        delay = backoffDelayMs(m_config, m_retries);
    }
    ++m_retries;
    qCInfo(lcClient).noquote() << (*m_redactor)(QStringLiteral("%1; retry %2 of %3 in %4 ms")
                                                    .arg(error.message)
                                                    .arg(m_retries)
                                                    .arg(m_config.maxRetries)
                                                    .arg(delay));
    dropReply();
    m_retryTimer.start(delay);
}

void HttpGet::finish(std::optional<PollError> error)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    if (error)
        error->message = (*m_redactor)(error->message);
    m_response.error = std::move(error);
    dropReply();
    Q_EMIT finished();
}

void HttpGet::abort()
{
    if (!m_running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    PollError e;
    e.kind = PollError::Kind::Cancelled;
    e.url = m_url;
    e.message = tr("cancelled");
    finish(e);
}

} // namespace Ocpi::Net
