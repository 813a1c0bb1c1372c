// The charts' data (model/sessions/chartdata, statushistory): a session's cumulative energy, power and state of
// charge from its charging periods (mod_cdrs 10.4.6), sorted or not; downsampling that keeps the first, last,
// lowest and highest points; the fleet's energy per hour in UTC and in local time (a zone with a half-hour
// offset, so the two disagree) and its latest window; time-axis ticks, down to seconds; the bounded status
// history.
#include "chartdata.h"
#include "sessiontablemodel.h"
#include "statushistory.h"

#include "ocpi/datetime.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <limits>

using Type = Ocpi::CdrDimensionType;
using Points = QList<QPointF>;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 ms(const char *iso)
{
    const qint64 v = Ocpi::parseDateTime(iso).msecs;
    Q_ASSERT(v != Ocpi::kNoTime);
    return v;
}

double x(const char *iso)
{
    return double(ms(iso));
}

struct Dim
{
    Type type;
    double volume;
};

// A session with the given charging periods (start, dimensions), in the order given.
Ocpi::Session session(std::initializer_list<std::pair<const char *, std::vector<Dim>>> periods,
                      const char *end = "2024-05-01T11:30:00Z", const char *lastUpdated = nullptr)
{
    Ocpi::Session s;
    s.startDateTime = ms("2024-05-01T10:00:00Z");
    s.endDateTime = end ? ms(end) : Ocpi::kNoTime;
    s.lastUpdated = lastUpdated ? ms(lastUpdated) : Ocpi::kNoTime;
    for (const auto &[start, dims] : periods) {
        s.addPeriod(ms(start), {});
        for (const Dim &d : dims)
            s.addDimension({d.volume, d.type});
    }
    return s;
}

Points toList(const std::vector<QPointF> &v)
{
    return Points(v.begin(), v.end());
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void energy_data();
    void energy();
    void power_data();
    void power();
    void stateOfCharge();
    void noPeriods();
    void seriesNamesAndUnits();

    void downsample_data();
    void downsample();
    void downsampleIdentity_data();
    void downsampleIdentity();
    void bounds();

    void energyPerHour_data();
    void energyPerHour();
    void energyPerHourFromModel();
    void latestHours_data();
    void latestHours();

    void timeTicks_data();
    void timeTicks();
    void timeTicksUnderASecond();
    void timeAxisTitle();

    void statusHistoryRing();
    void statusHistoryFollowsModel();
};

void TestChartData::initTestCase()
{
    // India has no daylight saving time and a +05:30 offset: local hours start at hh:30 UTC.
    qputenv("TZ", "Asia/Kolkata");
    tzset();
}

void TestChartData::energy_data()
{
    QTest::addColumn<Ocpi::Session>("session");
    QTest::addColumn<Points>("expected");

    const Points spec{{x("2024-05-01T10:00:00Z"), 0},
                      {x("2024-05-01T10:30:00Z"), 1.5},
                      {x("2024-05-01T11:00:00Z"), 3.5},
                      {x("2024-05-01T11:30:00Z"), 4.0}};
    QTest::newRow("sorted, ends at end_date_time")
        << session({{"2024-05-01T10:00:00Z", {{Type::Energy, 1.5}}},
                    {"2024-05-01T10:30:00Z", {{Type::Energy, 2.0}, {Type::Time, 0.5}}},
                    {"2024-05-01T11:00:00Z", {{Type::Energy, 0.5}}}})
        << spec;
    QTest::newRow("unsorted periods")
        << session({{"2024-05-01T11:00:00Z", {{Type::Energy, 0.5}}},
                    {"2024-05-01T10:00:00Z", {{Type::Energy, 1.5}}},
                    {"2024-05-01T10:30:00Z", {{Type::Energy, 2.0}}}})
        << spec;
    QTest::newRow("no end: last_updated")
        << session({{"2024-05-01T10:00:00Z", {{Type::Energy, 1.5}}}, {"2024-05-01T10:30:00Z", {{Type::Energy, 2.0}}}},
                   nullptr, "2024-05-01T10:45:00Z")
        << Points{{x("2024-05-01T10:00:00Z"), 0}, {x("2024-05-01T10:30:00Z"), 1.5}, {x("2024-05-01T10:45:00Z"), 3.5}};
    QTest::newRow("no end, no last_updated: a step at the last start")
        << session({{"2024-05-01T10:00:00Z", {{Type::Energy, 1.5}}}, {"2024-05-01T10:30:00Z", {{Type::Energy, 2.0}}}},
                   nullptr, nullptr)
        << Points{{x("2024-05-01T10:00:00Z"), 0}, {x("2024-05-01T10:30:00Z"), 1.5}, {x("2024-05-01T10:30:00Z"), 3.5}};
    QTest::newRow("a parking period adds nothing, NaN ignored")
        << session({{"2024-05-01T10:00:00Z", {{Type::Energy, 1.5}, {Type::Energy, kNaN}}},
                    {"2024-05-01T10:30:00Z", {{Type::ParkingTime, 0.5}}},
                    {"2024-05-01T11:00:00Z", {{Type::Energy, 0.5}}}})
        << Points{{x("2024-05-01T10:00:00Z"), 0},
                  {x("2024-05-01T10:30:00Z"), 1.5},
                  {x("2024-05-01T11:00:00Z"), 1.5},
                  {x("2024-05-01T11:30:00Z"), 2.0}};
    QTest::newRow("two ENERGY dimensions in a period are added")
        << session({{"2024-05-01T10:00:00Z", {{Type::Energy, 1.0}, {Type::Energy, 0.25}}}})
        << Points{{x("2024-05-01T10:00:00Z"), 0}, {x("2024-05-01T11:30:00Z"), 1.25}};
    QTest::newRow("no ENERGY at all: no energy line")
        << session({{"2024-05-01T10:00:00Z", {{Type::Power, 7.0}}}}) << Points{};
}

