// ocpi-bench: generates a seeded OCPI 2.2.1 Session file, reads and validates it with Ocpi::SessionReader
// and with a QJsonDocument baseline, each measurement in a fresh process, and prints the medians.
// See docs/PERFORMANCE.md.

#include "measurement.h"
#include "sessiongenerator.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using namespace Bench;

namespace {

constexpr double kTargetMegabytesPerSecond = 150;
constexpr double kTargetKeptBytesPerSession = 2048;

std::string local(const QString &s) { return s.toLocal8Bit().toStdString(); }

std::string grouped(std::int64_t v)
{
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return v < 0 ? '-' + out : out;
}

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string megabytes(double bytes) { return fixed(bytes / 1e6, 1) + " MB"; }

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string firstLineOf(const char *path, const char *prefix)
{
    std::FILE *f = std::fopen(path, "r");
    if (!f)
        return {};
    char line[512];
    std::string found;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, prefix, std::strlen(prefix)) == 0) {
            found = line;
            break;
        }
    }
    std::fclose(f);
    while (!found.empty() && (found.back() == '\n' || found.back() == ' '))
        found.pop_back();
    return found;
}

void printMachine()
{
    std::string cpu = firstLineOf("/proc/cpuinfo", "model name");
    if (const size_t colon = cpu.find(':'); colon != std::string::npos)
        cpu = cpu.substr(colon + 2);
    const std::string mem = firstLineOf("/proc/meminfo", "MemTotal:");
    const double memGiB = mem.empty() ? 0 : double(std::strtoll(mem.c_str() + 9, nullptr, 10)) / (1024 * 1024);
    std::printf("machine:  %u cores, %s, %.1f GiB RAM\n", std::thread::hardware_concurrency(),
                cpu.empty() ? "unknown CPU" : cpu.c_str(), memGiB);
    std::printf("versions: Qt %s, simdjson %d.%d.%d (%s kernel), compiler %s\n", qVersion(), int(simdjson::SIMDJSON_VERSION_MAJOR),
                int(simdjson::SIMDJSON_VERSION_MINOR), int(simdjson::SIMDJSON_VERSION_REVISION),
                simdjson::get_active_implementation()->name().c_str(), __VERSION__);
}

// "0.12 0.30 0.25": other work on the machine skews the figures, so the output says how busy it was.
std::string loadAverage()
{
    std::string l = firstLineOf("/proc/loadavg", "");
    const size_t third = l.find(' ', l.find(' ', l.find(' ') + 1) + 1);
    return third == std::string::npos ? l : l.substr(0, third);
}

// The figures of several runs of one contender, reduced to medians.
struct Medians
{
    int runs = 0;
    std::int64_t bytes = 0;
    std::int64_t sessions = 0;
    double seconds = 0, megabytesPerSecond = 0, sessionsPerSecond = 0, firstSeconds = 0, cpuSeconds = 0,
           megabytesPerCpuSecond = 0, bestMegabytesPerSecond = 0;
    double peakRssBytes = 0, keptBytesPerSession = 0, rssDeltaPerSession = 0;
    std::int64_t errors = 0, warnings = 0, infos = 0;
};

Medians reduce(const std::vector<Measurement> &runs)
{
    Medians r;
    r.runs = int(runs.size());
    if (runs.empty())
        return r;
    auto med = [&](const std::function<double(const Measurement &)> &f) {
        std::vector<double> v;
        for (const Measurement &m : runs)
            v.push_back(f(m));
        return median(v);
    };
    r.bytes = runs.front().bytes;
    r.sessions = runs.front().sessions;
    r.errors = runs.front().errors;
    r.warnings = runs.front().warnings;
    r.infos = runs.front().infos;
    r.seconds = med([](const Measurement &m) { return m.seconds; });
    r.megabytesPerSecond = med([](const Measurement &m) { return m.megabytesPerSecond(); });
    for (const Measurement &m : runs)
        r.bestMegabytesPerSecond = std::max(r.bestMegabytesPerSecond, m.megabytesPerSecond());
    r.sessionsPerSecond = med([](const Measurement &m) { return m.sessionsPerSecond(); });
    r.firstSeconds = med([](const Measurement &m) { return m.firstSeconds; });
    r.cpuSeconds = med([](const Measurement &m) { return m.cpuSeconds; });
    r.megabytesPerCpuSecond = med([](const Measurement &m) { return m.megabytesPerCpuSecond(); });
    r.peakRssBytes = med([](const Measurement &m) { return double(m.peakRssKb) * 1024; });
    r.keptBytesPerSession = med([](const Measurement &m) { return m.keptBytesPerSession; });
    r.rssDeltaPerSession = med([](const Measurement &m) { return m.rssDeltaPerSession(); });
    return r;
}

