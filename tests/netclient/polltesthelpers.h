// Helpers shared by the client test suites: run one poll to its end, and name a result's errors.
#pragma once

#include "net/client/sessionpoller.h"

#include <QtCore/QStringList>
#include <QtTest/QSignalSpy>

namespace PollTest {

inline Ocpi::Net::PollResult poll(Ocpi::Net::SessionPoller &poller, int timeoutMs = 30000)
{
    QSignalSpy done(&poller, &Ocpi::Net::SessionPoller::pollFinished);
    poller.pollNow();
    if (done.isEmpty() && !done.wait(timeoutMs))
        qWarning("the poll did not finish");
    return done.isEmpty() ? Ocpi::Net::PollResult{} : done.constFirst().constFirst().value<Ocpi::Net::PollResult>();
}

inline QString errorsOf(const Ocpi::Net::PollResult &r)
{
    QStringList out;
    for (const Ocpi::Net::PollError &e : r.errors)
        out.append(QString(Ocpi::Net::errorKindName(e.kind)) + QLatin1String(": ") + e.message);
    return out.join(QLatin1String(" | "));
}

} // namespace PollTest
