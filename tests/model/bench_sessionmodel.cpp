// bench_sessionmodel: the sessions table at scale, the way the live window uses it. 100,000 generated sessions
// (validated by Ocpi::SessionValidator, ~10 charging periods each) are merged into a SessionTableModel behind a
// sorted and filtered SessionFilterProxy with a QTableView attached and shown; then a poll of 10,000 changed
// sessions (scattered over the table, most of them changing the sort column) is merged, in one batch and in
// pages. Every step is timed from the call to the end of the event processing that follows it (layout,
// painting), which is how long the UI thread is blocked: the longest such step is the longest stall.
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/model/bench_sessionmodel [--policy aftermerge|dynamic]
//       [--variant-compare] [--rows N] [--changes N] [--page N] [--no-json]
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
using Incoming = SessionTableModel::Incoming;

namespace {

constexpr qint64 kBase = 1'717'200'000'000; // 2024-06-01T00:00:00Z
constexpr qint64 kPeriodMs = 15 * 60 * 1000;

QByteArray iso(qint64 ms)
{
    return Ocpi::formatDateTimeUtc(ms).toLatin1();
}

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// Session i of `rows`, as it looks in version v (0 when first seen; each later version has one charging period
// more, a later last_updated and, for some, a new status).
QByteArray sessionJson(int i, int rows, int version, int periods)
{
    const quint64 h = mix(quint64(i));
    const int kind = int(h % 100);
    QByteArray status = kind < 20 ? "ACTIVE" : kind < 90 ? "COMPLETED" : kind < 95 ? "PENDING" : kind < 98 ? "RESERVATION" : "INVALID";
    if (version > 0 && status == "ACTIVE" && (h >> 8) % 10 < 3)
        status = "COMPLETED";
    else if (version > 0 && status == "PENDING")
        status = "ACTIVE";
    const bool charging = status == "ACTIVE" || status == "COMPLETED";
    const int n = charging ? periods + version : 0;
    const qint64 start = kBase - qint64(rows - i) * 25'000;

    QByteArray j;
    j.reserve(1400 + 120 * n);
    j += R"({"country_code":"NL","party_id":"STK","id":"S)" + QByteArray::number(i).rightJustified(7, '0') + '"';
    j += R"(,"start_date_time":")" + iso(start) + '"';
    QByteArray dims;
    double kwh = 0;
    for (int p = 0; p < n; ++p) {
        const double e = 0.5 + double((mix(h + quint64(p)) >> 12) % 2500) / 1000.0;
        kwh += e;
        dims += (p ? "," : "") + QByteArray(R"({"start_date_time":")") + iso(start + p * kPeriodMs)
            + R"(","dimensions":[{"type":"ENERGY","volume":)" + QByteArray::number(e, 'f', 3)
            + R"(},{"type":"POWER","volume":)" + QByteArray::number(e * 4, 'f', 3) + "}]}";
    }
    const qint64 until = start + qint64(std::max(n, 1)) * kPeriodMs;
    if (status == "COMPLETED")
        j += R"(,"end_date_time":")" + iso(until) + '"';
    j += R"(,"kwh":)" + QByteArray::number(kwh, 'f', 3);
    j += R"(,"cdr_token":{"country_code":"NL","party_id":"TST","uid":")" + QByteArray::number(h >> 32, 16).toUpper()
        + R"(","type":"RFID","contract_id":"NL-TST-C)" + QByteArray::number(h % 100'000'000).rightJustified(8, '0') + R"(-X"})";
    j += R"(,"auth_method":"WHITELIST","location_id":"LOC-)" + QByteArray::number((i * 7919) % 2000)
        + R"(","evse_uid":"NL*STK*E)" + QByteArray::number((i * 7919) % 2000) + '-' + QByteArray::number(i % 4)
        + R"(","connector_id":"1","currency":"EUR")";
    if (n)
        j += R"(,"charging_periods":[)" + dims + ']';
    if (status == "COMPLETED")
        j += R"(,"total_cost":{"excl_vat":)" + QByteArray::number(kwh * 0.35, 'f', 2) + R"(,"incl_vat":)"
            + QByteArray::number(kwh * 0.35 * 1.21, 'f', 2) + '}';
    j += R"(,"status":")" + status + R"(","last_updated":")" + iso(until + 1000 + version * kPeriodMs) + R"("})";
    return j;
}

std::vector<Incoming> validate(const std::vector<QByteArray> &texts, bool keepJson)
{
    Ocpi::SessionValidator validator;
    std::vector<Incoming> out;
    out.reserve(texts.size());
    for (const QByteArray &t : texts) {
        Incoming in;
        in.session = validator.validate(std::string_view(t.constData(), size_t(t.size())), &in.findings);
        in.session.shrinkToFit();
        if (keepJson) {
            in.json = t;
            in.json.squeeze(); // as the poller hands it over: the record's bytes only
        }
        out.push_back(std::move(in));
    }
    return out;
}

