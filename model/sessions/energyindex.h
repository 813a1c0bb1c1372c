// The fleet's energy per 15-minute UTC slot, kept up to date as a SessionTableModel changes, so the fleet chart's
// refresh costs O(slots of the window shown) instead of O(charging periods of every row) (docs/CHARTS.md, "Energy
// per hour of a million sessions").
#pragma once

#include "chartdata.h"

#include <QtCore/QObject>

#include <map>
#include <span>
#include <vector>

class SessionTableModel;

// Listens to the model's row signals (rowsInserted, dataChanged with all roles, rowsAboutToBeRemoved, modelReset)
// and keeps, per slot, the exact sum of the ENERGY of the periods starting in it (HourlyEnergy's units), and per
// row what that row added, compactly (a few bytes per slot it touches), so a changed or removed row's old
// contribution can be taken back. The results equal ChartData::energyPerHour / latestHours computed from scratch,
// to the last bit.
class EnergyIndex : public QObject
{
    Q_OBJECT
public:
    // `model` must outlive the index; its rows are read once now.
    explicit EnergyIndex(const SessionTableModel *model, QObject *parent = nullptr);

    // Everything, as ChartData::energyPerHour(model, spec) gives it: O(slots).
    ChartSeries energyPerHour(Qt::TimeSpec spec) const;
    // As ChartData::latestHours(ChartData::energyPerHour(model, spec), hours), in O(log slots + slots in the window).
    ChartData::RecentHours latestHours(Qt::TimeSpec spec, int hours) const;

    // Slots that have energy.
    qsizetype slotCount() const { return qsizetype(m_bins.size()); }
    // Bytes held: the per-row contributions (with their not yet reclaimed garbage), the row table, the slots.
    qint64 approximateBytes() const;
    // Rows whose charging periods were read since construction (tests: a merge reads the rows it touched only).
    qint64 rowsRead() const { return m_rowsRead; }

private:
    struct Ref
    {
        quint32 offset = 0; // into m_bytes
        quint32 length = 0;
    };
    struct Bin
    {
        quint64 units = 0; // modulo 2^64, as HourlyEnergy
        qint64 rows = 0;   // rows with a period with ENERGY starting in the slot
    };
    using Bins = std::map<qint64, Bin>;

    void rebuild();
    void insertRows(int first, int last);
    void changeRows(int first, int last);
    void removeRows(int first, int last);
    // `row`'s (slot, units) pairs, ascending by slot, each slot once: in m_pairs, and encoded in m_scratch.
    void encodeRow(int row);
    // Adds the encoded pairs of `now` and takes those of `old` back.
    void apply(std::span<const quint8> old, std::span<const quint8> now);
    std::span<const quint8> bytesOf(const Ref &r) const { return {m_bytes.data() + r.offset, r.length}; }
    void store(Ref &r, std::span<const quint8> bytes);
    void compactIfWasteful();

    const SessionTableModel *m_model;
    std::vector<Ref> m_refs;     // one per model row
    std::vector<quint8> m_bytes; // each row's pairs as varints: zigzag(slot - previous slot), zigzag(units)
    size_t m_garbage = 0;        // bytes of m_bytes no row refers to any more
    Bins m_bins;                 // slot -> sum; only slots some row has a period in
    std::vector<quint8> m_scratch;
    std::vector<HourlyEnergy::Slot> m_pairs; // scratch of encodeRow
    qint64 m_rowsRead = 0;
};
