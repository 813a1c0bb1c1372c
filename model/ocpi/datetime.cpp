#include "datetime.h"

#include <algorithm>
#include <cstdio>

namespace Ocpi {

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<qint64>(era) * 146097 + static_cast<qint64>(doe) - 719468;
}

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

DateTimeParse fail(DateTimeParse::Error e, size_t column)
{
    DateTimeParse r;
    r.error = e;
    r.errorColumn = static_cast<quint8>(std::min<size_t>(column, 255));
    return r;
}

} // namespace

DateTimeParse parseDateTime(std::string_view s)
{
    using E = DateTimeParse::Error;
    if (s.empty())
        return fail(E::Empty, 0);

    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    // Fixed part: YYYY-MM-DDTHH:MM:SS (19 characters).
    if (!digits(s, 0, 4, year))
        return fail(E::Pattern, 0);
    if (s.size() < 5 || s[4] != '-')
        return fail(E::Pattern, 4);
    if (!digits(s, 5, 2, month))
        return fail(E::Pattern, 5);
    if (s.size() < 8 || s[7] != '-')
        return fail(E::Pattern, 7);
    if (!digits(s, 8, 2, day))
        return fail(E::Pattern, 8);
    if (s.size() < 11)
        return fail(E::Pattern, s.size());
    if (s[10] == ' ')
        return fail(E::SpaceSeparator, 10);
    if (s[10] == 't')
        return fail(E::LowercaseDesignator, 10);
    if (s[10] != 'T')
        return fail(E::Pattern, 10);
    if (!digits(s, 11, 2, hour))
        return fail(E::Pattern, 11);
    if (s.size() < 14 || s[13] != ':')
        return fail(E::Pattern, 13);
    if (!digits(s, 14, 2, minute))
        return fail(E::Pattern, 14);
    if (s.size() < 17 || s[16] != ':')
        return fail(E::Pattern, 16);
    if (!digits(s, 17, 2, second))
        return fail(E::Pattern, 17);

    size_t pos = 19;
    int millis = 0;
    quint8 fractionDigits = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        const size_t start = pos;
        while (pos < s.size() && isDigit(s[pos])) {
            if (pos - start < 3)
                millis = millis * 10 + (s[pos] - '0');
            ++pos;
        }
        const size_t n = pos - start;
        if (n == 0)
            return fail(E::Pattern, start);
        for (size_t i = n; i < 3; ++i)
            millis *= 10;
        fractionDigits = static_cast<quint8>(std::min<size_t>(n, 255));
    }
    bool hasZ = false;
    if (pos < s.size()) {
        const char c = s[pos];
        if (c == 'Z') {
            hasZ = true;
            ++pos;
        } else if (c == 'z') {
            return fail(E::LowercaseDesignator, pos);
        } else if (c == '+' || c == '-') {
            return fail(E::Offset, pos);
        } else {
            return fail(E::Pattern, pos);
        }
    }
    if (pos != s.size())
        return fail(E::Pattern, pos);

    if (month < 1 || month > 12)
        return fail(E::ImpossibleDate, 5);
    if (day < 1 || day > daysInMonth(year, month))
        return fail(E::ImpossibleDate, 8);
    if (hour > 23)
        return fail(E::ImpossibleDate, 11);
    if (minute > 59)
        return fail(E::ImpossibleDate, 14);
    if (second > 59)
        return fail(E::ImpossibleDate, 17);

    DateTimeParse r;
    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    r.msecs = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + millis;
    r.hasZ = hasZ;
    r.fractionDigits = fractionDigits;
    if (s.size() > 25) { // string(25): still a readable time, but not an allowed one
        r.error = E::TooLong;
        r.errorColumn = 25;
    }
    return r;
}

QString formatDateTimeUtc(qint64 msecs)
{
    if (msecs == kNoTime)
        return {};
    // By hand rather than with QDateTime, on the same proleptic Gregorian calendar as parseDateTime(): QDateTime
    // has no year 0, so 0000-01-01T00:00:00Z, which the parser accepts, came out as a year -1 text it refused.
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 days = msecs / msPerDay - (msecs % msPerDay < 0 ? 1 : 0);
    const qint64 ms = msecs - days * msPerDay;
    const CivilDate date = civilFromDays(days);
    const int millis = int(ms % 1000);
    const int secs = int(ms / 1000);
    char text[48];
    const int n = std::snprintf(text, sizeof text, "%s%04lld-%02u-%02uT%02d:%02d:%02d", date.year < 0 ? "-" : "",
                                static_cast<long long>(date.year < 0 ? -date.year : date.year), date.month, date.day,
                                secs / 3600, secs / 60 % 60, secs % 60);
    QString result = QString::fromLatin1(text, n);
    if (millis)
        result += QLatin1Char('.') + QString::number(millis).rightJustified(3, QLatin1Char('0'));
    result += QLatin1Char('Z');
    return result;
}

CivilDate civilFromDays(qint64 days)
{
    // Howard Hinnant's civil_from_days, the inverse of daysFromCivil().
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    CivilDate c;
    c.day = doy - (153 * mp + 2) / 5 + 1;
    c.month = mp < 10 ? mp + 3 : mp - 9;
    c.year = static_cast<qint64>(yoe) + era * 400 + (c.month <= 2 ? 1 : 0);
    return c;
}

} // namespace Ocpi
