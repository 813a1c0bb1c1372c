#include "chartdata.h"

#include "sessionformat.h"
#include "sessiontablemodel.h"

#include <QtCore/QDateTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kDayMs = 24 * ChartData::kHourMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Milliseconds to add to a UTC time to get the wall-clock time of `spec` (0 for UTC).
qint64 wallOffset(qint64 msecs, Qt::TimeSpec spec)
{
    if (spec != Qt::LocalTime)
        return 0;
    return qint64(QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime).offsetFromUtc()) * 1000;
}

// The UTC time of the wall-clock time `wall` (ms as if UTC) in `spec`.
qint64 fromWall(qint64 wall, Qt::TimeSpec spec)
{
    if (spec != Qt::LocalTime)
        return wall;
    const QDateTime w = QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC);
    return QDateTime(w.date(), w.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

// The last non-NaN volume of a dimension type in a charging period; NaN when none.
double periodVolume(const Ocpi::Session &s, qsizetype period, Ocpi::CdrDimensionType type)
{
    double v = kNaN;
    for (const Ocpi::CdrDimension &d : s.periodDimensions(period)) {
        if (d.type == type && !std::isnan(d.volume))
            v = d.volume;
    }
    return v;
}

ChartSeries emptySeries(const QString &name, Ocpi::CdrDimensionType unitOf)
{
    return ChartSeries{name, QString(Ocpi::unitOf(unitOf)), {}};
}

} // namespace

bool ChartBounds::isEmpty() const
{
    return std::isnan(minX);
}

ChartData::SessionSeries ChartData::sessionSeries(const Ocpi::Session &s)
{
    using Type = Ocpi::CdrDimensionType;
    SessionSeries out{emptySeries(tr("Energy"), Type::Energy), emptySeries(tr("Power"), Type::Power),
                      emptySeries(tr("State of charge"), Type::StateOfCharge)};

    // Periods in start order (a source may list them in any order); equal starts keep their listed order.
    std::vector<qsizetype> order;
    order.reserve(size_t(s.periodCount()));
    for (qsizetype i = 0; i < s.periodCount(); ++i) {
        if (s.periodStart(i) != Ocpi::kNoTime)
            order.push_back(i);
    }
    const auto byStart = [&s](qsizetype a, qsizetype b) { return s.periodStart(a) < s.periodStart(b); };
    if (!std::is_sorted(order.begin(), order.end(), byStart))
        std::stable_sort(order.begin(), order.end(), byStart);
    if (order.empty())
        return out;

    const qint64 sessionEnd = SessionFormat::endOrLastUpdated(s);
    out.energy.points.reserve(order.size() + 1);
    out.power.points.reserve(2 * order.size());
    out.energy.points.emplace_back(double(s.periodStart(order.front())), 0.0);
    double total = 0;
    bool anyEnergy = false;
    for (size_t k = 0; k < order.size(); ++k) {
        const qsizetype i = order[k];
        const qint64 start = s.periodStart(i);
        const qint64 end = k + 1 < order.size() ? s.periodStart(order[k + 1]) : sessionEnd;
        const bool endKnown = end != Ocpi::kNoTime && end >= start;

        const double kwh = periodEnergyKwh(s, i);
        anyEnergy = anyEnergy || !std::isnan(periodVolume(s, i, Type::Energy));
        total += kwh;
        out.energy.points.emplace_back(double(endKnown ? end : start), total);

        const double kw = SessionFormat::periodPowerKw(s, i, end);
        if (!std::isnan(kw)) {
            out.power.points.emplace_back(double(start), kw);
            if (endKnown)
                out.power.points.emplace_back(double(end), kw);
        }

        const double soc = periodVolume(s, i, Type::StateOfCharge);
        if (!std::isnan(soc))
            out.stateOfCharge.points.emplace_back(double(start), soc);
    }
    if (!anyEnergy)
        out.energy.points.clear();
    return out;
}

double ChartData::periodEnergyKwh(const Ocpi::Session &s, qsizetype period)
{
    double sum = 0;
    for (const Ocpi::CdrDimension &d : s.periodDimensions(period)) {
        if (d.type == Ocpi::CdrDimensionType::Energy && !std::isnan(d.volume))
            sum += d.volume;
    }
    return sum;
}

