#include "sessionfilterproxy.h"

#include <QtCore/QItemSelection>

#include <algorithm>

using namespace SessionModel;

namespace {
constexpr quint32 bit(int column) { return 1u << column; }
} // namespace

SessionFilterProxy::SessionFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_reorderTimer.setSingleShot(true);
    connect(&m_reorderTimer, &QTimer::timeout, this, &SessionFilterProxy::reorderNow);
}

void SessionFilterProxy::setReorderDelay(int ms)
{
    m_reorderDelay = std::max(0, ms);
    if (m_reorderDelay == 0 && m_reorderTimer.isActive())
        reorderNow();
}

void SessionFilterProxy::reorderNow()
{
    flush(false); // with what the merges since the last flush said (m_pendingResort)
}

SessionFilterProxy::~SessionFilterProxy() = default;

void SessionFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_model = qobject_cast<SessionTableModel *>(model);
    Q_ASSERT_X(!model || m_model, "SessionFilterProxy", "the source must be a SessionTableModel");
    QAbstractProxyModel::setSourceModel(m_model.data());
    if (m_model) {
        SessionTableModel *m = m_model.data();
        m_connections = {
            connect(m, &QAbstractItemModel::rowsInserted, this, &SessionFilterProxy::onRowsInserted),
            connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, &SessionFilterProxy::onRowsAboutToBeRemoved),
            connect(m, &QAbstractItemModel::rowsRemoved, this, &SessionFilterProxy::onRowsRemoved),
            connect(m, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                        // Display-only changes (time zone, locale) move nothing: the order is by raw values.
                        const bool displayOnly = roles.size() == 1 && roles.first() == Qt::DisplayRole;
                        if (displayOnly) {
                            if (!m_proxyToSource.empty())
                                Q_EMIT dataChanged(index(0, tl.column()),
                                                   index(int(m_proxyToSource.size()) - 1, br.column()), roles);
                            return;
                        }
                        onDataChanged(tl, br);
                    }),
            connect(m, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation o, int first, int last) {
                        if (o == Qt::Horizontal)
                            Q_EMIT headerDataChanged(o, first, last);
                    }),
            connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &SessionFilterProxy::onLayoutAboutToBeChanged),
            connect(m, &QAbstractItemModel::layoutChanged, this, &SessionFilterProxy::onLayoutChanged),
            connect(m, &QAbstractItemModel::modelAboutToBeReset, this, &SessionFilterProxy::onModelAboutToBeReset),
            connect(m, &QAbstractItemModel::modelReset, this, &SessionFilterProxy::onModelReset),
            connect(m, &SessionTableModel::merged, this, &SessionFilterProxy::onMerged),
        };
    }
    resetMapping();
    endResetModel();
}

// --- mapping --------------------------------------------------------------------------------------------------

QModelIndex SessionFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() < 0
        || size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return m_model->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SessionFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model || sourceIndex.row() < 0
        || size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QItemSelection SessionFilterProxy::mapSelectionFromSource(const QItemSelection &selection) const
{
    QItemSelection out;
    for (const QItemSelectionRange &range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r) {
            const QModelIndex left = mapFromSource(m_model ? m_model->index(r, range.left()) : QModelIndex());
            if (left.isValid())
                out.append(QItemSelectionRange(left, index(left.row(), range.right())));
        }
    }
    return out;
}

QItemSelection SessionFilterProxy::mapSelectionToSource(const QItemSelection &selection) const
{
    QItemSelection out;
    for (const QItemSelectionRange &range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r) {
            const QModelIndex left = mapToSource(index(r, range.left()));
            if (left.isValid())
                out.append(QItemSelectionRange(left, m_model->index(left.row(), range.right())));
        }
    }
    return out;
}

QModelIndex SessionFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_proxyToSource.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SessionFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex SessionFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int SessionFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int SessionFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool SessionFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant SessionFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return section + 1;
    return {};
}

// --- filter and sort ------------------------------------------------------------------------------------------

