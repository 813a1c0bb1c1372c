// Section references into the OCPI 2.2.1 specification, cited by every finding.
// Numbers are those of the full 2.2.1 document (Sessions = chapter 9, CDRs = 10, Tokens = 12, Types = 16).
#pragma once

#include <QtCore/QLatin1StringView>

namespace Ocpi::Spec {

inline constexpr QLatin1StringView SessionObject("mod_sessions 9.3.1 Session Object");
inline constexpr QLatin1StringView Reservation("mod_sessions 9.1.4 Reservation");
inline constexpr QLatin1StringView SessionStatus("mod_sessions 9.4.3 SessionStatus");
inline constexpr QLatin1StringView AuthMethod("mod_cdrs 10.4.1 AuthMethod");
inline constexpr QLatin1StringView CdrDimension("mod_cdrs 10.4.2 CdrDimension");
inline constexpr QLatin1StringView CdrDimensionType("mod_cdrs 10.4.3 CdrDimensionType");
inline constexpr QLatin1StringView CdrToken("mod_cdrs 10.4.5 CdrToken");
inline constexpr QLatin1StringView ChargingPeriod("mod_cdrs 10.4.6 ChargingPeriod");
inline constexpr QLatin1StringView TokenType("mod_tokens 12.4.4 TokenType");
inline constexpr QLatin1StringView CiString("types 16.1 CiString");
inline constexpr QLatin1StringView DateTime("types 16.2 DateTime");
inline constexpr QLatin1StringView Number("types 16.4 number");
inline constexpr QLatin1StringView Price("types 16.5 Price");
inline constexpr QLatin1StringView String("types 16.7 string");
inline constexpr QLatin1StringView Json("transport_and_format 4.1 JSON / HTTP implementation guide");
inline constexpr QLatin1StringView ResponseFormat("transport_and_format 4.1.7 Response format");
inline constexpr QLatin1StringView NotAvailable("transport_and_format 4.1.9 No data available");

} // namespace Ocpi::Spec
