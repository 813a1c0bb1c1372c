// URL and header helpers of the OCPI client: RFC 8288 Link parsing, query items kept verbatim, same-origin
// checks, and the text that may be shown for a URL or a message (never the token).
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <optional>

namespace Ocpi::Net {

// The target of the first link with rel="next" in a Link header (RFC 8288), as written between < and >;
// several links separated by commas, several relation types ("next last") and any case are understood.
std::optional<QByteArray> nextLinkTarget(QByteArrayView linkHeader);

// Resolves a Link target against the URL of the page it came with (absolute, path-only or query-only).
// The query is kept as sent: percent-encoded delimiters and unknown parameters are not rewritten.
QUrl resolveLink(const QUrl &pageUrl, const QByteArray &target);

// localhost, *.localhost, 127.0.0.0/8 or ::1: this computer.
bool isLoopbackHost(const QString &host);
// http:// (not https://) to a host that is not this computer: the token would travel unencrypted.
bool isInsecureRemoteHttp(const QUrl &url);

// Scheme, host (case-insensitively) and effective port are the same.
bool sameOrigin(const QUrl &a, const QUrl &b);

// The raw (percent-encoded) value of a query item, if present.
std::optional<QByteArray> queryItem(const QUrl &url, QByteArrayView key);
// Sets one query item to an already encoded value; the other items stay exactly as they were.
QUrl withQueryItem(const QUrl &url, QByteArrayView key, QByteArrayView encodedValue);
// A DateTime query value: "2020-03-09T10:17:09Z" (or with milliseconds when they are not zero).
QByteArray dateTimeQueryValue(qint64 msecs);

// The URL as it may be logged or shown: no user info.
QString displayUrl(const QUrl &url);

// Replaces every occurrence of the given secrets (and their Base64 form) by "***".
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const QString &token);
    QString operator()(const QString &text) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }
    // The strings replaced, longest first.
    const QStringList &secrets() const { return m_secrets; }

private:
    QStringList m_secrets;
};

} // namespace Ocpi::Net
