// Keeps the credentials token out of core dumps and away from the user's other processes.
//
// The window and `poll` hold tokens in memory (from the keychain, a token file or OCPI_TOKEN), and `simulate` holds
// the token it accepts. A core dump writes the whole memory of a crashed process to disk in plain text, where it
// stays (systemd-coredump keeps them for days), and a process of the same user could read that memory through
// ptrace or /proc/<pid>/mem. The security rules (docs/RELIABILITY.md, Security) allow a token only in the keychain
// or in memory, so these processes make themselves non-dumpable at start. OSM_ALLOW_CORE_DUMPS=1 keeps the system's
// behaviour, to debug a crash.
#pragma once

#include <QtCore/QString>

namespace App::ProcessGuard {

enum class Outcome {
    Protected,     // no core dump will be written; no ptrace or /proc/<pid>/mem access by the user's other processes
    AllowedByUser, // OSM_ALLOW_CORE_DUMPS=1: nothing changed
    Failed,        // the system refused (the message says why)
};

// Call before any token is read. `error` receives the reason when it fails.
Outcome keepSecretsOutOfCoreDumps(QString *error = nullptr);

} // namespace App::ProcessGuard
