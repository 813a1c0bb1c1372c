#include "profilestore.h"

#include "profileslog.h"

#include <QtCore/QUuid>

#include <algorithm>

namespace Profiles {

namespace {
const QLatin1StringView kGroup("profiles");
const QLatin1StringView kCurrent("current");
} // namespace

ProfileStore::ProfileStore(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

std::optional<EndpointProfile> ProfileStore::read(const QString &id) const
{
    m_settings->beginGroup(kGroup);
    const bool exists = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    if (!exists || id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kGroup + u'/' + id);
    QJsonObject o;
    const QStringList keys = m_settings->childKeys();
    for (const QString &k : keys)
        o.insert(k, QJsonValue::fromVariant(m_settings->value(k)));
    m_settings->endGroup();
    EndpointProfile p = EndpointProfile::fromJson(o);
    // QSettings (INI) gives numbers and booleans back as strings.
    auto number = [&o](QStringView key, int fallback) {
        bool ok = false;
        const int v = o.value(key).toVariant().toInt(&ok);
        return ok ? v : fallback;
    };
    p.intervalSecs = number(u"interval_secs", p.intervalSecs);
    p.connectTimeoutSecs = number(u"connect_timeout_secs", p.connectTimeoutSecs);
    p.readTimeoutSecs = number(u"read_timeout_secs", p.readTimeoutSecs);
    p.allowInsecureHttp = o.value(u"allow_insecure_http").toVariant().toBool();
    p.id = id;
    return p;
}

void ProfileStore::write(const EndpointProfile &p)
{
    m_settings->remove(kGroup + u'/' + p.id);
    m_settings->beginGroup(kGroup + u'/' + p.id);
    const QJsonObject o = p.toJson();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != u"id")
            m_settings->setValue(it.key(), it.value().toVariant());
    m_settings->endGroup();
    m_settings->sync();
}

QList<EndpointProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<EndpointProfile> out;
    for (const QString &id : ids)
        if (auto p = read(id))
            out << *p;
    std::sort(out.begin(), out.end(), [](const EndpointProfile &a, const EndpointProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<EndpointProfile> ProfileStore::profile(const QString &id) const
{
    return read(id);
}

std::optional<EndpointProfile> ProfileStore::profileByName(const QString &name) const
{
    const QList<EndpointProfile> all = profiles();
    const auto it = std::find_if(all.begin(), all.end(), [&](const EndpointProfile &p) { return p.name == name; });
    if (it == all.end())
        return std::nullopt;
    return *it;
}

QString ProfileStore::uniqueName(const QString &wanted, const QString &exceptId) const
{
    const QList<EndpointProfile> all = profiles();
    auto taken = [&](const QString &n) {
        return std::any_of(all.begin(), all.end(), [&](const EndpointProfile &p) { return p.name == n && p.id != exceptId; });
    };
    const QString base = wanted.trimmed();
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

QString ProfileStore::add(EndpointProfile p)
{
    if (p.id.isEmpty() || read(p.id))
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = uniqueName(p.name);
    write(p);
    qCInfo(lcProfiles) << "profile added:" << p.name;
    Q_EMIT changed();
    return p.id;
}

bool ProfileStore::update(const EndpointProfile &p, QString *error)
{
    if (!read(p.id)) {
        if (error)
            *error = tr("There is no such profile.");
        return false;
    }
    if (uniqueName(p.name, p.id) != p.name.trimmed()) {
        if (error)
            *error = tr("Another profile is already called \"%1\".").arg(p.name);
        return false;
    }
    EndpointProfile copy = p;
    copy.name = p.name.trimmed();
    write(copy);
    Q_EMIT changed();
    return true;
}

QString ProfileStore::duplicate(const QString &id)
{
    std::optional<EndpointProfile> p = read(id);
    if (!p)
        return {};
    p->id.clear();
    //: The name of a duplicated profile; %1 is the original's name.
    p->name = tr("%1 (copy)").arg(p->name);
    return add(*p);
}

bool ProfileStore::rename(const QString &id, const QString &newName, QString *error)
{
    std::optional<EndpointProfile> p = read(id);
    if (!p) {
        if (error)
            *error = tr("There is no such profile.");
        return false;
    }
    if (newName.trimmed().isEmpty()) {
        if (error)
            *error = tr("The profile has no name.");
        return false;
    }
    p->name = newName;
    return update(*p, error);
}

bool ProfileStore::remove(const QString &id)
{
    if (!read(id))
        return false;
    m_settings->remove(kGroup + u'/' + id);
    if (currentId() == id)
        m_settings->remove(kGroup + u'/' + kCurrent);
    m_settings->sync();
    Q_EMIT changed();
    return true;
}

QString ProfileStore::currentId() const
{
    const QString id = m_settings->value(kGroup + u'/' + kCurrent).toString();
    return read(id) ? id : QString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    m_settings->setValue(kGroup + u'/' + kCurrent, id);
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace Profiles
