#include "sessiongenerator.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <memory>
#include <random>
#include <string_view>

namespace Bench {

namespace {

using std::int64_t;
using std::string_view;

// A minimal JSON text writer in the style of Python's json.dumps(indent=N): one member per line,
// "key": value, empty containers as [] or {}. Strings are written as given: the generator only
// produces printable ASCII without quotes or backslashes, so nothing needs escaping.
class Writer
{
public:
    Writer(std::string &out, int indent) : o(out), indent(indent) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(string_view k)
    {
        separator();
        o += '"';
        o += k;
        o += indent ? string_view("\": ") : string_view("\":");
        afterKey = true;
    }
    void string(string_view s)
    {
        value();
        o += '"';
        o += s;
        o += '"';
    }
    void raw(string_view s)
    {
        value();
        o += s;
    }
    // units / 10^decimals, trailing zeros dropped (12.5, 3, 0.0125) as a double would print.
    void fixed(int64_t units, int decimals)
    {
        value();
        if (units < 0) {
            o += '-';
            units = -units;
        }
        int64_t scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        appendInt(units / scale);
        int64_t frac = units % scale;
        if (frac == 0)
            return;
        int digits = decimals;
        while (frac % 10 == 0) {
            frac /= 10;
            --digits;
        }
        o += '.';
        char buf[20];
        for (int i = digits - 1; i >= 0; --i) {
            buf[i] = char('0' + frac % 10);
            frac /= 10;
        }
        o.append(buf, size_t(digits));
    }
    void integer(int64_t v)
    {
        value();
        appendInt(v);
    }

    void member(string_view k, string_view s)
    {
        key(k);
        string(s);
    }

private:
    void appendInt(int64_t v)
    {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        o.append(buf, size_t(r.ptr - buf));
    }
    void value()
    {
        if (afterKey) {
            afterKey = false;
            return;
        }
        separator();
    }
    void separator()
    {
        if (depth == 0)
            return;
        if (!first)
            o += ',';
        newline();
        first = false;
    }
    void newline()
    {
        if (!indent)
            return;
        o += '\n';
        o.append(size_t(depth * indent), ' ');
    }
    void open(char c)
    {
        value();
        o += c;
        ++depth;
        first = true;
    }
    void close(char c)
    {
        --depth;
        if (!first)
            newline();
        o += c;
        first = false; // the enclosing container now holds at least this value
    }

    std::string &o;
    int indent;
    int depth = 0;
    bool first = true;
    bool afterKey = false;
};

// Deterministic on every platform (std::uniform_int_distribution is not).
class Random
{
public:
    explicit Random(std::uint64_t seed) : engine(seed) {}
    int64_t between(int64_t lo, int64_t hi) { return lo + int64_t(engine() % std::uint64_t(hi - lo + 1)); }
    int percent() { return int(engine() % 100); }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &a)
    {
        return a[size_t(engine() % N)];
    }
    void hex(std::string &out, int n, bool upper)
    {
        const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        for (int i = 0; i < n; ++i)
            out += digits[engine() & 15];
    }
    void decimal(std::string &out, int n)
    {
        for (int i = 0; i < n; ++i)
            out += char('0' + engine() % 10);
    }

private:
    std::mt19937_64 engine;
};

// "2024-03-01T08:12:33Z" for seconds since the epoch (Howard Hinnant's civil_from_days).
void appendDateTime(std::string &out, int64_t secs)
{
    int64_t days = secs / 86400;
    int64_t rem = secs % 86400;
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = int64_t(yoe) + era * 400 + (m <= 2);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(y), m, d, int(rem / 3600), int(rem / 60 % 60),
                  int(rem % 60));
    out += buf;
}

struct Party
{
    string_view country;
    string_view party;
    string_view currency;
    int vatPercent;
};

constexpr std::array<Party, 8> kCpos = {{{"NL", "TNM", "EUR", 21},
                                         {"DE", "ALL", "EUR", 19},
                                         {"BE", "EVB", "EUR", 21},
                                         {"FR", "FR1", "EUR", 20},
                                         {"GB", "BPC", "GBP", 20},
                                         {"AT", "SMT", "EUR", 20},
                                         {"DK", "CLV", "DKK", 25},
                                         {"SE", "VTF", "SEK", 25}}};
constexpr std::array<Party, 6> kEmsps = {{{"NL", "TST", {}, 0},
                                          {"DE", "8PS", {}, 0},
                                          {"BE", "ENE", {}, 0},
                                          {"FR", "CHA", {}, 0},
                                          {"GB", "OVO", {}, 0},
                                          {"CH", "MOV", {}, 0}}};
// Charger power in W.
constexpr std::array<int64_t, 7> kPowers = {3700, 7400, 11000, 11000, 22000, 50000, 150000};
constexpr std::array<string_view, 3> kTariffs = {"STANDARD", "AC-DAY", "DC-FAST-2024"};

// 2024-03-01T00:00:00Z
constexpr int64_t kEpochStart = 1709251200;