std::vector<QPointF> ChartData::downsample(std::span<const QPointF> p, qsizetype n)
{
    n = std::max<qsizetype>(n, 4);
    const size_t size = p.size();
    if (qsizetype(size) <= n)
        return {p.begin(), p.end()};

    size_t lowest = 0;
    size_t highest = 0;
    for (size_t i = 1; i < size; ++i) {
        if (p[i].y() < p[lowest].y())
            lowest = i;
        if (p[i].y() > p[highest].y())
            highest = i;
    }

    // LTTB to n - 2 points: the first, the last, and from each of n - 4 equal buckets between them the point
    // that spans the largest triangle with the point kept before it and the average of the next bucket.
    const size_t target = size_t(n) - 2;
    std::vector<size_t> keep;
    keep.reserve(size_t(n));
    keep.push_back(0);
    const double every = target > 2 ? double(size - 2) / double(target - 2) : 0.0; // points per bucket
    size_t a = 0;
    for (size_t b = 0; b + 2 < target; ++b) {
        const size_t from = size_t(double(b) * every) + 1;
        const size_t to = std::min(size_t(double(b + 1) * every) + 1, size - 1);
        const size_t nextFrom = to;
        const size_t nextTo = std::min(size_t(double(b + 2) * every) + 1, size);
        double avgX = 0;
        double avgY = 0;
        for (size_t i = nextFrom; i < nextTo; ++i) {
            avgX += p[i].x();
            avgY += p[i].y();
        }
        const double count = double(std::max<size_t>(nextTo - nextFrom, 1));
        avgX /= count;
        avgY /= count;

        const double ax = p[a].x();
        const double ay = p[a].y();
        double best = -1;
        size_t pick = from;
        for (size_t i = from; i < to; ++i) {
            const double area = std::abs((ax - avgX) * (p[i].y() - ay) - (ax - p[i].x()) * (avgY - ay));
            if (area > best) {
                best = area;
                pick = i;
            }
        }
        keep.push_back(pick);
        a = pick;
    }
    keep.push_back(size - 1);

    // LTTB can pass over a lone spike; put the extremes back in x order.
    for (const size_t extreme : {lowest, highest}) {
        const auto at = std::lower_bound(keep.begin(), keep.end(), extreme);
        if (at == keep.end() || *at != extreme)
            keep.insert(at, extreme);
    }

    std::vector<QPointF> out;
    out.reserve(keep.size());
    for (const size_t i : keep)
        out.push_back(p[i]);
    return out;
}

ChartBounds ChartData::bounds(std::span<const QPointF> points)
{
    ChartBounds b{kNaN, kNaN, kNaN, kNaN};
    if (points.empty())
        return b;
    b = {points.front().x(), points.front().x(), points.front().y(), points.front().y()};
    for (const QPointF &pt : points) {
        b.minX = std::min(b.minX, pt.x());
        b.maxX = std::max(b.maxX, pt.x());
        b.minY = std::min(b.minY, pt.y());
        b.maxY = std::max(b.maxY, pt.y());
    }
    return b;
}

ChartSeries ChartData::energyPerHour(const SessionTableModel &model, Qt::TimeSpec spec)
{
    HourlyEnergy hours(spec);
    for (int row = 0; row < model.rowCount(); ++row)
        hours.add(model.session(row));
    return hours.series();
}

ChartSeries ChartData::energyPerHour(std::span<const Ocpi::Session> sessions, Qt::TimeSpec spec)
{
    HourlyEnergy hours(spec);
    for (const Ocpi::Session &s : sessions)
        hours.add(s);
    return hours.series();
}

ChartData::RecentHours ChartData::latestHours(ChartSeries perHour, int hours)
{
    if (perHour.points.empty())
        return {std::move(perHour), {0, 0}};
    const qint64 to = qint64(perHour.points.back().x()) + kHourMs;
    const qint64 from = to - qint64(std::max(hours, 1)) * kHourMs;
    const auto first = std::lower_bound(perHour.points.begin(), perHour.points.end(), double(from),
                                        [](const QPointF &p, double x) { return p.x() < x; });
    perHour.points.erase(perHour.points.begin(), first);
    return {std::move(perHour), {from, to}};
}

