#include "endpointprofile.h"

#include "net/client/urlutil.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonValue>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslCertificate>

namespace Profiles {

namespace {

bool isUpperAlpha(QStringView s)
{
    for (QChar c : s)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

bool isUpperAlnum(QStringView s)
{
    for (QChar c : s)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

} // namespace

QString endpointKindName(Ocpi::Net::EndpointKind kind)
{
    switch (kind) {
    case Ocpi::Net::EndpointKind::Versions: return QStringLiteral("versions");
    case Ocpi::Net::EndpointKind::VersionDetails: return QStringLiteral("version_details");
    case Ocpi::Net::EndpointKind::Sessions: return QStringLiteral("sessions");
    case Ocpi::Net::EndpointKind::Auto: break;
    }
    return QStringLiteral("auto");
}

Ocpi::Net::EndpointKind endpointKindFromName(QStringView name)
{
    if (name == u"versions")
        return Ocpi::Net::EndpointKind::Versions;
    if (name == u"version_details")
        return Ocpi::Net::EndpointKind::VersionDetails;
    if (name == u"sessions")
        return Ocpi::Net::EndpointKind::Sessions;
    return Ocpi::Net::EndpointKind::Auto;
}

bool EndpointProfile::isLoopbackHost(const QString &host)
{
    return Ocpi::Net::isLoopbackHost(host); // the client checks every request with the same rule
}

bool EndpointProfile::isInsecureRemoteHttp() const
{
    return Ocpi::Net::isInsecureRemoteHttp(url);
}

QStringList EndpointProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << tr("The profile has no name.");
    if (url.isEmpty()) {
        out << tr("The URL is empty.");
    } else if (!url.isValid()) {
        out << tr("The URL is not valid: %1.").arg(url.errorString());
    } else {
        const QString scheme = url.scheme().toLower();
        if (scheme != u"https" && scheme != u"http")
            out << tr("The URL must start with https:// (or http:// for a test endpoint); \"%1\" is not supported.")
                       .arg(url.scheme());
        else if (url.host().isEmpty())
            out << tr("The URL has no host.");
        else if (isInsecureRemoteHttp() && !allowInsecureHttp)
            out << tr("http:// to %1 would send the token unencrypted: use https://, or confirm plain http:// for "
                      "this test endpoint.")
                       .arg(url.host());
        if (!url.userInfo().isEmpty())
            out << tr("The URL must not hold a user name or password; the token is kept apart.");
    }
    if (hasPartyFilter()) {
        if (countryCode.size() != 2 || !isUpperAlpha(countryCode))
            out << tr("The party's country code must be two capital letters (ISO 3166-1 alpha-2), such as NL.");
        if (partyId.size() != 3 || !isUpperAlnum(partyId))
            out << tr("The party id must be three capital letters or digits, such as TNM.");
    }
    if (intervalSecs < kMinInterval || intervalSecs > kMaxInterval)
        out << tr("The poll interval must be between %1 and %2 seconds.").arg(kMinInterval).arg(kMaxInterval);
    if (connectTimeoutSecs < kMinTimeout || connectTimeoutSecs > kMaxTimeout)
        out << tr("The connect timeout must be between %1 and %2 seconds.").arg(kMinTimeout).arg(kMaxTimeout);
    if (readTimeoutSecs < kMinTimeout || readTimeoutSecs > kMaxTimeout)
        out << tr("The read timeout must be between %1 and %2 seconds.").arg(kMinTimeout).arg(kMaxTimeout);
    else if (readTimeoutSecs < connectTimeoutSecs)
        out << tr("The read timeout must not be shorter than the connect timeout.");
    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        if (!info.isFile() || !info.isReadable())
            out << tr("The certificate file %1 cannot be read.").arg(caFile);
        else if (QString error; trustedCertificates(&error).isEmpty())
            out << error;
        if (url.isValid() && url.scheme().compare(u"https", Qt::CaseInsensitive) != 0)
            out << tr("A certificate file only applies to https:// URLs.");
    }
    return out;
}

Ocpi::Net::ClientConfig EndpointProfile::toClientConfig(const QString &token) const
{
    Ocpi::Net::ClientConfig c;
    c.url = url;
    c.token = token;
    c.endpointKind = endpointKind;
    c.intervalSecs = intervalSecs;
    c.connectTimeoutMs = connectTimeoutSecs * 1000;
    c.totalTimeoutMs = readTimeoutSecs * 1000;
    c.toCountryCode = countryCode;
    c.toPartyId = partyId;
    c.caCertificates = trustedCertificates();
    c.allowInsecureHttp = allowInsecureHttp;
    return c;
}

QList<QSslCertificate> EndpointProfile::trustedCertificates(QString *error) const
{
    if (caFile.isEmpty())
        return {};
    QList<QSslCertificate> certs = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromPath(caFile, QSsl::Der);
    if (certs.isEmpty() && error)
        *error = tr("The certificate file %1 holds no PEM or DER certificate.").arg(caFile);
    return certs;
}

QJsonObject EndpointProfile::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("endpoint_kind"), endpointKindName(endpointKind)},
        {QStringLiteral("interval_secs"), intervalSecs},
        {QStringLiteral("connect_timeout_secs"), connectTimeoutSecs},
        {QStringLiteral("read_timeout_secs"), readTimeoutSecs},
        {QStringLiteral("allow_insecure_http"), allowInsecureHttp},
    };
    if (hasPartyFilter()) {
        o.insert(QStringLiteral("country_code"), countryCode);
        o.insert(QStringLiteral("party_id"), partyId);
    }
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), caFile);
    return o;
}

EndpointProfile EndpointProfile::fromJson(const QJsonObject &o)
{
    EndpointProfile p;
    p.id = o.value(u"id").toString();
    p.name = o.value(u"name").toString();
    p.url = QUrl(o.value(u"url").toString(), QUrl::StrictMode);
    p.endpointKind = endpointKindFromName(o.value(u"endpoint_kind").toString());
    p.countryCode = o.value(u"country_code").toString();
    p.partyId = o.value(u"party_id").toString();
    p.intervalSecs = o.value(u"interval_secs").toInt(p.intervalSecs);
    p.connectTimeoutSecs = o.value(u"connect_timeout_secs").toInt(p.connectTimeoutSecs);
    p.readTimeoutSecs = o.value(u"read_timeout_secs").toInt(p.readTimeoutSecs);
    p.caFile = o.value(u"ca_file").toString();
    p.allowInsecureHttp = o.value(u"allow_insecure_http").toBool(false);
    return p;
}

} // namespace Profiles
