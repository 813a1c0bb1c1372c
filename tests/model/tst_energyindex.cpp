// The fleet's energy per slot kept up to date with the sessions table (model/sessions/energyindex): after random
// merges that add, change, restamp (move periods to other times) and leave sessions unchanged, markMissing,
// removeSource and clear, its energy per hour and latest window equal ChartData::energyPerHour / latestHours
// computed from scratch, bit for bit, in UTC and in local time of zones with half-hour offsets and daylight saving
// time (Adelaide: +09:30/+10:30; Lord Howe: a 30-minute switch; St. John's: -03:30 with switches at 00:01). The
// slot-based hours also equal hours computed period by period with each period's own offset, across the switches.
// A merge reads the rows it touched only; a change of presentation (time spec, locale) reads none.
#include "chartdata.h"
#include "energyindex.h"
#include "sessiontablemodel.h"

#include "ocpi/datetime.h"

#include <QtCore/QDateTime>
#include <QtCore/QRandomGenerator>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <time.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>

using Type = Ocpi::CdrDimensionType;
using Hours = QList<std::pair<qint64, double>>; // exact: x as integer ms, y compared with ==

namespace {

qint64 ms(const char *iso)
{
    const qint64 v = Ocpi::parseDateTime(iso).msecs;
    Q_ASSERT(v != Ocpi::kNoTime);
    return v;
}

Hours exact(const ChartSeries &s)
{
    Hours h;
    for (const QPointF &p : s.points)
        h.append({qint64(p.x()), p.y()});
    return h;
}

void setZone(const QByteArray &tz)
{
    qputenv("TZ", tz);
    tzset();
}

// Generated sessions around `pivot` (a DST switch of the zone under test): periods at any minute and second,
// sometimes out of order, sometimes without ENERGY, with a NaN or a zero volume, or with a negative one.
class Generator
{
public:
    Generator(quint32 seed, qint64 pivot) : m_rng(seed), m_seed(seed), m_pivot(pivot) {}

    // Session `id` in `version` (the same periods for the same id and version), last updated at `stamp`: a new
    // version moves and changes its periods, a new stamp alone only its last_updated.
    Ocpi::Session session(int id, int version, int stamp = 0)
    {
        QRandomGenerator rng(m_seed ^ quint32(id * 7919) ^ (quint32(version) << 20));
        Ocpi::Session s;
        s.setText(Ocpi::Session::Field::CountryCode, "NL");
        s.setText(Ocpi::Session::Field::PartyId, "TST");
        s.setText(Ocpi::Session::Field::Id, "S" + std::to_string(id));
        s.status = Ocpi::SessionStatus::Active;
        const qint64 start = m_pivot + qint64(rng.bounded(-6 * 3600, 6 * 3600)) * 1000 + rng.bounded(1000);
        s.startDateTime = start;
        s.lastUpdated = m_pivot + 86'400'000 + version * 1000 + stamp;
        const int periods = int(rng.bounded(0, 14));
        const bool shuffled = rng.bounded(5) == 0;
        for (int p = 0; p < periods; ++p) {
            const qint64 at = shuffled ? start + qint64(rng.bounded(0, 4 * 3600)) * 1000
                                       : start + qint64(p) * qint64(rng.bounded(60, 1200)) * 1000;
            s.addPeriod(at, {});
            const int kind = int(rng.bounded(20));
            if (kind == 0)
                continue; // no dimension at all
            if (kind == 1) {
                s.addDimension({7.0, Type::Power}); // no ENERGY
                continue;
            }
            const double kwh = kind == 2   ? std::numeric_limits<double>::quiet_NaN()
                               : kind == 3 ? 0.0
                               : kind == 4 ? -double(rng.bounded(1000)) / 1000
                                           : double(rng.bounded(1, 60000)) / 1000 + rng.generateDouble() * 1e-4;
            s.addDimension({kwh, Type::Energy});
            if (kind == 5)
                s.addDimension({0.25, Type::Energy}); // two ENERGY dimensions in one period
        }
        return s;
    }

    int bounded(int lowest, int highest) { return m_rng.bounded(lowest, highest); }
    int bounded(int n) { return m_rng.bounded(0, n); }

private:
    QRandomGenerator m_rng;
    quint32 m_seed;
    qint64 m_pivot;
};

SessionTableModel::Incoming incoming(Ocpi::Session s)
{
    return {std::move(s), {}, {}, {}};
}

} // namespace

class TestEnergyIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { setZone("UTC"); }

    void matchesFullComputation_data();
    void matchesFullComputation();
    void slotsMatchPerPeriodHours_data();
    void slotsMatchPerPeriodHours();
    void readsTouchedRowsOnly();
    void builtFromFilledModel_data();
    void builtFromFilledModel();
    void exactSums();
};

namespace {

void addZoneRows()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<int>("spec");
    QTest::addColumn<QString>("pivot");   // a switch of the zone (its hours around it are the hard ones)
    QTest::addColumn<int>("offsetBefore"); // seconds east of UTC just before the switch: proves TZ took effect
    // Adelaide, ACDT (+10:30) -> ACST (+09:30) at 03:00 local on 2024-04-07, and back on 2024-10-06.
    QTest::newRow("UTC") << QByteArray("UTC") << int(Qt::UTC) << "2024-04-06T16:30:00Z" << 0;
    QTest::newRow("Adelaide, local, DST ends") << QByteArray("Australia/Adelaide") << int(Qt::LocalTime)
                                               << "2024-04-06T16:30:00Z" << 37800;
    QTest::newRow("Adelaide, local, DST starts") << QByteArray("Australia/Adelaide") << int(Qt::LocalTime)
                                                 << "2024-10-05T16:30:00Z" << 34200;
    QTest::newRow("Adelaide, UTC") << QByteArray("Australia/Adelaide") << int(Qt::UTC) << "2024-10-05T16:30:00Z"
                                   << 34200;
    // Lord Howe Island: +11 -> +10:30 at 02:00 local on 2024-04-07, back on 2024-10-06: 30-minute switches.
    QTest::newRow("Lord Howe, local, DST ends") << QByteArray("Australia/Lord_Howe") << int(Qt::LocalTime)
                                                << "2024-04-06T15:00:00Z" << 39600;
    QTest::newRow("Lord Howe, local, DST starts") << QByteArray("Australia/Lord_Howe") << int(Qt::LocalTime)
                                                  << "2024-10-05T15:30:00Z" << 37800;
    // St. John's switched at 00:01 local until 2011: 03:31 UTC, not on a quarter hour, but by a whole hour.
    QTest::newRow("St. John's, local, 2011 switch at 00:01") << QByteArray("America/St_Johns")
                                                             << int(Qt::LocalTime) << "2011-03-13T03:31:00Z"
                                                             << -12600;
}

void checkZone(const QByteArray &tz, const QString &pivot, int offsetBefore)
{
    setZone(tz);
    const qint64 before = ms(pivot.toLatin1().constData()) - 60'000;
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(before, Qt::LocalTime).offsetFromUtc(), offsetBefore);
}

} // namespace

void TestEnergyIndex::matchesFullComputation_data()
{
    addZoneRows();
}

