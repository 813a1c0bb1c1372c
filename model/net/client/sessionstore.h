// The sessions a client holds, merged idempotently by (country_code, party_id, id).
#pragma once

#include "pollresult.h"

#include <QtCore/QHash>
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
    // later last_updated; Changed otherwise; Unidentified (not taken) without an id.
    ChangeKind merge(const RecordResult &record, const QByteArray &json);

    qsizetype size() const { return m_sessions.size(); }
    bool isEmpty() const { return m_sessions.isEmpty(); }
    const StoredSession *find(const SessionKey &key) const;
    const QHash<SessionKey, StoredSession> &all() const { return m_sessions; }
    void clear() { m_sessions.clear(); }

private:
    QHash<SessionKey, StoredSession> m_sessions;
};

} // namespace Ocpi::Net