void TestChartData::energy()
{
    QFETCH(Ocpi::Session, session);
    QFETCH(Points, expected);
    const ChartData::SessionSeries series = ChartData::sessionSeries(session);
    QCOMPARE(toList(series.energy.points), expected);
}

void TestChartData::power_data()
{
    QTest::addColumn<Ocpi::Session>("session");
    QTest::addColumn<Points>("expected");

    const double t0 = x("2024-05-01T10:00:00Z");
    const double t1 = x("2024-05-01T10:30:00Z");
    const double t2 = x("2024-05-01T11:30:00Z");
    QTest::newRow("POWER")
        << session({{"2024-05-01T10:00:00Z", {{Type::Power, 11.0}, {Type::MaxPower, 22.0}, {Type::Energy, 3.0}}},
                    {"2024-05-01T10:30:00Z", {{Type::Power, 7.0}}}})
        << Points{{t0, 11.0}, {t1, 11.0}, {t1, 7.0}, {t2, 7.0}};
    QTest::newRow("MAX_POWER when no POWER")
        << session({{"2024-05-01T10:00:00Z", {{Type::MaxPower, 22.0}, {Type::Energy, 3.0}}}})
        << Points{{t0, 22.0}, {t2, 22.0}};
    QTest::newRow("ENERGY / duration when neither")
        << session({{"2024-05-01T10:00:00Z", {{Type::Energy, 3.0}}}, {"2024-05-01T10:30:00Z", {{Type::Energy, 4.0}}}})
        << Points{{t0, 6.0}, {t1, 6.0}, {t1, 4.0}, {t2, 4.0}};
    QTest::newRow("unsorted: each period ends where the next in time starts")
        << session({{"2024-05-01T10:30:00Z", {{Type::Energy, 4.0}}}, {"2024-05-01T10:00:00Z", {{Type::Energy, 3.0}}}})
        << Points{{t0, 6.0}, {t1, 6.0}, {t1, 4.0}, {t2, 4.0}};
    QTest::newRow("nothing to tell power by") << session({{"2024-05-01T10:00:00Z", {{Type::Time, 1.0}}}}) << Points{};
    QTest::newRow("POWER, end unknown: one point")
        << session({{"2024-05-01T10:00:00Z", {{Type::Power, 5.0}}}}, nullptr, nullptr) << Points{{t0, 5.0}};
}

void TestChartData::power()
{
    QFETCH(Ocpi::Session, session);
    QFETCH(Points, expected);
    QCOMPARE(toList(ChartData::sessionSeries(session).power.points), expected);
}

