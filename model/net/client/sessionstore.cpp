#include "sessionstore.h"

namespace Ocpi::Net {

SessionKey SessionKey::of(const Session &s)
{
    return SessionKey{s.text(Session::Field::CountryCode).toUpper(), s.text(Session::Field::PartyId).toUpper(),
                      s.text(Session::Field::Id).toUpper()};
}

QString SessionKey::toString() const
{
    return countryCode + QLatin1Char('/') + partyId + QLatin1Char('/') + id;
}

size_t qHash(const SessionKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.countryCode, key.partyId, key.id);
}

ChangeKind SessionStore::merge(const RecordResult &record, const QByteArray &json, qint64 maxSessions)
{
    const SessionKey key = SessionKey::of(record.session);
    if (!key.isValid())
        return ChangeKind::Unidentified;
    const auto it = m_sessions.find(key);
    if (it == m_sessions.end()) {
        // One held elsewhere moves here (it was counted already); a new one only below the limit.
        if (!m_elsewhere.remove(key.toString()) && maxSessions >= 0 && heldCount() >= maxSessions)
            return ChangeKind::NotKept;
        m_sessions.insert(key, StoredSession{record, json});
        return ChangeKind::Added;
    }
    if (it->json == json)
        return ChangeKind::Unchanged;
    const qint64 held = it->record.session.lastUpdated;
    const qint64 incoming = record.session.lastUpdated;
    if (held != kNoTime && incoming != kNoTime && incoming < held)
        return ChangeKind::Outdated;
    it->record = record;
    it->json = json;
    return ChangeKind::Changed;
}

const StoredSession *SessionStore::find(const SessionKey &key) const
{
    const auto it = m_sessions.constFind(key);
    return it == m_sessions.constEnd() ? nullptr : &*it;
}

} // namespace Ocpi::Net
