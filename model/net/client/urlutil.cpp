#include "urlutil.h"

#include <QtNetwork/QHostAddress>

#include "ocpi/datetime.h"

namespace Ocpi::Net {

namespace {
bool isSpace(char c) { return c == ' ' || c == '\t'; }

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}
} // namespace

std::optional<QByteArray> nextLinkTarget(QByteArrayView header)
{
    qsizetype i = 0;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && (isSpace(header[i]) || header[i] == ','))
            ++i;
        if (i >= n || header[i] != '<')
            return std::nullopt; // not a link-value: give up rather than guess
        const qsizetype close = header.indexOf('>', i + 1);
        if (close < 0)
            return std::nullopt;
        const QByteArrayView target = header.sliced(i + 1, close - i - 1);
        i = close + 1;
        bool isNext = false;
        // Parameters: ; name [= value | "quoted value"] until the next ',' outside quotes.
        while (i < n && header[i] != ',') {
            if (header[i] != ';') {
                ++i;
                continue;
            }
            ++i;
            const qsizetype nameStart = i;
            while (i < n && header[i] != '=' && header[i] != ';' && header[i] != ',')
                ++i;
            const QByteArrayView name = trimmed(header.sliced(nameStart, i - nameStart));
            QByteArray value;
            if (i < n && header[i] == '=') {
                ++i;
                while (i < n && isSpace(header[i]))
                    ++i;
                if (i < n && header[i] == '"') {
                    ++i;
                    while (i < n && header[i] != '"') {
                        if (header[i] == '\\' && i + 1 < n)
                            ++i;
                        value += header[i++];
                    }
                    if (i < n)
                        ++i; // closing quote
                } else {
                    const qsizetype vs = i;
                    while (i < n && header[i] != ';' && header[i] != ',')
                        ++i;
                    value = trimmed(header.sliced(vs, i - vs)).toByteArray();
                }
            }
            if (name.compare("rel", Qt::CaseInsensitive) == 0) {
                const QList<QByteArray> rels = value.simplified().split(' ');
                for (const QByteArray &r : rels) {
                    if (r.compare("next", Qt::CaseInsensitive) == 0)
                        isNext = true;
                }
            }
        }
        if (isNext)
            return trimmed(target).toByteArray();
    }
    return std::nullopt;
}

QUrl resolveLink(const QUrl &pageUrl, const QByteArray &target)
{
    const QUrl link = QUrl::fromEncoded(target, QUrl::TolerantMode);
    if (!link.isValid())
        return QUrl();
    return link.isRelative() ? pageUrl.resolved(link) : link;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1StringView(".localhost"), Qt::CaseInsensitive))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool isInsecureRemoteHttp(const QUrl &url)
{
    return url.scheme().compare(QLatin1StringView("http"), Qt::CaseInsensitive) == 0 && !isLoopbackHost(url.host());
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultA = a.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    const int defaultB = b.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultA) == b.port(defaultB);
}

std::optional<QByteArray> queryItem(const QUrl &url, QByteArrayView key)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &item : query.split('&')) {
        const qsizetype eq = item.indexOf('=');
        const QByteArrayView name = eq < 0 ? QByteArrayView(item) : QByteArrayView(item).first(eq);
        if (name == key)
            return eq < 0 ? QByteArray() : item.mid(eq + 1);
    }
    return std::nullopt;
}

QUrl withQueryItem(const QUrl &url, QByteArrayView key, QByteArrayView encodedValue)
{
    const QByteArray replacement = key.toByteArray() + '=' + encodedValue.toByteArray();
    QList<QByteArray> items;
    bool replaced = false;
    if (url.hasQuery()) {
        const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
        for (const QByteArray &item : query.split('&')) {
            const qsizetype eq = item.indexOf('=');
            const QByteArrayView name = eq < 0 ? QByteArrayView(item) : QByteArrayView(item).first(eq);
            if (name == key) {
                if (!replaced)
                    items.append(replacement);
                replaced = true;
            } else if (!item.isEmpty()) {
                items.append(item);
            }
        }
    }
    if (!replaced)
        items.append(replacement);
    QUrl out = url;
    out.setQuery(QString::fromLatin1(items.join('&')), QUrl::TolerantMode);
    return out;
}

QByteArray dateTimeQueryValue(qint64 msecs)
{
    // ':' may stay as it is in a query (RFC 3986 3.4).
    return formatDateTimeUtc(msecs).toLatin1();
}

QString displayUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
}

Redactor::Redactor(const QString &token)
{
    const auto add = [this](const QString &s) {
        if (s.size() >= 3 && !m_secrets.contains(s))
            m_secrets.append(s);
    };
    add(token);
    add(token.trimmed());
    add(QString::fromLatin1(token.toUtf8().toBase64()));
    add(QString::fromLatin1(token.trimmed().toUtf8().toBase64()));
    add(QString::fromLatin1(QUrl::toPercentEncoding(token)));
    // Longest first, so a secret that contains another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::operator()(const QString &text) const
{
    QString out = text;
    for (const QString &s : m_secrets)
        out.replace(s, QLatin1StringView("***"));
    return out;
}

} // namespace Ocpi::Net
