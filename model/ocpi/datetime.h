// OCPI DateTime (types 16.2): a hand-checked fixed-format parser that both converts and validates.
#pragma once

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <limits>
#include <string_view>

namespace Ocpi {

// Milliseconds since 1970-01-01T00:00:00Z. A session field that is absent or unparseable holds kNoTime.
inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

struct DateTimeParse
{
    enum class Error : quint8 {
        None,
        Empty,          // ""
        TooLong,        // more than string(25)
        SpaceSeparator, // "2015-06-29 20:39:09Z"
        Offset,         // "+00:00", "+01:00", "-05:00": the spec says +00:00 is not UTC
        LowercaseDesignator, // "t" or "z"
        Pattern,        // anything else that is not one of the spec's six patterns
        ImpossibleDate, // 2019-02-30, 25:00, second 60, ...
    };
    qint64 msecs = kNoTime;
    Error error = Error::None;
    bool hasZ = false;
    quint8 fractionDigits = 0;
    quint8 errorColumn = 0; // 0-based index into the string where the problem is
    bool ok() const { return error == Error::None; }
};

// Accepts exactly YYYY-MM-DDTHH:MM:SS[.f+][Z] of at most 25 characters.
DateTimeParse parseDateTime(std::string_view text);

// "2015-06-29T20:39:09Z", or with milliseconds when they are not zero; any instant, on the parser's calendar
// (years 0000-9999 read back with parseDateTime(), others have more digits or a sign).
QString formatDateTimeUtc(qint64 msecs);

// Days since 1970-01-01 for a proleptic Gregorian date (no validation).
qint64 daysFromCivil(int y, unsigned m, unsigned d);

// The proleptic Gregorian date of a day number (days since 1970-01-01); the inverse of daysFromCivil().
struct CivilDate
{
    qint64 year = 1970; // ..., -1, 0, 1, ... (astronomical numbering, as the parser reads "0000")
    unsigned month = 1;
    unsigned day = 1;
};
CivilDate civilFromDays(qint64 days);

} // namespace Ocpi