bool SessionFilterProxy::accepts(int row) const
{
    return m_filter.accepts(m_model->session(row), m_model->sourceId(row), m_model->isStale(row));
}

bool SessionFilterProxy::before(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        if (descending ? m_model->lessThan(b, a, m_sortColumn) : m_model->lessThan(a, b, m_sortColumn))
            return true;
        if (descending ? m_model->lessThan(a, b, m_sortColumn) : m_model->lessThan(b, a, m_sortColumn))
            return false;
        return a < b; // equal values keep their source order
    }
    return m_sortOrder == Qt::DescendingOrder ? a > b : a < b;
}

void SessionFilterProxy::setFilter(const SessionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_model)
        rebuild(/*refilter*/ true, /*resort*/ false);
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

void SessionFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_model)
        rebuild(/*refilter*/ false, /*resort*/ true);
}

void SessionFilterProxy::resetMapping()
{
    m_order.clear();
    m_accepted.clear();
    m_marks.clear();
    m_dirty.clear();
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    m_insertedInMiddle = false;
    if (!m_model)
        return;
    const int n = m_model->rowCount();
    m_order.resize(size_t(n));
    for (int r = 0; r < n; ++r)
        m_order[size_t(r)] = r;
    if (m_sortColumn >= 0)
        m_model->sortRows(m_order, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
    else if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
    m_accepted.resize(size_t(n));
    m_marks.assign(size_t(n), 0);
    for (int r = 0; r < n; ++r)
        m_accepted[size_t(r)] = accepts(r);
    m_sourceToProxy.assign(size_t(n), -1);
    for (const int r : m_order) {
        if (m_accepted[size_t(r)]) {
            m_sourceToProxy[size_t(r)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(r);
        }
    }
}

void SessionFilterProxy::rebuild(bool refilter, bool resort)
{
    flush(true); // anything collected first (a delayed reorder)
    if (refilter) {
        const int n = int(m_accepted.size());
        for (int r = 0; r < n; ++r)
            m_accepted[size_t(r)] = accepts(r);
    }
    if (resort) {
        // From source order, so that equal values keep it whatever the previous order was.
        for (size_t i = 0; i < m_order.size(); ++i)
            m_order[i] = int(i);
        if (m_sortColumn >= 0)
            m_model->sortRows(m_order, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
        else if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_order.begin(), m_order.end());
    }
    commit();
}

bool SessionFilterProxy::commit(bool force)
{
    std::vector<int> rows;
    rows.reserve(m_proxyToSource.size() + 16);
    for (const int r : m_order) {
        if (m_accepted[size_t(r)])
            rows.push_back(r);
    }
    if (!force && rows == m_proxyToSource)
        return false;

    const bool sameRows = rows.size() == m_proxyToSource.size();
    const auto hint = sameRows ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceOf(size_t(from.size()));
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int p = from.at(i).row();
        sourceOf[size_t(i)] = p >= 0 && size_t(p) < m_proxyToSource.size() ? m_proxyToSource[size_t(p)] : -1;
    }
    m_proxyToSource = std::move(rows);
    std::fill(m_sourceToProxy.begin(), m_sourceToProxy.end(), -1);
    for (size_t p = 0; p < m_proxyToSource.size(); ++p)
        m_sourceToProxy[size_t(m_proxyToSource[p])] = int(p);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int s = sourceOf[size_t(i)];
        const int p = s >= 0 ? m_sourceToProxy[size_t(s)] : -1;
        to.append(p >= 0 ? createIndex(p, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
    return true;
}

// --- source signals -------------------------------------------------------------------------------------------

void SessionFilterProxy::markDirty(int row, bool resort)
{
    quint8 &m = m_marks[size_t(row)];
    if (!m)
        m_dirty.push_back(row);
    m |= Dirty | (resort ? Resort : 0);
}

void SessionFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_model || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const bool resort = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    const int last = std::min(bottomRight.row(), int(m_marks.size()) - 1);
    for (int r = topLeft.row(); r <= last; ++r)
        markDirty(r, resort);
    if (!m_model->isMerging())
        flush(true);
}

void SessionFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!m_model || parent.isValid())
        return;
    const int count = last - first + 1;
    const int oldCount = int(m_accepted.size());
    if (first < oldCount) {
        // Not at the end (SessionTableModel only appends; kept general): shift the source rows after `first`.
        auto shift = [&](int &r) {
            if (r >= first)
                r += count;
        };
        std::for_each(m_order.begin(), m_order.end(), shift);
        std::for_each(m_proxyToSource.begin(), m_proxyToSource.end(), shift);
        std::for_each(m_dirty.begin(), m_dirty.end(), shift);
        m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
        m_marks.insert(m_marks.begin() + first, size_t(count), 0);
        m_sourceToProxy.insert(m_sourceToProxy.begin() + first, size_t(count), -1);
    } else {
        m_accepted.resize(size_t(oldCount + count), 0);
        m_marks.resize(size_t(oldCount + count), 0);
        m_sourceToProxy.resize(size_t(oldCount + count), -1);
    }
    // Appended at the end, as one block; placed by the next flush (at merged()).
    std::vector<int> shown;
    for (int r = first; r <= last; ++r) {
        m_order.push_back(r);
        const bool ok = accepts(r);
        m_accepted[size_t(r)] = ok;
        if (ok)
            shown.push_back(r);
        m_marks[size_t(r)] = Dirty | Resort | New;
        m_dirty.push_back(r);
    }
    if (first < oldCount)
        m_insertedInMiddle = true;
    if (!shown.empty()) {
        const int p = int(m_proxyToSource.size());
        beginInsertRows({}, p, p + int(shown.size()) - 1);
        for (const int r : shown) {
            m_sourceToProxy[size_t(r)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(r);
        }
        endInsertRows();
    }
    if (first < oldCount) { // the proxy rows after the shift point hold new source numbers
        for (size_t p = 0; p < m_proxyToSource.size(); ++p)
            m_sourceToProxy[size_t(m_proxyToSource[p])] = int(p);
    }
    if (!m_model->isMerging())
        flush(true);
}

void SessionFilterProxy::beginLayoutChangeOfSource()
{
    flush(true);
    Q_EMIT layoutAboutToBeChanged();
    m_pendingPersistent.clear();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &i : persistent) {
        const int p = i.row();
        m_pendingPersistent.push_back(
            {i, p >= 0 && size_t(p) < m_proxyToSource.size() ? m_proxyToSource[size_t(p)] : -1});
    }
}

void SessionFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int, int)
{
    if (!m_model || parent.isValid())
        return;
    beginLayoutChangeOfSource();
}

void SessionFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (!m_model || parent.isValid())
        return;
    const int count = last - first + 1;
    auto remap = [&](int r) { return r < first ? r : (r > last ? r - count : -1); };
    std::vector<int> order;
    order.reserve(m_order.size());
    for (const int r : m_order) {
        const int n = remap(r);
        if (n >= 0)
            order.push_back(n);
    }
    m_order = std::move(order);
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    m_marks.erase(m_marks.begin() + first, m_marks.begin() + last + 1);
    m_sourceToProxy.resize(m_accepted.size());
    m_proxyToSource.clear();
    for (const int r : m_order) {
        if (m_accepted[size_t(r)])
            m_proxyToSource.push_back(r);
    }
    std::fill(m_sourceToProxy.begin(), m_sourceToProxy.end(), -1);
    for (size_t p = 0; p < m_proxyToSource.size(); ++p)
        m_sourceToProxy[size_t(m_proxyToSource[p])] = int(p);

    QModelIndexList from;
    QModelIndexList to;
    for (const Pending &pending : m_pendingPersistent) {
        const int s = pending.sourceRow >= 0 ? remap(pending.sourceRow) : -1;
        const int p = s >= 0 ? m_sourceToProxy[size_t(s)] : -1;
        from.append(pending.index);
        to.append(p >= 0 ? createIndex(p, pending.index.column()) : QModelIndex());
    }
    m_pendingPersistent.clear();
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void SessionFilterProxy::onMerged(const SessionTableModel::MergeStats &stats)
{
    m_pendingResort |= m_sortColumn >= 0
                       && ((stats.changedColumns & bit(m_sortColumn)) || stats.markedStale || stats.revived);
    if (m_reorderDelay > 0 && !m_dirty.empty()) {
        if (!m_reorderTimer.isActive())
            m_reorderTimer.start(m_reorderDelay);
        return;
    }
    reorderNow();
}