void settle()
{
    // Posted events (layout, update requests) and the painting they cause.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Steps
{
    double totalMs = 0;   // all steps
    double modelMs = 0;   // inside merge(): the model and the proxy's and view's signal handlers
    double rebuildMs = 0; // of which after merged(): the proxy's rebuild (its layoutChanged and the view's handling)
    double longestMs = 0; // the longest step: merge + the event processing that follows
    int steps = 0;
};

// When the model's merged() signal went out (connected before the proxy, so it runs before the proxy's rebuild).
QElapsedTimer g_mergeClock;
double g_mergedAt = 0;
bool g_verbose = false;

Steps mergeInBatches(SessionTableModel &model, std::vector<Incoming> &&all, int batchSize, int source)
{
    Steps s;
    for (size_t from = 0; from < all.size(); from += size_t(batchSize)) {
        const size_t to = std::min(all.size(), from + size_t(batchSize));
        std::vector<Incoming> batch(std::make_move_iterator(all.begin() + qsizetype(from)),
                                    std::make_move_iterator(all.begin() + qsizetype(to)));
        QElapsedTimer t;
        t.start();
        g_mergeClock = t;
        model.merge(std::move(batch), source);
        const double merge = msSince(t);
        s.rebuildMs += merge - g_mergedAt;
        settle();
        const double step = msSince(t);
        if (g_verbose)
            std::printf("    merge %d: %zu records, %.1f ms in merge() (%.1f ms rebuild), %.1f ms with events\n", s.steps + 1,
                        to - from, merge, merge - g_mergedAt, step);
        s.modelMs += merge;
        s.totalMs += step;
        s.longestMs = std::max(s.longestMs, step);
        ++s.steps;
    }
    return s;
}

template<typename Fn>
double timed(Fn fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    settle();
    return msSince(t);
}

void print(const char *what, const Steps &s)
{
    std::printf("%-34s %7.1f ms total, %7.1f ms in merge() (%.1f ms proxy rebuild), longest UI stall %6.1f ms (%d merge%s)\n",
                what, s.totalMs, s.modelMs, s.rebuildMs, s.longestMs, s.steps, s.steps == 1 ? "" : "s");
}

} // namespace

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
    const QCommandLineOption policyOpt(QStringLiteral("policy"), QStringLiteral("aftermerge (default) or dynamic."),
                                       QStringLiteral("policy"), QStringLiteral("aftermerge"));
    const QCommandLineOption variantOpt(QStringLiteral("variant-compare"),
                                        QStringLiteral("Sort by comparing RawValueRole QVariants."));
    const QCommandLineOption noJsonOpt(QStringLiteral("no-json"), QStringLiteral("Do not keep each record's JSON."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QStringLiteral("Print every merge."));
    parser.addOptions({rowsOpt, changesOpt, pageOpt, periodsOpt, policyOpt, variantOpt, noJsonOpt, verboseOpt});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOpt).toInt());
    const int changes = std::clamp(parser.value(changesOpt).toInt(), 0, rows);
    const int page = std::max(1, parser.value(pageOpt).toInt());
    const int periods = std::max(1, parser.value(periodsOpt).toInt());
    const bool dynamic = parser.value(policyOpt) == QLatin1StringView("dynamic");
    const bool keepJson = !parser.isSet(noJsonOpt);
    g_verbose = parser.isSet(verboseOpt);

    // Input, made before anything is timed.
    QElapsedTimer gen;
    gen.start();
    std::vector<QByteArray> texts;
    texts.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i)
        texts.push_back(sessionJson(i, rows, 0, periods));
    std::vector<int> changed(static_cast<size_t>(rows));
    std::iota(changed.begin(), changed.end(), 0);
    QRandomGenerator rng(42);
    std::shuffle(changed.begin(), changed.end(), rng);
    changed.resize(size_t(changes));
    std::vector<QByteArray> pollTexts;
    std::vector<QByteArray> pollTexts2;
    for (int i : changed) {
        pollTexts.push_back(sessionJson(i, rows, 1, periods));
        pollTexts2.push_back(sessionJson(i, rows, 2, periods));
    }
    std::vector<Incoming> load = validate(texts, keepJson);
    texts = {};
    std::printf("generated and validated %d sessions and 2 x %d changes in %.1f s\n", rows, changes,
                double(gen.elapsed()) / 1000.0);
    std::printf("setup: policy %s, %s compare, JSON %s, filter: status != RESERVATION, sorted by kWh descending\n",
                dynamic ? "dynamic (QSortFilterProxyModel dynamicSortFilter)" : "after-merge (one rebuild per merge)",
                parser.isSet(variantOpt) ? "QVariant" : "typed", keepJson ? "kept" : "dropped");

    SessionTableModel model;
    model.setKeepJson(keepJson);
    const int source = model.addSource(QStringLiteral("bench"));
    QObject::connect(&model, &SessionTableModel::merged, [] { g_mergedAt = msSince(g_mergeClock); });
    SessionFilterProxy proxy;
    proxy.setResortPolicy(dynamic ? SessionFilterProxy::ResortPolicy::Dynamic : SessionFilterProxy::ResortPolicy::AfterMerge);
    proxy.setTypedCompare(!parser.isSet(variantOpt));
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

    std::vector<Incoming> poll = validate(pollTexts, keepJson);
    const Steps one = mergeInBatches(model, std::move(poll), changes, source);
    std::snprintf(label, sizeof label, "poll of %d changes, one merge", changes);
    print(label, one);
    std::vector<Incoming> poll2 = validate(pollTexts2, keepJson);
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
    const double filterText = timed([&] { proxy.setTextFilter(QStringLiteral("loc-12")); });
    const int matched = proxy.rowCount();
    const double filterNarrow = timed([&] { proxy.setTextFilter(QStringLiteral("loc-123")); });
    const double filterClear = timed([&] { proxy.setTextFilter(QString()); });
    std::printf("%-34s \"loc-12\" %.1f ms (%d rows), \"loc-123\" %.1f ms, cleared %.1f ms\n", "filter by text:", filterText,
                matched, filterNarrow, filterClear);
    return 0;
}
