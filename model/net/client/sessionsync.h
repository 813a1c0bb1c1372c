// One poll of a Sessions SENDER: discovery when needed, then the crawl over the pages (see docs/CLIENT.md).
//
// Internal to SessionPoller, and living in its thread: it reads each page with Ocpi::SessionReader as it
// arrives and hands the records to the page callback; it never holds sessions itself.
#pragma once

#include "clientconfig.h"
#include "httpget.h"
#include "pollresult.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace Ocpi::Net {

struct DiscoveryDocument;

class SessionSync : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        QUrl sessionsUrl;     // known from an earlier poll; empty: discover from the configured URL
        QString ocpiVersion;  // that goes with it
        qint64 dateFrom = kNoTime;
    };
    // One page: its 1-based number in this poll, its body, and the records read from it.
    using PageFn = std::function<void(int page, const QByteArray &body, std::vector<RecordResult> &&records)>;

    SessionSync(QNetworkAccessManager *nam, const ClientConfig &config, AuthState *auth, const Redactor *redactor,
                PollResult *result, QObject *parent = nullptr);
    ~SessionSync() override;

    void start(const Input &input, PageFn onPage);
    // Ends the poll now with a Cancelled error; finished() is emitted before this returns.
    void abort();
    bool isRunning() const { return m_running; }

    // Known once discovery succeeded, even when the crawl failed afterwards.
    QUrl sessionsUrl() const { return m_sessionsUrl; }
    QString ocpiVersion() const { return m_version; }

Q_SIGNALS:
    void progress(int pages, qint64 records, qint64 totalCount);
    void finished();

private:
    enum class Step : quint8 { Root, Details, Page };
    void fetch(Step step, const QUrl &url);
    void attempt();
    // The same request again after a backoff, for an answer that came whole over HTTP but is transient by
    // content (OCPI 3000, a truncated or garbled body). False when the retries are used up.
    bool retryAnswer(const QString &why);
    QString gaveUp() const; // " (gave up after 2 retries)" after retryAnswer(), else empty
    void onFetched();
    std::optional<DiscoveryDocument> readDiscovery(const HttpResponse &response);
    void onRoot(const HttpResponse &response);
    void onDetails(const HttpResponse &response);
    bool useDetails(const DiscoveryDocument &doc, const QUrl &url);
    void startCrawl(const std::optional<HttpResponse> &probe = std::nullopt);
    void resetCrawlState();
    void startTail();
    void onPage(const HttpResponse &response);
    void fail(PollError::Kind kind, const QString &message, const QUrl &url, int httpStatus = 0, int ocpiStatus = -1);
    void fail(PollError error);
    void complete();
    void warn(const QString &message);
    qint64 serverTimeOf(const HttpResponse &response, const QByteArray &timestamp, bool *fromServer);

    QNetworkAccessManager *m_nam;
    const ClientConfig &m_config;
    AuthState *m_auth;
    const Redactor *m_redactor;
    PollResult *m_result;
    PageFn m_onPage;
    Input m_input;
    bool m_running = false;
    QElapsedTimer m_clock;

    QPointer<HttpGet> m_get;
    Step m_step = Step::Root;
    QUrl m_stepUrl;
    int m_answerRetries = 0; // retryAnswer() for the current request
    QTimer m_retryTimer;
    QUrl m_sessionsUrl;
    QString m_version;

    // Crawl state. The main crawl pins date_to; the tail, read after it when the pin left sessions out, reads
    // date_from = the pinned time onwards without a pin (see docs/CLIENT.md).
    bool m_tail = false;
    bool m_usedPin = false;     // a page was asked with the pinned date_to
    bool m_pinLeftOut = false;  // ...and the total fell, or was not given: sessions may have been left out
    QUrl m_firstPageUrl;
    QByteArray m_dateTo;       // pinned date_to (encoded) once the first page told the server time
    QSet<QByteArray> m_seen;   // page URLs asked since the start or the last re-read
    qint64 m_lastTotal = -1;
    qint64 m_lastRemaining = -1;
    int m_growingPages = 0;
    int m_rereads = 0;
    bool m_justReread = false;
    QByteArray m_lastDigest;
    qint64 m_position = 0; // offset of the next record when the links carry no offset
    qint64 m_recordsRead = 0;
    bool m_warnedOpaque = false;
    bool m_notedFallback = false;
    bool m_warnedNoEnvelope = false;
};

} // namespace Ocpi::Net