void TestChartData::stateOfCharge()
{
    const Ocpi::Session withSoc = session({{"2024-05-01T10:00:00Z", {{Type::StateOfCharge, 20.0}, {Type::Energy, 1.0}}},
                                           {"2024-05-01T10:30:00Z", {{Type::Energy, 1.0}}},
                                           {"2024-05-01T11:00:00Z", {{Type::StateOfCharge, kNaN}}},
                                           {"2024-05-01T11:15:00Z", {{Type::StateOfCharge, 64.5}}}});
    QCOMPARE(toList(ChartData::sessionSeries(withSoc).stateOfCharge.points),
             (Points{{x("2024-05-01T10:00:00Z"), 20.0}, {x("2024-05-01T11:15:00Z"), 64.5}}));

    const Ocpi::Session without = session({{"2024-05-01T10:00:00Z", {{Type::Energy, 1.0}}}});
    QVERIFY(ChartData::sessionSeries(without).stateOfCharge.points.empty());
}

void TestChartData::noPeriods()
{
    const ChartData::SessionSeries series = ChartData::sessionSeries(session({}));
    QVERIFY(series.energy.points.empty());
    QVERIFY(series.power.points.empty());
    QVERIFY(series.stateOfCharge.points.empty());

    Ocpi::Session noStart;
    noStart.addPeriod(Ocpi::kNoTime, {});
    noStart.addDimension({5.0, Type::Energy});
    QVERIFY(ChartData::sessionSeries(noStart).energy.points.empty());
}

void TestChartData::seriesNamesAndUnits()
{
    const ChartData::SessionSeries series = ChartData::sessionSeries(session({}));
    QCOMPARE(series.energy.unit, "kWh");
    QCOMPARE(series.power.unit, "kW");
    QCOMPARE(series.stateOfCharge.unit, "%");
    QCOMPARE(series.energy.name, "Energy");
    QCOMPARE(series.power.name, "Power");
}

void TestChartData::downsample_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("spikeAt"); // a lone spike up here and a dip one point later

    QTest::newRow("1M to 2000, spike in the middle") << 1'000'000 << 2000 << 500'001;
    QTest::newRow("1M to 2000, spike near the start") << 1'000'000 << 2000 << 1;
    QTest::newRow("100k to 100") << 100'000 << 100 << 77'777;
    QTest::newRow("10k to 4 (the least)") << 10'000 << 4 << 4'321;
    QTest::newRow("n below 4 counts as 4") << 10'000 << 1 << 9'000;
    QTest::newRow("one more than n") << 2001 << 2000 << 1000;
}

void TestChartData::downsample()
{
    QFETCH(int, size);
    QFETCH(int, n);
    QFETCH(int, spikeAt);

    QRandomGenerator rng(42);
    std::vector<QPointF> in;
    in.reserve(size_t(size));
    for (int i = 0; i < size; ++i)
        in.emplace_back(1.7e12 + 1000.0 * i, 50.0 + 10.0 * std::sin(i / 5000.0) + rng.bounded(1.0));
    in[size_t(spikeAt)].setY(1000.0);
    in[size_t(spikeAt + 1)].setY(-1000.0);

    const std::vector<QPointF> out = ChartData::downsample(in, n);
    QVERIFY(qsizetype(out.size()) <= std::max(n, 4));
    QVERIFY(out.size() >= 4);
    QCOMPARE(out.front(), in.front());
    QCOMPARE(out.back(), in.back());
    QVERIFY(std::find(out.begin(), out.end(), in[size_t(spikeAt)]) != out.end());
    QVERIFY(std::find(out.begin(), out.end(), in[size_t(spikeAt + 1)]) != out.end());
    const auto notAfter = [](const QPointF &a, const QPointF &b) { return b.x() <= a.x(); };
    QVERIFY(std::adjacent_find(out.begin(), out.end(), notAfter) == out.end());
    for (const QPointF &p : out) // every point kept is one of the input's
        QCOMPARE(in[size_t(std::llround((p.x() - 1.7e12) / 1000.0))], p);
}

void TestChartData::downsampleIdentity_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("n");
    QTest::newRow("empty") << 0 << 2000;
    QTest::newRow("one") << 1 << 2000;
    QTest::newRow("below n") << 1999 << 2000;
    QTest::newRow("exactly n") << 2000 << 2000;
    QTest::newRow("three, n = 1") << 3 << 1;
}

void TestChartData::downsampleIdentity()
{
    QFETCH(int, size);
    QFETCH(int, n);
    std::vector<QPointF> in;
    for (int i = 0; i < size; ++i)
        in.emplace_back(i, (i * 7919) % 13);
    QCOMPARE(toList(ChartData::downsample(in, n)), toList(in));
}

