#include "simworld.h"

#include <algorithm>
#include <array>

namespace Ocpi::Sim {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHistoryGapMs = 6 * kMinute;  // one initial session every 6 simulated minutes
constexpr qint64 kHistoryStepMs = kMinute;     // the history is lived in one-minute steps
constexpr qint64 kMeanIdleMs = 60 * kMinute;   // a free EVSE gets a new session after an hour on average

constexpr std::array<const char *, 5> kCountries{"NL", "DE", "BE", "FR", "AT"};
constexpr std::array<const char *, 5> kProviders{"TST", "EMP", "GRN", "VLT", "CHG"};

Driver makeDriver(Rng &rng)
{
    Driver d;
    d.countryCode = kCountries[size_t(rng.range(0, int(kCountries.size()) - 1))];
    d.partyId = kProviders[size_t(rng.range(0, int(kProviders.size()) - 1))];
    // An eMA ID (eMI3), e.g. NL-TST-C12345678-S, naming the token's own country and provider.
    d.contractId = d.countryCode + '-' + d.partyId + "-C" + QByteArray::number(rng.range(10000000, 99999999)) + '-'
                   + char('A' + rng.range(0, 25));
    const double kind = rng.uniform();
    const QByteArray hex = QByteArray::number(rng.next(), 16).toUpper().rightJustified(16, '0');
    if (kind < 0.7) {
        d.type = TokenType::Rfid;
        d.uid = hex.left(rng.chance(0.5) ? 8 : 14); // 4- or 7-byte RFID UID
        d.authMethod = rng.chance(0.7) ? AuthMethod::Whitelist : AuthMethod::AuthRequest;
    } else if (kind < 0.9) {
        d.type = TokenType::AppUser;
        d.uid = "APP-" + hex.left(12);
        d.authMethod = AuthMethod::Command; // StartSession from the eMSP's app
    } else {
        d.type = TokenType::AdHocUser;
        d.uid = "ADHOC-" + hex.left(10);
        d.authMethod = AuthMethod::AuthRequest;
    }
    return d;
}

Evse makeEvse(Rng &rng, qsizetype i)
{
    Evse e;
    const QByteArray n = QByteArray::number(i + 1).rightJustified(4, '0');
    e.locationId = "LOC-" + QByteArray::number(i / 4 + 1).rightJustified(3, '0');
    e.uid = "EVSE-" + n;
    e.dc = i % 5 >= 3; // two DC EVSEs in five
    if (e.dc) {
        static constexpr std::array<double, 3> kw{50, 150, 350};
        e.maxPowerKw = kw[size_t(rng.range(0, 2))];
        e.connectorId = rng.chance(0.8) ? "1" : "2";
        e.tariffId = e.maxPowerKw >= 300 ? "DC-HPC" : "DC-FAST";
    } else {
        static constexpr std::array<double, 3> kw{7.4, 11, 22};
        e.maxPowerKw = kw[size_t(rng.range(0, 2))];
        e.connectorId = "1";
        e.tariffId = "AC-STD";
    }
    if (rng.chance(0.8))
        e.meterId = "MTR-" + n;
    return e;
}

} // namespace

World::World(quint64 seed, qint64 startTime, int initialSessions, const QByteArray &idPrefix)
    : m_seed(seed), m_idPrefix(idPrefix), m_now(startTime), m_rng(mix64(seed))
{
    const int sessions = std::max(0, initialSessions);
    const qsizetype evses = std::clamp<qsizetype>(sessions / 3, 12, 500);
    m_evses.reserve(size_t(evses));
    for (qsizetype i = 0; i < evses; ++i)
        m_evses.push_back(makeEvse(m_rng, i));
    const qsizetype drivers = std::clamp<qsizetype>(sessions / 2, 20, 5000);
    m_drivers.reserve(size_t(drivers));
    for (qsizetype i = 0; i < drivers; ++i)
        m_drivers.push_back(makeDriver(m_rng));

    m_sessions.reserve(size_t(sessions));
    const qint64 first = startTime - sessions * kHistoryGapMs;
    int created = 0;
    for (qint64 t = first; t <= startTime; t += kHistoryStepMs) {
        step(t, kHistoryStepMs, false);
        while (created < sessions && first + created * kHistoryGapMs <= t) {
            create(t, pickEvse());
            ++created;
        }
    }
    m_now = startTime;
}

void World::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    step(m_now + ms, ms, true);
}

// Sets the clock to `now`, lets the open sessions evolve and retires the ones that closed. With `arrivals` (after
// the history), new sessions arrive on free EVSEs.
void World::step(qint64 now, qint64 dt, bool arrivals)
{
    m_now = now;
    for (const qsizetype i : m_open)
        m_sessions[size_t(i)].advance(now);
    std::erase_if(m_open, [this](qsizetype i) {
        const SimSession &s = m_sessions[size_t(i)];
        if (s.isOpen())
            return false;
        Evse &e = m_evses[size_t(s.evseIndex())];
        if (e.session == i)
            e.session = -1;
        return true;
    });
    if (!arrivals)
        return;
    const double p = std::min(1.0, double(dt) / double(kMeanIdleMs));
    for (qsizetype e = 0; e < evseCount(); ++e) {
        if (m_evses[size_t(e)].session < 0 && m_rng.chance(p))
            create(now, e);
    }
}

void World::create(qint64 now, qsizetype evse)
{
    const qsizetype index = size();
    const Driver &driver = m_drivers[size_t(m_rng.range64(0, qint64(m_drivers.size()) - 1))];
    m_sessions.emplace_back(index, now, evse, m_evses[size_t(evse)], driver, Rng(mix64(m_seed ^ mix64(quint64(index) + 1))),
                            m_idPrefix);
    m_open.push_back(index);
    m_evses[size_t(evse)].session = index;
}

// A free EVSE at random; while living through the history, when every EVSE is busy, any EVSE.
qsizetype World::pickEvse()
{
    const qsizetype n = evseCount();
    const qsizetype start = qsizetype(m_rng.range64(0, n - 1));
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype e = (start + k) % n;
        if (m_evses[size_t(e)].session < 0)
            return e;
    }
    return start;
}

} // namespace Ocpi::Sim
