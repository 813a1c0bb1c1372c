// The filter rules of the sessions table, as a value with one pure function, so the proxy, a headless export
// and the tests all apply the same rules (STYLE.md: filter rules live in the core).
#pragma once

#include "ocpi/session.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

class SessionFilter
{
public:
    enum class Validity : quint8 {
        All,
        Valid,    // no errors, no warnings (severity 0)
        Warnings, // warnings but no errors (severity 1)
        Errors,   // at least one error (severity 2)
    };
    static constexpr quint8 kAllStatuses = 0x3f; // one bit per Ocpi::SessionStatus, Unknown included

    static constexpr quint8 statusBit(Ocpi::SessionStatus s) { return quint8(1u << unsigned(s)); }
    // 0 valid, 1 warnings, 2 errors: SessionModel::SeverityRole.
    static int severity(const Ocpi::Session &s) { return s.errorCount ? 2 : s.warningCount ? 1 : 0; }

    // Sessions whose status bit is set (default: all).
    void setStatuses(quint8 mask) { m_statuses = mask & kAllStatuses; }
    quint8 statuses() const { return m_statuses; }

    void setValidity(Validity v) { m_validity = v; }
    Validity validity() const { return m_validity; }

    // Case-insensitive substring of the session id, location id, EVSE uid or token uid; empty: any.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // start_date_time in [from, to); Ocpi::kNoTime leaves that side open. A session without a start passes only
    // when both sides are open.
    void setStartRange(qint64 from, qint64 to)
    {
        m_startFrom = from;
        m_startTo = to;
    }
    qint64 startFrom() const { return m_startFrom; }
    qint64 startTo() const { return m_startTo; }

    // One source (SessionTableModel::addSource id), or -1 for any.
    void setSource(int sourceId) { m_source = sourceId; }
    int source() const { return m_source; }

    // Hide sessions their source no longer lists.
    void setHideStale(bool hide) { m_hideStale = hide; }
    bool hideStale() const { return m_hideStale; }

    // True when every session passes.
    bool isEmpty() const;

    bool accepts(const Ocpi::Session &s, int sourceId = -1, bool stale = false) const;

    friend bool operator==(const SessionFilter &a, const SessionFilter &b)
    {
        return a.m_statuses == b.m_statuses && a.m_validity == b.m_validity && a.m_text == b.m_text
            && a.m_startFrom == b.m_startFrom && a.m_startTo == b.m_startTo && a.m_source == b.m_source
            && a.m_hideStale == b.m_hideStale;
    }

private:
    bool matchesText(const Ocpi::Session &s) const;

    QString m_text;
    QByteArray m_needle; // m_text in UTF-8, ASCII letters in lower case; empty when m_text is not ASCII
    qint64 m_startFrom = Ocpi::kNoTime;
    qint64 m_startTo = Ocpi::kNoTime;
    int m_source = -1;
    quint8 m_statuses = kAllStatuses;
    Validity m_validity = Validity::All;
    bool m_hideStale = false;
};
