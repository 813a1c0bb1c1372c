// Fuzz target: the details pane's JSON handling — the pretty printer with its JSON Pointer index
// (model/ocpi/jsonpretty.h) and the syntax checker that names the place of damage (jsonsyntax.h).
//
// Input: a JSON Pointer (UTF-8) up to the first "\n", then the record's JSON text.
// Checks: a syntax error lies inside the text and has words and a position; the pretty text of a valid record is
// not empty; a range found for the pointer lies inside the pretty text.
#include "fuzzsupport.h"

#include "ocpi/jsonpretty.h"
#include "ocpi/jsonsyntax.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const size_t newline = input.find('\n');
    const std::string_view pointer = newline == std::string_view::npos ? std::string_view() : input.substr(0, newline);
    const std::string_view json = newline == std::string_view::npos ? input : input.substr(newline + 1);

    if (const auto error = Ocpi::JsonSyntax::firstError(json)) {
        FUZZ_CHECK(error->offset <= json.size());
        FUZZ_CHECK(!error->message.isEmpty());
        const Ocpi::TextPosition at = Ocpi::JsonSyntax::positionOf(json, error->offset);
        FUZZ_CHECK(at.line >= 1 && at.column >= 1);
    }

    const Ocpi::PrettyJson pretty = Ocpi::PrettyJson::format(json);
    if (!pretty.isValid())
        return 0;
    FUZZ_CHECK(!pretty.text().isEmpty());
    const QString path = QString::fromUtf8(pointer.data(), qsizetype(pointer.size()));
    const Ocpi::JsonRange range = pretty.range(path);
    if (range.isValid())
        FUZZ_CHECK(range.offset + range.length <= pretty.text().size() && range.length > 0);
    const Ocpi::JsonLocation at = pretty.locate(path);
    if (at.range.isValid())
        FUZZ_CHECK(at.range.offset + at.range.length <= pretty.text().size());
    FUZZ_CHECK(pretty.range(QString()).isValid());
    return 0;
}
