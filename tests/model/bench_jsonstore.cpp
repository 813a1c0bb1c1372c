// The sessions' JSON text kept compressed (JsonStore behind SessionTableModel::json()): bytes per session with
// the text kept at 100,000 and 1,000,000 rows (the model's estimate and the process's RSS delta), the
// compression throughput and ratio per zlib level, one block's decompression, json(row) latency, and the UI
// thread's time per merge of 1,000 and 10,000 changed records (merge() plus the event processing that follows,
// where the compressed blocks are swapped in). The model alone: the proxy and view are bench_sessionmodel's.
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/model/bench_jsonstore [--rows N[,N...]] [--periods N]
//       [--level L] [--no-json] [--skip-levels] [--settle-load]
#include "benchsessions.h"

#include "jsonstore.h"
#include "sessiontablemodel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>
#include <QtCore/QThread>

#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <tuple>
#include <vector>

using namespace BenchSessions;

namespace {

qint64 rssBytes()
{
    QFile f("/proc/self/statm");
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The bytes a session's charging periods take (what the goal leaves out): Session's period records (24
// bytes each) and dimensions, plus a malloc header per array.
qint64 periodBytes(const Ocpi::Session &s)
{
    if (!s.periodCount())
        return 0;
    qint64 dims = 0;
    for (qsizetype p = 0; p < s.periodCount(); ++p)
        dims += qint64(s.periodDimensions(p).size());
    return s.periodCount() * 24 + dims * qint64(sizeof(Ocpi::CdrDimension)) + 32;
}

void compressionLevels(int periods)
{
    // Blocks as the store makes them: consecutive sessions, 256 records or 256 KB.
    std::vector<QByteArray> blocks;
    QByteArray block;
    int inBlock = 0;
    for (int i = 0; i < 256 * 40; ++i) {
        const QByteArray r = sessionJson(i * 97 % 100000, 100000, 0, periods);
        if (inBlock && block.size() + r.size() > JsonStore::kDefaultMaxBytes) {
            blocks.push_back(block);
            block.clear();
            inBlock = 0;
        }
        block += r;
        if (++inBlock == JsonStore::kDefaultMaxRecords || block.size() >= JsonStore::kDefaultMaxBytes) {
            blocks.push_back(block);
            block.clear();
            inBlock = 0;
        }
    }
    qint64 raw = 0;
    for (const QByteArray &b : blocks)
        raw += b.size();
    std::printf("compression, one thread, %zu blocks of ~%.0f KB (%d-period sessions):\n", blocks.size(),
                double(raw) / double(blocks.size()) / 1024.0, periods);
    {
        // The same records compressed one by one, for comparison.
        qint64 one = 0, oneRaw = 0;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray r = sessionJson(i * 97 % 100000, 100000, 0, periods);
            oneRaw += r.size();
            one += qCompress(r, 6).size();
        }
        std::printf("  one record at a time, level 6: ratio %.2fx (%.0f B per record)\n", double(oneRaw) / double(one),
                    double(one) / 2000.0);
    }
    for (const int level : {1, 3, 6, 9}) {
        QElapsedTimer t;
        t.start();
        std::vector<QByteArray> out;
        qint64 packed = 0;
        for (const QByteArray &b : blocks) {
            out.push_back(qCompress(b, level));
            packed += out.back().size();
        }
        const double compressMs = msSince(t);
        std::vector<double> un;
        for (const QByteArray &c : out) {
            QElapsedTimer u;
            u.start();
            const QByteArray back = qUncompress(c);
            un.push_back(msSince(u));
            if (back.size() < 16)
                std::printf("decompression failed\n");
        }
        std::printf("  level %d: %6.1f MB/s compressing, ratio %.2fx (%.0f B per record), one block decompressed "
                    "in %.2f ms median, %.2f ms max\n",
                    level, double(raw) / 1e6 / (compressMs / 1000.0), double(raw) / double(packed),
                    double(packed) / (256.0 * 40), median(un), *std::max_element(un.begin(), un.end()));
    }
}

struct Merges
{
    std::vector<double> stepMs;  // merge() + the events after it
    std::vector<double> mergeMs; // merge() alone
    std::vector<double> cpuMs;   // the UI thread's CPU time in merge() + events (wall time minus being descheduled)
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Merges mergeTimed(SessionTableModel &model, const std::vector<QByteArray> &texts, int batch, bool keepJson, int src)
{
    Merges m;
    for (size_t from = 0; from < texts.size(); from += size_t(batch)) {
        const size_t to = std::min(texts.size(), from + size_t(batch));
        std::vector<Incoming> in = validate(std::vector<QByteArray>(texts.begin() + qsizetype(from),
                                                                   texts.begin() + qsizetype(to)),
                                            keepJson);
        const double cpu0 = threadCpuMs();
        QElapsedTimer t;
        t.start();
        model.merge(std::move(in), src);
        m.mergeMs.push_back(msSince(t));
        settle();
        m.stepMs.push_back(msSince(t));
        m.cpuMs.push_back(threadCpuMs() - cpu0);
    }
    return m;
}

// Lets the workers finish and the compressed blocks be swapped in; returns the longest event-processing turn.
double waitIdle(const SessionTableModel &model, double *waitedMs)
{
    QElapsedTimer all;
    all.start();
    double longest = 0;
    while (model.jsonStore().pendingCompressions() > 0) {
        QElapsedTimer t;
        t.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        longest = std::max(longest, msSince(t));
        QThread::usleep(500);
    }
    if (waitedMs)
        *waitedMs = msSince(all);
    return longest;
}

bool g_settleLoad = false; // wait for the compressions after each load merge

void run(int rows, int periods, bool keepJson, int level)
{
    malloc_trim(0);
    const qint64 rss0 = rssBytes();
    SessionTableModel model;
    model.setKeepJson(keepJson);
    const_cast<JsonStore &>(model.jsonStore()).setLevel(level);
    const int src = model.addSource("poll: bench");

    // Load in merges of 10,000, generated and validated per merge (not timed), so the inputs never add up.
    QElapsedTimer load;
    load.start();
    double loadMergeMs = 0, loadLongest = 0;
    qint64 jsonBytes = 0;
    for (int from = 0; from < rows; from += 10000) {
        std::vector<QByteArray> texts;
        for (int i = from; i < std::min(rows, from + 10000); ++i) {
            texts.push_back(sessionJson(i, rows, 0, periods));
            jsonBytes += texts.back().size();
        }
        const Merges m = mergeTimed(model, texts, 10000, keepJson, src);
        if (g_settleLoad)
            waitIdle(model, nullptr);
        loadMergeMs += m.mergeMs[0];
        loadLongest = std::max(loadLongest, m.stepMs[0]);
    }
    const double loadTotal = msSince(load);
    double waited = 0;
    const double swapLongest = waitIdle(model, &waited);
    const qint64 rss1 = rssBytes();
    malloc_trim(0);
    const qint64 rssTrimmed = rssBytes();
    qint64 periodTotal = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        periodTotal += periodBytes(model.session(r));
    const qint64 approx = model.approximateBytes();
    const qint64 store = model.jsonStore().approximateBytes();
    std::printf("%d rows, %d periods, JSON %s (level %d): %.1f MB of JSON text (%.0f B per session)\n", rows,
                periods, keepJson ? "kept" : "dropped", level, double(jsonBytes) / 1e6, double(jsonBytes) / rows);
    std::printf("  load in merges of 10,000: %.1f s in all, %.1f s in merge(), longest merge+events %.1f ms; "
                "compressions done %.1f s later (longest event turn meanwhile %.1f ms)\n",
                loadTotal / 1000, loadMergeMs / 1000, loadLongest, waited / 1000, swapLongest);
    std::printf("  bytes per session: model estimate %.0f (JSON store %.0f, charging periods %.0f, so %.0f beyond "
                "the periods); RSS delta %.0f (%.0f after malloc_trim)\n",
                double(approx) / rows, double(store) / rows, double(periodTotal) / rows,
                double(approx - periodTotal) / rows, double(rss1 - rss0) / rows, double(rssTrimmed - rss0) / rows);
    if (keepJson)
        std::printf("  store: %d blocks, %d compressed, %.1f MB raw text held as %.1f MB (%.2fx)\n",
                    model.jsonStore().blockCount(), model.jsonStore().compressedBlockCount(),
                    double(model.jsonStore().rawBytes()) / 1e6, double(store) / 1e6,
                    double(model.jsonStore().rawBytes()) / double(std::max<qint64>(1, store)));

    // Polls: changes scattered over the table, as 10 merges of 1,000 then 3 merges of 10,000.
    std::vector<int> changed(static_cast<size_t>(rows));
    std::iota(changed.begin(), changed.end(), 0);
    QRandomGenerator rng(42);
    std::shuffle(changed.begin(), changed.end(), rng);
    for (const auto &[batch, count, version] : {std::tuple{1000, 10, 1}, std::tuple{10000, 3, 2}}) {
        std::vector<QByteArray> texts;
        for (int k = 0; k < batch * count; ++k)
            texts.push_back(sessionJson(changed[size_t(k) % changed.size()], rows, version, periods));
        const Merges m = mergeTimed(model, texts, batch, keepJson, src);
        std::printf("  %d merges of %d changes: merge()+events median %.1f ms, worst %.1f ms (UI thread CPU median "
                    "%.1f, worst %.1f ms); merge() alone median %.1f ms, worst %.1f ms\n",
                    count, batch, median(m.stepMs), *std::max_element(m.stepMs.begin(), m.stepMs.end()),
                    median(m.cpuMs), *std::max_element(m.cpuMs.begin(), m.cpuMs.end()), median(m.mergeMs),
                    *std::max_element(m.mergeMs.begin(), m.mergeMs.end()));
    }
    const double swapLongest2 = waitIdle(model, &waited);
    std::printf("  after the polls: compressions done %.1f s later (longest event turn %.1f ms); store %d blocks, "
                "%.0f B per session\n",
                waited / 1000, swapLongest2, model.jsonStore().blockCount(),
                double(model.jsonStore().approximateBytes()) / rows);

    if (keepJson) {
        // json(row) of random rows: a block decompressed almost every time (the cache holds one).
        std::vector<double> us;
        qint64 total = 0;
        for (int k = 0; k < 2000; ++k) {
            const int row = int(rng.bounded(quint32(model.rowCount())));
            QElapsedTimer t;
            t.start();
            total += model.json(row).size();
            us.push_back(double(t.nsecsElapsed()) / 1000.0);
        }
        std::printf("  json(row) of 2,000 random rows: median %.0f us, worst %.0f us (%lld bytes read)\n", median(us),
                    *std::max_element(us.begin(), us.end()), static_cast<long long>(total));
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> rowCounts{100000, 1000000};
    int periods = 10;
    int level = JsonStore::kDefaultLevel;
    bool keepJson = true;
    bool levels = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == "--rows" && i + 1 < args.size()) {
            rowCounts.clear();
            for (const QString &n : args[++i].split(','))
                rowCounts << n.toInt();
        } else if (args[i] == "--periods" && i + 1 < args.size()) {
            periods = args[++i].toInt();
        } else if (args[i] == "--level" && i + 1 < args.size()) {
            level = args[++i].toInt();
        } else if (args[i] == "--no-json") {
            keepJson = false;
        } else if (args[i] == "--settle-load") {
            g_settleLoad = true;
        } else if (args[i] == "--skip-levels") {
            levels = false;
        } else {
            std::fprintf(stderr, "usage: bench_jsonstore [--rows N[,N...]] [--periods N] [--level L] [--no-json] "
                                 "[--skip-levels] [--settle-load]\n");
            return 2;
        }
    }
    if (levels)
        compressionLevels(periods);
    for (const int rows : rowCounts)
        run(rows, periods, keepJson, level);
    return 0;
}