struct Period
{
    int64_t start, seconds, energy, watts; // energy in 1/10000 kWh
    int extra;                             // second dimension: 0 POWER, 1 CURRENT, 2 TIME, 3 MAX_POWER
    bool soc;                              // with a STATE_OF_CHARGE dimension
    int socValue;
    int tariff;                            // index into kTariffs, -1 for none
};

class SessionWriter
{
public:
    SessionWriter(Writer &w, Random &rng, int periods) : w(w), rng(rng), periods(periods) {}

    void write(int64_t index)
    {
        const Party &cpo = rng.pick(kCpos);
        const int statusRoll = rng.percent();
        const string_view status = statusRoll < 74   ? "COMPLETED"
                                   : statusRoll < 89 ? "ACTIVE"
                                   : statusRoll < 93 ? "INVALID"
                                   : statusRoll < 97 ? "PENDING"
                                                     : "RESERVATION";
        const bool charging = status == "COMPLETED" || status == "ACTIVE" || status == "INVALID";
        const bool ended = status == "COMPLETED" || status == "INVALID";
        const int64_t start = kEpochStart + index * 30 + rng.between(0, 3600);

        // Charging periods first: the session's end and kwh follow from them.
        const int64_t power = rng.pick(kPowers);
        int64_t t = start + rng.between(0, 20);
        int64_t energy = 0; // 1/10000 kWh
        int soc = int(rng.between(10, 40));
        std::array<Period, 64> list{};
        const int n = charging ? std::min(periods, int(list.size())) : 0;
        for (int i = 0; i < n; ++i) {
            Period &p = list[size_t(i)];
            p.start = t;
            p.seconds = rng.between(300, 1800);
            p.watts = power * rng.between(60, 100) / 100;
            p.energy = p.watts * p.seconds / 360; // W * s -> 1/10000 kWh
            const int roll = rng.percent();
            p.extra = roll < 60 ? 0 : roll < 75 ? 1 : roll < 90 ? 2 : 3;
            p.soc = rng.percent() < 20;
            soc = std::min(100, soc + int(rng.between(0, 6)));
            p.socValue = soc;
            p.tariff = rng.percent() < 60 ? int(rng.between(0, 2)) : -1;
            energy += p.energy;
            t += p.seconds;
        }
        const int64_t end = t;
        const int64_t lastUpdated = ended ? end + rng.between(0, 120)
                                    : n > 0 ? list[size_t(n - 1)].start + rng.between(0, list[size_t(n - 1)].seconds)
                                            : start + rng.between(0, 60);

        w.beginObject();
        w.member("country_code", cpo.country);
        w.member("party_id", cpo.party);
        s.clear();
        rng.hex(s, 8, false);
        s += '-';
        rng.hex(s, 4, false);
        s += "-4";
        rng.hex(s, 3, false);
        s += '-';
        s += "89ab"[rng.between(0, 3)];
        rng.hex(s, 3, false);
        s += '-';
        rng.hex(s, 12, false);
        w.member("id", s);
        dateTime("start_date_time", start);
        if (ended)
            dateTime("end_date_time", end);
        w.key("kwh");
        w.fixed(energy, 4);

        // cdr_token
        const int tokenRoll = rng.percent();
        const string_view tokenType = tokenRoll < 70 ? "RFID" : tokenRoll < 90 ? "APP_USER" : "AD_HOC_USER";
        const Party &emsp = tokenType == "AD_HOC_USER" ? cpo : rng.pick(kEmsps);
        w.key("cdr_token");
        w.beginObject();
        w.member("country_code", emsp.country);
        w.member("party_id", emsp.party);
        s.clear();
        if (tokenType == "RFID") {
            rng.hex(s, rng.percent() < 50 ? 8 : 14, true);
        } else {
            s += tokenType == "APP_USER" ? "APP" : "ADHOC-";
            rng.decimal(s, 12);
        }
        w.member("uid", s);
        w.member("type", tokenType);
        s.clear();
        s += emsp.country;
        s += '-';
        s += emsp.party;
        s += "-C";
        rng.decimal(s, 8);
        s += '-';
        s += char('A' + rng.between(0, 25));
        w.member("contract_id", s);
        w.endObject();

        const string_view authMethod = tokenType != "RFID" ? "COMMAND" : rng.percent() < 60 ? "WHITELIST" : "AUTH_REQUEST";
        w.member("auth_method", authMethod);
        if (authMethod != "WHITELIST") {
            s.clear();
            rng.hex(s, 16, true);
            w.member("authorization_reference", s);
        }
        const int64_t location = rng.between(1, 99999);
        s = "LOC";
        appendNumber(s, location);
        w.member("location_id", s);
        s.clear();
        s += cpo.country;
        s += '*';
        s += cpo.party;
        s += "*E";
        appendNumber(s, location);
        s += '*';
        appendNumber(s, rng.between(1, 4));
        w.member("evse_uid", s);
        s.clear();
        appendNumber(s, rng.between(1, 2));
        w.member("connector_id", s);
        if (rng.percent() < 40) {
            s = "MTR-";
            rng.hex(s, 8, true);
            w.member("meter_id", s);
        }
        w.member("currency", cpo.currency);

        if (status != "RESERVATION") {
            w.key("charging_periods");
            w.beginArray();
            for (int i = 0; i < n; ++i)
                writePeriod(list[size_t(i)]);
            w.endArray();
        }
        if (charging && (ended || rng.percent() < 50)) {
            // 0.29-0.79 per kWh, in cents
            const int64_t excl = energy * rng.between(29, 79) / 10000;
            w.key("total_cost");
            w.beginObject();
            w.key("excl_vat");
            w.fixed(excl, 2);
            w.key("incl_vat");
            w.fixed(excl * (100 + cpo.vatPercent) / 100, 2);
            w.endObject();
        }
        w.member("status", status);
        dateTime("last_updated", lastUpdated);
        w.endObject();
    }

private:
    void writePeriod(const Period &p)
    {
        w.beginObject();
        dateTime("start_date_time", p.start);
        w.key("dimensions");
        w.beginArray();
        dimension("ENERGY", p.energy, 4);
        switch (p.extra) {
        case 0:
            dimension("POWER", p.watts / 10, 2); // kW with 2 decimals
            break;
        case 1:
            dimension("CURRENT", p.watts * 10 / 230 / 3, 1); // three-phase A with 1 decimal
            break;
        case 2:
            dimension("TIME", p.seconds * 10000 / 3600, 4); // h, never longer than the period
            break;
        default:
            dimension("MAX_POWER", p.watts * 11 / 100, 1); // kW with 1 decimal
            break;
        }
        if (p.soc)
            dimension("STATE_OF_CHARGE", p.socValue, 0);
        w.endArray();
        if (p.tariff >= 0)
            w.member("tariff_id", kTariffs[size_t(p.tariff)]);
        w.endObject();
    }
    void dimension(string_view type, int64_t units, int decimals)
    {
        w.beginObject();
        w.member("type", type);
        w.key("volume");
        w.fixed(units, decimals);
        w.endObject();
    }
    void dateTime(string_view key, int64_t secs)
    {
        s.clear();
        appendDateTime(s, secs);
        w.member(key, s);
    }
    static void appendNumber(std::string &out, int64_t v)
    {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, size_t(r.ptr - buf));
    }

    Writer &w;
    Random &rng;
    int periods;
    std::string s;
};

} // namespace

