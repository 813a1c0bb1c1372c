#include "sessionfilter.h"

#include <algorithm>
#include <string_view>

namespace {

constexpr char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// `needle` is already lower case.
bool containsFolded(std::string_view haystack, std::string_view needle)
{
    if (needle.size() > haystack.size())
        return false;
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [](char h, char n) { return lowerAscii(h) == n; });
    return it != haystack.end();
}

constexpr Ocpi::Session::Field kTextFields[] = {
    Ocpi::Session::Field::Id,
    Ocpi::Session::Field::LocationId,
    Ocpi::Session::Field::EvseUid,
    Ocpi::Session::Field::TokenUid,
};

} // namespace

void SessionFilter::setText(const QString &text)
{
    m_text = text;
    m_needle.clear();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        m_needle = text.toLatin1();
        for (char &c : m_needle)
            c = lowerAscii(c);
    }
}

bool SessionFilter::isEmpty() const
{
    return m_statuses == kAllStatuses && m_validity == Validity::All && m_text.isEmpty() && m_startFrom == Ocpi::kNoTime
        && m_startTo == Ocpi::kNoTime && m_source < 0 && !m_hideStale;
}

bool SessionFilter::matchesText(const Ocpi::Session &s) const
{
    if (m_text.isEmpty())
        return true;
    for (const Ocpi::Session::Field f : kTextFields) {
        if (!m_needle.isEmpty()) {
            if (containsFolded(s.utf8(f), std::string_view(m_needle.constData(), size_t(m_needle.size()))))
                return true;
        } else if (s.text(f).contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool SessionFilter::accepts(const Ocpi::Session &s, int sourceId, bool stale) const
{
    if (!(m_statuses & statusBit(s.status)))
        return false;
    switch (m_validity) {
    case Validity::All:
        break;
    case Validity::Valid:
        if (severity(s) != 0)
            return false;
        break;
    case Validity::Warnings:
        if (severity(s) != 1)
            return false;
        break;
    case Validity::Errors:
        if (severity(s) != 2)
            return false;
        break;
    }
    if (m_source >= 0 && sourceId != m_source)
        return false;
    if (m_hideStale && stale)
        return false;
    if (m_startFrom != Ocpi::kNoTime || m_startTo != Ocpi::kNoTime) {
        if (s.startDateTime == Ocpi::kNoTime)
            return false;
        if (m_startFrom != Ocpi::kNoTime && s.startDateTime < m_startFrom)
            return false;
        if (m_startTo != Ocpi::kNoTime && s.startDateTime >= m_startTo)
            return false;
    }
    return matchesText(s);
}
