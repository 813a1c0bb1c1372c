// bench_sessionmodel: the sessions table at scale, the way the live window uses it. 100,000 generated sessions
// (validated by Ocpi::SessionValidator, ~10 charging periods each) are merged into a SessionTableModel behind a
// sorted and filtered SessionFilterProxy with a QTableView attached and shown; then a poll of 10,000 changed
// sessions (scattered over the table, most of them changing the sort column) is merged, in one batch and in
// pages. Every step is timed from the call to the end of the event processing that follows it (layout,
// painting), which is how long the UI thread is blocked: the longest such step is the longest stall.
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/model/bench_sessionmodel [--rows N] [--changes N] [--page N]
//       [--periods N] [--no-json] [--verbose]
#include "benchsessions.h"
#include "sessionfilterproxy.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace SessionModel;

using namespace BenchSessions;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sessions table model benchmark"));
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Sessions loaded."), QStringLiteral("n"),
                                     QStringLiteral("100000"));
    const QCommandLineOption changesOpt(QStringLiteral("changes"), QStringLiteral("Sessions changed by the poll."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Records per poll page."), QStringLiteral("n"),
                                     QStringLiteral("1000"));
    const QCommandLineOption periodsOpt(QStringLiteral("periods"), QStringLiteral("Charging periods per session."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption noJsonOpt(QStringLiteral("no-json"), QStringLiteral("Do not keep each record's JSON."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QStringLiteral("Print every merge."));
    parser.addOptions({rowsOpt, changesOpt, pageOpt, periodsOpt, noJsonOpt, verboseOpt});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOpt).toInt());
    const int changes = std::clamp(parser.value(changesOpt).toInt(), 0, rows);
    const int page = std::max(1, parser.value(pageOpt).toInt());
    const int periods = std::max(1, parser.value(periodsOpt).toInt());
    const bool keepJson = !parser.isSet(noJsonOpt);
    g_verbose = parser.isSet(verboseOpt);

    // Input, made before anything is timed.
    QElapsedTimer gen;
    gen.start();
    Inputs inputs = makeInputs(rows, changes, periods);
    std::vector<Incoming> load = validate(inputs.load, keepJson);
    inputs.load = {};
    std::printf("generated and validated %d sessions and 2 x %d changes in %.1f s\n", rows, changes,
                double(gen.elapsed()) / 1000.0);
    std::printf("setup: JSON %s, filter: status != RESERVATION, sorted by kWh descending\n",
                keepJson ? "kept" : "dropped");

    SessionTableModel model;
    model.setKeepJson(keepJson);
    const int source = model.addSource(QStringLiteral("bench"));
    QObject::connect(&model, &SessionTableModel::merged, [] { g_mergedAt = msSince(g_mergeClock); });
    SessionFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setStatusFilter(SessionFilter::kAllStatuses & ~SessionFilter::statusBit(Ocpi::SessionStatus::Reservation));

    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(Kwh, Qt::DescendingOrder);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1400, 900);
    view.show();
    settle();

    char label[64];
    const int loadBatch = std::min(rows, 10'000);
    std::snprintf(label, sizeof label, "load (batches of %d)", loadBatch);
    const Steps loaded = mergeInBatches(model, std::move(load), loadBatch, source);
    print(label, loaded);
    std::printf("%-34s %d rows in the model, %d in the view; model ~%.0f MB (%.2f KB per session%s)\n", "",
                model.rowCount(), proxy.rowCount(), double(model.approximateBytes()) / 1e6,
                double(model.approximateBytes()) / 1024.0 / model.rowCount(), keepJson ? ", its JSON included" : "");

    // Select a row and scroll to the middle, as a user would have.
    view.selectRow(proxy.rowCount() / 2);
    view.scrollTo(proxy.index(proxy.rowCount() / 2, 0));
    settle();

    std::vector<Incoming> poll = validate(inputs.poll1, keepJson);
    const Steps one = mergeInBatches(model, std::move(poll), changes, source);
    std::snprintf(label, sizeof label, "poll of %d changes, one merge", changes);
    print(label, one);
    std::vector<Incoming> poll2 = validate(inputs.poll2, keepJson);
    const Steps paged = mergeInBatches(model, std::move(poll2), page, source);
    std::snprintf(label, sizeof label, "poll of %d changes, pages of %d", changes, page);
    print(label, paged);
    std::printf("%-34s proxy rebuilds after merges: %d\n", "", proxy.rebuildCount());

    // Check the result: the view's order is the sort order.
    int outOfOrder = 0;
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const int a = proxy.mapToSource(proxy.index(r - 1, 0)).row();
        const int b = proxy.mapToSource(proxy.index(r, 0)).row();
        outOfOrder += model.lessThan(a, b, Kwh) ? 1 : 0; // descending: a must not be less than b
    }
    std::printf("%-34s rows out of order after the polls: %d\n", "", outOfOrder);

    const double sortStart = timed([&] { view.sortByColumn(Start, Qt::AscendingOrder); });
    const double sortPower = timed([&] { view.sortByColumn(Power, Qt::DescendingOrder); });
    const double sortWhere = timed([&] { view.sortByColumn(Where, Qt::AscendingOrder); });
    std::printf("%-34s Start %.1f ms, Power %.1f ms, Location/EVSE (text) %.1f ms\n", "sort by a column:", sortStart,
                sortPower, sortWhere);
    double slowest = 0;
    int slowestColumn = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        const double ms = timed([&] { view.sortByColumn(c, c % 2 ? Qt::DescendingOrder : Qt::AscendingOrder); });
        if (ms > slowest) {
            slowest = ms;
            slowestColumn = c;
        }
    }
    std::printf("%-34s %.1f ms (%s)\n", "sort by each column, slowest:", slowest,
                qPrintable(model.headerData(slowestColumn, Qt::Horizontal).toString()));
    const double filterText = timed([&] { proxy.setTextFilter(QStringLiteral("loc-12")); });
    const int matched = proxy.rowCount();
    const double filterNarrow = timed([&] { proxy.setTextFilter(QStringLiteral("loc-123")); });
    const double filterClear = timed([&] { proxy.setTextFilter(QString()); });
    std::printf("%-34s \"loc-12\" %.1f ms (%d rows), \"loc-123\" %.1f ms, cleared %.1f ms\n", "filter by text:", filterText,
                matched, filterNarrow, filterClear);
    return 0;
}