std::vector<TimeTick> ChartData::timeTicks(qint64 from, qint64 to, Qt::TimeSpec spec, int maxTicks)
{
    static constexpr std::array<qint64, 22> kSteps{
        kSecondMs,      2 * kSecondMs,  5 * kSecondMs,  10 * kSecondMs, 15 * kSecondMs, 30 * kSecondMs,
        kMinuteMs,      2 * kMinuteMs,  5 * kMinuteMs,  10 * kMinuteMs, 15 * kMinuteMs, 30 * kMinuteMs,
        kHourMs,        2 * kHourMs,    3 * kHourMs,    6 * kHourMs,    12 * kHourMs,   kDayMs,
        2 * kDayMs,     7 * kDayMs,     14 * kDayMs,    28 * kDayMs};
    std::vector<TimeTick> ticks;
    if (from > to)
        return ticks;
    maxTicks = std::max(maxTicks, 2);
    const qint64 span = to - from;
    qint64 step = kSteps.back();
    for (const qint64 candidate : kSteps) {
        if (span / candidate < maxTicks) {
            step = candidate;
            break;
        }
    }
    while (span / step >= maxTicks) // beyond the table: doublings of 28 days
        step *= 2;
    // Steps of whole weeks fall on Mondays (1970-01-05 was one); the others on multiples of themselves since the
    // epoch.
    const qint64 origin = step % (7 * kDayMs) == 0 ? 4 * kDayMs : 0;

    const QString format = step >= kDayMs      ? QStringLiteral("yyyy-MM-dd")
                           : step < kMinuteMs  ? QStringLiteral("HH:mm:ss")
                           : span < kDayMs     ? QStringLiteral("HH:mm")
                                               : QStringLiteral("MM-dd HH:mm");
    const qint64 wallTo = to + wallOffset(to, spec);
    const qint64 firstWall = origin - floorDiv(origin - (from + wallOffset(from, spec)), step) * step; // round up
    for (qint64 wall = firstWall; wall <= wallTo; wall += step) {
        const qint64 at = fromWall(wall, spec);
        if (at < from || at > to)
            continue;
        ticks.push_back({at, QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC).toString(format)});
    }
    if (ticks.empty()) { // under a second (or a wall-clock gap): one tick where the range starts
        const qint64 wall = from + wallOffset(from, spec);
        ticks.push_back({from, QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC).toString(QStringLiteral("HH:mm:ss"))});
    }
    return ticks;
}

QString ChartData::timeAxisTitle(Qt::TimeSpec spec)
{
    if (spec == Qt::LocalTime) {
        //: %1: the abbreviation of the local time zone, e.g. CET
        return tr("Time (local, %1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation());
    }
    return tr("Time (UTC)");
}

qint64 HourlyEnergy::unitsOf(double kwh)
{
    if (std::isnan(kwh))
        return 0;
    constexpr double kMaxKwh = 1e12; // units stay far inside qint64 (9.2e18)
    return qint64(std::llround(std::clamp(kwh, -kMaxKwh, kMaxKwh) * kUnitsPerKwh));
}

qint64 HourlyEnergy::slotOf(qint64 msecs)
{
    return floorDiv(msecs, kSlotMs);
}

qint64 HourlyEnergy::hourOf(qint64 slot, Qt::TimeSpec spec)
{
    const qint64 slotStart = slot * kSlotMs;
    const qint64 offset = wallOffset(slotStart, spec);
    return floorDiv(slotStart + offset, ChartData::kHourMs) * ChartData::kHourMs - offset;
}

ChartSeries HourlyEnergy::emptySeries()
{
    return ChartSeries{ChartData::tr("Energy per hour"), QString(Ocpi::unitOf(Ocpi::CdrDimensionType::Energy)), {}};
}

ChartSeries HourlyEnergy::seriesOf(std::span<const Slot> sums, Qt::TimeSpec spec)
{
    std::vector<std::pair<qint64, quint64>> hours; // start of the hour (ms UTC), units
    hours.reserve(sums.size());
    for (const Slot &s : sums)
        hours.emplace_back(hourOf(s.slot, spec), s.units);
    std::sort(hours.begin(), hours.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    ChartSeries series = emptySeries();
    series.points.reserve(hours.size());
    for (size_t i = 0; i < hours.size();) {
        const qint64 hour = hours[i].first;
        quint64 units = 0;
        for (; i < hours.size() && hours[i].first == hour; ++i)
            units += hours[i].second;
        series.points.emplace_back(double(hour), double(qint64(units)) / kUnitsPerKwh);
    }
    return series;
}

void HourlyEnergy::add(const Ocpi::Session &s)
{
    for (qsizetype i = 0; i < s.periodCount(); ++i) {
        const qint64 start = s.periodStart(i);
        if (start == Ocpi::kNoTime)
            continue;
        const double kwh = ChartData::periodEnergyKwh(s, i);
        if (kwh == 0)
            continue;
        const qint64 slot = slotOf(start);
        if (slot != m_lastSlot || !m_lastSum) {
            m_lastSum = &m_slots[slot];
            m_lastSlot = slot;
        }
        *m_lastSum += quint64(unitsOf(kwh));
    }
}

ChartSeries HourlyEnergy::series() const
{
    std::vector<Slot> sums;
    sums.reserve(size_t(m_slots.size()));
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
        sums.push_back({it.key(), it.value()});
    return seriesOf(sums, m_spec);
}
