#include "sessionfilterproxy.h"

using namespace SessionModel;

namespace {
constexpr quint32 bit(int column) { return 1u << column; }
} // namespace

SessionFilterProxy::SessionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(false);
}

SessionFilterProxy::~SessionFilterProxy() = default;

void SessionFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_mergedConnection);
    m_model = qobject_cast<SessionTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_model)
        m_mergedConnection = connect(m_model, &SessionTableModel::merged, this, &SessionFilterProxy::onMerged);
}

void SessionFilterProxy::setFilter(const SessionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
}

void SessionFilterProxy::setStatusFilter(quint8 statusMask)
{
    SessionFilter f = m_filter;
    f.setStatuses(statusMask);
    setFilter(f);
}

void SessionFilterProxy::setValidityFilter(SessionFilter::Validity validity)
{
    SessionFilter f = m_filter;
    f.setValidity(validity);
    setFilter(f);
}

void SessionFilterProxy::setTextFilter(const QString &text)
{
    SessionFilter f = m_filter;
    f.setText(text);
    setFilter(f);
}

void SessionFilterProxy::setStartRange(qint64 from, qint64 to)
{
    SessionFilter f = m_filter;
    f.setStartRange(from, to);
    setFilter(f);
}

void SessionFilterProxy::setSourceFilter(int sourceId)
{
    SessionFilter f = m_filter;
    f.setSource(sourceId);
    setFilter(f);
}

void SessionFilterProxy::setResortPolicy(ResortPolicy policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    setDynamicSortFilter(policy == ResortPolicy::Dynamic);
    invalidate();
}

void SessionFilterProxy::setTypedCompare(bool on)
{
    if (on == m_typedCompare)
        return;
    m_typedCompare = on;
    invalidate();
}

void SessionFilterProxy::applyFilter()
{
    // Without dynamic sorting, rows the new filter lets in would be inserted in source order, unsorted: rebuild the
    // mapping (filter and sort, one layoutChanged). That is also the fast way for a filter that lets in or out rows
    // scattered over the table: the incremental path removes and inserts each interval with an O(rows) list edit.
    if (m_policy == ResortPolicy::AfterMerge)
        invalidate();
    else
        invalidateRowsFilter();
}

void SessionFilterProxy::onMerged(const SessionTableModel::MergeStats &stats)
{
    if (m_policy != ResortPolicy::AfterMerge || !stats.anyRowSignal())
        return;
    // Rows inserted while dynamic sorting is off were appended at the end; changed rows kept their place.
    const int column = sortColumn();
    const bool sorted = column >= 0 || sortOrder() == Qt::DescendingOrder;
    bool rebuild = sorted && stats.added > 0;
    if (column >= 0 && (stats.changedColumns & bit(column)))
        rebuild = true;
    if (!m_filter.isEmpty()) {
        quint32 filterColumns = 0;
        if (m_filter.statuses() != SessionFilter::kAllStatuses)
            filterColumns |= bit(Status);
        if (m_filter.validity() != SessionFilter::Validity::All)
            filterColumns |= bit(Validity);
        if (!m_filter.text().isEmpty())
            filterColumns |= bit(Id) | bit(Where) | bit(Auth);
        if (m_filter.startFrom() != Ocpi::kNoTime || m_filter.startTo() != Ocpi::kNoTime)
            filterColumns |= bit(Start);
        if (m_filter.source() >= 0)
            filterColumns |= bit(Source);
        if (stats.changedColumns & filterColumns)
            rebuild = true;
        if (m_filter.hideStale() && (stats.markedStale || stats.revived))
            rebuild = true;
    }
    if (!rebuild)
        return;
    ++m_rebuilds;
    invalidate();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    return m_filter.accepts(m_model->session(sourceRow), m_model->sourceId(sourceRow), m_model->isStale(sourceRow));
}

bool SessionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_typedCompare && m_model && left.model() == m_model && right.model() == m_model)
        return m_model->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
