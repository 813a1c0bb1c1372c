#include "ocpistatus.h"

namespace Ocpi::Net {

QString OcpiStatus::describe(int code)
{
    switch (code) {
    case 1000:
        return tr("generic success");
    case 2000:
        return tr("generic client error");
    case 2001:
        return tr("invalid or missing parameters");
    case 2002:
        return tr("not enough information");
    case 2003:
        return tr("unknown Location");
    case 2004:
        return tr("unknown Token");
    case 3000:
        return tr("generic server error");
    case 3001:
        return tr("unable to use the client's API");
    case 3002:
        return tr("unsupported version");
    case 3003:
        return tr("no matching endpoints or expected endpoints missing between parties");
    case 4000:
        return tr("generic Hub error");
    case 4001:
        return tr("unknown receiver (the Hub does not know the TO address)");
    case 4002:
        return tr("timeout on a request forwarded by the Hub");
    case 4003:
        return tr("connection problem (the receiving party is not connected to the Hub)");
    default:
        break;
    }
    if (code >= 1900 && code <= 1999)
        return tr("custom success code");
    if (code >= 2900 && code <= 2999)
        return tr("custom client error");
    if (code >= 3900 && code <= 3999)
        return tr("custom server error");
    if (code >= 4900 && code <= 4999)
        return tr("custom Hub error");
    if (code >= 2000 && code <= 2999)
        return tr("client error: the server cannot process what the client sent");
    if (code >= 3000 && code <= 3999)
        return tr("server error: the server could not process the request");
    if (code >= 4000 && code <= 4999)
        return tr("Hub error");
    if (code >= 1000 && code <= 1999)
        return tr("success range, but not a code the specification defines");
    return tr("not an OCPI status code (they have four digits, 1xxx to 4xxx)");
}

QString OcpiStatus::errorText(int code, const QString &serverMessage)
{
    //: %1 status code, %2 its meaning in the specification
    QString text = tr("OCPI status_code %1: %2 (status_codes 5)").arg(code).arg(describe(code));
    if (!serverMessage.trimmed().isEmpty())
        text += tr("; the server says: \"%1\"").arg(serverMessage.trimmed().left(300));
    return text;
}

} // namespace Ocpi::Net
