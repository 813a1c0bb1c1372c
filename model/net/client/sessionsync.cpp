#include "sessionsync.h"

#include "clientlog.h"
#include "discovery.h"
#include "envelope.h"
#include "ocpistatus.h"
#include "pagination.h"
#include "urlutil.h"

#include "ocpi/sessionreader.h"

#include <climits>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace Ocpi::Net {

namespace {

bool lastSegmentIsSessions(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.section(QLatin1Char('/'), -1).compare(QLatin1StringView("sessions"), Qt::CaseInsensitive) == 0;
}

} // namespace

SessionSync::SessionSync(QNetworkAccessManager *nam, const ClientConfig &config, AuthState *auth, const Redactor *redactor,
                         PollResult *result, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_auth(auth), m_redactor(redactor), m_result(result),
      m_retryTimer(this)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SessionSync::attempt);
}

SessionSync::~SessionSync()
{
    if (m_get)
        m_get->disconnect(this);
}

void SessionSync::warn(const QString &message)
{
    const QString text = (*m_redactor)(message);
    qCWarning(lcClient).noquote() << text;
    m_result->warnings.append(text);
}

void SessionSync::start(const Input &input, PageFn onPage)
{
    m_input = input;
    m_onPage = std::move(onPage);
    m_running = true;
    m_clock.start();
    m_result->dateFrom = input.dateFrom;

    const QUrl &url = m_config.url;
    if (!url.isValid() || url.isEmpty() || (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        || url.host().isEmpty()) {
        fail(PollError::Kind::Config, tr("the URL '%1' is not an http:// or https:// URL").arg(displayUrl(url)), url);
        return;
    }
    if (m_config.token.isEmpty()) {
        fail(PollError::Kind::Config, tr("no token: OCPI requires a credentials token in every request"), url);
        return;
    }
    if (m_config.token != m_config.token.trimmed())
        warn(tr("the token starts or ends with white space (a trailing newline?); it is sent as given"));

    if (!input.sessionsUrl.isEmpty()) {
        m_sessionsUrl = input.sessionsUrl;
        m_version = input.ocpiVersion;
        startCrawl();
        return;
    }
    if (m_config.endpointKind == EndpointKind::Sessions
        || (m_config.endpointKind == EndpointKind::Auto && lastSegmentIsSessions(url))) {
        m_sessionsUrl = url;
        startCrawl();
        return;
    }
    fetch(m_config.endpointKind == EndpointKind::VersionDetails ? Step::Details : Step::Root, url);
}

void SessionSync::fetch(Step step, const QUrl &url)
{
    if (!m_config.allowInsecureHttp && isInsecureRemoteHttp(url)) {
        fail(PollError::Kind::Config,
             tr("refused to send the token to %1: plain http:// to %2, which is not this computer, would carry it "
                "unencrypted; use https://, or confirm plain http:// for this endpoint (the profile's \"Allow plain "
                "http://\" option, or poll --allow-insecure-http)")
                 .arg(displayUrl(url), url.host()),
             url);
        return;
    }
    m_step = step;
    m_stepUrl = url;
    m_answerRetries = 0;
    attempt();
}

void SessionSync::attempt()
{
    if (!m_running)
        return;
    auto *get = new HttpGet(m_nam, m_config, m_auth, m_redactor, this);
    m_get = get;
    connect(get, &HttpGet::finished, this, &SessionSync::onFetched);
    get->start(m_stepUrl, m_step == Step::Page);
}

QString SessionSync::gaveUp() const
{
    return m_answerRetries ? tr(" (gave up after %n retry(ies))", nullptr, m_answerRetries) : QString();
}

bool SessionSync::retryAnswer(const QString &why)
{
    if (m_answerRetries >= m_config.maxRetries)
        return false;
    const int delay = backoffDelayMs(m_config, m_answerRetries);
    ++m_answerRetries;
    ++m_result->retries;
    qCInfo(lcClient).noquote() << (*m_redactor)(QStringLiteral("%1; retry %2 of %3 in %4 ms")
                                                    .arg(why)
                                                    .arg(m_answerRetries)
                                                    .arg(m_config.maxRetries)
                                                    .arg(delay));
    m_retryTimer.start(delay);
    return true;
}

void SessionSync::onFetched()
{
    HttpGet *get = m_get;
    if (!get)
        return;
    m_get = nullptr;
    get->disconnect(this);
    get->deleteLater();
    m_result->requests += get->requests();
    m_result->retries += get->retries();
    const HttpResponse &response = get->response();
    if (response.error) {
        fail(*response.error);
        return;
    }
    switch (m_step) {
    case Step::Root:
        onRoot(response);
        break;
    case Step::Details:
        onDetails(response);
        break;
    case Step::Page:
        m_result->bytes += response.body.size();
        onPage(response);
        break;
    }
}

// Reads a discovery answer; handles an OCPI error status and a body that is not JSON (retried or failed), in
// which case it returns nothing and the sync has moved on.
std::optional<DiscoveryDocument> SessionSync::readDiscovery(const HttpResponse &response)
{
    m_result->bytes += response.body.size();
    const DiscoveryDocument doc = parseDiscovery(response.body, response.url);
    if (doc.enveloped && doc.statusCode >= 0 && !OcpiStatus::isSuccess(doc.statusCode)) {
        const QString text = tr("%1 answered: %2").arg(displayUrl(response.url), OcpiStatus::errorText(doc.statusCode, doc.statusMessage));
        if (OcpiStatus::isRetriable(doc.statusCode) && retryAnswer(text))
            return std::nullopt;
        fail(PollError::Kind::Ocpi, text + gaveUp(), response.url, response.status, doc.statusCode);
        return std::nullopt;
    }
    if (doc.shape == DiscoveryDocument::Shape::NotJson
        && retryAnswer(tr("the answer of %1 is not JSON").arg(displayUrl(response.url))))
        return std::nullopt;
    return doc;
}

void SessionSync::onRoot(const HttpResponse &response)
{
    std::optional<DiscoveryDocument> parsed = readDiscovery(response);
    if (!parsed)
        return;
    const DiscoveryDocument &doc = *parsed;
    switch (doc.shape) {
    case DiscoveryDocument::Shape::VersionList: {
        QStringList offered;
        for (const VersionEntry &v : doc.versions)
            offered.append(v.version);
        const auto chosen = pickVersion(doc.versions);
        if (!chosen) {
            const bool old = std::all_of(offered.cbegin(), offered.cend(), isOlderThan22);
            fail(PollError::Kind::UnsupportedVersion,
                 old ? tr("the server offers OCPI %1 only; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)")
                           .arg(offered.join(QLatin1StringView(", ")))
                     : tr("the server offers OCPI %1; none of them is one this client reads (%2)")
                           .arg(offered.join(QLatin1StringView(", ")), supportedVersions().join(QLatin1StringView(", "))),
                 response.url);
            return;
        }
        m_version = chosen->version;
        if (m_version != QLatin1StringView("2.2.1"))
            warn(tr("the server offers OCPI %1, read as 2.2.1").arg(m_version));
        qCInfo(lcClient).noquote() << (*m_redactor)(
            QStringLiteral("versions offered: %1; using %2 at %3").arg(offered.join(QLatin1StringView(", ")), m_version, displayUrl(chosen->url)));
        fetch(Step::Details, chosen->url);
        return;
    }
    case DiscoveryDocument::Shape::VersionDetails:
        if (useDetails(doc, response.url))
            startCrawl();
        return;
    case DiscoveryDocument::Shape::NotJson:
    case DiscoveryDocument::Shape::Other:
        break;
    }
    if (m_config.endpointKind == EndpointKind::Auto && doc.shape == DiscoveryDocument::Shape::Other) {
        // Neither a versions list nor version details: the URL is the sessions endpoint itself.
        m_sessionsUrl = m_config.url;
        qCInfo(lcClient).noquote() << (*m_redactor)(QStringLiteral("%1 is neither a versions nor a version details endpoint; "
                                                                   "reading it as the sessions endpoint")
                                                        .arg(displayUrl(m_config.url)));
        startCrawl(response);
        return;
    }
    fail(PollError::Kind::Discovery,
         doc.shape == DiscoveryDocument::Shape::NotJson
             ? tr("the answer of %1 is not JSON, so not an OCPI versions list").arg(displayUrl(response.url))
             : tr("the answer of %1 is not an OCPI versions list (a list of {version, url})").arg(displayUrl(response.url)),
         response.url, response.status);
}

void SessionSync::onDetails(const HttpResponse &response)
{
    std::optional<DiscoveryDocument> parsed = readDiscovery(response);
    if (!parsed)
        return;
    const DiscoveryDocument &doc = *parsed;
    if (doc.shape != DiscoveryDocument::Shape::VersionDetails) {
        fail(PollError::Kind::Discovery,
             tr("the answer of %1 is not OCPI version details (an object with \"endpoints\")").arg(displayUrl(response.url)),
             response.url, response.status);
        return;
    }
    if (useDetails(doc, response.url))
        startCrawl();
}

bool SessionSync::useDetails(const DiscoveryDocument &doc, const QUrl &url)
{
    if (!doc.detailsVersion.isEmpty() && isOlderThan22(doc.detailsVersion)) {
        fail(PollError::Kind::UnsupportedVersion,
             tr("%1 describes OCPI %2; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)")
                 .arg(displayUrl(url), doc.detailsVersion),
             url);
        return false;
    }
    if (m_version.isEmpty())
        m_version = doc.detailsVersion.isEmpty() ? QStringLiteral("2.2.1") : doc.detailsVersion;
    const auto sessions = findSessionsSender(doc.endpoints);
    if (!sessions) {
        bool receiverOnly = false;
        for (const EndpointEntry &e : doc.endpoints)
            receiverOnly |= e.identifier.compare(QLatin1StringView("sessions"), Qt::CaseInsensitive) == 0;
        fail(PollError::Kind::Discovery,
             receiverOnly ? tr("%1 lists the sessions module only as RECEIVER (it takes sessions pushed to it); there is "
                               "no SENDER interface to read sessions from")
                                .arg(displayUrl(url))
                          : tr("%1 lists no sessions module: this server does not offer sessions").arg(displayUrl(url)),
             url);
        return false;
    }
    if (sessions->role.isEmpty())
        warn(tr("the sessions endpoint has no role; taken as the SENDER interface"));
    m_sessionsUrl = sessions->url;
    qCInfo(lcClient).noquote() << (*m_redactor)(QStringLiteral("sessions SENDER endpoint: %1").arg(displayUrl(m_sessionsUrl)));
    return true;
}

void SessionSync::startCrawl(const std::optional<HttpResponse> &probe)
{
    m_result->sessionsUrl = m_sessionsUrl;
    m_result->ocpiVersion = m_version;
    // date_from is a required parameter (mod_sessions 9.2.1.1.1): "everything" is asked as from the epoch.
    QUrl first = withQueryItem(m_sessionsUrl, "date_from", dateTimeQueryValue(m_input.dateFrom != kNoTime ? m_input.dateFrom : 0));
    if (m_config.pageLimit > 0)
        first = withQueryItem(first, "limit", QByteArray::number(m_config.pageLimit));
    m_firstPageUrl = first;
    m_step = Step::Page;
    m_seen.insert(first.toEncoded());
    if (probe && probe->url == first) {
        // The probe asked exactly what the first page asks: it is the first page.
        onPage(*probe);
        return;
    }
    fetch(Step::Page, first);
}

qint64 SessionSync::serverTimeOf(const HttpResponse &response, const QByteArray &timestamp, bool *fromServer)
{
    *fromServer = true;
    if (const auto t = serverTime(response, timestamp))
        return *t;
    *fromServer = false;
    warn(tr("the first page has neither a readable envelope timestamp nor a Date header; the client's clock is used for "
            "the next date_from, which is only right when both clocks agree"));
    return QDateTime::currentMSecsSinceEpoch();
}

void SessionSync::onPage(const HttpResponse &response)
{
    const QUrl url = response.url;
    const int page = m_result->pages + 1;

    // The envelope first: an error status is an error, not data (status_codes 5).
    const EnvelopeInfo env = probeEnvelope(response.body);
    if (env.isEnvelope() && env.hasStatusCode && !OcpiStatus::isSuccess(env.statusCode)) {
        const QString text =
            tr("page %1 (%2): %3").arg(page).arg(displayUrl(url), OcpiStatus::errorText(env.statusCode, env.statusMessage));
        if (OcpiStatus::isRetriable(env.statusCode) && retryAnswer(text))
            return;
        fail(PollError::Kind::Ocpi, text + gaveUp(), url, response.status, env.statusCode);
        return;
    }

    // The records, read tolerantly: bad ones get findings, good ones are kept.
    SessionReader reader;
    reader.setBatchSize(std::numeric_limits<int>::max());
    std::vector<RecordResult> records;
    const ReadSummary summary = reader.readBytes(response.body, [&](std::vector<RecordResult> &&batch) {
        if (records.empty())
            records = std::move(batch);
        else
            std::move(batch.begin(), batch.end(), std::back_inserter(records));
    });
    // status 1000 without data is an empty list; any other damage to the body is worth another try, since a
    // body cut short or garbled on the way usually comes whole the next time.
    const bool damaged = summary.error
                         && !(summary.error->code == QLatin1StringView("file.no_data") && env.isEnvelope());
    const QString damage = damaged ? tr("page %1 (%2) cannot be read: %3").arg(page).arg(displayUrl(url), summary.error->message)
                                   : QString();
    if (damaged && retryAnswer(damage))
        return;

    // A page with no records that is not the last (it links on, or X-Total-Count counts more past its offset)
    // contradicts the paging: a server returns fewer objects than asked only when there are no more
    // (transport_and_format, Paginated Request: limit), and the same URL must give the same objects (Paginated
    // Response). Following its link would skip the sessions it should have held, and the watermark would move past
    // them for good; so it is read again, and the poll stops if it stays empty (what was read is kept).
    if (!damaged && records.empty()) {
        const PageHeaders headers = readPageHeaders(response);
        if (headers.nextLink || (headers.totalCount >= 0 && pageOffset(url, m_position) < headers.totalCount)) {
            const QString text = tr("page %1 (%2) holds no sessions, yet the server says more follow (a next link, or a "
                                    "higher X-Total-Count); stopped, %n session(s) read are kept, and the next poll asks "
                                    "again from the same date_from",
                                    nullptr, int(std::min<qint64>(m_recordsRead, INT_MAX)))
                                     .arg(page)
                                     .arg(displayUrl(url));
            if (retryAnswer(text))
                return;
            fail(PollError::Kind::Pagination, text + gaveUp(), url, response.status);
            return;
        }
    }

    m_result->pages = page;
    if (env.isEnvelope()) {
        if (!env.hasStatusCode && !m_warnedNoEnvelope) {
            m_warnedNoEnvelope = true;
            warn(tr("the answer of %1 has no status_code (transport_and_format 4.1.7)").arg(displayUrl(url)));
        } else if (env.hasStatusCode && env.statusCode != 1000) {
            warn(tr("page %1 has the custom success status_code %2").arg(page).arg(env.statusCode));
        }
    } else if (!m_warnedNoEnvelope && !damaged) {
        m_warnedNoEnvelope = true;
        warn(tr("the answer of %1 is not wrapped in the OCPI response format ({\"data\": ..., \"status_code\": ...}); "
                "its records are read anyway")
                 .arg(displayUrl(url)));
    }

    if (page == 1) {
        bool fromServer = false;
        m_result->serverTime = serverTimeOf(response, env.timestamp, &fromServer);
        if (fromServer && m_config.pinDateTo && !queryItem(m_firstPageUrl, "date_to"))
            m_dateTo = dateTimeQueryValue(m_result->serverTime);
        const qint64 skew = m_result->serverTime - QDateTime::currentMSecsSinceEpoch();
        if (fromServer && std::abs(skew) > 3600 * 1000)
            warn(tr("the server's clock is %1 minutes %2 the client's; date_from follows the server's clock")
                     .arg(std::abs(skew) / 60000)
                     .arg(skew > 0 ? tr("ahead of") : tr("behind")));
    }

    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (const RecordResult &r : records)
        digest.addData(QByteArrayView(response.body).sliced(r.session.source.offset, r.session.source.length));
    const QByteArray pageDigest = digest.result();
    const qint64 count = qint64(records.size());
    m_recordsRead += count;
    m_result->records = m_recordsRead;
    if (m_onPage)
        m_onPage(page, response.body, std::move(records));
    if (!m_running)
        return; // aborted from the page callback
    if (damaged) {
        fail(PollError::Kind::Content,
             damage + tr("; the %n session(s) before the damage are kept", nullptr, int(count)) + gaveUp(),
             url, response.status);
        return;
    }

    const PageHeaders paging = readPageHeaders(response);
    const qint64 total = paging.totalCount;
    if (total >= 0)
        m_result->totalCount = total;
    Q_EMIT progress(page, m_recordsRead, total);

    const qint64 offset = pageOffset(url, m_position);
    const bool offsetPaging = queryItem(url, "offset").has_value();

    // X-Total-Count fell: objects left the result set (updated past date_to) and the later ones moved down.
    // Re-read from before the shift so that none falls between two pages (transport_and_format 4.1.5.3 note).
    if (m_lastTotal >= 0 && total >= 0 && total < m_lastTotal) {
        const qint64 delta = m_lastTotal - total;
        m_pinLeftOut |= m_usedPin;
        m_lastTotal = total;
        if (offsetPaging && offset > 0) {
            if (++m_rereads > m_config.maxRereads) {
                fail(PollError::Kind::Pagination,
                     tr("X-Total-Count kept falling while the pages were read (%1 re-reads); stopped, %n session(s) read "
                        "are kept", nullptr, int(std::min<qint64>(m_recordsRead, INT_MAX)))
                         .arg(m_config.maxRereads),
                     url, response.status);
                return;
            }
            const qint64 from = std::max<qint64>(0, offset - delta);
            qCInfo(lcClient).noquote() << QStringLiteral("X-Total-Count fell by %1 to %2 at offset %3: re-reading from offset %4")
                                              .arg(delta)
                                              .arg(total)
                                              .arg(offset)
                                              .arg(from);
            m_seen.clear();
            m_justReread = true;
            m_lastDigest = pageDigest;
            m_growingPages = 0;
            m_position = from;
            const QUrl again = withQueryItem(url, "offset", QByteArray::number(from));
            m_seen.insert(again.toEncoded());
            fetch(Step::Page, again);
            return;
        }
        if (offset > 0 && !m_warnedOpaque) {
            m_warnedOpaque = true;
            warn(tr("X-Total-Count fell during the crawl, but the next links carry no offset to step back with; sessions "
                    "may have been skipped and will be read again next poll only if they change"));
        }
    }

    // The next page: the Link header, else offset/limit while the total says there is more.
    const NextPage found = nextPage(url, m_sessionsUrl, paging, offset, count);
    QUrl next;
    switch (found.kind) {
    case NextPage::Kind::None:
        break;
    case NextPage::Kind::Link:
        next = found.url;
        break;
    case NextPage::Kind::BadLink:
        fail(PollError::Kind::Pagination,
             tr("page %1 (%2) has a next link that cannot be read").arg(page).arg(displayUrl(url)), url);
        return;
    case NextPage::Kind::OtherOrigin:
        fail(PollError::Kind::Pagination,
             tr("page %1 links its next page to %2, another host or scheme than %3: refused, the token is not sent "
                "there; %4 session(s) read are kept")
                 .arg(page)
                 .arg(displayUrl(found.url), displayUrl(m_sessionsUrl))
                 .arg(m_recordsRead),
             url);
        return;
    case NextPage::Kind::Offset:
        next = found.url;
        if (!m_notedFallback) {
            m_notedFallback = true;
            qCInfo(lcClient) << "no Link header: continuing with offset/limit";
        }
        break;
    case NextPage::Kind::Short:
        warn(tr("the server reported %n session(s) but sent %1 and no next page", nullptr, int(std::min<qint64>(total, INT_MAX))).arg(offset + count));
        break;
    }
    if (!next.isEmpty() && !m_dateTo.isEmpty() && !queryItem(next, "date_to"))
        next = withQueryItem(next, "date_to", m_dateTo);
    if (!m_dateTo.isEmpty() && queryItem(next, "date_to") == m_dateTo)
        m_usedPin = true;
    if (m_usedPin && total < 0)
        m_pinLeftOut = true;

    if (next.isEmpty()) {
        complete();
        return;
    }

    // Guards against endless crawls; what was read is kept in every case.
    if (m_seen.contains(next.toEncoded())) {
        fail(PollError::Kind::Pagination,
             tr("page %1 links back to %2, a page already read: a pagination loop; stopped, %n session(s) read are kept",
                nullptr, int(std::min<qint64>(m_recordsRead, INT_MAX)))
                 .arg(page)
                 .arg(displayUrl(next)),
             url);
        return;
    }
    if (!m_justReread && page > 1 && pageDigest == m_lastDigest) {
        fail(PollError::Kind::Pagination,
             tr("page %1 (%2) repeats the previous page: the server seems to ignore the paging; stopped, %n session(s) "
                "read are kept", nullptr, int(std::min<qint64>(m_recordsRead, INT_MAX)))
                 .arg(page)
                 .arg(displayUrl(url)),
             url);
        return;
    }
    m_justReread = false;
    m_lastDigest = pageDigest;
    if (total >= 0) {
        const qint64 remaining = total - (offset + count);
        if (m_lastTotal >= 0 && total > m_lastTotal && m_lastRemaining >= 0 && remaining >= m_lastRemaining)
            ++m_growingPages;
        else
            m_growingPages = 0;
        m_lastRemaining = remaining;
        if (m_growingPages >= m_config.maxGrowingPages) {
            fail(PollError::Kind::Pagination,
                 tr("X-Total-Count keeps growing as fast as the pages are read (now %1 after %2 pages); stopped, %3 "
                    "session(s) read are kept")
                     .arg(total)
                     .arg(page)
                     .arg(m_recordsRead),
                 url);
            return;
        }
        m_lastTotal = total;
    }
    if (m_result->pages >= m_config.maxPagesPerSync) {
        fail(PollError::Kind::Limit,
             tr("stopped after %1 pages, the most one poll may read (maximum pages per sync); %n session(s) read are "
                "kept, and the next poll starts again from the same date_from", nullptr, int(std::min<qint64>(m_recordsRead, INT_MAX)))
                 .arg(m_config.maxPagesPerSync),
             next);
        return;
    }
    m_position = offset + count;
    m_seen.insert(next.toEncoded());
    fetch(Step::Page, next);
}

void SessionSync::resetCrawlState()
{
    m_seen.clear();
    m_lastTotal = -1;
    m_lastRemaining = -1;
    m_growingPages = 0;
    m_justReread = false;
    m_lastDigest.clear();
    m_position = 0;
}

// Sessions updated at or after the pinned date_to left the main crawl (that is what kept its pages from
// shifting). They are all at or after the watermark, so the next poll would bring them; reading them now
// keeps a completed poll complete: one short query, date_from = the pinned time, nothing pinned.
void SessionSync::startTail()
{
    m_tail = true;
    resetCrawlState();
    QUrl first = withQueryItem(m_sessionsUrl, "date_from", m_dateTo);
    if (m_config.pageLimit > 0)
        first = withQueryItem(first, "limit", QByteArray::number(m_config.pageLimit));
    m_dateTo.clear();
    qCInfo(lcClient).noquote() << (*m_redactor)(QStringLiteral("the pinned date_to left sessions out of the crawl; reading "
                                                               "what changed since: %1")
                                                    .arg(displayUrl(first)));
    m_seen.insert(first.toEncoded());
    fetch(Step::Page, first);
}

void SessionSync::complete()
{
    if (!m_tail && m_usedPin && m_pinLeftOut) {
        startTail();
        return;
    }
    m_running = false;
    m_result->complete = true;
    m_result->watermarkAfter = m_result->serverTime - qint64(std::max(0, m_config.overlapSecs)) * 1000;
    m_result->durationMs = m_clock.elapsed();
    Q_EMIT finished();
}

void SessionSync::fail(PollError::Kind kind, const QString &message, const QUrl &url, int httpStatus, int ocpiStatus)
{
    PollError e;
    e.kind = kind;
    e.message = message;
    e.url = url;
    e.httpStatus = httpStatus;
    e.ocpiStatus = ocpiStatus;
    fail(std::move(e));
}

void SessionSync::fail(PollError error)
{
    if (!m_running)
        return;
    m_running = false;
    error.message = (*m_redactor)(error.message);
    error.url = error.url.adjusted(QUrl::RemoveUserInfo);
    if (error.kind != PollError::Kind::Cancelled)
        qCWarning(lcClient).noquote() << error.message;
    m_result->errors.append(error);
    m_result->complete = false;
    m_result->durationMs = m_clock.elapsed();
    Q_EMIT finished();
}

void SessionSync::abort()
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    if (m_get) {
        HttpGet *get = m_get;
        m_get = nullptr;
        get->disconnect(this);
        m_result->requests += get->requests();
        m_result->retries += get->retries();
        get->abort();
        get->deleteLater();
    }
    fail(PollError::Kind::Cancelled, tr("the poll was cancelled"), QUrl());
}

} // namespace Ocpi::Net
