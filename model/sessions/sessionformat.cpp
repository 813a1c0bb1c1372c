#include "sessionformat.h"

#include <QtCore/QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace SessionFormat {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kMsPerDay = 24 * 3600 * 1000;
} // namespace

double periodPowerKw(const Ocpi::Session &s, qsizetype i, qint64 periodEnd, PowerSource *from)
{
    if (from)
        *from = PowerSource::None;
    double power = kNaN;
    double maxPower = kNaN;
    double energy = kNaN;
    for (const Ocpi::CdrDimension &d : s.periodDimensions(i)) {
        switch (d.type) {
        case Ocpi::CdrDimensionType::Power:
            power = d.volume;
            break;
        case Ocpi::CdrDimensionType::MaxPower:
            maxPower = d.volume;
            break;
        case Ocpi::CdrDimensionType::Energy:
            energy = d.volume;
            break;
        default:
            break;
        }
    }
    if (!std::isnan(power)) {
        if (from)
            *from = PowerSource::Power;
        return power;
    }
    if (!std::isnan(maxPower)) {
        if (from)
            *from = PowerSource::MaxPower;
        return maxPower;
    }
    if (std::isnan(energy))
        return kNaN;
    const qint64 start = s.periodStart(i);
    if (start == Ocpi::kNoTime || periodEnd == Ocpi::kNoTime || periodEnd <= start)
        return kNaN;
    if (from)
        *from = PowerSource::Energy;
    return energy / (double(periodEnd - start) / 3'600'000.0);
}

double powerKw(const Ocpi::Session &s, PowerSource *from)
{
    const qsizetype n = s.periodCount();
    if (n == 0) {
        if (from)
            *from = PowerSource::None;
        return kNaN;
    }
    return periodPowerKw(s, n - 1, endOrLastUpdated(s), from);
}

qint64 endOrLastUpdated(const Ocpi::Session &s)
{
    return s.endDateTime != Ocpi::kNoTime ? s.endDateTime : s.lastUpdated;
}

qint64 durationMs(const Ocpi::Session &s)
{
    const qint64 until = endOrLastUpdated(s);
    if (s.startDateTime == Ocpi::kNoTime || until == Ocpi::kNoTime || until < s.startDateTime)
        return -1;
    return until - s.startDateTime;
}

double cost(const Ocpi::Session &s)
{
    if (s.totalCost.hasInclVat())
        return s.totalCost.inclVat;
    return s.totalCost.isValid() ? s.totalCost.exclVat : kNaN;
}

QString maskUid(QStringView uid)
{
    constexpr QChar kBullet(0x2022);
    const qsizetype n = uid.size();
    if (n <= 4)
        return QString(n, kBullet);
    QString out;
    out.reserve(n);
    out.append(uid.first(2));
    out.append(QString(n - 4, kBullet));
    out.append(uid.last(2));
    return out;
}

QString authText(const Ocpi::Session &s)
{
    const QLatin1StringView type = Ocpi::spelling(s.tokenType);
    if (!s.has(Ocpi::Session::Field::TokenUid))
        return QString(type);
    const QString masked = maskUid(s.text(Ocpi::Session::Field::TokenUid));
    if (type.isEmpty())
        return masked;
    return type + u' ' + masked;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 minutes = ms / 60'000;
    return QString::number(minutes / 60) + u':' + QString::number(minutes % 60).rightJustified(2, u'0');
}

QString formatDateTime(qint64 msecs, Qt::TimeSpec spec)
{
    if (msecs == Ocpi::kNoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs, spec == Qt::LocalTime ? Qt::LocalTime : Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatDateTimeWithZone(qint64 msecs, Qt::TimeSpec spec)
{
    if (msecs == Ocpi::kNoTime)
        return {};
    return formatDateTime(msecs, spec) + u' ' + zoneName(spec, msecs);
}

qint64 utcDayStart(qint64 msecs)
{
    qint64 day = msecs / kMsPerDay;
    if (msecs % kMsPerDay < 0)
        --day;
    return day * kMsPerDay;
}

} // namespace SessionFormat

QString SessionFormat::zoneName(Qt::TimeSpec spec, qint64 atMsecs)
{
    if (spec == Qt::UTC)
        return QStringLiteral("UTC");
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMsecs, Qt::LocalTime);
    const QString abbreviation = local.timeZoneAbbreviation();
    // Without zone data the abbreviation is an offset ("UTC+01:00") or empty; a letters-only one is a name.
    if (!abbreviation.isEmpty() && std::all_of(abbreviation.cbegin(), abbreviation.cend(), [](QChar c) { return c.isLetter(); }))
        return abbreviation;
    const int offset = local.offsetFromUtc();
    if (offset == 0)
        return QStringLiteral("UTC");
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}
