// `ocpi-session-monitor simulate [--port P] [--token T] [--sessions N] [--faults LIST] [--seed S] [--speed S]`:
// runs the built-in OCPI 2.2.1 CPO on 127.0.0.1 until SIGINT or SIGTERM.
#pragma once

#include <QtCore/QStringList>

namespace App {

// Needs a QCoreApplication; runs its event loop. Returns the process exit code: 0 after SIGINT/SIGTERM,
// 2 on a usage error or when the port cannot be opened.
int runSimulate(const QStringList &arguments);

} // namespace App
