#include "enums.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace Ocpi {

using namespace std::string_view_literals;

namespace {
constexpr std::array kSessionStatus = {""sv, "ACTIVE"sv, "COMPLETED"sv, "INVALID"sv, "PENDING"sv, "RESERVATION"sv};
constexpr std::array kAuthMethod = {""sv, "AUTH_REQUEST"sv, "COMMAND"sv, "WHITELIST"sv};
constexpr std::array kTokenType = {""sv, "AD_HOC_USER"sv, "APP_USER"sv, "OTHER"sv, "RFID"sv};
constexpr std::array kDimension = {""sv,
                                   "CURRENT"sv,
                                   "ENERGY"sv,
                                   "ENERGY_EXPORT"sv,
                                   "ENERGY_IMPORT"sv,
                                   "MAX_CURRENT"sv,
                                   "MIN_CURRENT"sv,
                                   "MAX_POWER"sv,
                                   "MIN_POWER"sv,
                                   "PARKING_TIME"sv,
                                   "POWER"sv,
                                   "RESERVATION_TIME"sv,
                                   "STATE_OF_CHARGE"sv,
                                   "TIME"sv};

char normalise(char c)
{
    if (c == '-' || c == ' ')
        return '_';
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t cost = normalise(a[i - 1]) == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}
} // namespace

std::span<const std::string_view> spellings(SessionStatus) { return kSessionStatus; }
std::span<const std::string_view> spellings(AuthMethod) { return kAuthMethod; }
std::span<const std::string_view> spellings(TokenType) { return kTokenType; }
std::span<const std::string_view> spellings(CdrDimensionType) { return kDimension; }

std::string_view nearestSpelling(std::span<const std::string_view> names, std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return {};
    std::string_view best;
    size_t bestDistance = 3;
    for (size_t i = 1; i < names.size(); ++i) {
        const size_t d = editDistance(s, names[i]);
        if (d < bestDistance) {
            bestDistance = d;
            best = names[i];
        }
    }
    // Two edits on a four-letter word is a different word, not a typo.
    if (!best.empty() && bestDistance > 0 && best.size() <= 4 && bestDistance > 1)
        return {};
    return best;
}

QLatin1StringView unitOf(CdrDimensionType t)
{
    switch (t) {
    case CdrDimensionType::Current:
    case CdrDimensionType::MaxCurrent:
    case CdrDimensionType::MinCurrent:
        return QLatin1StringView("A");
    case CdrDimensionType::Energy:
    case CdrDimensionType::EnergyExport:
    case CdrDimensionType::EnergyImport:
        return QLatin1StringView("kWh");
    case CdrDimensionType::MaxPower:
    case CdrDimensionType::MinPower:
    case CdrDimensionType::Power:
        return QLatin1StringView("kW");
    case CdrDimensionType::ParkingTime:
    case CdrDimensionType::ReservationTime:
    case CdrDimensionType::Time:
        return QLatin1StringView("h");
    case CdrDimensionType::StateOfCharge:
        return QLatin1StringView("%");
    case CdrDimensionType::Unknown:
        break;
    }
    return {};
}

} // namespace Ocpi
