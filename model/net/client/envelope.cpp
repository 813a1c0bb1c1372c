#include "envelope.h"

namespace Ocpi::Net {

namespace {

class Cursor
{
public:
    explicit Cursor(QByteArrayView b) : b(b) {}
    QByteArrayView b;
    qsizetype i = 0;

    bool atEnd() const { return i >= b.size(); }
    char peek() const { return atEnd() ? '\0' : b[i]; }
    void skipWs()
    {
        while (!atEnd() && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r'))
            ++i;
    }
    // A string starting at the opening quote; returns its raw contents (escapes left as they are).
    bool string(QByteArrayView *out)
    {
        if (peek() != '"')
            return false;
        const qsizetype start = ++i;
        while (!atEnd()) {
            if (b[i] == '\\') {
                i += 2;
                continue;
            }
            if (b[i] == '"') {
                if (out)
                    *out = b.sliced(start, i - start);
                ++i;
                return true;
            }
            ++i;
        }
        return false;
    }
    // Skips any value; false when the body ends inside it.
    bool skipValue()
    {
        const char c = peek();
        if (c == '"')
            return string(nullptr);
        if (c != '{' && c != '[') {
            while (!atEnd() && b[i] != ',' && b[i] != '}' && b[i] != ']')
                ++i;
            return !atEnd();
        }
        int depth = 0;
        while (!atEnd()) {
            const char d = b[i];
            if (d == '"') {
                if (!string(nullptr))
                    return false;
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if ((d == '}' || d == ']') && --depth == 0) {
                ++i;
                return true;
            }
            ++i;
        }
        return false;
    }
};

QString unescape(QByteArrayView raw)
{
    // Status messages are short; plain escapes are enough for showing them.
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
            const char e = raw[++i];
            out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
        } else {
            out += raw[i];
        }
    }
    return QString::fromUtf8(out);
}

} // namespace

EnvelopeInfo probeEnvelope(QByteArrayView body)
{
    EnvelopeInfo info;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    Cursor c(body);
    c.skipWs();
    if (c.peek() != '{')
        return info;
    info.isObject = true;
    ++c.i;
    for (;;) {
        c.skipWs();
        if (c.peek() == '}' || c.atEnd())
            return info;
        QByteArrayView key;
        if (!c.string(&key))
            return info;
        c.skipWs();
        if (c.peek() != ':')
            return info;
        ++c.i;
        c.skipWs();
        const qsizetype valueStart = c.i;
        const char first = c.peek();
        if (!c.skipValue())
            return info;
        const QByteArrayView value = body.sliced(valueStart, c.i - valueStart);
        if (key == "status_code") {
            bool ok = false;
            const int code = QByteArrayView(value).trimmed().toInt(&ok);
            info.hasStatusCode = true;
            info.statusCode = ok ? code : -1;
        } else if (key == "status_message" && first == '"') {
            info.statusMessage = unescape(value.sliced(1, value.size() - 2));
        } else if (key == "timestamp" && first == '"') {
            info.timestamp = value.sliced(1, value.size() - 2).toByteArray();
        } else if (key == "data") {
            info.data = first == '[' ? EnvelopeInfo::Data::Array
                        : first == '{' ? EnvelopeInfo::Data::Object
                        : value.trimmed() == "null" ? EnvelopeInfo::Data::Null
                                                    : EnvelopeInfo::Data::Other;
        }
        c.skipWs();
        if (c.peek() == ',') {
            ++c.i;
            continue;
        }
        return info;
    }
}

} // namespace Ocpi::Net
