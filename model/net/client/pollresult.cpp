#include "pollresult.h"

#include <algorithm>
#include <climits>

namespace Ocpi::Net {

QLatin1StringView errorKindName(PollError::Kind kind)
{
    switch (kind) {
    case PollError::Kind::Config:
        return QLatin1StringView("config");
    case PollError::Kind::Network:
        return QLatin1StringView("network");
    case PollError::Kind::Timeout:
        return QLatin1StringView("timeout");
    case PollError::Kind::Http:
        return QLatin1StringView("http");
    case PollError::Kind::Auth:
        return QLatin1StringView("auth");
    case PollError::Kind::Ocpi:
        return QLatin1StringView("ocpi");
    case PollError::Kind::UnsupportedVersion:
        return QLatin1StringView("unsupported_version");
    case PollError::Kind::Discovery:
        return QLatin1StringView("discovery");
    case PollError::Kind::Content:
        return QLatin1StringView("content");
    case PollError::Kind::Pagination:
        return QLatin1StringView("pagination");
    case PollError::Kind::Limit:
        return QLatin1StringView("limit");
    case PollError::Kind::Cancelled:
        return QLatin1StringView("cancelled");
    }
    return QLatin1StringView("unknown");
}

QLatin1StringView changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QLatin1StringView("added");
    case ChangeKind::Changed:
        return QLatin1StringView("changed");
    case ChangeKind::Unchanged:
        return QLatin1StringView("unchanged");
    case ChangeKind::Outdated:
        return QLatin1StringView("outdated");
    case ChangeKind::Unidentified:
        return QLatin1StringView("unidentified");
    case ChangeKind::NotKept:
        return QLatin1StringView("not_kept");
    }
    return QLatin1StringView("unknown");
}

QString PollResult::summaryText() const
{
    const QString size = bytes >= 10 * 1024 * 1024 ? tr("%1 MB").arg(bytes >> 20)
                         : bytes >= 10 * 1024      ? tr("%1 KB").arg(bytes >> 10)
                                                   : tr("%1 bytes").arg(bytes);
    QString text = tr("%1 added, %2 changed, %3 unchanged in %n page(s) (%4, %5 s)", nullptr, pages)
                       .arg(added)
                       .arg(changed)
                       .arg(unchanged)
                       .arg(size)
                       .arg(double(durationMs) / 1000.0, 0, 'f', 1);
    if (invalid)
        text += tr(", %n invalid", nullptr, int(invalid));
    if (unidentified)
        text += tr(", %n without id", nullptr, int(unidentified));
    if (notKept)
        text += tr(", %n not kept (session limit)", nullptr, int(std::min<qint64>(notKept, INT_MAX)));
    if (retries)
        text += tr(", %n retry(ies)", nullptr, retries);
    if (!complete)
        text += tr(", incomplete");
    return text;
}

} // namespace Ocpi::Net
