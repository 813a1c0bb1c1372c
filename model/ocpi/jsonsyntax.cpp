#include "jsonsyntax.h"

#include <vector>

namespace Ocpi {

QString JsonSyntax::describeByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f)
        return QLatin1Char('\'') + QChar(QLatin1Char(c)) + QLatin1Char('\'');
    return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

TextPosition JsonSyntax::positionOf(std::string_view text, size_t offset, TextPosition start)
{
    TextPosition p = start;
    offset = std::min(offset, text.size());
    for (size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

namespace {

bool isWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class Checker
{
public:
    explicit Checker(std::string_view s) : s(s), n(s.size()) {}

    std::optional<JsonSyntaxError> run()
    {
        enum class St { Value, ArrayValueOrEnd, ObjectKeyOrEnd, ObjectKey, Colon, CommaOrEnd, Done };
        St st = St::Value;
        auto afterValue = [&] { return stack.empty() ? St::Done : St::CommaOrEnd; };
        for (;;) {
            while (i < n && isWs(s[i]))
                ++i;
            if (st == St::Done) {
                if (i < n)
                    return fail(JsonSyntax::tr("unexpected %1 after the end of the JSON value")
                                    .arg(JsonSyntax::describeByte(s[i])));
                return std::nullopt;
            }
            if (i >= n) {
                QString what;
                switch (st) {
                case St::Value:
                case St::ArrayValueOrEnd:
                    what = stack.empty() ? JsonSyntax::tr("the data is empty") : JsonSyntax::tr("a value was expected");
                    break;
                case St::ObjectKeyOrEnd:
                case St::ObjectKey:
                    what = JsonSyntax::tr("a member name was expected");
                    break;
                case St::Colon:
                    what = JsonSyntax::tr("':' was expected");
                    break;
                default:
                    what = stack.back() == '{' ? JsonSyntax::tr("',' or '}' was expected")
                                               : JsonSyntax::tr("',' or ']' was expected");
                    break;
                }
                return truncated(JsonSyntax::tr("unexpected end of data: %1").arg(what));
            }
            const char c = s[i];
            switch (st) {
            case St::ArrayValueOrEnd:
                if (c == ']') {
                    stack.pop_back();
                    ++i;
                    st = afterValue();
                    break;
                }
                [[fallthrough]];
            case St::Value:
                if (c == '{' || c == '[') {
                    if (stack.size() >= JsonSyntax::kMaxDepth)
                        return fail(JsonSyntax::tr("nested deeper than %1 levels").arg(JsonSyntax::kMaxDepth));
                    stack.push_back(c);
                    ++i;
                    st = c == '{' ? St::ObjectKeyOrEnd : St::ArrayValueOrEnd;
                } else if (c == '"') {
                    if (auto e = string())
                        return e;
                    st = afterValue();
                } else if (c == '-' || isDigit(c)) {
                    if (auto e = number())
                        return e;
                    st = afterValue();
                } else if (literal("true") || literal("false") || literal("null")) {
                    st = afterValue();
                } else {
                    return fail(JsonSyntax::tr("unexpected %1 where a value was expected").arg(JsonSyntax::describeByte(c)));
                }
                break;
            case St::ObjectKeyOrEnd:
                if (c == '}') {
                    stack.pop_back();
                    ++i;
                    st = afterValue();
                    break;
                }
                [[fallthrough]];
            case St::ObjectKey:
                if (c != '"')
                    return fail(JsonSyntax::tr("unexpected %1 where a member name in double quotes was expected")
                                    .arg(JsonSyntax::describeByte(c)));
                if (auto e = string())
                    return e;
                st = St::Colon;
                break;
            case St::Colon:
                if (c != ':')
                    return fail(JsonSyntax::tr("unexpected %1 where ':' was expected").arg(JsonSyntax::describeByte(c)));
                ++i;
                st = St::Value;
                break;
            case St::CommaOrEnd: {
                const char open = stack.back();
                const char close = open == '{' ? '}' : ']';
                if (c == ',') {
                    ++i;
                    st = open == '{' ? St::ObjectKey : St::Value;
                } else if (c == close) {
                    stack.pop_back();
                    ++i;
                    st = afterValue();
                } else {
                    return fail(JsonSyntax::tr("unexpected %1 where ',' or '%2' was expected")
                                    .arg(JsonSyntax::describeByte(c), QChar(QLatin1Char(close))));
                }
                break;
            }
            case St::Done:
                break;
            }
        }
    }

private:
    std::optional<JsonSyntaxError> fail(const QString &msg) { return JsonSyntaxError{i, false, msg}; }
    std::optional<JsonSyntaxError> truncated(const QString &msg) { return JsonSyntaxError{n, true, msg}; }

    bool literal(std::string_view word)
    {
        if (s.substr(i, word.size()) != word)
            return false;
        i += word.size();
        return true;
    }

    std::optional<JsonSyntaxError> string()
    {
        ++i; // opening quote
        while (i < n) {
            const char c = s[i];
            if (c == '"') {
                ++i;
                return std::nullopt;
            }
            if (c == '\\') {
                if (i + 1 >= n)
                    break;
                const char e = s[i + 1];
                if (e == 'u') {
                    for (size_t k = 2; k < 6; ++k) {
                        if (i + k >= n)
                            return truncated(JsonSyntax::tr("unexpected end of data inside a string"));
                        if (!isHex(s[i + k])) {
                            i += k;
                            return fail(JsonSyntax::tr("invalid \\u escape in a string: four hex digits expected"));
                        }
                    }
                    i += 6;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                    ++i;
                    return fail(JsonSyntax::tr("invalid escape %1 in a string").arg(JsonSyntax::describeByte(e)));
                }
                i += 2;
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(JsonSyntax::tr("unescaped control character %1 in a string").arg(JsonSyntax::describeByte(c)));
            ++i;
        }
        return truncated(JsonSyntax::tr("unexpected end of data inside a string"));
    }

    std::optional<JsonSyntaxError> number()
    {
        if (s[i] == '-')
            ++i;
        if (i >= n)
            return truncated(JsonSyntax::tr("unexpected end of data inside a number"));
        if (s[i] == '0') {
            ++i;
        } else if (isDigit(s[i])) {
            while (i < n && isDigit(s[i]))
                ++i;
        } else {
            return fail(JsonSyntax::tr("invalid number: a digit was expected"));
        }
        if (i < n && s[i] == '.') {
            ++i;
            if (i >= n || !isDigit(s[i]))
                return i >= n ? truncated(JsonSyntax::tr("unexpected end of data inside a number"))
                              : fail(JsonSyntax::tr("invalid number: a digit was expected after '.'"));
            while (i < n && isDigit(s[i]))
                ++i;
        }
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < n && (s[i] == '+' || s[i] == '-'))
                ++i;
            if (i >= n || !isDigit(s[i]))
                return i >= n ? truncated(JsonSyntax::tr("unexpected end of data inside a number"))
                              : fail(JsonSyntax::tr("invalid number: a digit was expected in the exponent"));
            while (i < n && isDigit(s[i]))
                ++i;
        }
        return std::nullopt;
    }

    std::string_view s;
    size_t n;
    size_t i = 0;
    std::vector<char> stack;
};

} // namespace

std::optional<JsonSyntaxError> JsonSyntax::firstError(std::string_view text)
{
    return Checker(text).run();
}

} // namespace Ocpi
