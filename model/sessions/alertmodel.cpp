#include "alertmodel.h"

#include "sessionformat.h"
#include "sessiontablemodel.h"

#include <QtCore/QDateTime>

#include <algorithm>

using Alerts::Alert;
using Alerts::Rule;

AlertModel::AlertModel(SessionTableModel *sessions, QObject *parent)
    : QAbstractTableModel(parent), m_sessions(sessions), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // Rows a merge touched are collected from its row signals and evaluated once it is done (merged).
    connect(sessions, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { m_touched.emplace_back(first, last); });
    connect(sessions, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                m_touched.emplace_back(topLeft.row(), bottomRight.row());
            });
    connect(sessions, &SessionTableModel::merged, this, &AlertModel::onMerged);
    connect(sessions, &QAbstractItemModel::modelReset, this, &AlertModel::onReset);
    // A cleared source takes its sessions' alerts along; the rows after them move up.
    connect(sessions, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    onReset();
}

AlertModel::~AlertModel() = default;

void AlertModel::setThresholds(const Alerts::AlertThresholds &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    evaluateTimeRules(m_clock());
    // The messages of the alerts still listed name the old thresholds.
    for (Alert &a : m_alerts)
        a.message = messageFor(a.rule, a.sessionRow < 0 ? &m_endpoints[a.subject].health : nullptr);
    if (!m_alerts.empty())
        Q_EMIT dataChanged(index(0, Message), index(rowCount() - 1, Message), {Qt::DisplayRole, Qt::ToolTipRole});
}

void AlertModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void AlertModel::setTimeSpec(Qt::TimeSpec spec)
{
    spec = spec == Qt::LocalTime ? Qt::LocalTime : Qt::UTC;
    if (spec == m_timeSpec)
        return;
    m_timeSpec = spec;
    Q_EMIT headerDataChanged(Qt::Horizontal, Raised, Raised);
    if (!m_alerts.empty())
        Q_EMIT dataChanged(index(0, Raised), index(rowCount() - 1, Raised), {Qt::DisplayRole});
}

void AlertModel::evaluateTimeRules(qint64 nowMs)
{
    std::vector<Alert> raised;
    bool resolved = evaluateRows(0, m_sessions->rowCount() - 1, nowMs, raised);
    for (auto it = m_endpoints.begin(); it != m_endpoints.end(); ++it)
        resolved |= evaluateEndpoint(it.key(), it.value(), nowMs, raised);
    finish(resolved, std::move(raised));
}

void AlertModel::watchEndpoint(const QString &endpoint, qint64 nowMs)
{
    if (m_endpoints.contains(endpoint))
        return;
    Endpoint &e = m_endpoints[endpoint];
    e.health.lastOkAt = nowMs;
    std::vector<Alert> raised;
    finish(evaluateEndpoint(endpoint, e, nowMs, raised), std::move(raised));
}

void AlertModel::endpointPollFinished(const QString &endpoint, bool ok, const QString &cause, qint64 nowMs)
{
    watchEndpoint(endpoint, nowMs);
    Endpoint &e = m_endpoints[endpoint];
    if (ok) {
        e.health.lastOkAt = nowMs;
        e.health.consecutiveFailures = 0;
        e.health.lastCause.clear();
    } else {
        ++e.health.consecutiveFailures;
        e.health.lastCause = cause;
        // A failing alert already listed names the new count and cause (it is not raised again).
        const int row = rowOf(Rule::EndpointFailing, endpoint);
        if (row >= 0) {
            m_alerts[size_t(row)].message = messageFor(Rule::EndpointFailing, &e.health);
            Q_EMIT dataChanged(index(row, Message), index(row, Message), {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
    std::vector<Alert> raised;
    finish(evaluateEndpoint(endpoint, e, nowMs, raised), std::move(raised));
}

void AlertModel::unwatchEndpoint(const QString &endpoint)
{
    if (!m_endpoints.remove(endpoint))
        return;
    finish(true, {}); // its alerts no longer hold (holds() finds no endpoint)
}

int AlertModel::rowOf(Alerts::Rule rule, const QString &subject) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const Alert &a = alert(row);
        if (a.rule == rule && a.subject == subject)
            return row;
    }
    return -1;
}

void AlertModel::acknowledge(int row)
{
    if (row < 0 || row >= rowCount() || m_alerts[size_t(row)].acknowledged)
        return;
    m_alerts[size_t(row)].acknowledged = true;
    --m_unacknowledged;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole, AcknowledgedRole});
}

