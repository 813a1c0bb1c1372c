// The sessions a client holds, merged idempotently by (country_code, party_id, id).
#pragma once

#include "pollresult.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QString>

namespace Ocpi::Net {

// The three fields are CiString (mod_sessions 9.3.1), so the key compares them case-insensitively.
struct SessionKey
{
    QString countryCode;
    QString partyId;
    QString id;

    static SessionKey of(const Session &s); // upper-cased; id empty when the record has none
    bool isValid() const { return !id.isEmpty(); }
    QString toString() const; // "NL/STK/101"
    friend bool operator==(const SessionKey &, const SessionKey &) = default;
};
size_t qHash(const SessionKey &key, size_t seed = 0) noexcept;

struct StoredSession
{
    RecordResult record;
    QByteArray json; // as the server sent it
};

class SessionStore
{
public:
    // Added when new; Unchanged when the text is the same; Outdated (and not taken) when the held one has a
    // later last_updated; Changed otherwise; Unidentified (not taken) without an id. NotKept (not taken) when it
    // is new and heldCount() has reached maxSessions (negative: no limit); a session held already is always
    // merged, so the sessions held keep being updated at the limit.
    ChangeKind merge(const RecordResult &record, const QByteArray &json, qint64 maxSessions = -1);

    // Keys ("CC/PARTY/ID", SessionKey::toString()) of sessions the program holds elsewhere for this endpoint (the
    // offline cache): they count towards the limit, and merging one of them is never NotKept.
    void setHeldElsewhere(QSet<QString> keys) { m_elsewhere = std::move(keys); }
    // Distinct sessions held: here and elsewhere.
    qsizetype heldCount() const { return m_sessions.size() + m_elsewhere.size(); }

    qsizetype size() const { return m_sessions.size(); }
    bool isEmpty() const { return m_sessions.isEmpty(); }
    const StoredSession *find(const SessionKey &key) const;
    const QHash<SessionKey, StoredSession> &all() const { return m_sessions; }
    void clear()
    {
        m_sessions.clear();
        m_elsewhere.clear();
    }

private:
    QHash<SessionKey, StoredSession> m_sessions;
    QSet<QString> m_elsewhere; // held elsewhere and not (yet) here

};

} // namespace Ocpi::Net
