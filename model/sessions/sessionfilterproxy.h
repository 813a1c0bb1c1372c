// Sorts and filters the sessions table for the view: sorting on RawValueRole (through the model's typed
// comparison), filtering with SessionFilter::accepts.
//
// Why not QSortFilterProxyModel's dynamic sorting: it re-sorts on every dataChanged, moving each changed row
// with an O(rows) list operation, so a 10,000-change poll into 100,000 rows stalls the UI for seconds
// (docs/MODEL-PERFORMANCE.md). With ResortPolicy::AfterMerge (the default) dynamic sorting is off: merged
// rows are appended at the end and changed rows stay where they are until the model's merged() signal, when
// the proxy rebuilds its order once (one layoutChanged) if the merge touched the sort column or the filter.
#pragma once

#include "sessionfilter.h"
#include "sessiontablemodel.h"

#include <QtCore/QPointer>
#include <QtCore/QSortFilterProxyModel>

class SessionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class ResortPolicy : quint8 {
        AfterMerge, // dynamicSortFilter off; one rebuild after each merge that needs it
        Dynamic,    // QSortFilterProxyModel's own dynamic sorting and filtering (slow with many rows)
    };

    explicit SessionFilterProxy(QObject *parent = nullptr);
    ~SessionFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    // Shortcuts that change one rule of filter().
    void setStatusFilter(quint8 statusMask);
    void setValidityFilter(SessionFilter::Validity validity);
    void setTextFilter(const QString &text);
    void setStartRange(qint64 from, qint64 to);
    void setSourceFilter(int sourceId);

    void setResortPolicy(ResortPolicy policy);
    ResortPolicy resortPolicy() const { return m_policy; }

    // Sort with SessionTableModel::lessThan (default) rather than comparing RawValueRole QVariants. Same order;
    // for measurements.
    void setTypedCompare(bool on);
    bool typedCompare() const { return m_typedCompare; }

    // How many times a merge made the proxy rebuild its order and filter.
    int rebuildCount() const { return m_rebuilds; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void onMerged(const SessionTableModel::MergeStats &stats);
    void applyFilter();

    QPointer<SessionTableModel> m_model;
    QMetaObject::Connection m_mergedConnection;
    SessionFilter m_filter;
    ResortPolicy m_policy = ResortPolicy::AfterMerge;
    bool m_typedCompare = true;
    int m_rebuilds = 0;
};
