#include "jsonpretty.h"

#include "jsonsyntax.h"

#include <simdjson.h>

#include <algorithm>

namespace Ocpi {

namespace {

bool isWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// The text of a JSON string literal (quotes excluded, already validated) with its escapes resolved (RFC 8259 §7).
void appendUnescaped(std::string &out, std::string_view raw)
{
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            out += raw[i];
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            auto hex4 = [&](size_t at) {
                return char32_t(hexValue(raw[at]) << 12 | hexValue(raw[at + 1]) << 8 | hexValue(raw[at + 2]) << 4
                                | hexValue(raw[at + 3]));
            };
            char32_t cp = hex4(i + 1);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const char32_t low = hex4(i + 3);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default: // '"', '\\', '/'
            out += e;
        }
    }
}

// RFC 6901 §4: "~1" is '/', "~0" is '~'; any other '~' makes the pointer malformed.
bool unescapePointerToken(QStringView token, QString *out)
{
    out->clear();
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token[i] != u'~') {
            out->append(token[i]);
            continue;
        }
        if (i + 1 >= token.size() || (token[i + 1] != u'0' && token[i + 1] != u'1'))
            return false;
        out->append(token[++i] == u'0' ? u'~' : u'/');
    }
    return true;
}

// An array index token (RFC 6901 §4): digits without a leading zero.
qint64 arrayIndex(QStringView token)
{
    if (token.isEmpty() || token.size() > 18 || (token.size() > 1 && token[0] == u'0'))
        return -1;
    qint64 v = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

} // namespace

// Copies a validated JSON text token by token, re-indenting it and recording every value's place.
class PrettyJson::Writer
{
public:
    Writer(std::string_view in, PrettyJson &p) : in(in), p(p)
    {
        // Generous guesses: memory reserved but never written costs nothing, regrowing costs page faults.
        p.m_text.reserve(qsizetype(in.size()) * 3);
        p.m_nodes.reserve(in.size() / 8 + 16);
        p.m_keys.reserve(in.size() / 4);
    }

    void run()
    {
        p.m_nodes.emplace_back();
        value(0, 0);
    }

private:
    void skipWs()
    {
        while (i < in.size() && isWs(in[i]))
            ++i;
    }
    void indent(int depth) { out.resize(out.size() + depth * 2, u' '); }
    // Past a string literal starting at in[i] (its opening quote).
    void skipString()
    {
        ++i;
        while (in[i] != '"')
            i += in[i] == '\\' ? 2 : 1;
        ++i;
    }
    qint32 addNode()
    {
        p.m_nodes.emplace_back();
        return qint32(p.m_nodes.size() - 1);
    }

    void value(qint32 node, int depth)
    {
        skipWs();
        const auto start = qint32(out.size());
        const char c = in[i];
        if (c == '{' || c == '[') {
            container(node, depth, c == '{');
        } else {
            const size_t from = i;
            if (c == '"') {
                skipString();
            } else {
                while (i < in.size() && !isWs(in[i]) && in[i] != ',' && in[i] != ']' && in[i] != '}')
                    ++i;
            }
            copy(from);
        }
        p.m_nodes[size_t(node)].start = start;
        p.m_nodes[size_t(node)].end = qint32(out.size());
    }

    void container(qint32 node, int depth, bool object)
    {
        const char close = object ? '}' : ']';
        p.m_nodes[size_t(node)].isArray = !object;
        out += QLatin1Char(in[i++]);
        skipWs();
        if (in[i] == close) {
            out += QLatin1Char(in[i++]);
            return;
        }
        qint32 previous = -1;
        for (;;) {
            out += u'\n';
            indent(depth + 1);
            const qint32 child = addNode();
            (previous < 0 ? p.m_nodes[size_t(node)].firstChild : p.m_nodes[size_t(previous)].nextSibling) = child;
            previous = child;
            if (object) {
                skipWs();
                const size_t from = i;
                skipString();
                Node &n = p.m_nodes[size_t(child)];
                n.nameStart = qint32(out.size());
                n.keyOffset = quint32(p.m_keys.size());
                appendUnescaped(p.m_keys, in.substr(from + 1, i - from - 2));
                n.keyLength = quint32(p.m_keys.size() - n.keyOffset);
                copy(from);
                skipWs();
                ++i; // ':'
                out += QLatin1StringView(": ");
            }
            value(child, depth + 1);
            skipWs();
            if (in[i++] == ',') {
                out += u',';
                continue;
            }
            break; // the closing bracket
        }
        out += u'\n';
        indent(depth);
        out += QLatin1Char(close);
    }

