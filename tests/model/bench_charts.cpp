// bench_charts: the charts at scale (docs/CHARTS.md). Medians of --runs runs of:
//   - ChartData::downsample of 1,000,000 points to 2,000;
//   - a ChartWidget (1000x600, shown offscreen) given one 1,000,000-point series: downsample + replace + grab()
//     (grab paints the whole chart), and the same with downsampling off, for comparison (3 runs at most);
//   - SessionChartsView::setSession of a session with 1,000,000 charging periods + grab(), and of a usual one;
//   - ChartData::energyPerHour over 100,000 sessions x 10 periods (1M periods) in UTC and in local time, from a
//     SessionTableModel holding them;
//   - FleetChartsView::refresh() over the same model and a full StatusHistory (10,000 samples) + grab().
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/model/bench_charts [--runs N] [--png DIR]
#include "chartdata.h"
#include "chartwidget.h"
#include "fleetchartsview.h"
#include "sessionchartsview.h"
#include "sessiontablemodel.h"
#include "statushistory.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QThread>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

namespace {

constexpr qint64 kBase = 1'717'200'000'000; // 2024-06-01T00:00:00Z
constexpr qint64 kPeriodMs = 15 * 60 * 1000;
constexpr int kSessions = 100'000;
constexpr int kPeriodsPerSession = 10;
constexpr int kMillion = 1'000'000;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// Session i of the fleet: started somewhere in 30 days, 10 periods of 15 minutes with ENERGY and POWER.
Ocpi::Session fleetSession(int i)
{
    const quint64 h = mix(quint64(i));
    Ocpi::Session s;
    s.setText(Ocpi::Session::Field::CountryCode, "NL");
    s.setText(Ocpi::Session::Field::PartyId, "BEN");
    s.setText(Ocpi::Session::Field::Id, "S" + std::to_string(i));
    s.status = h % 10 < 2 ? Ocpi::SessionStatus::Active : Ocpi::SessionStatus::Completed;
    s.startDateTime = kBase + qint64(h % (30ull * 24 * 3600 * 1000));
    s.lastUpdated = s.startDateTime + kPeriodsPerSession * kPeriodMs;
    for (int p = 0; p < kPeriodsPerSession; ++p) {
        const double kw = 3.0 + double((h >> (p * 4)) % 20);
        s.addPeriod(s.startDateTime + p * kPeriodMs, {});
        s.addDimension({kw / 4, Ocpi::CdrDimensionType::Energy});
        s.addDimension({kw, Ocpi::CdrDimensionType::Power});
    }
    return s;
}

// One session charging for 1,000,000 periods of 10 s with ENERGY, POWER and STATE_OF_CHARGE.
Ocpi::Session millionPeriodSession()
{
    Ocpi::Session s;
    s.setText(Ocpi::Session::Field::CountryCode, "NL");
    s.setText(Ocpi::Session::Field::PartyId, "BEN");
    s.setText(Ocpi::Session::Field::Id, "LONG");
    s.startDateTime = kBase;
    s.lastUpdated = kBase + qint64(kMillion) * 10'000;
    for (int p = 0; p < kMillion; ++p) {
        const double kw = 50 + 30 * std::sin(p / 5000.0) + double(mix(quint64(p)) % 100) / 20;
        s.addPeriod(kBase + qint64(p) * 10'000, {});
        s.addDimension({kw * 10 / 3600, Ocpi::CdrDimensionType::Energy});
        s.addDimension({kw, Ocpi::CdrDimensionType::Power});
        s.addDimension({100.0 * p / kMillion, Ocpi::CdrDimensionType::StateOfCharge});
    }
    return s;
}

ChartSeries millionPoints()
{
    ChartSeries s{QStringLiteral("Power"), QStringLiteral("kW"), {}};
    s.points.reserve(kMillion);
    for (int i = 0; i < kMillion; ++i) {
        const double kw = 50 + 30 * std::sin(i / 5000.0) + double(mix(quint64(i)) % 100) / 20;
        s.points.emplace_back(double(kBase + qint64(i) * 1000), kw);
    }
    s.points[kMillion / 3].setY(400); // a spike the chart must keep
    return s;
}

// Median ms of `runs` calls of `f`, each followed by all pending events (layout, painting).
double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        QCoreApplication::processEvents();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    }
    return "unknown";
}

