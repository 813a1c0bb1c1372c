// `ocpi-session-monitor cache [--list | --export FILE | --clear] [--endpoint KEY] [--db FILE]`: headless look at
// the offline cache (model/store): what is kept per endpoint, the cached sessions as NDJSON, or forgetting them.
#pragma once

#include <QtCore/QStringList>

namespace App {

// Returns the process exit code: 0 ok, 2 a usage error or a cache that cannot be opened, read or written.
int runCache(const QStringList &arguments);

} // namespace App
