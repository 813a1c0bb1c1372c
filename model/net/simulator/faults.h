// The faults the simulator can inject (`simulate --faults 500,429,...`), each independent of the others.
#pragma once

#include <QtCore/QFlags>
#include <QtCore/QLatin1StringView>
#include <QtCore/QString>

#include <span>

namespace Ocpi::Sim {

enum class Fault : quint16 {
    None = 0,
    // Per request: each picks a seeded fraction (Options::faultRate) of the distinct requests (method, path and
    // query). A request gets at most one fault, on its first attempt only: a client that retries gets through.
    Http500 = 1 << 0,    // "500": HTTP 500, envelope status_code 3000
    Http429 = 1 << 1,    // "429": HTTP 429 with Retry-After: 1, envelope status_code 2000
    Status2001 = 1 << 2, // "2001": HTTP 200, status_code 2001, no data
    Status3000 = 1 << 3, // "3000": HTTP 200, status_code 3000, no data
    Slow = 1 << 4,       // "slow": the right answer, sent after Options::slowDelayMs (event loop not blocked)
    Truncated = 1 << 5,  // "truncated": HTTP 200, Content-Length of the cut body, the JSON cut off in the middle
    LinkLoop = 1 << 6,   // "linkloop": a page after the first whose Link rel="next" points back to the first page
    // Per session: a seeded fraction (Options::faultRate) of the sessions break a spec rule, always the same way.
    Invalid = 1 << 7,    // "invalid": kwh as a string, connector_id missing, status RESERVED or a +00:00 offset
    // Whole server: the Authorization header must carry the plain token (2.1.1 style); Base64 is refused with 401.
    BadToken = 1 << 8,   // "badtoken"
};
Q_DECLARE_FLAGS(Faults, Fault)
Q_DECLARE_OPERATORS_FOR_FLAGS(Faults)

// Every fault, in the order a request fault is tried (one fault per request at most).
std::span<const Fault> allFaults();

// The command-line name: "500", "429", "2001", "3000", "slow", "truncated", "linkloop", "invalid", "badtoken".
QLatin1StringView faultName(Fault f);

// Parses a comma-separated list of fault names (spaces and empty entries ignored, case-insensitive).
// On an unknown name returns false and sets *error (when not null).
bool parseFaults(QStringView list, Faults *out, QString *error = nullptr);

// "500,slow" (in allFaults() order), "" for none.
QString faultList(Faults faults);

} // namespace Ocpi::Sim
