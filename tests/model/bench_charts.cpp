// bench_charts: the charts at scale (docs/CHARTS.md). Medians of --runs runs of:
//   - ChartData::downsample of 1,000,000 points to 2,000;
//   - a ChartWidget (1000x600, shown offscreen) given one 1,000,000-point series: downsample + replace + grab()
//     (grab paints the whole chart), and the same with downsampling off, for comparison (3 runs at most);
//   - SessionChartsView::setSession of a session with 1,000,000 charging periods + grab(), and of a usual one;
//   - ChartData::energyPerHour from scratch over --sessions sessions x 10 periods (default 100,000: 1M periods) in
//     UTC and in local time (--tz, default Australia/Adelaide: +09:30/+10:30), from a SessionTableModel holding
//     them;
//   - the EnergyIndex over that model: built once from the full model, then its share of merges of 10,000
//     changed sessions (one period more each), timed inside the model's signals, and its bytes per session;
//   - FleetChartsView::refresh() (energy from the EnergyIndex, 48 h) + a full StatusHistory (10,000 samples) +
//     grab(), in UTC and in local time;
//   - SessionChartsView::setSession of a usual session taken from that model + grab().
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/model/bench_charts [--runs N] [--png DIR] [--sessions N] [--tz ZONE]
//   QT_QPA_PLATFORM=offscreen build/dev/tests/model/bench_charts --runs 5 --sessions 1000000 --fleet-only
#include "chartdata.h"
#include "chartwidget.h"
#include "energyindex.h"
#include "fleetchartsview.h"
#include "sessionchartsview.h"
#include "sessiontablemodel.h"
#include "statushistory.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <functional>
#include <numeric>
#include <random>
#include <string>

#include <time.h>

namespace {

constexpr qint64 kBase = 1'717'200'000'000; // 2024-06-01T00:00:00Z
constexpr qint64 kPeriodMs = 15 * 60 * 1000;
constexpr int kDefaultSessions = 100'000;
constexpr int kChanges = 10'000;
constexpr int kPeriodsPerSession = 10;
constexpr int kMillion = 1'000'000;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// Session i of the fleet: started somewhere in 30 days, 10 periods of 15 minutes with ENERGY and POWER; each
// later version has one period more and a later last_updated.
Ocpi::Session fleetSession(int i, int version = 0)
{
    const quint64 h = mix(quint64(i));
    Ocpi::Session s;
    s.setText(Ocpi::Session::Field::CountryCode, "NL");
    s.setText(Ocpi::Session::Field::PartyId, "BEN");
    s.setText(Ocpi::Session::Field::Id, "S" + std::to_string(i));
    s.status = h % 10 < 2 ? Ocpi::SessionStatus::Active : Ocpi::SessionStatus::Completed;
    s.startDateTime = kBase + qint64(h % (30ull * 24 * 3600 * 1000));
    const int periods = kPeriodsPerSession + version;
    s.lastUpdated = s.startDateTime + periods * kPeriodMs;
    for (int p = 0; p < periods; ++p) {
        const double kw = 3.0 + double((h >> ((p % 16) * 4)) % 20);
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

// CPU time of this thread, ms: on a shared machine (load above the cores) wall time also counts the waits for a
// core; CPU time is the work itself.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double g_lastCpuMs = 0; // median thread CPU ms of the last medianMs

// Median ms of `runs` calls of `f`, each followed by all pending events (layout, painting).
double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        f();
        QCoreApplication::processEvents();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    g_lastCpuMs = cpu[cpu.size() / 2];
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

// The same with the median thread CPU time beside the wall time.
void reportCpu(const char *what, double ms, int runs)
{
    std::printf("%-74s %9.1f ms  (median of %d; CPU %.1f ms)\n", what, ms, runs, g_lastCpuMs);
    std::fflush(stdout);
}

} // namespace

using Save = std::function<void(QWidget &, const char *)>;

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string line;
    std::getline(in, line);
    return line;
}

void millionPointCharts(int runs, const Save &save)
{
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

}

// Milliseconds the EnergyIndex `index` spends in the model's signals: a slot connected before it (started) and one
// after it (stopped) around each of them; Qt calls slots in the order they were connected.
class SignalShare
{
public:
    explicit SignalShare(SessionTableModel &model) : m_model(model)
    {
        const auto start = [this] { m_timer.start(); };
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &m_context, start);
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &m_context, start);
        QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, &m_context, start);
    }
    // Call after the index was made, so these run after it.
    void follow()
    {
        const auto stop = [this] { m_ns += m_timer.nsecsElapsed(); };
        QObject::connect(&m_model, &QAbstractItemModel::dataChanged, &m_context, stop);
        QObject::connect(&m_model, &QAbstractItemModel::rowsInserted, &m_context, stop);
        QObject::connect(&m_model, &QAbstractItemModel::rowsAboutToBeRemoved, &m_context, stop);
    }
    double takeMs()
    {
        const double ms = double(m_ns) / 1e6;
        m_ns = 0;
        return ms;
    }


