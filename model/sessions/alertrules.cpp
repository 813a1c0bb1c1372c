#include "alertrules.h"

#include <QtCore/QSettings>

namespace Alerts {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerHour = 60 * kMsPerMinute;

void readBool(QSettings &s, const QString &key, bool &value)
{
    value = s.value(key, value).toBool();
}

void readInt(QSettings &s, const QString &key, int &value, int max)
{
    bool ok = false;
    const int v = s.value(key, value).toInt(&ok);
    if (ok && v >= 1 && v <= max)
        value = v;
}

} // namespace

AlertThresholds AlertThresholds::load(QSettings &settings)
{
    AlertThresholds t;
    settings.beginGroup(QStringLiteral("alerts"));
    readBool(settings, QStringLiteral("activeTooLong"), t.activeTooLong);
    readInt(settings, QStringLiteral("activeLongerThanHours"), t.activeLongerThanHours, kMaxHours);
    readBool(settings, QStringLiteral("noUpdate"), t.noUpdate);
    readInt(settings, QStringLiteral("noUpdateMinutes"), t.noUpdateMinutes, kMaxMinutes);
    readBool(settings, QStringLiteral("flagInvalid"), t.flagInvalid);
    readBool(settings, QStringLiteral("flagErrors"), t.flagErrors);
    readBool(settings, QStringLiteral("endpointFailing"), t.endpointFailing);
    readInt(settings, QStringLiteral("endpointFailedPolls"), t.endpointFailedPolls, kMaxPolls);
    readBool(settings, QStringLiteral("endpointSilent"), t.endpointSilent);
    readInt(settings, QStringLiteral("endpointSilentMinutes"), t.endpointSilentMinutes, kMaxMinutes);
    settings.endGroup();
    return t;
}

void AlertThresholds::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("alerts"));
    settings.setValue(QStringLiteral("activeTooLong"), activeTooLong);
    settings.setValue(QStringLiteral("activeLongerThanHours"), activeLongerThanHours);
    settings.setValue(QStringLiteral("noUpdate"), noUpdate);
    settings.setValue(QStringLiteral("noUpdateMinutes"), noUpdateMinutes);
    settings.setValue(QStringLiteral("flagInvalid"), flagInvalid);
    settings.setValue(QStringLiteral("flagErrors"), flagErrors);
    settings.setValue(QStringLiteral("endpointFailing"), endpointFailing);
    settings.setValue(QStringLiteral("endpointFailedPolls"), endpointFailedPolls);
    settings.setValue(QStringLiteral("endpointSilent"), endpointSilent);
    settings.setValue(QStringLiteral("endpointSilentMinutes"), endpointSilentMinutes);
    settings.endGroup();
}

quint8 sessionRules(const Ocpi::Session &s, bool stale, qint64 nowMs, const AlertThresholds &t)
{
    quint8 rules = 0;
    if (s.status == Ocpi::SessionStatus::Active && !stale) {
        if (t.activeTooLong && s.startDateTime != Ocpi::kNoTime
            && nowMs - s.startDateTime >= t.activeLongerThanHours * kMsPerHour)
            rules |= bit(Rule::ActiveTooLong);
        if (t.noUpdate && s.lastUpdated != Ocpi::kNoTime && nowMs - s.lastUpdated >= t.noUpdateMinutes * kMsPerMinute)
            rules |= bit(Rule::NoUpdate);
    }
    if (t.flagInvalid && s.status == Ocpi::SessionStatus::Invalid)
        rules |= bit(Rule::Invalid);
    if (t.flagErrors && s.errorCount > 0)
        rules |= bit(Rule::Errors);
    return rules;
}

quint8 endpointRules(const EndpointHealth &e, qint64 nowMs, const AlertThresholds &t)
{
    quint8 rules = 0;
    if (t.endpointFailing && e.consecutiveFailures >= t.endpointFailedPolls)
        rules |= bit(Rule::EndpointFailing);
    if (t.endpointSilent && nowMs - e.lastOkAt >= t.endpointSilentMinutes * kMsPerMinute)
        rules |= bit(Rule::EndpointSilent);
    return rules;
}

} // namespace Alerts