GeneratedFile generateSessionFile(const std::string &path, const GeneratorOptions &options)
{
    GeneratedFile result;
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!file) {
        result.error = "cannot create " + path;
        return result;
    }
    const bool ndjson = options.format == FileFormat::Ndjson;
    std::string out;
    constexpr size_t kFlushAt = size_t(1) << 20;
    out.reserve(kFlushAt + (size_t(64) << 10));
    Writer w(out, ndjson ? 0 : options.indent);
    Random rng(options.seed);
    SessionWriter sessions(w, rng, options.periods);
    bool writeOk = true;
    auto flush = [&] {
        if (!out.empty() && std::fwrite(out.data(), 1, out.size(), file.get()) != out.size())
            writeOk = false;
        result.bytes += int64_t(out.size());
        out.clear();
    };

    if (options.format == FileFormat::Envelope) {
        w.beginObject();
        w.key("data");
    }
    if (!ndjson)
        w.beginArray();
    for (int64_t i = 0; i < options.sessions && writeOk; ++i) {
        sessions.write(i);
        if (ndjson)
            out += '\n';
        if (out.size() >= kFlushAt)
            flush();
    }
    if (!ndjson)
        w.endArray();
    if (options.format == FileFormat::Envelope) {
        w.key("status_code");
        w.integer(1000);
        w.member("status_message", "Success");
        w.key("timestamp");
        std::string now;
        appendDateTime(now, kEpochStart + options.sessions * 30 + 86400); // after the last update
        w.string(now);
        w.endObject();
    }
    if (!ndjson)
        out += '\n';
    flush();
    if (std::fflush(file.get()) != 0 || std::ferror(file.get()))
        writeOk = false;
    if (!writeOk) {
        result.error = "cannot write " + path + " (disk full?)";
        return result;
    }
    result.ok = true;
    result.sessions = options.sessions;
    return result;
}

bool parseFileFormat(const std::string &name, FileFormat &out)
{
    if (name == "array")
        out = FileFormat::Array;
    else if (name == "envelope")
        out = FileFormat::Envelope;
    else if (name == "ndjson")
        out = FileFormat::Ndjson;
    else
        return false;
    return true;
}

const char *fileFormatName(FileFormat f)
{
    switch (f) {
    case FileFormat::Array:
        return "array";
    case FileFormat::Envelope:
        return "envelope";
    case FileFormat::Ndjson:
        break;
    }
    return "ndjson";
}

} // namespace Bench
