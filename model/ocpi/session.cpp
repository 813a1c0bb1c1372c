#include "session.h"

namespace Ocpi {

Session::Slot Session::append(std::string_view utf8)
{
    Slot s;
    s.offset = static_cast<quint32>(m_pool.size());
    s.length = static_cast<quint32>(std::min<size_t>(utf8.size(), kAbsent - 1));
    m_pool.append(utf8.data(), s.length);
    return s;
}

std::string_view Session::view(Slot s) const
{
    if (s.length == kAbsent)
        return {};
    return std::string_view(m_pool).substr(s.offset, s.length);
}

void Session::setText(Field f, std::string_view utf8)
{
    m_slots[index(f)] = append(utf8);
}

std::string_view Session::utf8(Field f) const
{
    return view(m_slots[index(f)]);
}

QString Session::text(Field f) const
{
    const std::string_view v = utf8(f);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

CdrToken Session::cdrToken() const
{
    return CdrToken{text(Field::TokenCountryCode), text(Field::TokenPartyId), text(Field::TokenUid), tokenType,
                    text(Field::TokenContractId)};
}

void Session::addPeriod(qint64 start, std::string_view tariffId)
{
    PeriodRecord p{start, 0, kAbsent, quint32(m_dimensions.size()), 0};
    if (tariffId.data()) {
        const Slot s = append(tariffId);
        p.tariffOffset = s.offset;
        p.tariffLength = s.length;
    }
    m_periods.push_back(p);
}

void Session::addDimension(CdrDimension d)
{
    if (m_periods.empty())
        return;
    m_dimensions.push_back(d);
    ++m_periods.back().dimensionCount;
}

std::span<const CdrDimension> Session::periodDimensions(qsizetype i) const
{
    const PeriodRecord &p = m_periods[size_t(i)];
    return std::span<const CdrDimension>(m_dimensions).subspan(p.firstDimension, p.dimensionCount);
}

ChargingPeriod Session::period(qsizetype i) const
{
    const PeriodRecord &p = m_periods[size_t(i)];
    ChargingPeriod out;
    out.start = p.start;
    if (p.tariffLength != kAbsent) {
        const std::string_view t = view(Slot{p.tariffOffset, p.tariffLength});
        out.tariffId = QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    const auto dims = periodDimensions(i);
    out.dimensions.assign(dims.begin(), dims.end());
    return out;
}

double Session::lastVolume(CdrDimensionType t) const
{
    for (qsizetype i = periodCount() - 1; i >= 0; --i) {
        const auto dims = periodDimensions(i);
        for (auto it = dims.rbegin(); it != dims.rend(); ++it) {
            if (it->type == t)
                return it->volume;
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

qsizetype Session::heapBytes() const
{
    // Capacity plus a typical malloc header per allocation.
    constexpr qsizetype kMallocOverhead = 16;
    qsizetype bytes = 0;
    if (m_pool.capacity() > 15)
        bytes += qsizetype(m_pool.capacity()) + 1 + kMallocOverhead;
    if (m_periods.capacity())
        bytes += qsizetype(m_periods.capacity() * sizeof(PeriodRecord)) + kMallocOverhead;
    if (m_dimensions.capacity())
        bytes += qsizetype(m_dimensions.capacity() * sizeof(CdrDimension)) + kMallocOverhead;
    if (!unknownFieldsJson.isNull())
        bytes += unknownFieldsJson.capacity() + 1 + 16 + kMallocOverhead;
    return bytes;
}

void Session::shrinkToFit()
{
    m_pool.shrink_to_fit();
    m_periods.shrink_to_fit();
    m_dimensions.shrink_to_fit();
}

} // namespace Ocpi
