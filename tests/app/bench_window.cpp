// bench_window: the whole window at scale. 100,000 generated sessions (~10 charging periods each) are merged into
// the real MainWindow (sorted, filtered table; overview tiles; alerts; status history; the details pane of a
// selected session), then a poll of 10,000 changed sessions, in one merge and in pages. Each step is timed to the
// end of the event processing that follows it: the longest step is the longest stall of the UI thread.
//
// Also: memory per session (RSS), sorting by every column, filtering by text, selecting a session (its chart), the
// fleet charts. For issue 6's million: --rows 1000000.
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/app/bench_window [--rows N] [--changes N] [--page N] [--no-exports]
#include "benchsessions.h"
#include "fleetchartsview.h"
#include "sessionchartsview.h"
#include "livesessionsview.h"
#include "mainwindow.h"
#include "mergequeue.h"
#include "sessionfilterproxy.h"
#include "sessionroles.h"

#include <QtCore/QCommandLineParser>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QtCore/QElapsedTimer>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>


using namespace BenchSessions;

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ocpi-session-monitor-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Main window benchmark"));
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Sessions loaded."), QStringLiteral("n"),
                                     QStringLiteral("100000"));
    const QCommandLineOption changesOpt(QStringLiteral("changes"), QStringLiteral("Sessions changed by the poll."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Records per merge slice (the window: 1000)."), QStringLiteral("n"),
                                     QStringLiteral("1000"));
    const QCommandLineOption noExportsOpt(QStringLiteral("no-exports"), QStringLiteral("Skip the export timings."));
    parser.addOptions({rowsOpt, changesOpt, pageOpt, noExportsOpt});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOpt).toInt());
    const int changes = std::clamp(parser.value(changesOpt).toInt(), 0, rows);
    const int page = std::max(1, parser.value(pageOpt).toInt());
    constexpr int kPeriods = 10;

    const bool exports = !parser.isSet(noExportsOpt);

    const Inputs inputs = makePolls(rows, changes, kPeriods);

    App::MainWindow w;
    w.resize(1400, 860);
    w.show();
    SessionTableModel &model = *w.sessionsModel();
    const int source = model.addSource(QStringLiteral("bench"));
    QTableView *table = w.liveView()->table();
    table->sortByColumn(SessionModel::Kwh, Qt::DescendingOrder);
    w.sessionsProxy()->setStatusFilter(SessionFilter::kAllStatuses & ~SessionFilter::statusBit(Ocpi::SessionStatus::Reservation));
    settle();
    std::printf("window: sorted by kWh descending, RESERVATION hidden, details pane shown, alerts on\n");

    char label[64];
    const qint64 rssBefore = residentBytes();
    std::snprintf(label, sizeof label, "load (batches of %d)", std::min(rows, 10'000));
    print(label, loadGenerated(model, rows, kPeriods, std::min(rows, 10'000), source, true), false);
    // The JSON texts are compressed off the UI thread, behind the load: wait for that to finish (at most 5 min).
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 2000 || (model.jsonStore().pendingCompressions() > 0 && quiet.elapsed() < 300'000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::printf("%-34s %.1f s after the load (%d blocks compressed)\n", "JSON compression settled:",
                double(quiet.elapsed()) / 1000.0, model.jsonStore().compressedBlockCount());
    const qint64 rssSettled = residentBytes();
#ifdef __GLIBC__
    malloc_trim(0); // what the window does once its merge queue has run empty after a big load
#endif
    const qint64 rssAfter = residentBytes();
    std::printf("%-34s %.0f B per session before returning freed heap to the system, %.0f B after\n", "",
                double(rssSettled - rssBefore) / model.rowCount(), double(rssAfter - rssBefore) / model.rowCount());
    qint64 periodBytes = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const Ocpi::Session &s = model.session(r);
        periodBytes += s.periodCount() * qint64(sizeof(qint64) + 4 * sizeof(quint32));
        for (qsizetype p = 0; p < s.periodCount(); ++p)
            periodBytes += qint64(s.periodDimensions(p).size() * sizeof(Ocpi::CdrDimension));
    }
    const double perSession = double(rssAfter - rssBefore) / model.rowCount();
    const double periodsPerSession = double(periodBytes) / model.rowCount();
    std::printf("%-34s RSS +%.0f MB: %.0f B per session, of which charging periods %.0f B: %.0f B beyond them "
                "(model's own estimate %.0f B per session)\n",
                "memory:", double(rssAfter - rssBefore) / 1e6, perSession, periodsPerSession,
                perSession - periodsPerSession, double(model.approximateBytes()) / model.rowCount());

    table->selectRow(w.sessionsProxy()->rowCount() / 2);
    table->scrollTo(table->model()->index(w.sessionsProxy()->rowCount() / 2, 0));
    settle();

    // A poll the way the window takes it: the whole page handed to its MergeQueue (slices of 1,000, one per
    // event-loop turn, then one placement in the sorted view). Each processEvents() call is timed: the longest is
    // the longest stall (an upper bound: one call may run more than one turn).
    MergeQueue *queue = w.mergeQueue();
    queue->setSliceSize(page);
    const auto viaQueue = [&](std::vector<Incoming> &&batch) {
        Steps s;
        QElapsedTimer total;
        total.start();
        queue->enqueue(std::move(batch), source);
        while (!queue->isIdle()) {
            QElapsedTimer t;
            t.start();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            s.longestMs = std::max(s.longestMs, msSince(t));
            ++s.steps;
        }
        QElapsedTimer t;
        t.start();
        settle();
        s.longestMs = std::max(s.longestMs, msSince(t));
        s.totalMs = msSince(total);
        return s;
    };
    std::snprintf(label, sizeof label, "poll of %d changes, one page", changes);
    const Steps queued = viaQueue(validate(inputs.poll1, true));
    std::printf("%-34s %7.1f ms total, longest UI stall %6.1f ms (%d turns of the event loop)\n", label, queued.totalMs,
                queued.longestMs, queued.steps);
    std::snprintf(label, sizeof label, "the same merged at once");
    print(label, mergeInBatches(model, validate(inputs.poll2, true), changes, source), false);

    // Sort by every column (as a header click does), then filter by text, all with the window attached.
    double slowestSort = 0;
    QString slowestName;
    for (int c = 0; c < SessionModel::ColumnCount; ++c) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = timed([&] { table->sortByColumn(c, order); });
            if (ms > slowestSort) {
                slowestSort = ms;
                slowestName = model.headerData(c, Qt::Horizontal).toString();
            }
        }
    }
    std::printf("%-34s slowest %.1f ms (%s), every column both ways\n", "sort by a column:", slowestSort,
                qPrintable(slowestName));
    table->sortByColumn(SessionModel::Kwh, Qt::DescendingOrder);
    settle();
    SessionFilterProxy *proxy = w.sessionsProxy();
    const double filterText = timed([&] { proxy->setTextFilter(QStringLiteral("loc-12")); });
    const int matched = proxy->rowCount();
    const double filterNarrow = timed([&] { proxy->setTextFilter(QStringLiteral("loc-123")); });
    const double filterClear = timed([&] { proxy->setTextFilter(QString()); });
    std::printf("%-34s \"loc-12\" %.1f ms (%d rows), \"loc-123\" %.1f ms, cleared %.1f ms\n", "filter by text:",
                filterText, matched, filterNarrow, filterClear);

    // A session's chart: select rows with the session charts shown (details, periods and chart follow).
    auto *side = qobject_cast<QTabWidget *>(w.fleetCharts()->parentWidget()->parentWidget());
    if (side && side->indexOf(w.sessionCharts()) >= 0)
        side->setCurrentWidget(w.sessionCharts());
    settle();
    std::vector<double> selects;
    for (int i = 1; i <= 7; ++i) {
        const int row = int(qint64(proxy->rowCount()) * i / 8);
        selects.push_back(timed([&] { table->selectRow(row); }));
    }
    std::sort(selects.begin(), selects.end());
    std::printf("%-34s median %.1f ms, worst %.1f ms (7 rows; details + periods + chart)\n",
                "select a session, its chart:", selects[selects.size() / 2], selects.back());

    // The fleet charts over all rows, refreshed on demand (as when the tab is shown).
    std::vector<double> fleet;
    for (int i = 0; i < 5; ++i) {
        fleet.push_back(timed([&] {
            if (side)
                side->setCurrentWidget(w.fleetCharts());
            w.fleetCharts()->refresh();
        }));
    }
    std::sort(fleet.begin(), fleet.end());
    std::printf("%-34s median %.1f ms of 5 (%d sessions)\n", "fleet charts refresh + paint:", fleet[2],
                model.rowCount());

    if (!exports)
        return 0;
    QTemporaryDir dir;
    const double exportCsv = timed([&] { w.exportTableCsv(dir.filePath(QStringLiteral("table.csv"))); });
    const double exportJson = timed([&] {
        w.exportFindings(dir.filePath(QStringLiteral("findings.json")), App::MainWindow::FindingsScope::All,
                         App::MainWindow::FindingsFormat::Json);
    });
    std::printf("%-34s table as CSV %.1f ms (%d rows), all findings as JSON %.1f ms\n", "exports:", exportCsv,
                w.sessionsProxy()->rowCount(), exportJson);
    return 0;
}
