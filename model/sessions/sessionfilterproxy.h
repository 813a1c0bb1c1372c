// Sorts and filters the sessions table for the view, keeping its order up to date incrementally, so that a million
// rows stay smooth (docs/MODEL-PERFORMANCE.md, "A million rows").
//
// Why not QSortFilterProxyModel: with dynamic sorting it moves each changed row with an O(rows) list edit (a
// 10,000-change poll into 100,000 rows stalls for seconds), and without it every merge that touches the sort
// column costs a full filter + sort, O(rows · log rows): about a second at 1,000,000 rows. This proxy keeps
//  - the order of all source rows by the sort column (m_order), whether the filter accepts them or not, and
//  - which rows the filter accepts (m_accepted);
// the proxy's rows are the accepted rows in that order. During a merge (SessionTableModel::isMerging()) it only
// collects the rows the model announces; at the model's merged() signal it re-checks the filter on those rows
// only, takes the rows whose sort value changed (or that are new) out of the order, sorts just them and merges them
// back: O(rows + changes · log rows) with a small constant, then one layoutChanged (persistent indexes, hence
// selection and current row, follow their sessions). New rows are first appended at the end as one
// rowsInserted block, then placed by that same pass. A filter change re-checks every row but does not sort; a sort
// sorts every row with the model's typed keys (SessionTableModel::lessThan). Rows with equal values keep their
// source order (as a stable sort would), in both directions.
#pragma once

#include "sessionfilter.h"
#include "sessiontablemodel.h"

#include <QtCore/QAbstractProxyModel>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <vector>

class SessionFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit SessionFilterProxy(QObject *parent = nullptr);
    ~SessionFilterProxy() override;

    // Only a SessionTableModel (or nullptr) is supported.
    void setSourceModel(QAbstractItemModel *model) override;

    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    // Shortcuts that change one rule of filter().
    void setStatusFilter(quint8 statusMask);
    void setValidityFilter(SessionFilter::Validity validity);
    void setTextFilter(const QString &text);
    void setStartRange(qint64 from, qint64 to);
    void setSourceFilter(int sourceId);

    // Column -1: source order (reversed when descending).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Re-placing the rows merges changed waits this long after a merge (default 0: at once, at merged()), so that
    // the slices of one poll (MergeQueue) are placed together, once: with a million rows, placing is the costly
    // part. Meanwhile new rows show at the end and changed rows where they were.
    void setReorderDelay(int ms);
    int reorderDelay() const { return m_reorderDelay; }
    // Places what merges changed now (also done by sort(), setFilter() and the delay's end).
    void reorderNow();

    // How many times a merge (or a change outside one) moved rows or let rows in or out: each is one layoutChanged.
    int rebuildCount() const { return m_rebuilds; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Source row signals.
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onMerged(const SessionTableModel::MergeStats &stats);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onModelAboutToBeReset();
    void onModelReset();
    // Before the source removes or reorders rows: layoutAboutToBeChanged, persistent indexes noted by source row.
    void beginLayoutChangeOfSource();

    bool accepts(int sourceRow) const;
    bool before(int a, int b) const; // a sorts before b in the current order
    void markDirty(int sourceRow, bool resort);
    // Applies the collected changes (filter on dirty rows, re-placing rows whose sort value changed).
    void flush(bool resortChanged);
    // Re-checks the filter on every row and/or sorts every row, then one layoutChanged.
    void rebuild(bool refilter, bool resort);
    // Replaces the proxy rows by the accepted rows of m_order, with one layoutChanged (persistent indexes follow
    // their source rows). Returns false (and emits nothing) when the proxy rows stay the same.
    bool commit(bool force = false);
    void resetMapping();

    QPointer<SessionTableModel> m_model;
    std::vector<QMetaObject::Connection> m_connections;
    SessionFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rebuilds = 0;

    std::vector<int> m_order;         // every source row, in sort order
    std::vector<quint8> m_accepted;   // per source row: the filter lets it in
    std::vector<int> m_proxyToSource; // the proxy's rows
    std::vector<int> m_sourceToProxy; // per source row: its proxy row, -1 when filtered out

    // Collected during a merge.
    enum Mark : quint8 {
        Dirty = 1,  // announced: re-check the filter, repaint
        Resort = 2, // its dataChanged covered the sort column
        New = 4,    // inserted (appended to the proxy, not placed yet)
        Taken = 8,  // being placed (flush only)
    };
    std::vector<quint8> m_marks; // per source row
    std::vector<int> m_dirty;    // rows with a mark, in the order announced
    bool m_insertedInMiddle = false;
    bool m_pendingResort = false; // a merge since the last flush changed the sort column's values
    int m_reorderDelay = 0;
    QTimer m_reorderTimer;

    // Between rowsAboutToBeRemoved and rowsRemoved: persistent indexes as (proxy index, source row).
    struct Pending
    {
        QModelIndex index;
        int sourceRow;
    };
    std::vector<Pending> m_pendingPersistent;
};
