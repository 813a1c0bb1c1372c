// The simulated CPO's world: locations with EVSEs, drivers, and the sessions in creation order, evolving with a
// simulated clock. No network and no timer: advance() is the only thing that moves it, so it is deterministic
// for a given seed, start time and sequence of advance() calls.
#pragma once

#include "rng.h"
#include "simsession.h"

#include <QtCore/QByteArray>

#include <vector>

namespace Ocpi::Sim {

class World
{
public:
    // Creates the EVSEs and drivers, then lives through the history of `initialSessions` sessions (one every
    // few simulated minutes before `startTime`), so that at startTime some are finished and some still open.
    // Session ids are idPrefix and a six-digit number.
    World(quint64 seed, qint64 startTime, int initialSessions, const QByteArray &idPrefix = QByteArrayLiteral("SIM-"));

    // Moves the clock forward by `ms` (> 0): open sessions evolve, new ones arrive on free EVSEs.
    void advance(qint64 ms);

    qint64 now() const { return m_now; }
    quint64 seed() const { return m_seed; }
    qsizetype size() const { return qsizetype(m_sessions.size()); }
    const SimSession &session(qsizetype i) const { return m_sessions[size_t(i)]; }
    qsizetype evseCount() const { return qsizetype(m_evses.size()); }
    qsizetype openCount() const { return qsizetype(m_open.size()); }

private:
    void step(qint64 now, qint64 dt, bool arrivals);
    void create(qint64 now, qsizetype evse);
    qsizetype pickEvse();

    quint64 m_seed;
    QByteArray m_idPrefix;
    qint64 m_now;
    Rng m_rng;
    std::vector<Evse> m_evses;
    std::vector<Driver> m_drivers;
    std::vector<SimSession> m_sessions;
    std::vector<qsizetype> m_open; // indices of PENDING, RESERVATION and ACTIVE sessions
};

} // namespace Ocpi::Sim
