// The outputs of the Traffic view besides the table: one exchange as text (copies, the details pane), its body
// pretty-printed, and a HAR 1.2-like JSON file of many for support cases. They only ever see redacted exchanges
// (TrafficLog holds nothing else), so none of them can carry a token.
#pragma once

#include "net/client/trafficlog.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace TrafficExport {

// The request and the response: the start line, the headers, and (when `withBody`) the body as received.
QString exchangeText(const Ocpi::Net::Exchange &e, Qt::TimeSpec spec, bool withBody = true);
// The body pretty-printed when it is JSON (member order and spellings kept), else as it came; a note when only
// the first part was kept.
QString bodyText(const Ocpi::Net::Exchange &e);

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): log{version, creator, entries[...]}, each entry with
// startedDateTime, time, request{method, url, httpVersion, headers, queryString, cookies, headersSize, bodySize},
// response{status, statusText, httpVersion, headers, cookies, content{size, mimeType, text}, redirectURL,
// headersSize, bodySize}, timings, plus _source, _ocpiStatusCode, _requestId, _correlationId, _error and
// _bodyTruncated.
QByteArray har(const QList<Ocpi::Net::Exchange> &exchanges, const QString &creatorVersion = {});

} // namespace TrafficExport
