// Fuzz target: the OCPI DateTime parser (model/ocpi/datetime.h). The input is the DateTime text.
//
// Checks: a result is either ok with a time or an error with a column inside the text; an accepted text is at
// most 25 characters (a longer readable one is TooLong) and formats back (formatDateTimeUtc) to a text that parses to the same instant.
#include "fuzzsupport.h"

#include "ocpi/datetime.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Ocpi::DateTimeParse p = Ocpi::parseDateTime(text);
    if (!p.ok())
        FUZZ_CHECK(p.errorColumn <= size);
    if (p.error == Ocpi::DateTimeParse::Error::TooLong) {
        FUZZ_CHECK(size > 25); // still a readable time, but longer than string(25)
    } else if (!p.ok()) {
        FUZZ_CHECK(p.msecs == Ocpi::kNoTime);
        return 0;
    } else {
        FUZZ_CHECK(size > 0 && size <= 25);
    }
    FUZZ_CHECK(p.msecs != Ocpi::kNoTime);
    const QByteArray again = Ocpi::formatDateTimeUtc(p.msecs).toUtf8();
    const Ocpi::DateTimeParse q = Ocpi::parseDateTime(std::string_view(again.constData(), size_t(again.size())));
    FUZZ_CHECK(q.ok());
    // The fraction is read to the millisecond; the formatted text keeps milliseconds only.
    FUZZ_CHECK(q.msecs == p.msecs);
    FUZZ_CHECK(q.hasZ);
    return 0;
}