void TestEnergyIndex::matchesFullComputation()
{
    QFETCH(QByteArray, tz);
    QFETCH(int, spec);
    QFETCH(QString, pivot);
    QFETCH(int, offsetBefore);
    checkZone(tz, pivot, offsetBefore);
    const auto timeSpec = Qt::TimeSpec(spec);

    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EnergyIndex index(&model);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int sources[2] = {model.addSource(QStringLiteral("poll")), model.addSource(QStringLiteral("file"))};

    Generator gen(0x5eed ^ quint32(qHash(QByteArray(QTest::currentDataTag()))), ms(pivot.toLatin1().constData()));
    struct Held
    {
        int version = 0;
        int stamp = 0;
    };
    std::map<int, Held> held; // id -> what was last merged
    int nextId = 0;
    int unchanged = 0;
    int restamped = 0;

    const auto check = [&](const char *step) {
        const ChartSeries scratch = ChartData::energyPerHour(model, timeSpec);
        if (exact(index.energyPerHour(timeSpec)) != exact(scratch))
            QFAIL(qPrintable(QStringLiteral("energy per hour differs after %1").arg(QLatin1StringView(step))));
        for (const int hours : {1, 3, 48}) {
            const ChartData::RecentHours full = ChartData::latestHours(scratch, hours);
            const ChartData::RecentHours incremental = index.latestHours(timeSpec, hours);
            QCOMPARE(exact(incremental.series), exact(full.series));
            QCOMPARE(incremental.series.name, full.series.name);
            QCOMPARE(incremental.series.unit, full.series.unit);
            QCOMPARE(incremental.window.from, full.window.from);
            QCOMPARE(incremental.window.to, full.window.to);
        }
    };

    for (int round = 0; round < 40; ++round) {
        const int step = round % 10;
        if (round == 19) {
            model.clear();
            held.clear();
            check("clear");
            if (QTest::currentTestFailed())
                return;
            continue;
        }
        if (step == 7) {
            // The file's rows go (one beginRemoveRows per contiguous block); they may come back as new rows.
            model.removeSource(sources[1]);
            check("removeSource");
            if (QTest::currentTestFailed())
                return;
            continue;
        }
        if (step == 8) {
            QSet<QString> present;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (gen.bounded(3))
                    present.insert(model.key(row));
            }
            model.markMissing(sources[0], present);
            check("markMissing");
            if (QTest::currentTestFailed())
                return;
            continue;
        }
        std::vector<SessionTableModel::Incoming> batch;
        const int source = sources[gen.bounded(4) == 0 ? 1 : 0];
        // The first batch is large enough for the index's bulk path (rows summed per slot in a hash first).
        for (int k = 0, n = round == 0 ? 400 : gen.bounded(20, 80); k < n; ++k) {
            const int pick = gen.bounded(10);
            if (pick < 4 || held.empty()) { // a new session
                held[nextId] = {};
                batch.push_back(incoming(gen.session(nextId++, 0)));
                continue;
            }
            auto it = held.begin();
            std::advance(it, gen.bounded(int(held.size())));
            Held &h = it->second;
            if (pick < 7) { // changed: new periods at other times
                ++h.version;
            } else if (pick < 9) { // restamped: a new last_updated, the same periods
                ++h.stamp;
                ++restamped;
            } else {
                ++unchanged; // the same again (or back, after its source was removed)
            }
            batch.push_back(incoming(gen.session(it->first, h.version, h.stamp)));
        }
        model.merge(std::move(batch), source);
        check("merge");
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(unchanged > 0);
    QVERIFY(restamped > 0);
    QVERIFY(removed.count() > 0);
    QCOMPARE(reset.count(), 1);
    QVERIFY(changed.count() > 0);
    QVERIFY(index.slotCount() > 0);

    // Presentation changes re-read nothing and change nothing.
    const qint64 read = index.rowsRead();
    model.setTimeSpec(Qt::LocalTime);
    model.setLocale(QLocale(QLocale::German));
    QCOMPARE(index.rowsRead(), read);
    check("setTimeSpec");
}

// The claim behind the 15-minute slots, checked across DST switches: putting each slot in the hour of its start
// gives the hours of putting each period in the hour of its own start.
void TestEnergyIndex::slotsMatchPerPeriodHours_data()
{
    addZoneRows();
}

void TestEnergyIndex::slotsMatchPerPeriodHours()
{
    QFETCH(QByteArray, tz);
    QFETCH(int, spec);
    QFETCH(QString, pivot);
    QFETCH(int, offsetBefore);
    checkZone(tz, pivot, offsetBefore);
    const auto timeSpec = Qt::TimeSpec(spec);

    Generator gen(7, ms(pivot.toLatin1().constData()));
    std::vector<Ocpi::Session> sessions;
    std::map<qint64, quint64> perPeriod; // hour start (ms UTC) -> units
    for (int i = 0; i < 3000; ++i) {
        sessions.push_back(gen.session(i, 0));
        const Ocpi::Session &s = sessions.back();
        for (qsizetype p = 0; p < s.periodCount(); ++p) {
            const double kwh = ChartData::periodEnergyKwh(s, p);
            if (kwh == 0)
                continue;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.periodStart(p), timeSpec);
            const qint64 offset = qint64(at.offsetFromUtc()) * 1000;
            const qint64 wall = s.periodStart(p) + offset;
            const qint64 hour = wall - (wall % ChartData::kHourMs + ChartData::kHourMs) % ChartData::kHourMs - offset;
            perPeriod[hour] += quint64(HourlyEnergy::unitsOf(kwh));
        }
    }
    Hours expected;
    for (const auto &[hour, units] : perPeriod)
        expected.append({hour, double(qint64(units)) / HourlyEnergy::kUnitsPerKwh});
    QCOMPARE(exact(ChartData::energyPerHour(sessions, timeSpec)), expected);
}

