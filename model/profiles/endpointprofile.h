// One endpoint the monitor can watch: where, which party, how often, how patient, which TLS trust. No token.
#pragma once

#include "net/client/clientconfig.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtNetwork/QSslConfiguration>

namespace Profiles {

class EndpointProfile
{
    Q_DECLARE_TR_FUNCTIONS(Profiles::EndpointProfile)

public:
    QString id;   // stable (a UUID): the key of the token in the keychain; survives a rename
    QString name; // unique among the profiles, shown to the user
    QUrl url;     // versions URL (or version details, or sessions URL)
    Ocpi::Net::EndpointKind endpointKind = Ocpi::Net::EndpointKind::Auto;
    QString countryCode; // optional party filter: ISO 3166-1 alpha-2 ...
    QString partyId;     // ... and the 3-character party id; both or neither
    int intervalSecs = 30;
    int connectTimeoutSecs = 10;
    int readTimeoutSecs = 120;
    QString caFile;             // a PEM/DER certificate (or CA) file trusted in addition to the system's
    bool allowInsecureHttp = false; // the user confirmed http:// to a host that is not loopback

    static constexpr int kMinInterval = 1, kMaxInterval = 86'400;
    static constexpr int kMinTimeout = 1, kMaxTimeout = 3'600;

    // What is wrong, in words (empty when the profile can be used).
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool isValid() const { return problems().isEmpty(); }
    // http:// to a host other than localhost/127.0.0.0/8/::1: the token would travel in clear.
    [[nodiscard]] bool isInsecureRemoteHttp() const;
    [[nodiscard]] bool hasPartyFilter() const { return !countryCode.isEmpty() || !partyId.isEmpty(); }
    static bool isLoopbackHost(const QString &host);

    // The client configuration of this profile with the given token (which the profile never holds).
    [[nodiscard]] Ocpi::Net::ClientConfig toClientConfig(const QString &token) const;
    // The certificates of caFile (PEM or DER), trusted for this endpoint in addition to the system's; empty, with
    // *error saying why, when the file holds none. TLS errors are never ignored, only more CAs trusted.
    [[nodiscard]] QList<QSslCertificate> trustedCertificates(QString *error = nullptr) const;

    // JSON of the profile without any token; fromJson ignores unknown members.
    [[nodiscard]] QJsonObject toJson() const;
    static EndpointProfile fromJson(const QJsonObject &o);

    friend bool operator==(const EndpointProfile &, const EndpointProfile &) = default;
};

QString endpointKindName(Ocpi::Net::EndpointKind kind);
Ocpi::Net::EndpointKind endpointKindFromName(QStringView name);

} // namespace Profiles
