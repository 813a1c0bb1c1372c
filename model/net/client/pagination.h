// What one page answer of the Sessions SENDER says about paging (transport_and_format 4.1.5), as pure functions
// of the answer: X-Total-Count, X-Limit, the Link rel="next" target, the offset of the page, where the next page
// is and the server's time. SessionSync makes its decisions with them; they need no network (and are fuzzed).
#pragma once

#include "httpget.h"

#include <QtCore/QByteArray>
#include <QtCore/QUrl>

#include <optional>

namespace Ocpi::Net {

struct PageHeaders
{
    qint64 totalCount = -1;             // X-Total-Count; -1 when absent or not a non-negative number
    qint64 limit = -1;                  // X-Limit; likewise
    std::optional<QByteArray> nextLink; // the target of Link rel="next", as written between < and >
};

// A count header's value: the trimmed text as a non-negative number, else -1.
qint64 headerCount(QByteArrayView value);
PageHeaders readPageHeaders(const HttpResponse &response);

// The offset query item of a page URL when it is a non-negative number, else `fallback`.
qint64 pageOffset(const QUrl &url, qint64 fallback);

struct NextPage
{
    enum class Kind : quint8 {
        None,        // the last page
        Link,        // url: the Link header's next page, resolved, same origin as the sessions endpoint
        Offset,      // url: no Link header; the next offset (and X-Limit), since the total or X-Limit says there is more
        BadLink,     // the next link cannot be read
        OtherOrigin, // url: the next link leads to another host or scheme (refused: the token is not sent there)
        Short,       // no next page, though X-Total-Count says there are more sessions than were sent
    };
    Kind kind = Kind::None;
    QUrl url;
};

// The next page after the page `pageUrl` that held `count` records from `offset` on.
NextPage nextPage(const QUrl &pageUrl, const QUrl &sessionsUrl, const PageHeaders &headers, qint64 offset, qint64 count);

// The server's time from the envelope's timestamp, else from the Date header (RFC 2822); nothing when neither reads.
std::optional<qint64> serverTime(const HttpResponse &response, const QByteArray &timestamp);

} // namespace Ocpi::Net
