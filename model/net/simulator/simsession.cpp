#include "simsession.h"

#include "jsonwriter.h"

#include <algorithm>
#include <array>

namespace Ocpi::Sim {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

constexpr qint64 kPhysicsStepMs = kMinute;   // power curves are integrated in steps of at most this
constexpr qint64 kMeterIntervalMs = kMinute; // an ACTIVE session publishes its meter values this often
constexpr double kVatRate = 0.21;
constexpr double kAcPricePerKwh = 0.39;
constexpr double kDcPricePerKwh = 0.59;
constexpr double kDcSessionFee = 0.50;
constexpr double kReservationFee = 1.00;
constexpr double kMainsVoltage = 230;

double round2(double v)
{
    return std::round(v * 100) / 100;
}

double round3(double v)
{
    return std::round(v * 1000) / 1000;
}

QByteArray hexBytes(Rng &rng, int digits)
{
    QByteArray s = QByteArray::number(rng.next(), 16).toUpper().rightJustified(16, '0');
    return s.right(digits);
}

QByteArrayView view(QLatin1StringView s)
{
    return QByteArrayView(s.data(), s.size());
}

QByteArray dateTime(qint64 msecs)
{
    return formatDateTimeUtc(msecs).toLatin1();
}

Price priceOf(double exclVat)
{
    Price p;
    p.exclVat = round2(exclVat);
    p.inclVat = round2(p.exclVat * (1 + kVatRate));
    return p;
}

} // namespace

SimSession::SimSession(qsizetype index, qint64 now, qsizetype evseIndex, const Evse &evse, const Driver &driver, Rng rng,
                       const QByteArray &idPrefix)
    : m_id(idPrefix + QByteArray::number(index + 1).rightJustified(6, '0')),
      m_locationId(evse.locationId),
      m_evseUid(evse.uid),
      m_connectorId(evse.connectorId),
      m_meterId(evse.meterId),
      m_tariffId(evse.tariffId),
      m_driver(driver),
      m_authMethod(driver.authMethod),
      m_start(now),
      m_lastUpdated(now),
      m_rng(rng),
      m_evseIndex(evseIndex),
      m_dc(evse.dc)
{
    // The order of the draws below is part of the seed's meaning: append, never reorder.
    m_kind = m_rng.chance(0.06) ? Kind::Reservation : Kind::Charge;
    if (m_rng.chance(0.04)) {
        m_invalidWhilePending = m_kind == Kind::Charge && m_rng.chance(0.5);
        if (!m_invalidWhilePending)
            m_invalidAfterMs = m_rng.range64(2, 10) * kMinute;
    }
    if (m_kind == Kind::Reservation) {
        m_status = SessionStatus::Reservation;
        m_authMethod = AuthMethod::Command; // ReserveNow (mod_commands)
        m_until = now + m_rng.range64(10, 30) * kMinute;
        m_reservationHonoured = m_rng.chance(0.6);
        m_evseHidden = m_rng.chance(0.5);
    } else {
        m_status = SessionStatus::Pending;
        m_until = now + m_rng.range64(15, 120) * kSecond;
    }
    if (m_authMethod != AuthMethod::Whitelist)
        m_authorizationReference = QByteArrayLiteral("AUTH-") + hexBytes(m_rng, 12);

    if (m_dc) {
        m_capacityKwh = m_rng.uniform(40, 100);
        m_soc = m_rng.uniform(8, 45);
        m_targetSoc = m_rng.chance(0.6) ? 80 : m_rng.uniform(85, 100);
        m_maxPowerKw = std::min(evse.maxPowerKw, m_rng.uniform(50, 250)); // the car's limit
        m_voltage = evse.maxPowerKw >= 300 ? 800 : 400;
        m_reportsSoc = m_rng.chance(0.75);
    } else {
        static constexpr std::array<double, 4> onboardChargerKw{3.7, 7.4, 11, 22};
        m_maxPowerKw = std::min(evse.maxPowerKw, onboardChargerKw[size_t(m_rng.range(0, 3))]);
        m_phases = m_maxPowerKw > 7.4 ? 3 : 1;
        m_targetKwh = m_rng.uniform(4, 40);
    }
}

bool SimSession::isOpen() const
{
    return m_status == SessionStatus::Pending || m_status == SessionStatus::Reservation
           || m_status == SessionStatus::Active;
}