// A merge reads the rows it added or changed; marking rows stale reads them but changes no slot.
void TestEnergyIndex::readsTouchedRowsOnly()
{
    setZone("UTC");
    SessionTableModel model;
    EnergyIndex index(&model);
    const int source = model.addSource(QStringLiteral("poll"));
    Generator gen(11, ms("2024-05-01T12:00:00Z"));
    std::vector<SessionTableModel::Incoming> batch;
    for (int i = 0; i < 500; ++i)
        batch.push_back(incoming(gen.session(i, 0)));
    model.merge(std::move(batch), source);
    QCOMPARE(index.rowsRead(), 500);

    for (int i = 100; i < 130; ++i)
        batch.push_back(incoming(gen.session(i, 1)));
    QSignalSpy merged(&model, &SessionTableModel::merged);
    const SessionTableModel::MergeStats stats = model.merge(std::move(batch), source);
    QCOMPARE(merged.count(), 1);
    QCOMPARE(stats.changed, 30);
    QCOMPARE(index.rowsRead(), 530);
    QCOMPARE(exact(index.energyPerHour(Qt::UTC)), exact(ChartData::energyPerHour(model, Qt::UTC)));
}

// An index made for a model that already holds rows counts them at once: summed in a dense array over the slots
// they span, or, when one session lies centuries away, in a hash.
void TestEnergyIndex::builtFromFilledModel_data()
{
    QTest::addColumn<bool>("farAway");
    QTest::newRow("dense") << false;
    QTest::newRow("sparse: one period in 2300") << true;
}

void TestEnergyIndex::builtFromFilledModel()
{
    QFETCH(bool, farAway);
    setZone("Australia/Adelaide");
    SessionTableModel model;
    Generator gen(3, ms("2024-04-06T16:30:00Z"));
    std::vector<SessionTableModel::Incoming> batch;
    for (int i = 0; i < 300; ++i)
        batch.push_back(incoming(gen.session(i, 0)));
    if (farAway) {
        Ocpi::Session s = gen.session(300, 0);
        s.addPeriod(ms("2300-01-01T00:00:00Z"), {});
        s.addDimension({2.5, Type::Energy});
        batch.push_back(incoming(std::move(s)));
    }
    model.merge(std::move(batch), model.addSource(QStringLiteral("file")));
    const EnergyIndex index(&model);
    QCOMPARE(index.rowsRead(), model.rowCount());
    QCOMPARE(exact(index.energyPerHour(Qt::LocalTime)), exact(ChartData::energyPerHour(model, Qt::LocalTime)));
    const ChartData::RecentHours recent = index.latestHours(Qt::LocalTime, 48);
    QCOMPARE(exact(recent.series), exact(ChartData::latestHours(ChartData::energyPerHour(model, Qt::LocalTime), 48).series));
    QCOMPARE(recent.series.points.empty(), false);
    QVERIFY(index.approximateBytes() > 0);
}

// Sums do not depend on the order of the periods: 0.1 + 0.2 is 0.3 kWh, not 0.30000000000000004.
void TestEnergyIndex::exactSums()
{
    setZone("UTC");
    Ocpi::Session s;
    for (const double kwh : {0.1, 0.2, 1e-7, -0.05}) {
        s.addPeriod(ms("2024-05-01T10:05:00Z"), {});
        s.addDimension({kwh, Type::Energy});
    }
    s.addPeriod(ms("2024-05-01T11:05:00Z"), {});
    s.addDimension({std::numeric_limits<double>::infinity(), Type::Energy}); // clamped, no overflow
    const ChartSeries series = ChartData::energyPerHour(std::vector<Ocpi::Session>{s}, Qt::UTC);
    QCOMPARE(exact(series), (Hours{{ms("2024-05-01T10:00:00Z"), 0.25}, {ms("2024-05-01T11:00:00Z"), 1e12}}));
}

QTEST_GUILESS_MAIN(TestEnergyIndex)
#include "tst_energyindex.moc"
