// One simulated charging session: the OCPI 2.2.1 Session fields the CPO publishes (mod_sessions 9.3.1) and the
// hidden plan that drives them (battery, power curve, when and how the session ends).
#pragma once

#include "rng.h"

#include "ocpi/datetime.h"
#include "ocpi/enums.h"
#include "ocpi/session.h"

#include <QtCore/QByteArray>

#include <cmath>
#include <limits>
#include <vector>

namespace Ocpi::Sim {

// An EVSE with one connector, at a location of the simulated CPO.
struct Evse
{
    QByteArray locationId;
    QByteArray uid;
    QByteArray connectorId;
    QByteArray meterId; // empty when the CPO does not publish one
    QByteArray tariffId;
    bool dc = false;
    double maxPowerKw = 0;
    qsizetype session = -1; // the session occupying it, -1 when free
};

// A driver's eMSP token (mod_cdrs 10.4.5 CdrToken) and the way it is usually authorised.
struct Driver
{
    QByteArray countryCode;
    QByteArray partyId;
    QByteArray uid;
    QByteArray contractId;
    TokenType type = TokenType::Rfid;
    AuthMethod authMethod = AuthMethod::Whitelist;
};

// A charging period as published (mod_cdrs 10.4.6); NaN volumes are left out.
struct SimPeriod
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    qint64 start = kNoTime;
    double energyKwh = kNone;
    double powerKw = kNone;
    double currentA = kNone;
    double stateOfCharge = kNone;
    double reservationHours = kNone;
    QByteArray tariffId;
};

// How the `invalid` fault breaks a record when it is served.
enum class Corruption : quint8 { None, KwhAsString, MissingConnectorId, ReservedStatus, OffsetDateTime };

class SimSession
{
public:
    enum class Kind : quint8 { Charge, Reservation };

    // The CPO's own identity (mod_sessions country_code / party_id).
    static constexpr char kCountryCode[] = "NL";
    static constexpr char kPartyId[] = "SIM";

    // A new session created at `now` on `evse` (index `evseIndex`) for `driver`; all its randomness comes from rng.
    SimSession(qsizetype index, qint64 now, qsizetype evseIndex, const Evse &evse, const Driver &driver, Rng rng,
               const QByteArray &idPrefix = QByteArrayLiteral("SIM-"));

    // Lets the session live until `now` (later than the previous call). Returns true when a published field changed.
    bool advance(qint64 now);

    bool isOpen() const; // PENDING, RESERVATION or ACTIVE
    const QByteArray &id() const { return m_id; }
    SessionStatus status() const { return m_status; }
    Kind kind() const { return m_kind; }
    bool isDc() const { return m_dc; }
    qint64 lastUpdated() const { return m_lastUpdated; }
    qsizetype evseIndex() const { return m_evseIndex; }
    qsizetype periodCount() const { return qsizetype(m_periods.size()); }
    double kwh() const; // as published: the sum of the published ENERGY volumes

    QByteArray toJson(Corruption corruption = Corruption::None) const;

private:
    void activate(qint64 now);
    bool charge(qint64 now);
    void complete(qint64 now);
    void expireReservation(qint64 now);
    void publish(qint64 now);
    void openPeriod(qint64 now);
    double powerKw();
    double currentA(double powerKw) const;
    double remainingKwh() const;
    qint64 periodLengthMs() const;

    // Published.
    QByteArray m_id;
    QByteArray m_locationId, m_evseUid, m_connectorId, m_meterId, m_tariffId;
    Driver m_driver;
    AuthMethod m_authMethod = AuthMethod::Whitelist;
    QByteArray m_authorizationReference;
    SessionStatus m_status = SessionStatus::Pending;
    qint64 m_start = kNoTime;
    qint64 m_end = kNoTime;
    qint64 m_lastUpdated = kNoTime;
    std::vector<SimPeriod> m_periods;
    Price m_totalCost;
    bool m_evseHidden = false; // a reservation without an EVSE yet: evse_uid and connector_id are "#NA"

    // The plan.
    Rng m_rng;
    qsizetype m_evseIndex = -1;
    Kind m_kind = Kind::Charge;
    bool m_dc = false;
    bool m_reportsSoc = false;
    bool m_invalidWhilePending = false;
    bool m_reservationHonoured = false;
    int m_phases = 3;
    double m_voltage = 400;
    double m_maxPowerKw = 11;
    double m_capacityKwh = 0;
    double m_soc = 0;
    double m_targetSoc = 0;
    double m_targetKwh = 0;
    double m_deliveredKwh = 0;
    double m_unpublishedKwh = 0;
    double m_power = 0;
    qint64 m_until = kNoTime;        // end of PENDING or of the reservation
    qint64 m_invalidAfterMs = 0;     // > 0: declared INVALID this long after becoming ACTIVE
    qint64 m_invalidAt = kNoTime;
    qint64 m_hardStop = kNoTime;
    qint64 m_lastPhysics = kNoTime;
    qint64 m_lastPublish = kNoTime;
};

} // namespace Ocpi::Sim
