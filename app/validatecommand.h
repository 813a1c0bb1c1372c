// `ocpi-session-monitor validate [--format text|json] FILE...`: headless validation of Session files.
#pragma once

#include <QtCore/QStringList>

namespace App {

// Returns the process exit code: 0 all valid, 1 some session invalid, 2 a file unreadable or a usage error.
int runValidate(const QStringList &arguments);

} // namespace App
