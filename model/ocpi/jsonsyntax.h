// Finds the first JSON syntax error in a text and says what was expected there (RFC 8259 grammar).
// Used only when the fast parser rejects a record, to name the exact place of the damage.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>
#include <string_view>

namespace Ocpi {

struct JsonSyntaxError
{
    size_t offset = 0;      // byte offset of the offending character (== size for end of data)
    bool truncated = false; // the data ended before the value was complete
    QString message;
};

struct TextPosition
{
    qint64 line = 1;   // 1-based
    qint64 column = 1; // 1-based, in characters (UTF-8 code points)
};

class JsonSyntax
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::JsonSyntax)
public:
    static constexpr size_t kMaxDepth = 1024;
    static std::optional<JsonSyntaxError> firstError(std::string_view text);
    // Line and column of a byte offset, counting from `start` (the position of text[0]).
    static TextPosition positionOf(std::string_view text, size_t offset, TextPosition start = {});
    static QString describeByte(char c);
};

} // namespace Ocpi