// Runs this program again with --measure, so that each measurement has a fresh process and its own peak RSS.
Measurement measureInChild(Contender who, const QString &path, bool keep, std::int64_t expect)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args = {QStringLiteral("--measure"), QString::fromLatin1(contenderName(who)), QStringLiteral("--file"), path,
                        QStringLiteral("--expect"), QString::number(expect)};
    args << (keep ? QStringLiteral("--keep") : QStringLiteral("--no-keep"));
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForStarted(-1)) {
        Measurement m;
        m.error = child.errorString();
        return m;
    }
    child.waitForFinished(-1);
    Measurement m = deserialize(child.readAllStandardOutput());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        m.ok = false;
        if (m.error.isEmpty())
            m.error = QStringLiteral("the measuring process failed (exit code %1)").arg(child.exitCode());
    }
    return m;
}

void printRun(Contender who, int run, const Measurement &m)
{
    std::printf("  run %d %-5s %8.3f s (CPU %7.3f s)  %7.1f MB/s  %9s sessions/s  first 1,000 in %7.1f ms  peak RSS %s\n",
                run, contenderName(who), m.seconds, m.cpuSeconds, m.megabytesPerSecond(),
                grouped(std::llround(m.sessionsPerSecond())).c_str(), m.firstSeconds * 1000,
                megabytes(double(m.peakRssKb) * 1024).c_str());
    std::fflush(stdout);
}

void printTable(const char *firstName, const Medians &ours, const Medians *base, std::int64_t fileBytes, bool keep)
{
    const char *rowFormat = "%-44s %20s %20s %14s\n";
    std::printf("\n");
    std::printf(rowFormat, "median of runs", firstName, base ? "QJsonDocument" : "", base ? "ours/baseline" : "");
    std::printf(rowFormat, "", ("(" + std::to_string(ours.runs) + " runs)").c_str(),
                base ? ("(" + std::to_string(base->runs) + " runs)").c_str() : "", "");
    auto row = [&](const char *label, double o, double b, const std::function<std::string(double)> &fmt, bool ratio = true) {
        std::printf(rowFormat, label, fmt(o).c_str(), base ? fmt(b).c_str() : "",
                    base && ratio && b > 0 ? (fixed(o / b, 2) + "x").c_str() : "");
    };
    const Medians none;
    const Medians &b = base ? *base : none;
    row("read+validate time", ours.seconds, b.seconds, [](double v) { return fixed(v, 3) + " s"; });
    row("read+validate throughput", ours.megabytesPerSecond, b.megabytesPerSecond,
        [](double v) { return fixed(v, 1) + " MB/s"; });
    row("read+validate throughput, best run", ours.bestMegabytesPerSecond, b.bestMegabytesPerSecond,
        [](double v) { return fixed(v, 1) + " MB/s"; });
    row("sessions per second", ours.sessionsPerSecond, b.sessionsPerSecond,
        [](double v) { return grouped(std::llround(v)) + " /s"; });
    row("time to the first 1,000 sessions", ours.firstSeconds * 1000, b.firstSeconds * 1000,
        [](double v) { return fixed(v, 1) + " ms"; });
    row("CPU time (user + system)", ours.cpuSeconds, b.cpuSeconds, [](double v) { return fixed(v, 3) + " s"; });
    row("throughput per CPU second", ours.megabytesPerCpuSecond, b.megabytesPerCpuSecond,
        [](double v) { return fixed(v, 1) + " MB/s"; });
    row("peak RSS", ours.peakRssBytes, b.peakRssBytes, [](double v) { return megabytes(v); });
    row("peak RSS / file size", ours.peakRssBytes / double(fileBytes), b.peakRssBytes / double(fileBytes),
        [](double v) { return fixed(v, 2); });
    if (keep) {
        row("bytes kept per session (sizeof + heap)", ours.keptBytesPerSession, b.keptBytesPerSession,
            [](double v) { return grouped(std::llround(v)) + " B"; });
        row("bytes kept per session (RSS delta)", ours.rssDeltaPerSession, b.rssDeltaPerSession,
            [](double v) { return grouped(std::llround(v)) + " B"; });
    }
    std::printf(rowFormat, "findings: errors / warnings / infos",
                (grouped(ours.errors) + " / " + grouped(ours.warnings) + " / " + grouped(ours.infos)).c_str(),
                base ? (grouped(b.errors) + " problems").c_str() : "", "");
    std::printf("(MB = 10^6 bytes; time from opening the file to the last session checked, wall clock unless CPU;\n"
                " a CPU figure well below the wall clock means other processes took the CPU; RSS delta = VmRSS after\n"
                " reading with the sessions kept and freed memory trimmed, minus VmRSS before; each run in a fresh\n"
                " process; the file is in the page cache)\n");
}

