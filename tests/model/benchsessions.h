// Sessions for the table benchmarks (bench_sessionmodel, bench_window): generated Session JSON at scale, validated
// as a poll would hand it over, merged in batches with each step timed to the end of the event processing that
// follows it (the UI thread's stall).
#pragma once

#include "sessiontablemodel.h"

#include "ocpi/datetime.h"
#include "ocpi/sessionvalidator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

namespace BenchSessions {

using Incoming = SessionTableModel::Incoming;

inline constexpr qint64 kBase = 1'717'200'000'000; // 2024-06-01T00:00:00Z
inline constexpr qint64 kPeriodMs = 15 * 60 * 1000;

inline QByteArray iso(qint64 ms)
{
    return Ocpi::formatDateTimeUtc(ms).toLatin1();
}

inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// Session i of `rows`, as it looks in version v (0 when first seen; each later version has one charging period
// more, a later last_updated and, for some, a new status).
inline QByteArray sessionJson(int i, int rows, int version, int periods)
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

inline std::vector<Incoming> validate(const std::vector<QByteArray> &texts, bool keepJson)
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

// The sessions first loaded and two polls that change `changes` of them (scattered; version 1, then 2).
struct Inputs
{
    std::vector<QByteArray> load;
    std::vector<QByteArray> poll1;
    std::vector<QByteArray> poll2;
};

inline Inputs makePolls(int rows, int changes, int periods);

inline Inputs makeInputs(int rows, int changes, int periods)
{
    Inputs in = makePolls(rows, changes, periods);
    in.load.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i)
        in.load.push_back(sessionJson(i, rows, 0, periods));
    return in;
}

inline void settle()
{
    // Posted events (layout, update requests) and the painting they cause.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

inline double msSince(const QElapsedTimer &t)
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
inline QElapsedTimer g_mergeClock;
inline double g_mergedAt = 0;
inline bool g_verbose = false;

inline Steps mergeInBatches(SessionTableModel &model, std::vector<Incoming> &&all, int batchSize, int source)
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
inline double timed(Fn fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    settle();
    return msSince(t);
}

inline void print(const char *what, const Steps &s, bool rebuild = true)
{
    // The rebuild share is known only when the bench connected to merged() before the proxy did.
    if (rebuild)
        std::printf("%-34s %7.1f ms total, %7.1f ms in merge() (%.1f ms proxy rebuild), longest UI stall %6.1f ms (%d merge%s)\n",
                    what, s.totalMs, s.modelMs, s.rebuildMs, s.longestMs, s.steps, s.steps == 1 ? "" : "s");
    else
        std::printf("%-34s %7.1f ms total, %7.1f ms in merge(), longest UI stall %6.1f ms (%d merge%s)\n", what, s.totalMs,
                    s.modelMs, s.longestMs, s.steps, s.steps == 1 ? "" : "s");
}

// Loads `rows` generated sessions (version 0) in batches, generating and validating each batch untimed, so that a
// million sessions never exist twice (as text and parsed) at once; only the merges are timed.
inline Steps loadGenerated(SessionTableModel &model, int rows, int periods, int batchSize, int source, bool keepJson)
{
    Steps all;
    for (int from = 0; from < rows; from += batchSize) {
        const int to = std::min(rows, from + batchSize);
        std::vector<QByteArray> texts;
        texts.reserve(size_t(to - from));
        for (int i = from; i < to; ++i)
            texts.push_back(sessionJson(i, rows, 0, periods));
        std::vector<Incoming> batch = validate(texts, keepJson);
        texts = {};
        const Steps s = mergeInBatches(model, std::move(batch), batchSize, source);
        all.totalMs += s.totalMs;
        all.modelMs += s.modelMs;
        all.rebuildMs += s.rebuildMs;
        all.longestMs = std::max(all.longestMs, s.longestMs);
        all.steps += s.steps;
    }
    return all;
}

// The poll inputs only (the rows to change, versions 1 and 2), without the load texts.
inline Inputs makePolls(int rows, int changes, int periods)
{
    Inputs in;
    std::vector<int> changed(static_cast<size_t>(rows));
    std::iota(changed.begin(), changed.end(), 0);
    QRandomGenerator rng(42);
    std::shuffle(changed.begin(), changed.end(), rng);
    changed.resize(size_t(changes));
    for (int i : changed) {
        in.poll1.push_back(sessionJson(i, rows, 1, periods));
        in.poll2.push_back(sessionJson(i, rows, 2, periods));
    }
    return in;
}

// Resident memory of this process, in bytes (Linux /proc/self/statm).
inline qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

} // namespace BenchSessions
