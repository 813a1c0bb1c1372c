#include "redaction.h"


#include <array>

namespace Ocpi::Net {

namespace {

constexpr std::array<QByteArrayView, 8> kSecretMembers = {"token",         "authorization", "password",
                                                           "secret",        "client_secret", "access_token",
                                                           "refresh_token", "api_key"};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The end of the JSON string whose opening quote is at `open`: the index of its closing quote, or body.size()
// when it is not closed.
qsizetype stringEnd(QByteArrayView body, qsizetype open)
{
    for (qsizetype i = open + 1; i < body.size(); ++i) {
        if (body[i] == '\\')
            ++i;
        else if (body[i] == '"')
            return i;
    }
    return body.size();
}

// Rule 3: the string values of secret members, replaced whatever the JSON around them (valid or not).
QByteArray maskSecretMembers(QByteArrayView body)
{
    QByteArray out;
    out.reserve(body.size());
    qsizetype copied = 0;
    qsizetype i = 0;
    while (i < body.size()) {
        if (body[i] != '"') {
            ++i;
            continue;
        }
        const qsizetype keyEnd = stringEnd(body, i);
        if (keyEnd >= body.size())
            break;
        const QByteArrayView key = body.sliced(i + 1, keyEnd - i - 1);
        qsizetype j = keyEnd + 1;
        while (j < body.size() && isSpace(body[j]))
            ++j;
        if (j < body.size() && body[j] == ':' && isSecretName(key)) {
            ++j;
            while (j < body.size() && isSpace(body[j]))
                ++j;
            if (j < body.size() && body[j] == '"') {
                const qsizetype valueEnd = stringEnd(body, j);
                out += body.sliced(copied, j + 1 - copied);
                out += QByteArrayView(kRedacted.data(), kRedacted.size());
                if (valueEnd < body.size())
                    out += '"';
                copied = i = std::min(body.size(), valueEnd + 1);
                continue;
            }
        }
        i = keyEnd + 1;
    }
    out += body.sliced(copied);
    return out;
}

QByteArray utf8(QLatin1StringView s)
{
    return QByteArray(s.data(), s.size());
}

} // namespace

bool isSecretName(QByteArrayView name, bool inUrl)
{
    for (QByteArrayView s : kSecretMembers) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return inUrl && (name.compare("key", Qt::CaseInsensitive) == 0 || name.compare("auth", Qt::CaseInsensitive) == 0);
}

QByteArray redactBody(QByteArrayView body, const Redactor &redactor, bool truncated)
{
    QByteArray out = maskSecretMembers(body);
    for (const QString &secret : redactor.secrets()) {
        const QByteArray s = secret.toUtf8();
        out.replace(s, "***");
        if (truncated) {
            // The cut may have left the start of a secret at the end (3 characters or fewer tell nothing).
            for (qsizetype n = std::min(s.size() - 1, out.size()); n > 3; --n) {
                if (out.endsWith(QByteArrayView(s).first(n))) {
                    out.chop(n);
                    out += "***";
                    break;
                }
            }
        }
    }
    return out;
}

QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value, const Redactor &redactor)
{
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0) {
        // Keep the scheme ("Token"), never the credentials.
        const qsizetype space = value.indexOf(' ');
        return space > 0 ? value.left(space) + ' ' + utf8(kRedacted) : utf8(kRedacted);
    }
    if (name.compare("Cookie", Qt::CaseInsensitive) == 0 || name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
        return utf8(kRedacted);
    return redactor(QString::fromLatin1(value)).toLatin1();
}

HeaderList redactHeaders(const HeaderList &headers, const Redactor &redactor)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &h : headers)
        out.append({h.first, redactHeaderValue(h.first, h.second, redactor)});
    return out;
}

QString redactUrl(const QUrl &url, const Redactor &redactor)
{
    QUrl u = url.adjusted(QUrl::RemoveUserInfo);
    if (u.hasQuery()) {
        // Item by item on the encoded query, so the other items stay exactly as they were sent.
        const QByteArray query = u.query(QUrl::FullyEncoded).toLatin1();
        QByteArrayList items = query.split('&');
        bool changed = false;
        for (QByteArray &item : items) {
            const qsizetype eq = item.indexOf('=');
            const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq));
            if (eq >= 0 && isSecretName(key, true)) {
                item = item.left(eq + 1) + utf8(kRedacted);
                changed = true;
            }
        }
        if (changed)
            u.setQuery(QString::fromLatin1(items.join('&')), QUrl::TolerantMode);
    }
    return redactor(u.toString(QUrl::FullyEncoded));
}

} // namespace Ocpi::Net