void TestChartData::bounds()
{
    const std::vector<QPointF> points{{3, 5}, {1, -2}, {7, 9}};
    const ChartBounds b = ChartData::bounds(points);
    QVERIFY(!b.isEmpty());
    QCOMPARE(b.minX, 1.0);
    QCOMPARE(b.maxX, 7.0);
    QCOMPARE(b.minY, -2.0);
    QCOMPARE(b.maxY, 9.0);
    QVERIFY(ChartData::bounds({}).isEmpty());
}

void TestChartData::energyPerHour_data()
{
    QTest::addColumn<int>("spec");
    QTest::addColumn<Points>("expected");
    // Periods start at 10:10Z (1 kWh), 10:50Z (2 kWh, in the second session), 11:05Z (3 kWh) and 12:40Z (4 kWh, the
    // same session). In Asia/Kolkata (+05:30) that is 15:40, 16:20, 16:35 and 18:10: other hours.
    QTest::newRow("UTC") << int(Qt::UTC)
                         << Points{{x("2024-05-01T10:00:00Z"), 3.0},
                                   {x("2024-05-01T11:00:00Z"), 3.0},
                                   {x("2024-05-01T12:00:00Z"), 4.0}};
    QTest::newRow("local, +05:30") << int(Qt::LocalTime)
                                   << Points{{x("2024-05-01T09:30:00Z"), 1.0},
                                             {x("2024-05-01T10:30:00Z"), 5.0},
                                             {x("2024-05-01T12:30:00Z"), 4.0}};
}

void TestChartData::energyPerHour()
{
    QFETCH(int, spec);
    QFETCH(Points, expected);
    const std::vector<Ocpi::Session> sessions{
        session({{"2024-05-01T10:10:00Z", {{Type::Energy, 1.0}}},
                 {"2024-05-01T11:05:00Z", {{Type::Energy, 3.0}, {Type::Power, 9.0}}},
                 {"2024-05-01T12:40:00Z", {{Type::Energy, 4.0}}}}),
        session({{"2024-05-01T10:50:00Z", {{Type::Energy, 2.0}}},
                 {"2024-05-01T11:20:00Z", {{Type::ParkingTime, 1.0}}}}),
        session({}),
    };
    const ChartSeries series = ChartData::energyPerHour(sessions, Qt::TimeSpec(spec));
    QCOMPARE(toList(series.points), expected);
    QCOMPARE(series.unit, "kWh");
}