void report(const char *what, double ms, int runs)
{
    std::printf("%-74s %9.1f ms  (median of %d)\n", what, ms, runs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 7)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption pngOption(QStringLiteral("png"), QStringLiteral("Save the charts as PNG files in DIR."),
                                       QStringLiteral("DIR"));
    parser.addOptions({runsOption, pngOption});
    parser.process(app);
    const int runs = std::max(parser.value(runsOption).toInt(), 1);
    const QString pngDir = parser.value(pngOption);
    const auto save = [&pngDir](QWidget &w, const char *name) {
        if (!pngDir.isEmpty())
            w.grab().save(QDir(pngDir).filePath(QLatin1StringView(name)));
    };

    std::printf("bench_charts: %s, %d cores (nproc), Qt %s, platform %s\n", cpuModel().c_str(),
                QThread::idealThreadCount(), qVersion(), qPrintable(QGuiApplication::platformName()));

    // Downsampling alone.
    const ChartSeries million = millionPoints();
    const std::vector<ChartSeries> lines{million}; // built once: copying 16 MB is not what is measured
    std::size_t kept = 0;
    report("downsample 1,000,000 points to 2,000 (LTTB + extremes)",
           medianMs(runs, [&] { kept = ChartData::downsample(million.points).size(); }), runs);
    std::printf("    kept %zu points\n", kept);

    // A chart given a million points.
    {
        Views::ChartWidget w;
        w.setTitle(QStringLiteral("1,000,000 points"));
        w.resize(1000, 600);
        w.show();
        QCoreApplication::processEvents();
        report("ChartWidget::setLines(1M points) + grab (downsample + replace + paint)",
               medianMs(runs, [&] { w.setLines(lines); (void)w.grab(); }), runs);
        report("    grab alone (re-render of the same 2,000 points)", medianMs(runs, [&] { (void)w.grab(); }), runs);
        save(w, "chart-million.png");
        w.setMaxPointsPerSeries(2 * kMillion);
        const int few = std::min(runs, 3);
        report("    for comparison, without downsampling: setLines(1M points) + grab",
               medianMs(few, [&] { w.setLines(lines); (void)w.grab(); }), few);
    }

    // The selected session's chart for a session of a million periods.
    {
        const Ocpi::Session longSession = millionPeriodSession();
        report("ChartData::sessionSeries(1M periods)",
               medianMs(runs, [&] { (void)ChartData::sessionSeries(longSession); }), runs);
        Views::SessionChartsView v;
        v.resize(1000, 600);
        v.show();
        QCoreApplication::processEvents();
        report("SessionChartsView::setSession(1M periods) + grab",
               medianMs(runs, [&] { v.setSession(longSession); (void)v.grab(); }), runs);
        save(v, "chart-session.png");
        const Ocpi::Session usual = fleetSession(1);
        report("SessionChartsView::setSession(10 periods, a usual session) + grab",
               medianMs(runs, [&] { v.setSession(usual); (void)v.grab(); }), runs);
    }

    // The fleet.
    SessionTableModel model;
    {
        std::vector<SessionTableModel::Incoming> batch;
        batch.reserve(kSessions);
        for (int i = 0; i < kSessions; ++i)
            batch.push_back({fleetSession(i), {}, {}, {}});
        model.merge(std::move(batch), model.addSource(QStringLiteral("bench")));
    }
    std::printf("fleet: %d sessions x %d periods in a SessionTableModel\n", model.rowCount(), kPeriodsPerSession);
    std::size_t hours = 0;
    report("ChartData::energyPerHour, UTC (1M periods)",
           medianMs(runs, [&] { hours = ChartData::energyPerHour(model, Qt::UTC).points.size(); }), runs);
    report("ChartData::energyPerHour, local time (1M periods)",
           medianMs(runs, [&] { (void)ChartData::energyPerHour(model, Qt::LocalTime); }), runs);
    std::printf("    %zu hours with energy\n", hours);

    StatusHistory history;
    for (qsizetype i = 0; i < history.capacity(); ++i) {
        StatusHistory::Counts c = model.statusCounts();
        c[size_t(Ocpi::SessionStatus::Active)] += qint64(i % 500);
        history.record(kBase + i * 30'000, c);
    }
    Views::FleetChartsView fleet(&model, &history);
    fleet.resize(1000, 900);
    fleet.show();
    QCoreApplication::processEvents();
    report("FleetChartsView::refresh (energy per hour + 10,000 status samples) + grab",
           medianMs(runs, [&] { fleet.refresh(); (void)fleet.grab(); }), runs);
    save(fleet, "chart-fleet.png");
    return 0;
}
