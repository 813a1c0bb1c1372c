// One timed read of a Session file by one contender, made in a process of its own so that its peak
// memory is its own, and the line format the child uses to hand the figures to the parent.
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <cstdint>

namespace Bench {

enum class Contender : std::uint8_t { Ours, QJson };
const char *contenderName(Contender c); // "ours", "qjson"
bool parseContender(const QString &name, Contender &out);

struct Measurement
{
    bool ok = false;
    QString error;
    std::int64_t bytes = 0;       // file size
    std::int64_t sessions = 0;    // records read
    double seconds = 0;           // open to last record checked (teardown excluded)
    double cpuSeconds = 0;        // user + system CPU time of the same span (not inflated by other processes)
    double firstSeconds = 0;      // open to the first 1,000 records handed out (all of them when fewer)
    std::int64_t peakRssKb = 0;   // VmHWM of the measuring process
    std::int64_t rssBeforeKb = 0; // VmRSS before opening the file
    std::int64_t rssAfterKb = 0;  // VmRSS after reading, sessions kept, reader and parser gone
    double keptBytesPerSession = 0; // sizeof + owned heap of what is kept, per session (0 when not kept)
    std::int64_t errors = 0;      // findings by severity (the baseline counts only what its walk checks)
    std::int64_t warnings = 0;
    std::int64_t infos = 0;

    double megabytesPerSecond() const { return seconds > 0 ? double(bytes) / 1e6 / seconds : 0; }
    double megabytesPerCpuSecond() const { return cpuSeconds > 0 ? double(bytes) / 1e6 / cpuSeconds : 0; }
    double sessionsPerSecond() const { return seconds > 0 ? double(sessions) / seconds : 0; }
    double rssDeltaPerSession() const { return sessions > 0 ? double(rssAfterKb - rssBeforeKb) * 1024 / double(sessions) : 0; }
};

inline constexpr std::int64_t kFirstSessions = 1000;

// Reads `path` as `who` does, keeping the sessions in memory when `keep`; `expectSessions` (> 0) lets the
// container of kept sessions be sized once, as a model that knows the count would.
Measurement measure(Contender who, const QString &path, bool keep, std::int64_t expectSessions);

// The child writes its figures as "@bench key=value" lines on stdout; the parent reads them back.
QByteArray serialize(const Measurement &m);
Measurement deserialize(const QByteArray &output);

// Current process memory from /proc/self/status, in kB ("VmRSS", "VmHWM"); -1 if unknown.
std::int64_t procStatusKb(const char *field);

} // namespace Bench