void TestChartData::energyPerHourFromModel()
{
    SessionTableModel model;
    std::vector<SessionTableModel::Incoming> batch;
    for (int i = 0; i < 3; ++i) {
        Ocpi::Session s = session({{"2024-05-01T10:10:00Z", {{Type::Energy, 1.0 + i}}}});
        s.setText(Ocpi::Session::Field::CountryCode, "NL");
        s.setText(Ocpi::Session::Field::PartyId, "STK");
        s.setText(Ocpi::Session::Field::Id, std::to_string(i));
        batch.push_back({std::move(s), {}, {}, {}});
    }
    model.merge(std::move(batch), model.addSource(QStringLiteral("test")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(toList(ChartData::energyPerHour(model, Qt::UTC).points), (Points{{x("2024-05-01T10:00:00Z"), 6.0}}));
}

// The fleet chart's window: the last N hours up to the end of the latest hour with energy. Sessions of 2015 among
// today's do not stretch it over years; 2015 sessions alone get their own window.
void TestChartData::latestHours_data()
{
    QTest::addColumn<bool>("withRecent");
    QTest::addColumn<int>("hours");
    QTest::addColumn<Points>("expected");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    QTest::newRow("old and recent: the recent 48 h")
        << true << 48 << Points{{x("2024-05-01T10:00:00Z"), 1.0}, {x("2024-05-02T09:00:00Z"), 2.0}}
        << "2024-04-30T10:00:00Z" << "2024-05-02T10:00:00Z";
    QTest::newRow("old and recent, 23 h") << true << 23 << Points{{x("2024-05-02T09:00:00Z"), 2.0}}
                                          << "2024-05-01T11:00:00Z" << "2024-05-02T10:00:00Z";
    QTest::newRow("old only: its own 48 h")
        << false << 48 << Points{{x("2015-06-01T08:00:00Z"), 4.0}, {x("2015-06-01T12:00:00Z"), 5.0}}
        << "2015-05-30T13:00:00Z" << "2015-06-01T13:00:00Z";
}

void TestChartData::latestHours()
{
    QFETCH(bool, withRecent);
    QFETCH(int, hours);
    QFETCH(Points, expected);
    QFETCH(QString, from);
    QFETCH(QString, to);
    std::vector<Ocpi::Session> sessions{
        session({{"2015-06-01T08:20:00Z", {{Type::Energy, 4.0}}}, {"2015-06-01T12:10:00Z", {{Type::Energy, 5.0}}}}),
    };
    if (withRecent) {
        sessions.push_back(session({{"2024-04-29T08:00:00Z", {{Type::Energy, 7.0}}}})); // before the 48 h
        sessions.push_back(session({{"2024-05-01T10:10:00Z", {{Type::Energy, 1.0}}}}));
        sessions.push_back(session({{"2024-05-02T09:30:00Z", {{Type::Energy, 2.0}}}}));
    }
    const ChartData::RecentHours recent =
        ChartData::latestHours(ChartData::energyPerHour(sessions, Qt::UTC), hours);
    QCOMPARE(toList(recent.series.points), expected);
    QCOMPARE(recent.series.unit, "kWh");
    QCOMPARE(recent.window.from, ms(from.toLatin1().constData()));
    QCOMPARE(recent.window.to, ms(to.toLatin1().constData()));
    QCOMPARE(recent.window.to - recent.window.from, hours * ChartData::kHourMs);
}

void TestChartData::timeTicks_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("spec");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("firstAt");

    QTest::newRow("6 h in UTC: hourly") << "2024-05-01T10:00:00Z" << "2024-05-01T16:00:00Z" << int(Qt::UTC)
                                        << QStringList{"10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"}
                                        << "2024-05-01T10:00:00Z";
    QTest::newRow("the same 6 h in local time (+05:30)")
        << "2024-05-01T10:00:00Z" << "2024-05-01T16:00:00Z" << int(Qt::LocalTime)
        << QStringList{"16:00", "17:00", "18:00", "19:00", "20:00", "21:00"} << "2024-05-01T10:30:00Z";
    // Status samples are taken at every poll (every 10 s): the history is often seconds or minutes long.
    QTest::newRow("30 s: 5-second steps with seconds")
        << "2024-05-01T10:00:05Z" << "2024-05-01T10:00:35Z" << int(Qt::UTC)
        << QStringList{"10:00:05", "10:00:10", "10:00:15", "10:00:20", "10:00:25", "10:00:30", "10:00:35"}
        << "2024-05-01T10:00:05Z";
    QTest::newRow("10 s, not on round seconds of 5")
        << "2024-05-01T10:00:01Z" << "2024-05-01T10:00:11Z" << int(Qt::UTC)
        << QStringList{"10:00:02", "10:00:04", "10:00:06", "10:00:08", "10:00:10"} << "2024-05-01T10:00:02Z";
    QTest::newRow("3 min: 30-second steps")
        << "2024-05-01T10:00:10Z" << "2024-05-01T10:03:10Z" << int(Qt::UTC)
        << QStringList{"10:00:30", "10:01:00", "10:01:30", "10:02:00", "10:02:30", "10:03:00"}
        << "2024-05-01T10:00:30Z";
    QTest::newRow("5 min: minute steps") << "2024-05-01T10:00:30Z" << "2024-05-01T10:05:30Z" << int(Qt::UTC)
                                         << QStringList{"10:01", "10:02", "10:03", "10:04", "10:05"}
                                         << "2024-05-01T10:01:00Z";
    QTest::newRow("30 s in local time (+05:30)")
        << "2024-05-01T10:00:05Z" << "2024-05-01T10:00:35Z" << int(Qt::LocalTime)
        << QStringList{"15:30:05", "15:30:10", "15:30:15", "15:30:20", "15:30:25", "15:30:30", "15:30:35"}
        << "2024-05-01T10:00:05Z";
    QTest::newRow("40 min: 10-minute steps")
        << "2024-05-01T10:02:00Z" << "2024-05-01T10:42:00Z" << int(Qt::UTC)
        << QStringList{"10:10", "10:20", "10:30", "10:40"} << "2024-05-01T10:10:00Z";
    QTest::newRow("3 days: 12-hour steps with dates")
        << "2024-05-01T00:00:00Z" << "2024-05-04T00:00:00Z" << int(Qt::UTC)
        << QStringList{"05-01 00:00", "05-01 12:00", "05-02 00:00", "05-02 12:00", "05-03 00:00", "05-03 12:00",
                       "05-04 00:00"}
        << "2024-05-01T00:00:00Z";
    QTest::newRow("a month: Mondays") << "2024-05-01T00:00:00Z" << "2024-05-31T00:00:00Z" << int(Qt::UTC)
                                      << QStringList{"2024-05-06", "2024-05-13", "2024-05-20", "2024-05-27"}
                                      << "2024-05-06T00:00:00Z";
    QTest::newRow("a Monday itself is a tick") << "2024-05-06T00:00:00Z" << "2024-06-01T00:00:00Z" << int(Qt::UTC)
                                               << QStringList{"2024-05-06", "2024-05-13", "2024-05-20", "2024-05-27"}
                                               << "2024-05-06T00:00:00Z";
}

void TestChartData::timeTicks()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, spec);
    QFETCH(QStringList, labels);
    QFETCH(QString, firstAt);
    const std::vector<TimeTick> ticks =
        ChartData::timeTicks(ms(from.toLatin1().constData()), ms(to.toLatin1().constData()), Qt::TimeSpec(spec));
    QStringList got;
    for (const TimeTick &t : ticks)
        got << t.label;
    QCOMPARE(got, labels);
    QCOMPARE(ticks.front().msecs, ms(firstAt.toLatin1().constData()));
    QVERIFY(int(ticks.size()) <= 8);
}

