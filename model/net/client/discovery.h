// Reading the answers of the versions module (version_information_endpoint 6.1, 6.2): which versions a server
// offers, which endpoints a version has, and which of them is the Sessions SENDER this client reads.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <optional>

namespace Ocpi::Net {

struct VersionEntry
{
    QString version;
    QUrl url;
};

struct EndpointEntry
{
    QString identifier;
    QString role; // "SENDER", "RECEIVER", or empty (OCPI 2.1.1 has no roles)
    QUrl url;
};

struct DiscoveryDocument
{
    enum class Shape : quint8 { NotJson, VersionList, VersionDetails, Other };
    Shape shape = Shape::NotJson;
    bool enveloped = false; // wrapped in {"data": ..., "status_code": ...}
    int statusCode = -1;
    QString statusMessage;
    QList<VersionEntry> versions;   // VersionList
    QString detailsVersion;         // VersionDetails
    QList<EndpointEntry> endpoints; // VersionDetails
};

// Relative URLs in the answer are resolved against `base`, the URL that was asked.
DiscoveryDocument parseDiscovery(const QByteArray &body, const QUrl &base);

// The versions this client reads, best first.
QStringList supportedVersions(); // {"2.2.1", "2.2"}
// The best version both sides support, whatever the order the server lists them in.
std::optional<VersionEntry> pickVersion(const QList<VersionEntry> &offered);
// OCPI 2.1.1 and older: the Session object and the details answer differ, so they are refused, not misread.
bool isOlderThan22(const QString &version);

// The `sessions` endpoint with role SENDER; one without a role is taken when there is no SENDER.
std::optional<EndpointEntry> findSessionsSender(const QList<EndpointEntry> &endpoints);

} // namespace Ocpi::Net
