// OCPI 2.2.1 enumerations used by the Session object, with exact and near-miss lookup.
#pragma once

#include <QtCore/QLatin1StringView>
#include <QtCore/QtGlobal>

#include <span>
#include <string_view>

namespace Ocpi {

// mod_sessions 9.4.3
enum class SessionStatus : quint8 { Unknown, Active, Completed, Invalid, Pending, Reservation };
// mod_cdrs 10.4.1
enum class AuthMethod : quint8 { Unknown, AuthRequest, Command, Whitelist };
// mod_tokens 12.4.4
enum class TokenType : quint8 { Unknown, AdHocUser, AppUser, Other, Rfid };
// mod_cdrs 10.4.3
enum class CdrDimensionType : quint8 {
    Unknown,
    Current,
    Energy,
    EnergyExport,
    EnergyImport,
    MaxCurrent,
    MinCurrent,
    MaxPower,
    MinPower,
    ParkingTime,
    Power,
    ReservationTime,
    StateOfCharge,
    Time,
};

// The spec's spelling of each value, index = enum value; index 0 (Unknown) is empty.
std::span<const std::string_view> spellings(SessionStatus);
std::span<const std::string_view> spellings(AuthMethod);
std::span<const std::string_view> spellings(TokenType);
std::span<const std::string_view> spellings(CdrDimensionType);

template<typename E>
concept SpecEnum = requires(E e) { spellings(e); };

template<SpecEnum E>
E enumFromString(std::string_view s)
{
    const auto names = spellings(E{});
    for (size_t i = 1; i < names.size(); ++i) {
        if (names[i] == s)
            return static_cast<E>(i);
    }
    return E::Unknown;
}

template<SpecEnum E>
QLatin1StringView spelling(E e)
{
    const auto names = spellings(E{});
    const auto i = static_cast<size_t>(e);
    return i < names.size() ? QLatin1StringView(names[i].data(), qsizetype(names[i].size())) : QLatin1StringView();
}

// The closest spec value for a value that is not one: same letters in another case, '-' or ' ' for '_',
// or at most two edits away. Empty when nothing is close.
std::string_view nearestSpelling(std::span<const std::string_view> names, std::string_view s);

// Unit of a dimension as the spec defines it (mod_cdrs 10.4.3): "kWh", "A", "kW", "h", "%".
QLatin1StringView unitOf(CdrDimensionType);

} // namespace Ocpi
