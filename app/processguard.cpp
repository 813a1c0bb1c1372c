#include "processguard.h"

#include <QtCore/QtGlobal>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#else
#include <sys/resource.h>
#endif

namespace App::ProcessGuard {

Outcome keepSecretsOutOfCoreDumps(QString *error)
{
    if (qEnvironmentVariableIntValue("OSM_ALLOW_CORE_DUMPS") == 1)
        return Outcome::AllowedByUser;
#if defined(Q_OS_LINUX)
    // PR_SET_DUMPABLE 0: the kernel writes no core dump of this process, whatever RLIMIT_CORE and core_pattern say
    // (a pipe to systemd-coredump included) while fs.suid_dumpable is 0, the default (at 2 a dump readable by root
    // only is written); and ptrace and /proc/<pid>/mem of it need CAP_SYS_PTRACE. It holds until the process ends;
    // a child started by exec is dumpable again.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return Outcome::Failed;
    }
#else
    // Elsewhere: no core file (the soft limit; a child process may raise it again).
    rlimit limit{};
    ::getrlimit(RLIMIT_CORE, &limit);
    limit.rlim_cur = 0;
    if (::setrlimit(RLIMIT_CORE, &limit) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return Outcome::Failed;
    }
#endif
    return Outcome::Protected;
}

} // namespace App::ProcessGuard
