// The numbers behind the charts, widget-free: a session's cumulative energy, power and state of charge over time
// (from its charging periods, mod_cdrs 10.4.6), the fleet's energy per hour, the reduction of a long series to
// a few thousand points that keeps its shape and extremes, and time-axis ticks in UTC or local time.
#pragma once

#include "ocpi/session.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QPointF>
#include <QtCore/QString>
#include <QtCore/qnamespace.h>

#include <span>
#include <vector>

class SessionTableModel;

// One line of a chart: x is ms since the epoch (UTC), y a value in `unit`; points are in ascending x order.
struct ChartSeries
{
    QString name; // translated, e.g. "Energy"
    QString unit; // e.g. "kWh" (mod_cdrs 10.4.3 units are not translated)
    std::vector<QPointF> points;
};

// The smallest and largest x and y of a series' points (NaN when it has none).
struct ChartBounds
{
    double minX;
    double maxX;
    double minY;
    double maxY;
    bool isEmpty() const;
};

// A span of time [from, to), ms since the epoch (UTC).
struct TimeWindow
{
    qint64 from;
    qint64 to;
    bool isEmpty() const { return to <= from; }
};

// A labelled tick of a time axis.
struct TimeTick
{
    qint64 msecs;
    QString label;
};

// Functions that turn sessions into ChartSeries.
class ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
public:
    static constexpr qsizetype kDefaultPoints = 2000;
    static constexpr qint64 kHourMs = 3'600'000;

    // A session's charts, from its charging periods sorted by start (periods without a start are left out).
    // A period ends where the next one starts; the last one at end_date_time, else last_updated (mod_cdrs
    // 10.4.6).
    struct SessionSeries
    {
        // Cumulative kWh: 0 at the first period's start, then one point at each period's end holding the sum of
        // the ENERGY of it and the periods before; empty when no period has an ENERGY dimension. ENERGY is what
        // a period delivered over its whole length (mod_cdrs 10.4.3), so a straight ramp from start to end (its
        // average power) is the honest shape; a period whose end is unknown gets its point at its start (a
        // step), so the total stays right.
        ChartSeries energy;
        // kW per period as a step: its value at its start and at its end (SessionFormat::periodPowerKw: POWER,
        // else MAX_POWER, else ENERGY / duration); only the start when its end is unknown; periods with no value
        // are left out.
        ChartSeries power;
        // State of charge % at the start of each period that reports one (STATE_OF_CHARGE, mod_cdrs 10.4.3);
        // empty for most sessions: few chargers report it.
        ChartSeries stateOfCharge;
    };
    static SessionSeries sessionSeries(const Ocpi::Session &s);

    // kWh a charging period delivered: the sum of its ENERGY dimensions (NaN volumes ignored); 0 when none.
    static double periodEnergyKwh(const Ocpi::Session &s, qsizetype period);

    // Reduces `points` (ascending x, no NaN y) to at most max(n, 4) points with largest-triangle-three-buckets
    // (Steinarsson 2013), then puts the global minimum and maximum y back if LTTB dropped them: the first, the
    // last, the lowest and the highest point always survive. Returns the points unchanged when there are at
    // most n. O(size): one pass to find the extremes, one for the buckets.
    static std::vector<QPointF> downsample(std::span<const QPointF> points, qsizetype n = kDefaultPoints);

    static ChartBounds bounds(std::span<const QPointF> points);

    // Fleet: kWh delivered per hour, each period's ENERGY counted in the hour (UTC or local, by `spec`) its start
    // falls in. One point per hour that has energy: x = the hour's start (ms UTC), y = kWh.
    static ChartSeries energyPerHour(const SessionTableModel &model, Qt::TimeSpec spec);
    static ChartSeries energyPerHour(std::span<const Ocpi::Session> sessions, Qt::TimeSpec spec);

    // The window of `hours` hours (at least 1) that ends at the end of the latest hour of `perHour` (as
    // energyPerHour gives it), and the points of `perHour` that start within it. The fleet chart shows this
    // recent window only: one session from years ago would otherwise stretch it over ~100,000 hours. An empty
    // window (and series) when `perHour` has no points.
    struct RecentHours
    {
        ChartSeries series;
        TimeWindow window;
    };
    static RecentHours latestHours(ChartSeries perHour, int hours);

    // At most maxTicks ticks over [from, to] at a round step (seconds, minutes, hours, days) of wall-clock time in
    // UTC or local time, labelled in that time: "HH:mm:ss" for steps under a minute (ranges under ~4 minutes),
    // "HH:mm" within a day, "MM-dd HH:mm" over days, "yyyy-MM-dd" for steps of days. Never empty when from <= to:
    // a range too short for a round second gets one tick at `from` (a time axis without ticks is not laid out).
    static std::vector<TimeTick> timeTicks(qint64 from, qint64 to, Qt::TimeSpec spec, int maxTicks = 8);
    // "Time (UTC)" or "Time (local, CET)": the title of a time axis.
    static QString timeAxisTitle(Qt::TimeSpec spec);
};

// Adds up ENERGY per hour of period start, over many sessions (ChartData::energyPerHour uses it). Periods are
// first counted in 15-minute UTC slots, and each slot is put in its local hour once: every time zone in use since
// 1972 has offsets and switches on quarter hours (docs/CHARTS.md), so a slot never straddles a local hour, and
// converting a slot costs one time-zone look-up instead of one per period.
//
// Sums are exact: each period's kWh is rounded to whole units of 1e-6 kWh (a milliwatt-hour, far below the 3
// decimals of a kWh chargers report) and units are added as integers (modulo 2^64), so the result does not depend
// on the order of the periods, and EnergyIndex, which adds and subtracts rows as the model changes, gives exactly
// the same numbers as a computation from scratch.
class HourlyEnergy
{
    Q_DISABLE_COPY_MOVE(HourlyEnergy)
public:
    static constexpr qint64 kSlotMs = 15 * 60 * 1000;
    static constexpr double kUnitsPerKwh = 1e6;

    // The units of `kwh`, rounded to the nearest; clamped to +-1e12 kWh (0 for NaN).
    static qint64 unitsOf(double kwh);
    // The slot of a time (ms UTC): floor(msecs / kSlotMs).
    static qint64 slotOf(qint64 msecs);
    // The start (ms UTC) of the hour, UTC or local, that slot `slot` falls in.
    static qint64 hourOf(qint64 slot, Qt::TimeSpec spec);
    // A slot's energy: units summed (modulo 2^64) and how many (row, slot) pairs or periods gave it.
    struct Slot
    {
        qint64 slot;
        quint64 units;
    };
    // The "Energy per hour" series of slots given in any order (each slot once): one point per hour that has a
    // slot, x = the hour's start, y = kWh.
    static ChartSeries seriesOf(std::span<const Slot> slots, Qt::TimeSpec spec);
    // The empty "Energy per hour" series (name and unit).
    static ChartSeries emptySeries();

    explicit HourlyEnergy(Qt::TimeSpec spec) : m_spec(spec) {}
    void add(const Ocpi::Session &s);
    ChartSeries series() const;

private:
    Qt::TimeSpec m_spec;
    QHash<qint64, quint64> m_slots; // 15-minute UTC slot number -> units
    qint64 m_lastSlot = Ocpi::kNoTime;
    quint64 *m_lastSum = nullptr; // m_slots' value for m_lastSlot (periods of a session mostly share a slot);
                                  // valid until the next insertion, which resets it
};
