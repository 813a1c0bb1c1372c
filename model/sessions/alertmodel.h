// The active alerts: applies the alert rules to a SessionTableModel (on each merge, touched rows only, and on a
// periodic time check) and to endpoint poll events, one row per alert that holds, until its condition goes away.
#pragma once

#include "alertrules.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>

#include <limits>
#include <QtCore/QMetaType>

#include <functional>
#include <utility>
#include <vector>

class SessionTableModel;

namespace Alerts {

// One alert: raised once when its rule starts to hold for its subject, listed until the rule stops holding.
struct Alert
{
    Rule rule = Rule::Errors;
    QString subject;     // session key ("CC*PPP*ID") or endpoint name
    QString message;     // what holds, translated: "ACTIVE for 12 hours or more"
    qint64 raisedAt = 0; // ms since the epoch
    int sessionRow = -1; // the session's row in the SessionTableModel; -1 for endpoint alerts, kGone once removed
    static constexpr int kGone = std::numeric_limits<int>::max();
    bool acknowledged = false;
};

} // namespace Alerts

class AlertModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { Severity, Raised, Concerns, Message, ColumnCount };
    enum Role : int {
        KeyRole = Qt::UserRole + 1, // QString: session key or endpoint name
        AcknowledgedRole,           // bool
        RuleRole,                   // int: Alerts::Rule
        SeverityRole,               // int: Alerts::Severity
        RaisedAtRole,               // qint64 ms since the epoch
        ConcernsEndpointRole,       // bool: the subject is an endpoint, not a session
    };

    // Watches `sessions` (which must outlive this model) from now on, evaluating the rows it already holds.
    explicit AlertModel(SessionTableModel *sessions, QObject *parent = nullptr);
    ~AlertModel() override;

    // Changing the thresholds re-evaluates every session and endpoint.
    void setThresholds(const Alerts::AlertThresholds &thresholds);
    Alerts::AlertThresholds thresholds() const { return m_thresholds; }
    // The clock for evaluations after a merge and the raise time (default: QDateTime::currentMSecsSinceEpoch).
    void setClock(std::function<qint64()> clock);
    // Raise times in UTC (default) or local time; the header says which.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }

    // The time rules (ACTIVE too long, no update, endpoint silent), for every row: call it periodically.
    void evaluateTimeRules(qint64 nowMs);
    // Endpoints: silence counts from watchEndpoint (or the first poll) until a successful poll.
    void watchEndpoint(const QString &endpoint, qint64 nowMs);
    void endpointPollFinished(const QString &endpoint, bool ok, const QString &cause, qint64 nowMs);
    // The endpoint is no longer watched: its alerts go and it is no longer checked.
    void unwatchEndpoint(const QString &endpoint);

    const Alerts::Alert &alert(int row) const { return m_alerts[slot(row)]; }
    int rowOf(Alerts::Rule rule, const QString &subject) const; // -1 when that alert is not listed
    int unacknowledgedCount() const { return m_unacknowledged; }
    // Acknowledged alerts stay listed until their condition goes away.
    void acknowledge(int row);
    void acknowledgeAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A new alert (after its row was inserted), e.g. for a desktop notification.
    void alertRaised(const Alerts::Alert &alert);

private:
    struct Endpoint
    {
        Alerts::EndpointHealth health;
        quint8 held = 0; // the rules alerted for it
    };

    // Evaluations add the alerts they raise to `raised` and return whether an alert listed stopped holding.
    bool evaluateRows(int first, int last, qint64 nowMs, std::vector<Alerts::Alert> &raised);
    bool evaluateEndpoint(const QString &name, Endpoint &e, qint64 nowMs, std::vector<Alerts::Alert> &raised);
    bool holds(const Alerts::Alert &a) const;
    // Where row `row` is held: past the gap that opens while resolved alerts are removed (see finish()).
    // More runs of resolved alerts than this are removed with one layoutChanged (removeResolvedAtOnce()).
    static constexpr int kMaxRemovalRuns = 16;
    void removeResolvedAtOnce();
    size_t slot(int row) const { return size_t(row) < m_gapStart ? size_t(row) : size_t(row) + m_gapSize; }
    // Removes the alerts that no longer hold (when `resolved`), then appends `raised` and announces them.
    void finish(bool resolved, std::vector<Alerts::Alert> &&raised);
    QString messageFor(Alerts::Rule rule, const Alerts::EndpointHealth *endpoint) const;
    void onMerged();
    void onReset();
    void onRowsRemoved(int first, int last);

    SessionTableModel *m_sessions;
    std::vector<Alerts::Alert> m_alerts;
    size_t m_gapStart = 0; // m_alerts[m_gapStart, m_gapStart + m_gapSize) are removed rows, only inside finish()
    size_t m_gapSize = 0;
    int m_unacknowledged = 0;
    std::vector<quint8> m_sessionHeld;          // per session row: the rules alerted for it
    std::vector<std::pair<int, int>> m_touched; // session rows changed or added since the last merge signal
    QHash<QString, Endpoint> m_endpoints;
    Alerts::AlertThresholds m_thresholds;
    std::function<qint64()> m_clock;
    Qt::TimeSpec m_timeSpec = Qt::UTC;
};

Q_DECLARE_METATYPE(Alerts::Alert)