    // Copies in[from, i) as it is; offsets in the text are UTF-16 units, so only non-ASCII tokens are converted.
    void copy(size_t from)
    {
        const std::string_view token = in.substr(from, i - from);
        if (std::all_of(token.begin(), token.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
            out.append(QLatin1StringView(token.data(), qsizetype(token.size())));
        else
            out.append(QString::fromUtf8(token.data(), qsizetype(token.size())));
    }

    std::string_view in;
    PrettyJson &p;
    QString &out = p.m_text;
    size_t i = 0;
};

PrettyJson PrettyJson::format(std::string_view json)
{
    PrettyJson p;
    // Checked without building a DOM: the grammar (RFC 8259) by JsonSyntax, the encoding by simdjson.
    std::optional<JsonSyntaxError> syntax;
    if (!simdjson::validate_utf8(json.data(), json.size())) {
        p.m_error = tr("not valid JSON: the text is not UTF-8");
    } else if ((syntax = JsonSyntax::firstError(json))) {
        const TextPosition pos = JsonSyntax::positionOf(json, syntax->offset);
        p.m_error = tr("not valid JSON at line %1, column %2: %3").arg(pos.line).arg(pos.column).arg(syntax->message);
    }
    if (!p.m_error.isEmpty()) {
        p.m_text = QString::fromUtf8(json.data(), qsizetype(json.size()));
        return p;
    }

    Writer(json, p).run();
    return p;
}

JsonRange PrettyJson::rangeOf(qint32 node) const
{
    const Node &n = m_nodes[size_t(node)];
    return JsonRange{n.start, n.end - n.start, n.nameStart};
}

std::vector<qint32> PrettyJson::walk(QStringView pointer, bool *malformed) const
{
    *malformed = false;
    std::vector<qint32> reached;
    if (m_nodes.empty())
        return reached;
    reached.push_back(0);
    if (pointer.isEmpty())
        return reached;
    if (pointer[0] != u'/') {
        *malformed = true;
        return reached;
    }
    QString token;
    qsizetype from = 1;
    bool stopped = false;
    while (!stopped) {
        qsizetype to = pointer.indexOf(u'/', from);
        if (to < 0)
            to = pointer.size();
        const QStringView raw = pointer.sliced(from, to - from);
        from = to + 1;
        const bool last = to >= pointer.size();
        if (!unescapePointerToken(raw, &token)) {
            *malformed = true;
            break;
        }
        const Node &parent = m_nodes[size_t(reached.back())];
        qint32 child = parent.firstChild;
        if (parent.isArray) {
            const qint64 index = arrayIndex(token);
            for (qint64 k = 0; child >= 0 && k < index; ++k)
                child = m_nodes[size_t(child)].nextSibling;
            if (index < 0)
                child = -1;
        } else {
            const QByteArray key = token.toUtf8();
            const std::string_view want(key.constData(), size_t(key.size()));
            while (child >= 0) {
                const Node &c = m_nodes[size_t(child)];
                if (std::string_view(m_keys).substr(c.keyOffset, c.keyLength) == want)
                    break;
                child = c.nextSibling;
            }
        }
        if (child < 0)
            break;
        reached.push_back(child);
        stopped = last;
    }
    return reached;
}

JsonRange PrettyJson::range(QStringView pointer) const
{
    const JsonLocation loc = locate(pointer);
    return loc.exact ? loc.range : JsonRange{};
}

JsonLocation PrettyJson::locate(QStringView path) const
{
    bool malformed = false;
    const std::vector<qint32> reached = walk(path, &malformed);
    if (reached.empty())
        return {};
    const qsizetype tokens = path.isEmpty() ? 0 : path.count(u'/');
    JsonLocation loc;
    loc.range = rangeOf(reached.back());
    loc.exact = !malformed && qsizetype(reached.size()) == tokens + 1;
    // The pointer of the value reached: the path's first (reached - 1) reference tokens.
    qsizetype end = 0;
    for (size_t k = 1; k < reached.size(); ++k) {
        const qsizetype next = path.indexOf(u'/', end + 1);
        end = next < 0 ? path.size() : next;
    }
    loc.pointer = path.first(end).toString();
    return loc;
}

} // namespace Ocpi
