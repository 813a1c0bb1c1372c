#include "jsonwriter.h"

#include <cmath>

namespace Ocpi::Sim {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    writeString(QByteArrayView(name.data(), qsizetype(name.size())));
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::string(QByteArrayView utf8)
{
    separate();
    writeString(utf8);
    return *this;
}

void JsonWriter::writeString(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    qsizetype run = 0; // start of the bytes not written yet
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        const auto u = static_cast<unsigned char>(c);
        if (c != '"' && c != '\\' && u >= 0x20)
            continue;
        m_out += utf8.sliced(run, i - run);
        run = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        default:
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xF];
        }
    }
    m_out += utf8.sliced(run);
    m_out += '"';
}

JsonWriter &JsonWriter::number(double value, int decimals)
{
    separate();
    m_out += formatNumber(value, decimals);
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out += json;
    return *this;
}

QByteArray formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // no "-0"
    QByteArray s = QByteArray::number(rounded, 'f', decimals);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    return s;
}

} // namespace Ocpi::Sim