int runChild(const QCommandLineParser &args)
{
    Contender who;
    if (!parseContender(args.value(QStringLiteral("measure")), who) || !args.isSet(QStringLiteral("file"))) {
        std::fprintf(stderr, "ocpi-bench: --measure needs ours or qjson and --file\n");
        return 1;
    }
    const bool keep = !args.isSet(QStringLiteral("no-keep"));
    const Measurement m = measure(who, args.value(QStringLiteral("file")), keep, args.value(QStringLiteral("expect")).toLongLong());
    const QByteArray out = serialize(m);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return m.ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ocpi-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Generates a seeded OCPI 2.2.1 Session file, then reads and validates it with Ocpi::SessionReader "
                       "and with a QJsonDocument baseline, each run in a fresh process, and prints the medians."));
    parser.addHelpOption();
    const QCommandLineOption sessionsOpt(QStringLiteral("sessions"), QStringLiteral("Sessions to generate (default 100000)."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption periodsOpt(QStringLiteral("periods"),
                                        QStringLiteral("Charging periods per charging or finished session (default 10)."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("n"),
                                     QStringLiteral("42"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("File shape: array, envelope (OCPI response) or ndjson (default array)."),
                                       QStringLiteral("shape"), QStringLiteral("array"));
    const QCommandLineOption indentOpt(QStringLiteral("indent"),
                                       QStringLiteral("Spaces per indentation level, 0 for compact (default 2; ndjson is "
                                                      "always compact)."),
                                       QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption fileOpt(QStringLiteral("file"),
                                     QStringLiteral("Measure this existing file instead of generating one."),
                                     QStringLiteral("path"));
    const QCommandLineOption workdirOpt(QStringLiteral("workdir"),
                                        QStringLiteral("Directory for the generated file (default: the system temp dir)."),
                                        QStringLiteral("dir"), QDir::tempPath());
    const QCommandLineOption keepFileOpt(QStringLiteral("keep-file"), QStringLiteral("Do not delete the generated file."));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
                                     QStringLiteral("Keep the sessions in memory and report bytes kept per session (default)."));
    const QCommandLineOption noKeepOpt(QStringLiteral("no-keep"), QStringLiteral("Read and validate without keeping sessions."));
    const QCommandLineOption baselineOpt(QStringLiteral("baseline"), QStringLiteral("Also measure the QJsonDocument baseline (default)."));
    const QCommandLineOption noBaselineOpt(QStringLiteral("no-baseline"), QStringLiteral("Measure our reader only."));
    const QCommandLineOption modeOpt(QStringLiteral("mode"), QStringLiteral("ours, qjson or both (default both)."),
                                     QStringLiteral("which"), QStringLiteral("both"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per contender; medians are printed (default 3)."),
                                     QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption baselineRunsOpt(QStringLiteral("baseline-runs"),
                                             QStringLiteral("Runs of the baseline (default: --runs)."), QStringLiteral("n"));
    QCommandLineOption measureOpt(QStringLiteral("measure"), QStringLiteral("(internal) measure one contender and print figures."),
                                  QStringLiteral("who"));
    measureOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption expectOpt(QStringLiteral("expect"), QStringLiteral("(internal) sessions expected."), QStringLiteral("n"),
                                 QStringLiteral("0"));
    expectOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({sessionsOpt, periodsOpt, seedOpt, formatOpt, indentOpt, fileOpt, workdirOpt, keepFileOpt, keepOpt,
                       noKeepOpt, baselineOpt, noBaselineOpt, modeOpt, runsOpt, baselineRunsOpt, measureOpt, expectOpt});
    parser.process(app);

    if (parser.isSet(measureOpt))
        return runChild(parser);

    auto fail = [](const std::string &message) {
        std::fprintf(stderr, "ocpi-bench: %s\n", message.c_str());
        return 1;
    };
    auto number = [&](const QCommandLineOption &o, std::int64_t min) -> std::int64_t {
        bool ok = false;
        const std::int64_t v = parser.value(o).toLongLong(&ok);
        return ok && v >= min ? v : -1;
    };

    GeneratorOptions gen;
    gen.sessions = number(sessionsOpt, 1);
    gen.periods = int(number(periodsOpt, 0));
    gen.indent = int(number(indentOpt, 0));
    bool seedOk = false;
    gen.seed = parser.value(seedOpt).toULongLong(&seedOk);
    const int runs = int(number(runsOpt, 1));
    const int baselineRuns = parser.isSet(baselineRunsOpt) ? int(number(baselineRunsOpt, 1)) : runs;
    if (gen.sessions < 0 || gen.periods < 0 || gen.periods > 64 || gen.indent < 0 || gen.indent > 8 || !seedOk || runs < 0
        || baselineRuns < 0)
        return fail("invalid number: --sessions >= 1, 0 <= --periods <= 64, 0 <= --indent <= 8, --runs >= 1");
    if (!parseFileFormat(local(parser.value(formatOpt)), gen.format))
        return fail("--format must be array, envelope or ndjson");
    const QString mode = parser.value(modeOpt);
    bool measureOurs = mode == QLatin1StringView("both") || mode == QLatin1StringView("ours");
    bool measureBaseline = mode == QLatin1StringView("both") || mode == QLatin1StringView("qjson");
    if (!measureOurs && !measureBaseline)
        return fail("--mode must be ours, qjson or both");
    if (parser.isSet(noBaselineOpt))
        measureBaseline = false;
    if (parser.isSet(baselineOpt))
        measureBaseline = true;
    const bool keep = !parser.isSet(noKeepOpt);

    std::printf("ocpi-bench: OCPI 2.2.1 Session reading and validation\n");
    printMachine();

    // The file: generated from the seed, or given.
    QString path;
    bool generated = false;
    std::int64_t expected = 0;
    if (parser.isSet(fileOpt)) {
        path = parser.value(fileOpt);
        if (!QFileInfo(path).isFile())
            return fail("no such file: " + local(path));
    } else {
        const QDir dir(parser.value(workdirOpt));
        if (!dir.exists() && !QDir().mkpath(dir.path()))
            return fail("cannot create " + local(dir.path()));
        const int indent = gen.format == FileFormat::Ndjson ? 0 : gen.indent;
        path = dir.filePath(QStringLiteral("ocpi-bench-%1s-%2p-seed%3-i%4.%5")
                                .arg(gen.sessions)
                                .arg(gen.periods)
                                .arg(gen.seed)
                                .arg(indent)
                                .arg(gen.format == FileFormat::Ndjson  ? QStringLiteral("ndjson")
                                     : gen.format == FileFormat::Array ? QStringLiteral("array.json")
                                                                       : QStringLiteral("envelope.json")));
        QElapsedTimer t;
        t.start();
        const GeneratedFile g = generateSessionFile(local(path), gen);
        if (!g.ok) {
            QFile::remove(path);
            return fail(g.error);
        }
        generated = true;
        expected = g.sessions;
        std::printf("generated: %s sessions, %d charging periods each, seed %llu, %s, indent %d: %s in %.2f s\n",
                    grouped(g.sessions).c_str(), gen.periods, static_cast<unsigned long long>(gen.seed),
                    fileFormatName(gen.format), indent, megabytes(double(g.bytes)).c_str(), double(t.nsecsElapsed()) / 1e9);
    }
    const std::int64_t fileBytes = QFileInfo(path).size();
    std::printf("file:     %s (%s bytes = %s)\n", local(path).c_str(), grouped(fileBytes).c_str(),
                megabytes(double(fileBytes)).c_str());
    std::printf("runs:     %d of our reader, %d of the QJsonDocument baseline; sessions %s\n", measureOurs ? runs : 0,
                measureBaseline ? baselineRuns : 0, keep ? "kept in memory" : "not kept");
    std::fflush(stdout);

    const std::string loadBefore = loadAverage();
    int status = 0;
    std::vector<Measurement> ours, base;
    for (int run = 1; run <= std::max(runs, baselineRuns) && status == 0; ++run) {
        for (const Contender who : {Contender::Ours, Contender::QJson}) {
            const bool wanted = who == Contender::Ours ? measureOurs && run <= runs : measureBaseline && run <= baselineRuns;
            if (!wanted)
                continue;
            const Measurement m = measureInChild(who, path, keep, expected);
            if (!m.ok) {
                std::fprintf(stderr, "ocpi-bench: %s reader failed: %s\n", contenderName(who), local(m.error).c_str());
                status = 1;
                break;
            }
            printRun(who, run, m);
            (who == Contender::Ours ? ours : base).push_back(m);
        }
    }

    if (status == 0) {
        const Medians o = reduce(ours);
        const Medians b = reduce(base);
        if (measureOurs)
            printTable("ours (SessionReader)", o, measureBaseline ? &b : nullptr, fileBytes, keep);
        else
            printTable("QJsonDocument", b, nullptr, fileBytes, keep);
        std::printf("load average: %s before the runs, %s after\n", loadBefore.c_str(), loadAverage().c_str());
        if (measureOurs) {
            std::printf("\ntargets (informative; the issue's figures for this 2-core machine):\n");
            std::printf("  read+validate >= %.0f MB/s: %s by the median (%.1f MB/s), %s by the best run (%.1f MB/s)\n",
                        kTargetMegabytesPerSecond, o.megabytesPerSecond >= kTargetMegabytesPerSecond ? "met" : "NOT met",
                        o.megabytesPerSecond, o.bestMegabytesPerSecond >= kTargetMegabytesPerSecond ? "met" : "NOT met",
                        o.bestMegabytesPerSecond);
            std::printf("  peak RSS below the file size: %s (%s for %s)\n", o.peakRssBytes < double(fileBytes) ? "met" : "NOT met",
                        megabytes(o.peakRssBytes).c_str(), megabytes(double(fileBytes)).c_str());
            if (keep)
                std::printf("  about 2 KB or less kept per session: %s (%s B)\n",
                            o.keptBytesPerSession <= kTargetKeptBytesPerSession ? "met" : "NOT met",
                            grouped(std::llround(o.keptBytesPerSession)).c_str());
        }
        // The generated sessions are all valid: anything else means the generator or the validator changed.
        for (const auto *list : {&ours, &base}) {
            for (const Measurement &m : *list) {
                if (generated && m.sessions != expected) {
                    std::fprintf(stderr, "ocpi-bench: read %lld sessions, generated %lld\n", static_cast<long long>(m.sessions),
                                 static_cast<long long>(expected));
                    status = 2;
                }
                if (generated && m.errors > 0) {
                    std::fprintf(stderr, "ocpi-bench: the generated sessions are valid OCPI 2.2.1, but %lld errors were reported\n",
                                 static_cast<long long>(m.errors));
                    status = 2;
                }
            }
        }
    }
    if (generated && !parser.isSet(keepFileOpt))
        QFile::remove(path);
    else if (generated)
        std::printf("kept the generated file: %s\n", local(path).c_str());
    return status;
}
