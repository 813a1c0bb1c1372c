#include "profilejson.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

namespace Profiles {

namespace {
const QLatin1StringView kFormat("ocpi-session-monitor-profiles");
}

QByteArray ProfileJson::write(const QList<EndpointProfile> &profiles)
{
    QJsonArray list;
    for (const EndpointProfile &p : profiles)
        list.append(p.toJson());
    const QJsonObject root{{QStringLiteral("format"), QString(kFormat)},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileImport ProfileJson::read(const QByteArray &json)
{
    ProfileImport out;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        out.error = tr("The file is not JSON: %1 at byte %2.").arg(err.errorString()).arg(err.offset);
        return out;
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.isObject() && doc.object().value(u"profiles").isArray()) {
        list = doc.object().value(u"profiles").toArray();
    } else {
        out.error = tr("The file holds no list of profiles (a \"profiles\" array).");
        return out;
    }
    static const QStringList secretKeys{QStringLiteral("token"), QStringLiteral("credentials_token"),
                                        QStringLiteral("password"), QStringLiteral("secret")};
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            out.warnings << tr("Entry %1 is not an object and was skipped.").arg(i + 1);
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        EndpointProfile p = EndpointProfile::fromJson(o);
        const QString label = p.name.isEmpty() ? tr("Entry %1").arg(i + 1) : tr("Profile \"%1\"").arg(p.name);
        for (const QString &key : secretKeys)
            if (o.contains(key))
                out.warnings << tr("%1 has a \"%2\" member: it was ignored. Tokens are never imported from files; "
                                   "enter the token in the profile.")
                                    .arg(label, key);
        if (p.name.trimmed().isEmpty()) {
            out.warnings << tr("%1 has no name and was skipped.").arg(label);
            continue;
        }
        out.profiles << p;
    }
    return out;
}

} // namespace Profiles