void AlertModel::acknowledgeAll()
{
    int first = -1;
    int last = -1;
    for (size_t i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].acknowledged)
            continue;
        m_alerts[i].acknowledged = true;
        if (first < 0)
            first = int(i);
        last = int(i);
    }
    m_unacknowledged = 0;
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), {Qt::DisplayRole, AcknowledgedRole});
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size() - m_gapSize);
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = alert(index.row());
    const bool endpoint = Alerts::concernsEndpoint(a.rule);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: {
            const QString severity = Alerts::severityOf(a.rule) == Alerts::Severity::Critical
                                         ? tr("Critical", "alert severity")
                                         : tr("Warning", "alert severity");
            return a.acknowledged ? tr("%1 (acknowledged)", "alert severity").arg(severity) : severity;
        }
        case Raised:
            return SessionFormat::formatDateTime(a.raisedAt, m_timeSpec);
        case Concerns:
            return endpoint ? tr("Endpoint %1").arg(a.subject) : tr("Session %1").arg(a.subject);
        case Message:
            return a.message;
        }
        break;
    case Qt::ToolTipRole:
        return a.message;
    case KeyRole:
        return a.subject;
    case AcknowledgedRole:
        return a.acknowledged;
    case RuleRole:
        return int(a.rule);
    case SeverityRole:
        return int(Alerts::severityOf(a.rule));
    case RaisedAtRole:
        return a.raisedAt;
    case ConcernsEndpointRole:
        return endpoint;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Raised:
        return tr("Raised (%1)", "%1: time zone").arg(SessionFormat::zoneName(m_timeSpec, m_clock()));
    case Concerns:
        return tr("Concerns");
    case Message:
        return tr("Alert");
    }
    return {};
}

bool AlertModel::evaluateRows(int first, int last, qint64 nowMs, std::vector<Alert> &raised)
{
    if (last >= 0 && m_sessionHeld.size() <= size_t(last))
        m_sessionHeld.resize(size_t(last) + 1);
    bool resolved = false;
    for (int row = first; row <= last; ++row) {
        const quint8 rules = Alerts::sessionRules(m_sessions->session(row), m_sessions->isStale(row), nowMs, m_thresholds);
        quint8 &held = m_sessionHeld[size_t(row)];
        if (rules == held)
            continue;
        resolved |= (held & ~rules) != 0;
        const quint8 added = rules & ~held;
        held = rules;
        for (int r = 0; r < Alerts::kRuleCount; ++r) {
            if (added & Alerts::bit(Rule(r)))
                raised.push_back(Alert{Rule(r), m_sessions->key(row), messageFor(Rule(r), nullptr), nowMs, row, false});
        }
    }
    return resolved;
}

bool AlertModel::evaluateEndpoint(const QString &name, Endpoint &e, qint64 nowMs, std::vector<Alert> &raised)
{
    const quint8 rules = Alerts::endpointRules(e.health, nowMs, m_thresholds);
    const quint8 added = rules & ~e.held;
    const bool resolved = (e.held & ~rules) != 0;
    e.held = rules;
    for (const Rule r : {Rule::EndpointFailing, Rule::EndpointSilent}) {
        if (added & Alerts::bit(r))
            raised.push_back(Alert{r, name, messageFor(r, &e.health), nowMs, -1, false});
    }
    return resolved;
}

bool AlertModel::holds(const Alert &a) const
{
    if (a.sessionRow < 0) {
        const auto it = m_endpoints.constFind(a.subject);
        return it != m_endpoints.cend() && (it->held & Alerts::bit(a.rule));
    }
    return size_t(a.sessionRow) < m_sessionHeld.size() && (m_sessionHeld[size_t(a.sessionRow)] & Alerts::bit(a.rule));
}

