// The meaning of OCPI status codes (status_codes 5) and a few HTTP ones, in plain words.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace Ocpi::Net {

class OcpiStatus
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::Net::OcpiStatus)
public:
    // 1000 and the custom success range 1900-1999.
    static bool isSuccess(int code) { return code == 1000 || (code >= 1900 && code <= 1999); }
    // Transient by their meaning, so worth the same request again: 3000 generic server error, 4002 timeout
    // and 4003 connection problem behind a Hub. Client errors (2xxx) never are.
    static bool isRetriable(int code) { return code == 3000 || code == 4002 || code == 4003; }
    // "Invalid or missing parameters (2001, client error)"; ranges and unknown codes get a range text.
    static QString describe(int code);
    // "2001 Invalid or missing parameters: <server message>" with the server message when there is one.
    static QString errorText(int code, const QString &serverMessage);
};

} // namespace Ocpi::Net
