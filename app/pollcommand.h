// `ocpi-session-monitor poll --url URL [--once] [--format ndjson|json|csv] ...`: headless polling of an OCPI
// 2.2.1 Sessions SENDER, sessions to stdout as they arrive, progress and errors to stderr.
#pragma once

#include <QtCore/QStringList>

namespace App {

// Returns the process exit code: 0 ok, 1 some session invalid (with --validate), 2 a failure (unreachable,
// refused token, usage error...). Needs a QCoreApplication; runs its own event loop until done or signalled.
int runPoll(const QStringList &arguments);

} // namespace App
