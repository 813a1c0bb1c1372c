// One session's charging periods as a table: start, end, duration, one column per dimension type present (its
// unit in the header), tariff, and a Timing column naming overlaps and gaps in words.
//
// Timing rules. mod_cdrs 10.4.6 ChargingPeriod: "A period ends when the next period starts. The last period ends
// when the session ends." So periods cannot leave holes between each other; what can go wrong is:
//  - Overlap: a period does not start strictly after the previous one (same start, or out of order): the two
//    claim the same time. Flagged on the later period of the pair.
//  - Outside: a period starts before the session's start_date_time or after its end_date_time
//    (mod_sessions 9.3.1): it covers time that is not the session's.
//  - Gap: the first period starts after start_date_time: the session's time before it is covered by no period
//    (no dimensions, no tariff), the only hole the rule above leaves. Flagged on the first period.
// Rows are numbered from 0 (the vertical header), as the array indexes in JSON Pointers and findings are.
// A period whose dimensions are all zero is not a gap: it is a period in which nothing was used.
#pragma once

#include "ocpi/session.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QLocale>

#include <vector>

class ChargingPeriodsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Flag : int { NoFlags = 0, Overlap = 1, Outside = 2, Gap = 4 };
    Q_DECLARE_FLAGS(Flags, Flag)

    // Start, End and Duration come first; then dimensionCount() dimension columns, Tariff and Timing.
    enum FixedColumn : int { StartColumn, EndColumn, DurationColumn, FirstDimensionColumn };

    explicit ChargingPeriodsModel(QObject *parent = nullptr);

    void setSession(const Ocpi::Session &session);
    void clear();
    // Times in UTC (default) or local time; the headers name the zone.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }
    // Numbers are formatted with this locale (default: QLocale()).
    void setLocale(const QLocale &locale);

    int dimensionCount() const { return int(m_types.size()); }
    Ocpi::CdrDimensionType dimensionType(int column) const; // Unknown for other columns
    int columnOf(Ocpi::CdrDimensionType type) const;        // -1 when no period has it
    int tariffColumn() const { return FirstDimensionColumn + dimensionCount(); }
    int timingColumn() const { return tariffColumn() + 1; }
    Flags flags(int row) const { return m_flags[size_t(row)]; }

    // "Energy", "Max current", ... (translated) for a dimension type.
    static QString dimensionName(Ocpi::CdrDimensionType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 endOf(int row) const;
    double volume(int row, Ocpi::CdrDimensionType type) const;
    QString timingText(int row) const;
    QString number(double v) const { return m_locale.toString(v, 'f', QLocale::FloatingPointShortest); }

    Ocpi::Session m_session;
    std::vector<Ocpi::CdrDimensionType> m_types; // the dimension columns, in the spec's order (mod_cdrs 10.4.3)
    std::vector<Flags> m_flags;
    std::vector<int> m_previous; // the period an Overlap row collides with
    QLocale m_locale;
    Qt::TimeSpec m_timeSpec = Qt::UTC;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChargingPeriodsModel::Flags)
