// The chart widgets (views/chartwidget, sessionchartsview, fleetchartsview), shown offscreen: a million points
// reach the chart as at most N; axis titles carry units and the time zone, and setTimeSpec relabels them; the
// empty state and the accessible name and description; bars; the session and fleet views, the latter refreshed
// at most once per interval after merges, its energy over the latest 48 h, its status chart over seconds or minutes.
#include "chartwidget.h"
#include "fleetchartsview.h"
#include "sessionchartsview.h"

#include "chartdata.h"
#include "sessiontablemodel.h"
#include "statushistory.h"

#include "ocpi/datetime.h"

#include <QtCore/QRegularExpression>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <time.h>

#include <cmath>

using Views::ChartWidget;
using Type = Ocpi::CdrDimensionType;

namespace {

constexpr double kT0 = 1'714'557'600'000.0; // 2024-05-01T10:00:00Z

ChartSeries wave(const QString &name, const QString &unit, int n, double amplitude)
{
    ChartSeries s{name, unit, {}};
    s.points.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        s.points.emplace_back(kT0 + 1000.0 * i, amplitude * (1 + std::sin(i / 1000.0)));
    return s;
}

Ocpi::Session session(const char *id, const std::vector<std::pair<double, double>> &periods /* minutes, kWh */)
{
    Ocpi::Session s;
    s.setText(Ocpi::Session::Field::CountryCode, "NL");
    s.setText(Ocpi::Session::Field::PartyId, "STK");
    s.setText(Ocpi::Session::Field::Id, id);
    s.status = Ocpi::SessionStatus::Active;
    s.startDateTime = qint64(kT0);
    s.lastUpdated = qint64(kT0) + 3 * ChartData::kHourMs;
    for (const auto &[minutes, kwh] : periods) {
        s.addPeriod(qint64(kT0 + minutes * 60'000), {});
        s.addDimension({kwh, Type::Energy});
    }
    return s;
}

} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void millionPointsReachTheChartAsAtMostN_data();
    void millionPointsReachTheChartAsAtMostN();
    void axisTitlesHaveUnitsAndZone();
    void setTimeSpecRelabels();
    void emptyState();
    void accessibleNameAndDescription();
    void bars();
    void sessionChartsView();
    void fleetChartsViewRefreshesThrottled();
    void fleetEnergyShowsTheLatestWindow();
    void statusChartOverShortRanges_data();
    void statusChartOverShortRanges();
};

void TestChartWidget::initTestCase()
{
    qputenv("TZ", "Asia/Kolkata"); // +05:30, no summer time: local ticks differ from UTC ones
    tzset();
}

void TestChartWidget::millionPointsReachTheChartAsAtMostN_data()
{
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("default") << int(ChartData::kDefaultPoints);
    QTest::newRow("500") << 500;
}

void TestChartWidget::millionPointsReachTheChartAsAtMostN()
{
    QFETCH(int, maxPoints);
    ChartWidget w;
    w.resize(800, 500);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setMaxPointsPerSeries(maxPoints);
    w.setLines({wave("Energy", "kWh", 1'000'000, 40), wave("Power", "kW", 1'000'000, 11)});
    const QList<qsizetype> counts = w.drawnPointCounts();
    QCOMPARE(counts.size(), 2);
    for (const qsizetype c : counts) {
        QVERIFY2(c <= maxPoints, qPrintable(QString::number(c)));
        QVERIFY(c >= maxPoints - 2); // downsampled, not dropped
    }
    QVERIFY(!w.grab().isNull());

    // A short series is handed over whole.
    w.setLines({wave("Energy", "kWh", 10, 40)});
    QCOMPARE(w.drawnPointCounts(), QList<qsizetype>{10});
}

void TestChartWidget::axisTitlesHaveUnitsAndZone()
{
    ChartWidget w;
    w.setLines({wave("Energy", "kWh", 100, 40), wave("Power", "kW", 100, 11), wave("Limit", "kW", 100, 22)});
    QCOMPARE(w.timeAxisTitle(), "Time (UTC)");
    QCOMPARE(w.valueAxisTitles(), (QStringList{"Energy (kWh)", "kW"}));
}

void TestChartWidget::setTimeSpecRelabels()
{
    ChartWidget w;
    w.setLines({wave("Energy", "kWh", 100, 40)});
    const QString utcDescription = w.accessibleDescription();
    QVERIFY2(utcDescription.contains("2024-05-01 10:00:00"), qPrintable(utcDescription));

    w.setTimeSpec(Qt::LocalTime);
    QCOMPARE(w.timeAxisTitle(), "Time (local, IST)");
    QVERIFY2(w.accessibleDescription().contains("2024-05-01 15:30:00"), qPrintable(w.accessibleDescription()));

    w.setTimeSpec(Qt::UTC);
    QCOMPARE(w.timeAxisTitle(), "Time (UTC)");
    QCOMPARE(w.accessibleDescription(), utcDescription);

    // The spec holds for data set later.
    w.setTimeSpec(Qt::LocalTime);
    w.setLines({wave("Power", "kW", 10, 11)});
    QCOMPARE(w.timeAxisTitle(), "Time (local, IST)");
}

void TestChartWidget::emptyState()
{
    ChartWidget w;
    QVERIFY(w.isEmptyStateShown());
    w.setEmptyText("No charging periods");
    QCOMPARE(w.emptyText(), "No charging periods");
    QCOMPARE(w.accessibleDescription(), "No charging periods");

    w.setLines({ChartSeries{"Energy", "kWh", {}}});
    QVERIFY(w.isEmptyStateShown());
    QVERIFY(w.drawnPointCounts().isEmpty());

    w.setLines({wave("Energy", "kWh", 5, 1)});
    QVERIFY(!w.isEmptyStateShown());
    QCOMPARE(w.drawnPointCounts().size(), 1);

    w.clear();
    QVERIFY(w.isEmptyStateShown());
    QVERIFY(w.drawnPointCounts().isEmpty());
    QVERIFY(w.valueAxisTitles().isEmpty());
    QCOMPARE(w.accessibleDescription(), "No charging periods");

    w.setBars(ChartSeries{"Energy per hour", "kWh", {}}, ChartData::kHourMs);
    QVERIFY(w.isEmptyStateShown());
}

void TestChartWidget::accessibleNameAndDescription()
{
    ChartWidget w;
    QVERIFY(!w.accessibleName().isEmpty());
    w.setTitle("Charging of NL*STK*S1");
    QCOMPARE(w.accessibleName(), "Charging of NL*STK*S1");
    QCOMPARE(w.title(), "Charging of NL*STK*S1");

    ChartSeries s{"Energy", "kWh", {{kT0, 0.0}, {kT0 + 1800'000, 2.5}, {kT0 + 3600'000, 7.25}}};
    w.setLines({s});
    const QString d = w.accessibleDescription();
    QVERIFY2(d.startsWith("Energy: 3 points from 2024-05-01 10:00:00 to 2024-05-01 11:00:00"), qPrintable(d));
    QVERIFY2(d.contains("lowest 0.00 kWh") && d.contains("highest 7.25 kWh"), qPrintable(d));
}

void TestChartWidget::bars()
{
    ChartWidget w;
    w.setBars(ChartSeries{"Energy per hour", "kWh", {{kT0, 3.0}, {kT0 + 3600'000, 5.0}, {kT0 + 5 * 3600'000, 1.0}}},
              ChartData::kHourMs);
    QVERIFY(!w.isEmptyStateShown());
    QCOMPARE(w.drawnPointCounts(), QList<qsizetype>{10}); // a step outline: two adjacent bars, a gap, one bar
    QCOMPARE(w.valueAxisTitles(), QStringList{"kWh"}); // the chart's title says what; a long one is clipped
    QCOMPARE(w.timeAxisTitle(), "Time (UTC)");

    // Large values: whole-number tick labels ("50000", not "50000.0").
    w.setBars(ChartSeries{"Energy per hour", "kWh", {{kT0, 48'000.0}, {kT0 + 3600'000, 51'000.0}}},
              ChartData::kHourMs);
    QCOMPARE(w.valueAxisLabelFormats(), QStringList{"%.0f"});
    // Small ones keep the decimals their ticks need.
    w.setBars(ChartSeries{"Energy per hour", "kWh", {{kT0, 0.2}, {kT0 + 3600'000, 0.3}}}, ChartData::kHourMs);
    QVERIFY2(w.valueAxisLabelFormats().constFirst() != "%.0f", qPrintable(w.valueAxisLabelFormats().join(' ')));

    // A window wider than the bars: the time axis spans all of it.
    w.setBars(ChartSeries{"Energy per hour", "kWh", {{kT0, 3.0}}}, ChartData::kHourMs,
              {qint64(kT0) - 47 * ChartData::kHourMs, qint64(kT0) + ChartData::kHourMs});
    QCOMPARE(w.timeAxisLabels().constFirst(), "04-29 12:00");
    QCOMPARE(w.timeAxisLabels().constLast(), "05-01 00:00");

    // Many bars are downsampled too.
    ChartSeries many{"Energy per hour", "kWh", {}};
    for (int h = 0; h < 100'000; ++h)
        many.points.emplace_back(kT0 + double(h) * 3600'000, h % 24);
    w.setBars(many, ChartData::kHourMs);
    QVERIFY(w.drawnPointCounts().constFirst() <= ChartData::kDefaultPoints);
}

void TestChartWidget::sessionChartsView()
{
    Views::SessionChartsView v;
    QVERIFY(v.chart()->isEmptyStateShown());
    QCOMPARE(v.chart()->emptyText(), "No session selected");

    v.setSession(session("S1", {{0, 1.5}, {30, 2.0}, {60, 0.5}}));
    QVERIFY(!v.chart()->isEmptyStateShown());
    QCOMPARE(v.chart()->title(), "Charging of NL*STK*S1");
    QCOMPARE(v.chart()->drawnPointCounts().size(), 2); // energy and power; no SoC reported
    QCOMPARE(v.chart()->valueAxisTitles(), (QStringList{"Energy (kWh)", "Power (kW)"}));

    v.setSession(session("S2", {}));
    QVERIFY(v.chart()->isEmptyStateShown());
    QCOMPARE(v.chart()->emptyText(), "No charging periods");

    v.clear();
    QCOMPARE(v.chart()->emptyText(), "No session selected");
}

void TestChartWidget::fleetChartsViewRefreshesThrottled()
{
    SessionTableModel model;
    const int source = model.addSource("test");
    StatusHistory history;
    history.follow(&model);
    Views::FleetChartsView v(&model, &history);
    QSignalSpy refreshed(&v, &Views::FleetChartsView::refreshed);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    QCOMPARE(refreshed.size(), 1); // shown: drawn once
    QVERIFY(v.energyChart()->isEmptyStateShown());

    // Three merges in a row, a second after a refresh: one refresh, not before the interval has passed.
    v.refresh();
    QCOMPARE(refreshed.size(), 2);
    for (int i = 0; i < 3; ++i) {
        std::vector<SessionTableModel::Incoming> batch;
        batch.push_back({session(std::to_string(i).c_str(), {{0, 1.0}, {70, 2.0}}), {}, {}, {}});
        model.merge(std::move(batch), source);
    }
    QCOMPARE(refreshed.size(), 2);
    QTest::qWait(300);
    QCOMPARE(refreshed.size(), 2);
    QTRY_COMPARE(refreshed.size(), 3);
    QTest::qWait(300);
    QCOMPARE(refreshed.size(), 3);

    QCOMPARE(v.energyChart()->drawnPointCounts(), QList<qsizetype>{6}); // hours 10:00 (3 kWh) and 11:00 (6 kWh)
    QVERIFY(v.energyChart()->accessibleDescription().contains("highest 6.00 kWh"));
    QVERIFY(v.energyChart()->accessibleDescription().contains("from 2024-05-01 10:00:00 to 2024-05-01 11:00:00"));
    QVERIFY(!v.statusChart()->isEmptyStateShown());
    QVERIFY(v.statusChart()->valueAxisTitles().constFirst() == "sessions");

    // Local hours in +05:30 start at hh:30 UTC: 10:00Z and 10:30Z fall in different ones.
    v.setTimeSpec(Qt::LocalTime);
    QCOMPARE(v.energyChart()->timeAxisTitle(), "Time (local, IST)");
    QCOMPARE(v.statusChart()->timeAxisTitle(), "Time (local, IST)");
    QCOMPARE(v.energyChart()->drawnPointCounts(), QList<qsizetype>{6}); // 09:30Z (3 kWh), 10:30Z (6 kWh)
    QVERIFY2(v.energyChart()->accessibleDescription().contains("from 2024-05-01 15:00:00 to 2024-05-01 16:00:00"),
             qPrintable(v.energyChart()->accessibleDescription()));

    // Hidden: merges only mark it stale; showing it refreshes.
    v.setRefreshInterval(100);
    v.hide();
    const qsizetype before = refreshed.size();
    model.merge({}, source);
    QTest::qWait(300);
    QCOMPARE(refreshed.size(), before);
    v.show();
    QCOMPARE(refreshed.size(), before + 1);
}

// One session of 2015 among today's: the energy chart shows the last 48 h of today's (~90,000 hourly bars
// otherwise); 2015 sessions alone show their own 48 h.
void TestChartWidget::fleetEnergyShowsTheLatestWindow()
{
    constexpr double kNineYearsMinutes = -9 * 365 * 24 * 60.0;
    SessionTableModel model;
    const int source = model.addSource("test");
    StatusHistory history;
    Views::FleetChartsView v(&model, &history);
    QCOMPARE(v.energyWindowHours(), Views::FleetChartsView::kDefaultEnergyWindowHours);
    QCOMPARE(v.energyChart()->title(), "Energy delivered per hour (last 48 h)");
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));

    std::vector<SessionTableModel::Incoming> batch;
    batch.push_back({session("OLD", {{kNineYearsMinutes, 50.0}}), {}, {}, {}}); // 2015-05-04 10:00Z
    batch.push_back({session("A", {{0, 1.0}, {70, 2.0}}), {}, {}, {}});         // 10:00Z and 11:10Z
    batch.push_back({session("B", {{-3000, 9.0}}), {}, {}, {}});                // 2 days before: outside
    model.merge(std::move(batch), source);
    v.refresh();
    QCOMPARE(v.energyChart()->drawnPointCounts(), QList<qsizetype>{6}); // the two recent hours only
    const QString recent = v.energyChart()->accessibleDescription();
    QVERIFY2(recent.contains("from 2024-05-01 10:00:00 to 2024-05-01 11:00:00") && recent.contains("highest 2.00"),
             qPrintable(recent));
    QVERIFY(!v.energyChart()->timeAxisLabels().join(' ').contains("2015"));
    QCOMPARE(v.energyChart()->timeAxisLabels().constFirst(), "04-29 12:00"); // 48 h to 12:00Z, in 12-hour steps
    QCOMPARE(v.energyChart()->timeAxisLabels().constLast(), "05-01 12:00");

    v.setEnergyWindowHours(1);
    QCOMPARE(v.energyChart()->title(), "Energy delivered per hour (last 1 h)");
    QCOMPARE(v.energyChart()->drawnPointCounts(), QList<qsizetype>{4}); // 11:00 alone
    v.setEnergyWindowHours(48);

    // The old session alone.
    model.clear();
    batch.clear();
    batch.push_back({session("OLD", {{kNineYearsMinutes, 50.0}}), {}, {}, {}});
    model.merge(std::move(batch), model.addSource("old file"));
    v.refresh();
    QCOMPARE(v.energyChart()->drawnPointCounts(), QList<qsizetype>{4});
    QVERIFY2(v.energyChart()->accessibleDescription().contains("from 2015-05-04 10:00:00 to 2015-05-04 10:00:00"),
             qPrintable(v.energyChart()->accessibleDescription()));
    QVERIFY(v.energyChart()->timeAxisLabels().constLast().startsWith("05-04"));
}

// Status samples come at every poll (every 10 s), so the history often spans seconds or minutes: the time axis
// still has labelled ticks, and its title is laid out under the plot, not left at the top-left corner (where
// Qt Charts leaves a time axis without ticks).
void TestChartWidget::statusChartOverShortRanges_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("labelPattern");
    QTest::newRow("30 s") << 30 << R"(^\d\d:\d\d:\d\d$)";
    QTest::newRow("5 min") << 300 << R"(^\d\d:\d\d$)";
}

void TestChartWidget::statusChartOverShortRanges()
{
    QFETCH(int, seconds);
    QFETCH(QString, labelPattern);
    SessionTableModel model;
    StatusHistory history;
    const qint64 t0 = qint64(kT0) + 3'000; // 10:00:03Z, not on a round minute
    for (int s = 0; s <= seconds; s += 10)
        history.record(t0 + 1000 * s, StatusHistory::Counts{s / 10, 3, 1, 0, 0, 0});
    Views::FleetChartsView v(&model, &history);
    v.resize(640, 470);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    ChartWidget *chart = v.statusChart();
    QVERIFY(!chart->isEmptyStateShown());

    const QStringList labels = chart->timeAxisLabels();
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(' ')));
    const QRegularExpression format(labelPattern);
    for (const QString &label : labels)
        QVERIFY2(format.match(label).hasMatch(), qPrintable(label));

    QTRY_VERIFY(!chart->plotArea().isEmpty());
    QTRY_VERIFY(!chart->timeAxisTitleRect().isEmpty());
    const QRectF plot = chart->plotArea();
    const QRectF title = chart->timeAxisTitleRect();
    QVERIFY2(title.top() >= plot.bottom() && QRectF(chart->rect()).contains(title),
             qPrintable(QStringLiteral("title %1,%2 plot bottom %3").arg(title.x()).arg(title.y()).arg(plot.bottom())));
    QVERIFY(title.center().x() > plot.left() && title.center().x() < plot.right()); // centred under the plot

    // Nothing but the two charts in the view.
    const QList<QWidget *> children = v.findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    QCOMPARE(children.size(), 2);
    QVERIFY(children.contains(v.energyChart()) && children.contains(v.statusChart()));
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
