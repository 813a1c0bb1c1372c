#include "finding.h"

namespace Ocpi {

QLatin1StringView severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QLatin1StringView("info");
    case Severity::Warning:
        return QLatin1StringView("warning");
    case Severity::Error:
        break;
    }
    return QLatin1StringView("error");
}

QString escapeJsonPointerToken(QStringView token)
{
    QString out;
    out.reserve(token.size());
    for (const QChar c : token) {
        if (c == u'~')
            out += u"~0";
        else if (c == u'/')
            out += u"~1";
        else
            out += c;
    }
    return out;
}

} // namespace Ocpi