bool SimSession::advance(qint64 now)
{
    switch (m_status) {
    case SessionStatus::Pending:
        if (now < m_until)
            return false;
        if (m_invalidWhilePending) { // e.g. the eMSP refused the authorisation
            m_status = SessionStatus::Invalid;
            m_lastUpdated = now;
        } else {
            activate(now);
        }
        return true;
    case SessionStatus::Reservation:
        if (now < m_until)
            return false;
        if (m_reservationHonoured)
            activate(now); // the driver arrived (mod_sessions 9.1.4: RESERVATION -> ACTIVE)
        else
            expireReservation(now); // no charging: COMPLETED (mod_sessions 9.1.4)
        return true;
    case SessionStatus::Active:
        return charge(now);
    default:
        return false;
    }
}

void SimSession::activate(qint64 now)
{
    m_status = SessionStatus::Active;
    m_evseHidden = false;
    m_start = now; // start_date_time moves to the moment the session became ACTIVE (mod_sessions 9.3.1)
    m_lastPhysics = now;
    m_lastPublish = now;
    m_hardStop = now + (m_dc ? 2 * kHour : 14 * kHour);
    if (m_invalidAfterMs > 0)
        m_invalidAt = now + m_invalidAfterMs;
    m_power = powerKw();
    openPeriod(now);
    m_lastUpdated = now;
}

bool SimSession::charge(qint64 now)
{
    bool full = false;
    for (qint64 t = m_lastPhysics; t < now && !full;) {
        const qint64 dt = std::min(kPhysicsStepMs, now - t);
        m_power = powerKw();
        double energy = m_power * double(dt) / double(kHour);
        const double need = remainingKwh();
        if (energy >= need) {
            energy = std::max(0.0, need);
            full = true;
        }
        m_deliveredKwh += energy;
        m_unpublishedKwh += energy;
        if (m_dc)
            m_soc += energy / m_capacityKwh * 100;
        t += dt;
    }
    m_lastPhysics = now;

    if (m_invalidAt != kNoTime && now >= m_invalidAt) { // e.g. the meter failed: the session will not be billed
        publish(now);
        m_status = SessionStatus::Invalid;
        return true;
    }
    if (full || now >= m_hardStop) {
        publish(now);
        complete(now);
        return true;
    }
    if (now - m_lastPublish < kMeterIntervalMs)
        return false;
    publish(now);
    if (now - m_periods.back().start >= periodLengthMs())
        openPeriod(now);
    return true;
}

void SimSession::publish(qint64 now)
{
    SimPeriod &p = m_periods.back();
    p.energyKwh += m_unpublishedKwh;
    m_unpublishedKwh = 0;
    p.powerKw = m_power;
    p.currentA = currentA(m_power);
    if (m_reportsSoc)
        p.stateOfCharge = std::min(100.0, m_soc);
    m_lastPublish = now;
    m_lastUpdated = now;
}

void SimSession::openPeriod(qint64 now)
{
    SimPeriod p;
    p.start = now;
    p.energyKwh = 0;
    p.powerKw = m_power;
    p.currentA = currentA(m_power);
    if (m_reportsSoc)
        p.stateOfCharge = std::min(100.0, m_soc);
    p.tariffId = m_tariffId;
    m_periods.push_back(std::move(p));
}

void SimSession::complete(qint64 now)
{
    m_status = SessionStatus::Completed;
    m_end = now;
    m_lastUpdated = now;
    const double energyCost = kwh() * (m_dc ? kDcPricePerKwh : kAcPricePerKwh);
    m_totalCost = priceOf(energyCost + (m_dc ? kDcSessionFee : 0));
}

void SimSession::expireReservation(qint64 now)
{
    m_status = SessionStatus::Completed;
    m_end = now;
    m_lastUpdated = now;
    SimPeriod p;
    p.start = m_start;
    // Rounded down, so that RESERVATION_TIME never exceeds the period it describes.
    p.reservationHours = std::floor(double(now - m_start) / double(kHour) * 1000) / 1000;
    p.tariffId = QByteArrayLiteral("RESERVATION");
    m_periods.push_back(std::move(p));
    m_totalCost = priceOf(kReservationFee);
}