private:
    SessionTableModel &m_model;
    QObject m_context;
    QElapsedTimer m_timer;
    qint64 m_ns = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void fleet(int runs, int sessions, const Save &save)
{
    SessionTableModel model;
    model.setKeepJson(false);
    const int source = model.addSource(QStringLiteral("bench"));
    for (int first = 0; first < sessions; first += 100'000) { // in batches, as files and polls arrive
        std::vector<SessionTableModel::Incoming> batch;
        const int last = std::min(first + 100'000, sessions);
        batch.reserve(size_t(last - first));
        for (int i = first; i < last; ++i)
            batch.push_back({fleetSession(i), {}, {}, {}});
        model.merge(std::move(batch), source);
    }
    std::printf("fleet: %d sessions x %d periods in a SessionTableModel\n", model.rowCount(), kPeriodsPerSession);
    std::size_t hours = 0;
    reportCpu("ChartData::energyPerHour from scratch, UTC",
           medianMs(runs, [&] { hours = ChartData::energyPerHour(model, Qt::UTC).points.size(); }), runs);
    reportCpu("ChartData::energyPerHour from scratch, local time",
           medianMs(runs, [&] { (void)ChartData::energyPerHour(model, Qt::LocalTime); }), runs);
    std::printf("    %zu hours with energy\n", hours);

    // The index: built once from the full model, then kept up to date by merges of 10,000 changed sessions; the
    // same merges without it, for the difference.
    SignalShare share(model);
    QElapsedTimer built;
    const double builtCpu0 = threadCpuMs();
    built.start();
    auto index = std::make_unique<EnergyIndex>(&model);
    const double buildMs = double(built.nsecsElapsed()) / 1e6;
    g_lastCpuMs = threadCpuMs() - builtCpu0;
    share.follow();
    reportCpu("EnergyIndex built from the full model (once)", buildMs, 1);
    std::printf("    %.1f bytes per session (%lld bytes, %lld slots)\n",
                double(index->approximateBytes()) / model.rowCount(), qlonglong(index->approximateBytes()),
                qlonglong(index->slotCount()));
    {
        std::vector<int> rows(size_t(model.rowCount()));
        std::iota(rows.begin(), rows.end(), 0);
        QRandomGenerator rng(42);
        std::vector<int> version(rows.size(), 0);
        struct Runs
        {
            std::vector<double> wall, cpu, share;
        };
        const auto mergeRuns = [&] {
            Runs out;
            for (int r = 0; r < runs; ++r) {
                std::shuffle(rows.begin(), rows.end(), std::mt19937(rng.generate()));
                std::vector<SessionTableModel::Incoming> batch;
                batch.reserve(kChanges);
                for (int k = 0; k < kChanges; ++k)
                    batch.push_back({fleetSession(rows[size_t(k)], ++version[size_t(rows[size_t(k)])]), {}, {}, {}});
                share.takeMs();
                QElapsedTimer t;
                const double c0 = threadCpuMs();
                t.start();
                const SessionTableModel::MergeStats stats = model.merge(std::move(batch), source);
                out.wall.push_back(double(t.nsecsElapsed()) / 1e6);
                out.cpu.push_back(threadCpuMs() - c0);
                out.share.push_back(share.takeMs());
                if (stats.changed != kChanges)
                    std::printf("    (%d changed, %d outdated)\n", stats.changed, stats.outdated);
            }
            return out;
        };
        const Runs with = mergeRuns();
        const bool same = ChartData::energyPerHour(model, Qt::LocalTime).points
            == index->energyPerHour(Qt::LocalTime).points;
        const double bytesAfter = double(index->approximateBytes()) / model.rowCount();
        index.reset();
        const Runs without = mergeRuns();
        report("EnergyIndex's share of a merge of 10,000 changed sessions (in its slots)", median(with.share), runs);
        g_lastCpuMs = median(with.cpu);
        reportCpu("    the whole merge with the index", median(with.wall), runs);
        g_lastCpuMs = median(without.cpu);
        reportCpu("    the whole merge without it", median(without.wall), runs);
        std::printf("    index equals the computation from scratch after the merges: %s\n", same ? "yes" : "NO");
        std::printf("    %.1f bytes per session after the merges (arena with its spare capacity)\n", bytesAfter);
    }

    StatusHistory history;
    for (qsizetype i = 0; i < history.capacity(); ++i) {
        StatusHistory::Counts c = model.statusCounts();
        c[size_t(Ocpi::SessionStatus::Active)] += qint64(i % 500);
        history.record(kBase + i * 30'000, c);
    }
    {
        Views::FleetChartsView fleetView(&model, &history);
        fleetView.resize(1000, 900);
        fleetView.show();
        QCoreApplication::processEvents();
        reportCpu("FleetChartsView::refresh (48 h from the index + 10,000 status samples) + grab, UTC",
               medianMs(runs, [&] { fleetView.refresh(); (void)fleetView.grab(); }), runs);
        save(fleetView, "chart-fleet.png");
        fleetView.setTimeSpec(Qt::LocalTime);
        QCoreApplication::processEvents();
        reportCpu("FleetChartsView::refresh + grab, local time",
               medianMs(runs, [&] { fleetView.refresh(); (void)fleetView.grab(); }), runs);
        reportCpu("    the status chart alone: history.series() + setLines + grab",
                  medianMs(runs, [&] {
                      fleetView.statusChart()->setLines(history.series());
                      (void)fleetView.statusChart()->grab();
                  }), runs);
        reportCpu("    the energy chart alone: latestHours + setBars + grab",
                  medianMs(runs, [&] {
                      const ChartData::RecentHours e = fleetView.energyIndex()->latestHours(Qt::LocalTime, 48);
                      fleetView.energyChart()->setBars(e.series, ChartData::kHourMs, e.window);
                      (void)fleetView.energyChart()->grab();
                  }), runs);
        reportCpu("    EnergyIndex::latestHours(48) alone, local time",
               medianMs(runs, [&] { (void)fleetView.energyIndex()->latestHours(Qt::LocalTime, 48); }), runs);
    }

    // The selected session's chart does not depend on the rows held: setSession takes the session itself.
    Views::SessionChartsView v;
    v.resize(1000, 600);
    v.show();
    QCoreApplication::processEvents();
    const int row = model.rowCount() / 2;
    char what[120];
    std::snprintf(what, sizeof what, "SessionChartsView::setSession(row %d of %d, %lld periods) + grab", row,
                  model.rowCount(), qlonglong(model.session(row).periodCount()));
    const double sessionMs = medianMs(runs, [&] { v.setSession(model.session(row)); (void)v.grab(); });
    reportCpu(what, sessionMs, runs);
}

int main(int argc, char **argv)
{
    // The local time zone of the "local time" figures: one with a half-hour offset and DST unless told otherwise.
    QByteArray tz = "Australia/Adelaide";
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--tz") == 0)
            tz = argv[i + 1];
    }
    qputenv("TZ", tz);
    tzset();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 7)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption pngOption(QStringLiteral("png"), QStringLiteral("Save the charts as PNG files in DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            QStringLiteral("Sessions in the fleet (default 100000)."), QStringLiteral("N"),
                                            QString::number(kDefaultSessions));
    const QCommandLineOption tzOption(QStringLiteral("tz"), QStringLiteral("Local time zone (default Australia/Adelaide)."),
                                      QStringLiteral("ZONE"));
    const QCommandLineOption fleetOnlyOption(QStringLiteral("fleet-only"),
                                             QStringLiteral("Skip the million-point charts; only the fleet."));
    parser.addOptions({runsOption, pngOption, sessionsOption, tzOption, fleetOnlyOption});
    parser.process(app);
    const int runs = std::max(parser.value(runsOption).toInt(), 1);
    const int sessions = std::max(parser.value(sessionsOption).toInt(), kChanges);
    const bool fleetOnly = parser.isSet(fleetOnlyOption);
    const QString pngDir = parser.value(pngOption);
    const auto save = [&pngDir](QWidget &w, const char *name) {
        if (!pngDir.isEmpty())
            w.grab().save(QDir(pngDir).filePath(QLatin1StringView(name)));
    };

    std::printf("bench_charts: %s, %d cores (nproc), Qt %s, platform %s, TZ=%s, load %s\n", cpuModel().c_str(),
                QThread::idealThreadCount(), qVersion(), qPrintable(QGuiApplication::platformName()), tz.constData(),
                loadAverage().c_str());
    if (!fleetOnly)
        millionPointCharts(runs, save);
    fleet(runs, sessions, save);
    std::printf("load %s\n", loadAverage().c_str());
    return 0;
}