// A range too short for a round second still gets a tick: a time axis without any is not laid out.
void TestChartData::timeTicksUnderASecond()
{
    const qint64 from = ms("2024-05-01T10:00:07Z") + 200;
    const std::vector<TimeTick> ticks = ChartData::timeTicks(from, from + 500, Qt::UTC);
    QCOMPARE(ticks.size(), size_t(1));
    QCOMPARE(ticks.front().msecs, from);
    QCOMPARE(ticks.front().label, "10:00:07");
    QVERIFY(ChartData::timeTicks(from + 1, from, Qt::UTC).empty()); // a reversed range has none
}

void TestChartData::timeAxisTitle()
{
    QCOMPARE(ChartData::timeAxisTitle(Qt::UTC), "Time (UTC)");
    QCOMPARE(ChartData::timeAxisTitle(Qt::LocalTime), "Time (local, IST)");
}

void TestChartData::statusHistoryRing()
{
    StatusHistory history(3);
    QCOMPARE(history.capacity(), 3);
    QSignalSpy recorded(&history, &StatusHistory::recorded);
    for (int i = 0; i < 5; ++i)
        history.record(1000 * i, StatusHistory::Counts{0, i, 10 - i, 0, 1, 0});
    QCOMPARE(recorded.size(), 5);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).msecs, 2000);
    QCOMPARE(history.at(2).msecs, 4000);
    QCOMPARE(history.at(2).counts[size_t(Ocpi::SessionStatus::Active)], 4);

    const std::vector<ChartSeries> series = history.series();
    QCOMPARE(series.size(), size_t(5)); // Unknown never counted: left out
    QCOMPARE(series[0].name, "Active");
    QCOMPARE(series[0].unit, "sessions");
    QCOMPARE(toList(series[0].points), (Points{{2000, 2}, {3000, 3}, {4000, 4}}));
    QCOMPARE(toList(series[1].points), (Points{{2000, 8}, {3000, 7}, {4000, 6}}));

    history.clear();
    QCOMPARE(history.size(), 0);
    QVERIFY(history.series().front().points.empty());
}

void TestChartData::statusHistoryFollowsModel()
{
    SessionTableModel model;
    StatusHistory history(100);
    qint64 now = 5000;
    history.setClock([&now] { return now; });
    history.follow(&model);
    QCOMPARE(history.size(), 1); // the state when following starts

    Ocpi::Session s = session({});
    s.status = Ocpi::SessionStatus::Active;
    s.setText(Ocpi::Session::Field::CountryCode, "NL");
    s.setText(Ocpi::Session::Field::PartyId, "STK");
    s.setText(Ocpi::Session::Field::Id, "S1");
    std::vector<SessionTableModel::Incoming> batch;
    batch.push_back({s, {}, {}, {}});
    now = 6000;
    model.merge(std::move(batch), model.addSource(QStringLiteral("test")));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).msecs, 6000);
    QVERIFY(history.at(1).counts == model.statusCounts());
    QCOMPARE(history.at(1).counts[size_t(Ocpi::SessionStatus::Active)], 1);

    history.follow(nullptr);
    model.merge({}, 0);
    QCOMPARE(history.size(), 2);
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
