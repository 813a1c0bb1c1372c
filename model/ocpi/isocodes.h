// ISO 3166-1 alpha-2 country codes and ISO 4217 currency codes, for the country_code and currency rules.
#pragma once

#include <string_view>

namespace Ocpi::Iso {

bool isCountryCode(std::string_view upperCaseAlpha2);
bool isActiveCurrency(std::string_view code);
bool isWithdrawnCurrency(std::string_view code);

} // namespace Ocpi::Iso
