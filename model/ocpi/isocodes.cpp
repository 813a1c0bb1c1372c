#include "isocodes.h"

#include <algorithm>

namespace Ocpi::Iso {

namespace {
// ISO 3166-1 alpha-2, officially assigned codes, as one string of pairs.
constexpr std::string_view kCountries =
    "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ"
    "DEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJM"
    "JOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONP"
    "NRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTO"
    "TRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

// ISO 4217 currencies in use (including funds and precious-metal codes), three letters each.
constexpr std::string_view kActiveCurrencies =
    "AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBHDBIFBMDBNDBOBBOVBRLBSDBTNBWPBYNBZDCADCDFCHECHFCHWCLFCLPCNYCOPCOUCRC"
    "CUCCUPCVECZKDJFDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILSINRIQDIRRISKJMDJODJPYKESKGS"
    "KHRKMFKPWKRWKWDKYDKZTLAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMXVMYRMZNNADNGNNIONOKNPRNZDOMRPABPEN"
    "PGKPHPPKRPLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGDSHPSLESLLSOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGX"
    "USDUSNUYIUYUUYWUZSVEDVESVNDVUVWSTXAFXAGXAUXBAXBBXBCXBDXCDXCGXDRXOFXPDXPFXPTXSUXTSXUAXXXYERZARZMWZWGZWL";

// Codes replaced by the euro or by redenominations; still seen in old data.
constexpr std::string_view kWithdrawnCurrencies =
    "ATSBEFBYRCYPDEMEEKESPFIMFRFGRDHRKIEPITLLTLLUFLVLMROMTLNLGPTESITSKKSTDVEFYUMZMK";

// The tables are sorted: binary search over their fixed-width entries (tst_sessionvalidator covers each table).
bool contains(std::string_view table, std::string_view code, size_t width)
{
    if (code.size() != width)
        return false;
    size_t lo = 0, hi = table.size() / width;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        const int c = table.substr(mid * width, width).compare(code);
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}
} // namespace

bool isCountryCode(std::string_view c) { return contains(kCountries, c, 2); }
bool isActiveCurrency(std::string_view c) { return contains(kActiveCurrencies, c, 3); }
bool isWithdrawnCurrency(std::string_view c) { return contains(kWithdrawnCurrencies, c, 3); }

} // namespace Ocpi::Iso
