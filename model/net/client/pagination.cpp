#include "pagination.h"

#include "urlutil.h"

#include "ocpi/datetime.h"

#include <QtCore/QDateTime>

namespace Ocpi::Net {

qint64 headerCount(QByteArrayView value)
{
    bool ok = false;
    const qint64 v = value.trimmed().toLongLong(&ok);
    return ok && v >= 0 ? v : -1;
}

PageHeaders readPageHeaders(const HttpResponse &response)
{
    PageHeaders h;
    h.totalCount = headerCount(response.header("X-Total-Count"));
    h.limit = headerCount(response.header("X-Limit"));
    h.nextLink = nextLinkTarget(response.header("Link"));
    return h;
}

qint64 pageOffset(const QUrl &url, qint64 fallback)
{
    if (const auto v = queryItem(url, "offset")) {
        bool ok = false;
        const qint64 o = v->toLongLong(&ok);
        if (ok && o >= 0)
            return o;
    }
    return fallback;
}

NextPage nextPage(const QUrl &pageUrl, const QUrl &sessionsUrl, const PageHeaders &headers, qint64 offset, qint64 count)
{
    NextPage next;
    const qint64 total = headers.totalCount;
    const qint64 xLimit = headers.limit;
    if (headers.nextLink) {
        next.url = resolveLink(pageUrl, *headers.nextLink);
        if (!next.url.isValid() || next.url.isEmpty()) {
            next.kind = NextPage::Kind::BadLink;
            next.url.clear();
        } else {
            next.kind = sameOrigin(next.url, sessionsUrl) ? NextPage::Kind::Link : NextPage::Kind::OtherOrigin;
        }
    } else if (count > 0 && ((total >= 0 && offset + count < total) || (total < 0 && xLimit > 0 && count >= xLimit))) {
        next.kind = NextPage::Kind::Offset;
        next.url = withQueryItem(pageUrl, "offset", QByteArray::number(offset + count));
        const qint64 asked = queryItem(pageUrl, "limit").value_or(QByteArray()).toLongLong();
        if (xLimit > 0 && (asked <= 0 || asked > xLimit))
            next.url = withQueryItem(next.url, "limit", QByteArray::number(xLimit));
    } else if (total >= 0 && offset + count < total) {
        next.kind = NextPage::Kind::Short;
    }
    return next;
}

std::optional<qint64> serverTime(const HttpResponse &response, const QByteArray &timestamp)
{
    const DateTimeParse ts = parseDateTime(std::string_view(timestamp.constData(), size_t(timestamp.size())));
    if (ts.ok())
        return ts.msecs;
    const QByteArray date = response.header("Date").trimmed();
    if (!date.isEmpty()) {
        const QDateTime d = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
        if (d.isValid())
            return d.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace Ocpi::Net
