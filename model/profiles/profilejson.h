// Endpoint profiles to and from a JSON file, never with a token.
#pragma once

#include "endpointprofile.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace Profiles {

struct ProfileImport
{
    QList<EndpointProfile> profiles;
    QStringList warnings; // such as a "token" member that was ignored
    QString error;        // the file as a whole could not be read; profiles is then empty
};

class ProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(Profiles::ProfileJson)

public:
    // {"format": "ocpi-session-monitor-profiles", "version": 1, "profiles": [...]} without any token.
    static QByteArray write(const QList<EndpointProfile> &profiles);
    // Reads what write() gives (or a bare array of profiles). A "token" (or other secret-looking) member is
    // ignored with a warning; the token is never kept.
    static ProfileImport read(const QByteArray &json);
};

} // namespace Profiles
