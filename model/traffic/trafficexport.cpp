#include "trafficexport.h"

#include "ocpi/jsonpretty.h"
#include "sessionformat.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

using Ocpi::Net::Exchange;
using Ocpi::Net::HeaderList;

namespace TrafficExport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrafficExport)
};

void appendHeaders(QString &out, const HeaderList &headers)
{
    for (const auto &h : headers)
        out += QString::fromLatin1(h.first) + QLatin1StringView(": ") + QString::fromLatin1(h.second) + u'\n';
}

QJsonArray harHeaders(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(h.first)},
                               {QStringLiteral("value"), QString::fromLatin1(h.second)}});
    return out;
}

bool looksLikeJson(const Exchange &e)
{
    if (e.mimeType.contains("json"))
        return true;
    const QByteArray start = e.body.left(64).trimmed();
    return start.startsWith('{') || start.startsWith('[');
}

} // namespace

QString bodyText(const Exchange &e)
{
    if (e.body.isEmpty())
        return e.bytes > 0
                   ? Tr::tr("(%n byte(s) received, none kept)", nullptr, int(std::min<qint64>(e.bytes, INT_MAX)))
                   : Tr::tr("(no body)");
    QString text;
    if (looksLikeJson(e) && !e.bodyTruncated) {
        text = Ocpi::PrettyJson::format(std::string_view(e.body.constData(), size_t(e.body.size()))).text();
    } else {
        text = QString::fromUtf8(e.body);
    }
    if (e.bodyTruncated)
        text += u'\n' + Tr::tr("… (the first %1 of %2 bytes are kept)").arg(e.body.size()).arg(e.bytes);
    return text;
}

QString exchangeText(const Exchange &e, Qt::TimeSpec spec, bool withBody)
{
    QString out;
    out += SessionFormat::formatDateTimeWithZone(e.started, spec) + QStringView(u" · ") + e.source + u'\n';
    out += QString::fromLatin1(e.method) + u' ' + e.url + u'\n';
    appendHeaders(out, e.requestHeaders);
    out += u'\n';
    if (e.httpStatus > 0)
        out += Tr::tr("HTTP %1 %2 · %3 ms · %4 bytes").arg(e.httpStatus).arg(e.reason).arg(e.durationMs).arg(e.bytes);
    else
        out += Tr::tr("No HTTP answer · %1 ms").arg(e.durationMs);
    if (e.ocpiStatus >= 0)
        out += QStringView(u" · ") + Tr::tr("OCPI status_code %1").arg(e.ocpiStatus);
    out += u'\n';
    if (!e.error.isEmpty())
        out += Tr::tr("Error: %1").arg(e.error) + u'\n';
    appendHeaders(out, e.responseHeaders);
    if (withBody) {
        out += u'\n';
        out += bodyText(e);
        out += u'\n';
    }
    return out;
}

QByteArray har(const QList<Exchange> &exchanges, const QString &creatorVersion)
{
    QJsonArray entries;
    for (const Exchange &e : exchanges) {
        QJsonArray query;
        const QUrlQuery q(QUrl(e.url, QUrl::TolerantMode));
        for (const auto &item : q.queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject{{QStringLiteral("name"), item.first}, {QStringLiteral("value"), item.second}});
        const QJsonObject request{
            {QStringLiteral("method"), QString::fromLatin1(e.method)},
            {QStringLiteral("url"), e.url},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("headers"), harHeaders(e.requestHeaders)},
            {QStringLiteral("queryString"), query},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), 0},
        };
        QJsonObject content{
            {QStringLiteral("size"), e.bytes},
            {QStringLiteral("mimeType"), QString::fromLatin1(e.mimeType)},
        };
        if (!e.body.isEmpty())
            content.insert(QStringLiteral("text"), QString::fromUtf8(e.body));
        const QJsonObject response{
            {QStringLiteral("status"), e.httpStatus},
            {QStringLiteral("statusText"), e.reason},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("headers"), harHeaders(e.responseHeaders)},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("content"), content},
            {QStringLiteral("redirectURL"), QString::fromLatin1(Exchange::headerValue(e.responseHeaders, "Location"))},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), e.httpStatus > 0 ? e.bytes : -1},
        };
        QJsonObject entry{
            {QStringLiteral("startedDateTime"),
             QDateTime::fromMSecsSinceEpoch(e.started, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("time"), double(e.durationMs)},
            {QStringLiteral("request"), request},
            {QStringLiteral("response"), response},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                    {QStringLiteral("wait"), double(e.durationMs)},
                                                    {QStringLiteral("receive"), 0}}},
            {QStringLiteral("_source"), e.source},
            {QStringLiteral("_requestId"), e.requestId},
            {QStringLiteral("_correlationId"), e.correlationId},
            {QStringLiteral("_bodyTruncated"), e.bodyTruncated},
        };
        if (e.ocpiStatus >= 0)
            entry.insert(QStringLiteral("_ocpiStatusCode"), e.ocpiStatus);
        if (!e.error.isEmpty())
            entry.insert(QStringLiteral("_error"), e.error);
        entries.append(entry);
    }
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("OCPI Session Monitor")},
                                                {QStringLiteral("version"), creatorVersion}}},
        {QStringLiteral("entries"), entries},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

} // namespace TrafficExport