void SessionFilterProxy::flush(bool resortChanged)
{
    m_reorderTimer.stop();
    resortChanged |= m_pendingResort;
    m_pendingResort = false;
    if (m_dirty.empty())
        return;

    // 1. The filter, on the rows announced only.
    for (const int r : m_dirty)
        m_accepted[size_t(r)] = accepts(r);

    // 2. Rows to (re)place: new rows unless the order is source order and they were appended; changed rows whose
    // dataChanged covered the sort column, when the merge says that column's value changed (resortChanged).
    const bool sourceOrder = m_sortColumn < 0 && m_sortOrder == Qt::AscendingOrder;
    std::vector<int> moving;
    for (const int r : m_dirty) {
        const quint8 m = m_marks[size_t(r)];
        if (m & New) {
            if (!sourceOrder || m_insertedInMiddle)
                moving.push_back(r);
        } else if ((m & Resort) && resortChanged && m_sortColumn >= 0) {
            moving.push_back(r);
        }
    }

    if (!moving.empty()) {
        for (const int r : moving)
            m_marks[size_t(r)] |= Taken;
        std::vector<int> base;
        base.reserve(m_order.size() - moving.size());
        for (const int r : m_order) {
            if (!(m_marks[size_t(r)] & Taken))
                base.push_back(r);
        }
        if (m_sortColumn >= 0)
            m_model->sortRows(moving, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
        else
            std::sort(moving.begin(), moving.end(), [this](int a, int b) { return before(a, b); });
        m_order.clear();
        auto it = base.cbegin();
        for (const int r : moving) {
            const auto pos = std::lower_bound(it, base.cend(), r, [this](int x, int y) { return before(x, y); });
            m_order.insert(m_order.end(), it, pos);
            m_order.push_back(r);
            it = pos;
        }
        m_order.insert(m_order.end(), it, base.cend());
    }

    // 3. One layoutChanged when the rows shown changed; then the changed cells, as one range.
    if (commit())
        ++m_rebuilds;
    int top = -1;
    int bottom = -1;
    for (const int r : m_dirty) {
        const bool isNew = m_marks[size_t(r)] & New;
        m_marks[size_t(r)] = 0;
        const int p = m_sourceToProxy[size_t(r)];
        if (p < 0 || isNew)
            continue;
        top = top < 0 ? p : std::min(top, p);
        bottom = std::max(bottom, p);
    }
    m_dirty.clear();
    m_insertedInMiddle = false;
    if (top >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, columnCount() - 1));
}

void SessionFilterProxy::onLayoutAboutToBeChanged()
{
    beginLayoutChangeOfSource();
}

void SessionFilterProxy::onLayoutChanged()
{
    // SessionTableModel never reorders its rows; a source that did would need its own persistent indexes here.
    // Rebuild from scratch and keep the persistent indexes on the same source row numbers.
    resetMapping();
    QModelIndexList from;
    QModelIndexList to;
    for (const Pending &pending : m_pendingPersistent) {
        const int s = pending.sourceRow;
        const int p = s >= 0 && size_t(s) < m_sourceToProxy.size() ? m_sourceToProxy[size_t(s)] : -1;
        from.append(pending.index);
        to.append(p >= 0 ? createIndex(p, pending.index.column()) : QModelIndex());
    }
    m_pendingPersistent.clear();
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void SessionFilterProxy::onModelAboutToBeReset()
{
    beginResetModel();
}

void SessionFilterProxy::onModelReset()
{
    resetMapping();
    endResetModel();
}