double SimSession::powerKw()
{
    const double noise = m_rng.uniform(0.97, 1.0);
    if (!m_dc)
        return m_maxPowerKw * noise; // AC: flat, set by the onboard charger or the EVSE
    // DC: full power up to 50 % state of charge, then tapering towards 100 %.
    const double taper = m_soc <= 50 ? 1.0 : std::max(0.12, 1.0 - 0.85 * (m_soc - 50) / 50);
    return m_maxPowerKw * taper * noise;
}

double SimSession::currentA(double powerKw) const
{
    return m_dc ? powerKw * 1000 / m_voltage : powerKw * 1000 / (kMainsVoltage * m_phases);
}

double SimSession::remainingKwh() const
{
    if (m_dc)
        return (m_targetSoc - m_soc) / 100 * m_capacityKwh;
    return m_targetKwh - m_deliveredKwh;
}

qint64 SimSession::periodLengthMs() const
{
    return m_dc ? 5 * kMinute : 15 * kMinute;
}

double SimSession::kwh() const
{
    double sum = 0;
    for (const SimPeriod &p : m_periods) {
        if (!std::isnan(p.energyKwh))
            sum += round3(p.energyKwh);
    }
    return round3(sum);
}

QByteArray SimSession::toJson(Corruption corruption) const
{
    static const QByteArray notAvailable = QByteArrayLiteral("#NA"); // transport_and_format 4.1.9
    JsonWriter w(1024 + 160 * qsizetype(m_periods.size()));
    w.beginObject();
    w.field("country_code", kCountryCode).field("party_id", kPartyId).field("id", m_id);
    w.field("start_date_time", dateTime(m_start));
    if (m_end != kNoTime)
        w.field("end_date_time", dateTime(m_end));
    if (corruption == Corruption::KwhAsString)
        w.field("kwh", formatNumber(kwh(), 3));
    else
        w.field("kwh", kwh(), 3);
    w.key("cdr_token").beginObject();
    w.field("country_code", m_driver.countryCode).field("party_id", m_driver.partyId).field("uid", m_driver.uid);
    w.field("type", view(spelling(m_driver.type))).field("contract_id", m_driver.contractId);
    w.endObject();
    w.field("auth_method", view(spelling(m_authMethod)));
    if (!m_authorizationReference.isEmpty())
        w.field("authorization_reference", m_authorizationReference);
    w.field("location_id", m_locationId);
    w.field("evse_uid", m_evseHidden ? notAvailable : m_evseUid);
    if (corruption != Corruption::MissingConnectorId)
        w.field("connector_id", m_evseHidden ? notAvailable : m_connectorId);
    if (!m_meterId.isEmpty() && !m_evseHidden)
        w.field("meter_id", m_meterId);
    w.field("currency", "EUR");
    if (!m_periods.empty()) {
        w.key("charging_periods").beginArray();
        for (const SimPeriod &p : m_periods) {
            w.beginObject();
            w.field("start_date_time", dateTime(p.start));
            w.key("dimensions").beginArray();
            const auto dimension = [&w](CdrDimensionType type, double volume, int decimals) {
                if (!std::isnan(volume))
                    w.beginObject().field("type", view(spelling(type))).field("volume", volume, decimals).endObject();
            };
            dimension(CdrDimensionType::Energy, p.energyKwh, 3);
            dimension(CdrDimensionType::Power, p.powerKw, 2);
            dimension(CdrDimensionType::Current, p.currentA, 1);
            dimension(CdrDimensionType::StateOfCharge, p.stateOfCharge, 1);
            dimension(CdrDimensionType::ReservationTime, p.reservationHours, 3);
            w.endArray();
            if (!p.tariffId.isEmpty())
                w.field("tariff_id", p.tariffId);
            w.endObject();
        }
        w.endArray();
    }
    if (m_totalCost.isValid()) {
        w.key("total_cost").beginObject();
        w.field("excl_vat", m_totalCost.exclVat, 2).field("incl_vat", m_totalCost.inclVat, 2);
        w.endObject();
    }
    if (corruption == Corruption::ReservedStatus)
        w.field("status", "RESERVED"); // the word of mod_sessions 9.1.4, not a SessionStatus value
    else
        w.field("status", view(spelling(m_status)));
    QByteArray lastUpdated = dateTime(m_lastUpdated);
    if (corruption == Corruption::OffsetDateTime)
        lastUpdated.replace('Z', "+00:00");
    w.field("last_updated", lastUpdated);
    w.endObject();
    return w.take();
}

} // namespace Ocpi::Sim
