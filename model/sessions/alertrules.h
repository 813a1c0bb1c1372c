// What an operator watches for: the alert rules, their thresholds (kept in QSettings group "alerts") and the
// pure tests of each rule against a session or an endpoint's poll history. Widget-free; AlertModel applies them.
#pragma once

#include "ocpi/session.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Alerts {

// Each rule; an alert is identified by (rule, subject). Values are stored (RuleRole), keep them stable.
enum class Rule : quint8 {
    ActiveTooLong,   // session ACTIVE for longer than N hours
    NoUpdate,        // ACTIVE session with no update for N minutes
    Invalid,         // session status INVALID
    Errors,          // session with validation errors
    EndpointFailing, // N polls in a row failed
    EndpointSilent,  // no successful poll for N minutes
};
constexpr int kRuleCount = 6;
constexpr quint8 bit(Rule r) { return quint8(1u << unsigned(r)); }
constexpr bool concernsEndpoint(Rule r) { return r == Rule::EndpointFailing || r == Rule::EndpointSilent; }

enum class Severity : quint8 { Warning, Critical };
constexpr Severity severityOf(Rule r)
{
    return r == Rule::Invalid || r == Rule::EndpointFailing || r == Rule::EndpointSilent ? Severity::Critical
                                                                                         : Severity::Warning;
}

// The thresholds of the rules; each rule can be turned off.
struct AlertThresholds
{
    // Allowed ranges, shared by load() and the settings dialog.
    static constexpr int kMaxHours = 24 * 14;
    static constexpr int kMaxMinutes = 24 * 60;
    static constexpr int kMaxPolls = 100;

    bool activeTooLong = true;
    int activeLongerThanHours = 12;
    bool noUpdate = true;
    int noUpdateMinutes = 60;
    bool flagInvalid = true;
    bool flagErrors = true;
    bool endpointFailing = true;
    int endpointFailedPolls = 3;
    bool endpointSilent = true;
    int endpointSilentMinutes = 15;

    // Group "alerts" of `settings`; absent or out-of-range values take the defaults above.
    static AlertThresholds load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AlertThresholds &, const AlertThresholds &) = default;
};

// One endpoint's poll history, as the alert rules see it (fed by the app from its poll results).
struct EndpointHealth
{
    qint64 lastOkAt = 0;         // last successful poll, or when watching began (ms since the epoch)
    int consecutiveFailures = 0; // failed polls since the last success
    QString lastCause;           // why the last poll failed, plain words
};

// The rules that hold for a session at `nowMs` (bits of bit(Rule)). Stale sessions (no longer listed by their
// source) are not checked against the ACTIVE time rules.
quint8 sessionRules(const Ocpi::Session &s, bool stale, qint64 nowMs, const AlertThresholds &t);
// The rules that hold for an endpoint at `nowMs`.
quint8 endpointRules(const EndpointHealth &e, qint64 nowMs, const AlertThresholds &t);

} // namespace Alerts
