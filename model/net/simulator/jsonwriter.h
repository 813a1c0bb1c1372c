// Writes compact JSON with the members in the order given: the spec's field order reads better in a traffic
// view than QJsonObject's sorted keys, and cached records can be spliced into a page without re-parsing.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

#include <string_view>
#include <vector>

namespace Ocpi::Sim {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.reserve(reserve); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);
    JsonWriter &string(QByteArrayView utf8);
    JsonWriter &number(double value, int decimals); // rounded to `decimals`, trailing zeros dropped
    JsonWriter &integer(qint64 value);
    JsonWriter &raw(QByteArrayView json); // an already serialised JSON value

    // Convenience: key + value.
    JsonWriter &field(std::string_view name, QByteArrayView utf8) { return key(name).string(utf8); }
    JsonWriter &field(std::string_view name, double value, int decimals) { return key(name).number(value, decimals); }

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void writeString(QByteArrayView utf8);

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

// `value` rounded to `decimals` places as the shortest JSON number ("12.5", "0", "7.4").
QByteArray formatNumber(double value, int decimals);

} // namespace Ocpi::Sim
