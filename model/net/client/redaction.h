// What the Traffic view may keep of an exchange: the one redaction rule, applied when an exchange is recorded
// so that every output (the table, the details, copies, HAR exports, logs) only ever sees redacted text.
//
// The rule
// --------
// 1. The value of the Authorization header (transport_and_format 4.1.3: "Authorization: Token <credentials
//    token>", Base64-encoded in 2.2.1, plain in 2.1.1/2.2) becomes "Token [redacted]"; Proxy-Authorization,
//    Cookie and Set-Cookie values become "[redacted]".
// 2. Every verbatim occurrence of the configured token, in its plain, Base64 and percent-encoded forms (see
//    Redactor), anywhere: URL, headers, body, error text.
// 3. In bodies: the string value of any member named exactly "token", "authorization", "password", "secret",
//    "client_secret", "access_token", "refresh_token" or "api_key" (case-insensitive), at any depth. The first
//    is the Credentials object's token (mod_credentials 7.3.1 Credentials object: "token", the credentials token
//    for the other party). Members that merely contain the word are kept: a Session's `cdr_token` (mod_cdrs
//    10.4.5 CdrToken) identifies the RFID card or app user (uid, contract_id) and is what support needs.
// 4. In URLs: no user info; query values of token-like parameters (the names of rule 3, plus "key" and "auth").
// A body cut at the size limit loses a trailing partial token too.
#pragma once

#include "trafficlog.h"
#include "urlutil.h"

#include <QtCore/QByteArray>
#include <QtCore/QUrl>

namespace Ocpi::Net {

inline constexpr QLatin1StringView kRedacted("[redacted]");

// A body (or a leading part of one when `truncated`): rules 2 and 3.
QByteArray redactBody(QByteArrayView body, const Redactor &redactor, bool truncated = false);
// One header value: rules 1 and 2.
QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value, const Redactor &redactor);
HeaderList redactHeaders(const HeaderList &headers, const Redactor &redactor);
// A URL for display: rules 2 and 4.
QString redactUrl(const QUrl &url, const Redactor &redactor);
// Whether a JSON member or query parameter of this name holds a secret (rules 3 and 4).
bool isSecretName(QByteArrayView name, bool inUrl = false);

} // namespace Ocpi::Net
