// Values derived from a Session for the table (power, duration, cost) and the formatting of masked token uids,
// durations and times. Widget-free, locale-free where possible; the model adds QLocale and tr().
#pragma once

#include "ocpi/session.h"

#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/qnamespace.h>

namespace SessionFormat {

// Where the power of the last charging period came from.
enum class PowerSource : quint8 { None, Power, MaxPower, Energy };

// kW of charging period i (mod_cdrs 10.4.6), which ends at periodEnd (ms; kNoTime when unknown): its POWER
// dimension, else MAX_POWER, else its ENERGY (kWh) divided by its duration (mod_cdrs 10.4.3). NaN when none of
// these gives a value.
double periodPowerKw(const Ocpi::Session &s, qsizetype i, qint64 periodEnd, PowerSource *from = nullptr);

// kW of the last charging period ("current power"): periodPowerKw() of it, ending at endOrLastUpdated(). NaN
// when there is no charging period or none of these gives a value.
double powerKw(const Ocpi::Session &s, PowerSource *from = nullptr);

// end_date_time, or last_updated while the session has no end (kNoTime when neither is known): when the
// session, and so its last charging period (mod_cdrs 10.4.6), ends as far as is known.
qint64 endOrLastUpdated(const Ocpi::Session &s);

// end_date_time - start_date_time, or last_updated - start_date_time while there is no end; -1 when unknown
// or negative.
qint64 durationMs(const Ocpi::Session &s);

// total_cost incl_vat when given, else excl_vat; NaN when absent.
double cost(const Ocpi::Session &s);

// The first two and last two characters of a token uid, the rest as bullets: "04A1B2C3" -> "04••••C3".
// Uids of four characters or fewer are masked completely.
QString maskUid(QStringView uid);

// "RFID 04••••C3"; the type alone when there is no uid, the masked uid alone when the type is unknown.
QString authText(const Ocpi::Session &s);

// Hours and minutes, "h:mm" (minutes rounded down): 3'900'000 ms -> "1:05"; 27 h -> "27:00". Empty when ms < 0.
QString formatDuration(qint64 ms);

// "yyyy-MM-dd HH:mm:ss" in UTC or in local time; empty for Ocpi::kNoTime.
QString formatDateTime(qint64 msecs, Qt::TimeSpec spec);

// The zone times are shown in, for labels: "UTC", or the local zone's abbreviation at `atMsecs` ("CET", "CEST"),
// or its offset ("UTC+05:30") where the system has no abbreviation.
QString zoneName(Qt::TimeSpec spec, qint64 atMsecs);
// formatDateTime with the zone written after it: "2015-06-29 22:39:09 UTC", or the local zone's abbreviation
// ("2015-06-30 00:39:09 CEST"). Empty for Ocpi::kNoTime.
QString formatDateTimeWithZone(qint64 msecs, Qt::TimeSpec spec);

// Start of the UTC day holding msecs (00:00:00Z), for SessionTableModel::setTodayStart.
qint64 utcDayStart(qint64 msecs);

} // namespace SessionFormat
