// bench_window: the whole window at scale. 100,000 generated sessions (~10 charging periods each) are merged into
// the real MainWindow (sorted, filtered table; overview tiles; alerts; status history; the details pane of a
// selected session), then a poll of 10,000 changed sessions, in one merge and in pages. Each step is timed to the
// end of the event processing that follows it: the longest step is the longest stall of the UI thread.
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/app/bench_window [--rows N] [--changes N] [--page N]
#include "benchsessions.h"
#include "fleetchartsview.h"
#include "livesessionsview.h"
#include "mainwindow.h"
#include "sessionfilterproxy.h"
#include "sessionroles.h"

#include <QtCore/QCommandLineParser>
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
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Records per poll page."), QStringLiteral("n"),
                                     QStringLiteral("1000"));
    parser.addOptions({rowsOpt, changesOpt, pageOpt});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOpt).toInt());
    const int changes = std::clamp(parser.value(changesOpt).toInt(), 0, rows);
    const int page = std::max(1, parser.value(pageOpt).toInt());
    constexpr int kPeriods = 10;

    Inputs inputs = makeInputs(rows, changes, kPeriods);
    std::vector<Incoming> load = validate(inputs.load, true);
    inputs.load = {};

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
    std::snprintf(label, sizeof label, "load (batches of %d)", std::min(rows, 10'000));
    print(label, mergeInBatches(model, std::move(load), std::min(rows, 10'000), source), false);
    table->selectRow(w.sessionsProxy()->rowCount() / 2);
    table->scrollTo(table->model()->index(w.sessionsProxy()->rowCount() / 2, 0));
    settle();

    std::snprintf(label, sizeof label, "poll of %d changes, one merge", changes);
    print(label, mergeInBatches(model, validate(inputs.poll1, true), changes, source), false);
    std::snprintf(label, sizeof label, "poll of %d changes, pages of %d", changes, page);
    print(label, mergeInBatches(model, validate(inputs.poll2, true), page, source), false);

    // The fleet charts over all rows, refreshed on demand (as when the tab is shown).
    auto *side = qobject_cast<QTabWidget *>(w.fleetCharts()->parentWidget()->parentWidget());
    const double showFleet = timed([&] {
        side->setCurrentWidget(w.fleetCharts());
        w.fleetCharts()->refresh();
    });
    std::printf("%-34s %.1f ms (%d sessions)\n", "fleet charts refresh + paint:", showFleet, model.rowCount());

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