void AlertModel::removeResolvedAtOnce()
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    std::vector<int> newRow(m_alerts.size(), -1);
    size_t write = 0;
    for (size_t read = 0; read < m_alerts.size(); ++read) {
        if (!holds(m_alerts[read])) {
            if (!m_alerts[read].acknowledged)
                --m_unacknowledged;
            continue;
        }
        newRow[read] = int(write);
        if (write != read)
            m_alerts[write] = std::move(m_alerts[read]);
        ++write;
    }
    m_alerts.resize(write);
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from) {
        const int row = i.row() >= 0 && size_t(i.row()) < newRow.size() ? newRow[size_t(i.row())] : -1;
        to.append(row >= 0 ? index(row, i.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void AlertModel::finish(bool resolved, std::vector<Alert> &&raised)
{
    // Resolved alerts go first, run by run, compacting the list in one pass: the rows kept so far are moved to
    // the front; the rows not yet looked at stay behind a gap that grows with each run removed (slot()).
    if (resolved) {
        // Many runs scattered over a long list (a poll that ends a thousand sessions among 100,000 alerts): one
        // layoutChanged instead of a removal per run, each of which costs a sorting view O(alerts).
        int runs = 0;
        for (size_t i = 0; i < m_alerts.size() && runs <= kMaxRemovalRuns; ++i) {
            if (!holds(m_alerts[i]) && (i == 0 || holds(m_alerts[i - 1])))
                ++runs;
        }
        if (runs > kMaxRemovalRuns)
            removeResolvedAtOnce();
    }
    if (resolved) {
        size_t write = 0;
        for (size_t read = 0; read < m_alerts.size();) {
            if (holds(m_alerts[read])) {
                if (write != read)
                    m_alerts[write] = std::move(m_alerts[read]);
                ++write;
                ++read;
                continue;
            }
            const size_t end = size_t(std::find_if(m_alerts.begin() + qsizetype(read), m_alerts.end(),
                                                   [this](const Alert &a) { return holds(a); })
                                      - m_alerts.begin());
            const int unacknowledged = int(std::count_if(m_alerts.begin() + qsizetype(read),
                                                         m_alerts.begin() + qsizetype(end),
                                                         [](const Alert &a) { return !a.acknowledged; }));
            m_gapStart = write;
            m_gapSize = read - write;
            beginRemoveRows({}, int(write), int(write + end - read) - 1);
            m_gapSize = end - write;
            m_unacknowledged -= unacknowledged;
            endRemoveRows();
            read = end;
        }
        m_alerts.resize(write);
        m_gapStart = m_gapSize = 0;
    }
    if (raised.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(raised.size()) - 1);
    m_alerts.insert(m_alerts.end(), raised.begin(), raised.end());
    m_unacknowledged += int(raised.size());
    endInsertRows();
    for (const Alert &a : raised)
        Q_EMIT alertRaised(a);
}

QString AlertModel::messageFor(Alerts::Rule rule, const Alerts::EndpointHealth *endpoint) const
{
    switch (rule) {
    case Rule::ActiveTooLong:
        return tr("ACTIVE for %Ln hour(s) or more", nullptr, m_thresholds.activeLongerThanHours);
    case Rule::NoUpdate:
        return tr("ACTIVE with no update for %Ln minute(s) or more", nullptr, m_thresholds.noUpdateMinutes);
    case Rule::Invalid:
        return tr("Status turned INVALID");
    case Rule::Errors:
        return tr("Has validation errors");
    case Rule::EndpointFailing:
        return tr("%Ln poll(s) in a row failed: %1", nullptr, endpoint->consecutiveFailures).arg(endpoint->lastCause);
    case Rule::EndpointSilent:
        return tr("No successful poll for %Ln minute(s) or more", nullptr, m_thresholds.endpointSilentMinutes);
    }
    return {};
}

void AlertModel::onMerged()
{
    const qint64 now = m_clock();
    std::vector<Alert> raised;
    bool resolved = false;
    for (const auto &[first, last] : m_touched)
        resolved |= evaluateRows(first, last, now, raised);
    m_touched.clear();
    finish(resolved, std::move(raised));
}

void AlertModel::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    if (size_t(first) < m_sessionHeld.size())
        m_sessionHeld.erase(m_sessionHeld.begin() + first, m_sessionHeld.begin() + std::min<qsizetype>(last + 1, qsizetype(m_sessionHeld.size())));
    for (Alert &a : m_alerts) {
        if (a.sessionRow > last && a.sessionRow != Alert::kGone)
            a.sessionRow -= count;
        else if (a.sessionRow >= first)
            a.sessionRow = Alert::kGone; // holds() no longer finds it
    }
    finish(true, {});
}

void AlertModel::onReset()
{
    // Rows are new sessions now: drop every session alert, then evaluate the rows afresh.
    m_touched.clear();
    m_sessionHeld.clear();
    finish(true, {});
    std::vector<Alert> raised;
    evaluateRows(0, m_sessions->rowCount() - 1, m_clock(), raised);
    finish(false, std::move(raised));
}
