// What an OCPI Sessions client is told: where to go, with which token, and how patient to be.
#pragma once

#include "ocpi/datetime.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>

#include <memory>

namespace Ocpi::Net {

class TrafficLog;

// What the configured URL points at. Auto looks at the answer: a list of {version, url} is a versions
// endpoint, an object with "endpoints" is a version details endpoint, anything else is the sessions endpoint.
enum class EndpointKind : quint8 { Auto, Versions, VersionDetails, Sessions };

// How the credentials token goes into the Authorization header (transport_and_format 4.1.3):
// Base64 as OCPI 2.2.1 requires, or the plain token many 2.1.1/2.2 servers expect.
enum class AuthScheme : quint8 { Unknown, Base64, Plain };

struct ClientConfig
{
    QUrl url;
    QString token; // never logged, never shown; see docs/CLIENT.md
    EndpointKind endpointKind = EndpointKind::Auto;
    // Unknown tries Base64 first and the plain token once after a 401, then keeps what worked;
    // Base64 or Plain force that form.
    AuthScheme authScheme = AuthScheme::Unknown;

    // Plain http:// to a host other than this computer (the token would travel unencrypted) only when the user
    // confirmed it (the profile's "allow plain http://", poll --allow-insecure-http). Checked for every request,
    // so also for the URLs discovery finds (a versions answer cannot downgrade an https:// endpoint to http://).
    bool allowInsecureHttp = false;

    // Certificates trusted for this endpoint besides the system's (a test endpoint's own CA or certificate).
    // Verification itself stays on: there is no way to ignore TLS errors.
    QList<QSslCertificate> caCertificates;

    // The party the requests to the Sessions module are for, when the endpoint is a platform or a hub serving
    // several (transport_and_format, Message Routing Headers: OCPI-to-country-code and OCPI-to-party-id on
    // requests to functional modules, never to Versions). Empty: no routing headers.
    QString toCountryCode;
    QString toPartyId;

    // Timeouts of one HTTP request. connectTimeoutMs: until the server starts answering (connection,
    // TLS and the response headers); totalTimeoutMs: the whole request, body included.
    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 120'000;

    // Retries of one request after a network error, a timeout, HTTP 5xx or 429: at most maxRetries more
    // attempts, waiting retryBaseDelayMs * 2^n with jitter (or what Retry-After asks), never more than
    // retryMaxDelayMs; a Retry-After beyond that ends the poll with an error instead.
    int maxRetries = 4;
    int retryBaseDelayMs = 500;
    int retryMaxDelayMs = 60'000;

    // Limits of one sync.
    qint64 maxBodyBytes = qint64(64) << 20; // one response, after decompression
    int maxPagesPerSync = 10'000;
    int maxRereads = 20;       // re-reads after X-Total-Count fell (transport_and_format 4.1.5.3 note)
    int maxGrowingPages = 5;   // pages in a row whose total grew faster than the crawl advanced
    int pageLimit = 0;         // the `limit` asked for; 0 lets the server choose
    // Limit of what one endpoint can make the program hold: distinct sessions (by country_code, party_id, id),
    // those in the poller and those the program holds elsewhere for it (SessionPoller::setHeldKeys, e.g. the
    // offline cache). Beyond it, held sessions are still updated; new ones are not kept, counted in
    // PollResult::notKept, and the poll does not move the watermark (see docs/CLIENT.md).
    qint64 maxSessions = 2'000'000;

    // Incremental sync: the next poll asks date_from = (server time when this sync started) - overlap.
    int overlapSecs = 60;
    // date_from of the very first sync; kNoTime reads everything.
    qint64 startFrom = kNoTime;
    // Pins date_to to the server time of the first page for the rest of a crawl, so sessions updated during
    // the crawl leave the result set (and come back next poll) instead of shifting the pages.
    bool pinDateTo = true;

    // Time between the end of a poll and the start of the next one.
    int intervalSecs = 30;

    // Where every request and its answer are recorded, redacted, for the Traffic view (see docs/TRAFFIC.md);
    // none: not recorded. Shared: several endpoints may record into one log, each under its own name.
    std::shared_ptr<TrafficLog> traffic;
    QString trafficSource; // the name the exchanges are recorded under (empty: the URL's host)
};

} // namespace Ocpi::Net
