#include "discovery.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Ocpi::Net {

namespace {

QUrl resolved(const QUrl &base, const QString &text)
{
    const QUrl u(text.trimmed());
    return u.isRelative() ? base.resolved(u) : u;
}

bool isVersionList(const QJsonArray &a)
{
    if (a.isEmpty())
        return false;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1StringView("version")) || !o.contains(QLatin1StringView("url")))
            return false;
    }
    return true;
}

} // namespace

DiscoveryDocument parseDiscovery(const QByteArray &body, const QUrl &base)
{
    DiscoveryDocument doc;
    QJsonParseError err;
    const QJsonDocument json = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return doc;
    doc.shape = DiscoveryDocument::Shape::Other;
    QJsonValue data;
    if (json.isObject()) {
        const QJsonObject top = json.object();
        if (top.contains(QLatin1StringView("status_code")) || top.contains(QLatin1StringView("data"))) {
            doc.enveloped = true;
            doc.statusCode = top.value(QLatin1StringView("status_code")).toInt(-1);
            doc.statusMessage = top.value(QLatin1StringView("status_message")).toString();
            data = top.value(QLatin1StringView("data"));
        } else {
            data = top;
        }
    } else {
        data = json.array();
    }

    if (data.isArray() && isVersionList(data.toArray())) {
        doc.shape = DiscoveryDocument::Shape::VersionList;
        for (const QJsonValue &v : data.toArray()) {
            const QJsonObject o = v.toObject();
            doc.versions.append(VersionEntry{o.value(QLatin1StringView("version")).toString().trimmed(),
                                             resolved(base, o.value(QLatin1StringView("url")).toString())});
        }
    } else if (data.isObject() && data.toObject().value(QLatin1StringView("endpoints")).isArray()) {
        doc.shape = DiscoveryDocument::Shape::VersionDetails;
        const QJsonObject o = data.toObject();
        doc.detailsVersion = o.value(QLatin1StringView("version")).toString().trimmed();
        for (const QJsonValue &v : o.value(QLatin1StringView("endpoints")).toArray()) {
            const QJsonObject e = v.toObject();
            doc.endpoints.append(EndpointEntry{e.value(QLatin1StringView("identifier")).toString().trimmed(),
                                               e.value(QLatin1StringView("role")).toString().trimmed().toUpper(),
                                               resolved(base, e.value(QLatin1StringView("url")).toString())});
        }
    }
    return doc;
}

QStringList supportedVersions()
{
    return {QStringLiteral("2.2.1"), QStringLiteral("2.2")};
}

std::optional<VersionEntry> pickVersion(const QList<VersionEntry> &offered)
{
    for (const QString &want : supportedVersions()) {
        for (const VersionEntry &v : offered) {
            if (v.version == want && v.url.isValid())
                return v;
        }
    }
    return std::nullopt;
}

bool isOlderThan22(const QString &version)
{
    return version.startsWith(QLatin1StringView("2.1")) || version.startsWith(QLatin1StringView("2.0"))
           || version.startsWith(QLatin1StringView("1."));
}

std::optional<EndpointEntry> findSessionsSender(const QList<EndpointEntry> &endpoints)
{
    std::optional<EndpointEntry> withoutRole;
    for (const EndpointEntry &e : endpoints) {
        if (e.identifier.compare(QLatin1StringView("sessions"), Qt::CaseInsensitive) != 0 || !e.url.isValid())
            continue;
        if (e.role == QLatin1StringView("SENDER"))
            return e;
        if (e.role.isEmpty() && !withoutRole)
            withoutRole = e;
    }
    return withoutRole;
}

} // namespace Ocpi::Net
