#include "energyindex.h"

#include "sessiontablemodel.h"

#include <QtCore/QtGlobal>

#include <algorithm>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace {

void putVarint(std::vector<quint8> &out, qint64 v)
{
    quint64 z = (quint64(v) << 1) ^ quint64(v >> 63); // zigzag: small magnitudes, either sign, in few bytes
    while (z >= 0x80) {
        out.push_back(quint8(z | 0x80));
        z >>= 7;
    }
    out.push_back(quint8(z));
}

qint64 getVarint(const quint8 *&p)
{
    quint64 z = 0;
    int shift = 0;
    quint8 b;
    do {
        b = *p++;
        z |= quint64(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return qint64(z >> 1) ^ -qint64(z & 1);
}

void decode(std::span<const quint8> bytes, std::vector<HourlyEnergy::Slot> &out)
{
    out.clear();
    const quint8 *p = bytes.data();
    const quint8 *end = p + bytes.size();
    qint64 slot = 0;
    while (p < end) {
        slot += getVarint(p);
        out.push_back({slot, quint64(getVarint(p))});
    }
}

constexpr size_t kMinCompactBytes = 1 << 20;
constexpr int kBulkRows = 256;
constexpr quint64 kDenseSlots = quint64(1) << 22;

} // namespace

EnergyIndex::EnergyIndex(const SessionTableModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertRows(first, last); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeRows(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                // The model announces new content with all roles (an empty list); a list of roles is a change of
                // presentation only (setTimeSpec, setLocale: Qt::DisplayRole over every row), periods unchanged.
                if (roles.isEmpty())
                    changeRows(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::modelReset, this, &EnergyIndex::rebuild);
    // The model neither moves rows nor changes its layout; should it ever, count again.
    connect(model, &QAbstractItemModel::rowsMoved, this, &EnergyIndex::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EnergyIndex::rebuild);
    rebuild();
}

qint64 EnergyIndex::approximateBytes() const
{
    // A std::map node: the value, three pointers and the colour, rounded up by the allocator.
    constexpr qint64 kNodeBytes = qint64(sizeof(Bins::value_type)) + 4 * qint64(sizeof(void *));
    return qint64(m_bytes.capacity()) + qint64(m_refs.capacity() * sizeof(Ref)) + qint64(m_bins.size()) * kNodeBytes
        + qint64(m_scratch.capacity()) + qint64(m_pairs.capacity() * sizeof(HourlyEnergy::Slot));
}

ChartSeries EnergyIndex::energyPerHour(Qt::TimeSpec spec) const
{
    std::vector<HourlyEnergy::Slot> sums;
    sums.reserve(m_bins.size());
    for (const auto &[slot, bin] : m_bins)
        sums.push_back({slot, bin.units});
    return HourlyEnergy::seriesOf(sums, spec);
}

ChartData::RecentHours EnergyIndex::latestHours(Qt::TimeSpec spec, int hours) const
{
    if (m_bins.empty())
        return {HourlyEnergy::emptySeries(), {0, 0}};
    // The latest hour with energy: that of the last slot, unless a slot after that hour's start lies in a later
    // hour. That would take a forward switch by part of an hour that starts a slot at hh:45 wall time (none in
    // tzdata: Lord Howe's 30-minute switches are at 02:00); checked anyway, it costs at most four look-ups.
    qint64 latest = HourlyEnergy::hourOf(m_bins.rbegin()->first, spec);
    for (auto it = m_bins.lower_bound(HourlyEnergy::slotOf(latest)); it != m_bins.end(); ++it)
        latest = std::max(latest, HourlyEnergy::hourOf(it->first, spec));
    const qint64 to = latest + ChartData::kHourMs;
    const qint64 from = to - qint64(std::max(hours, 1)) * ChartData::kHourMs;
    // An hour starts no later than its first slot: only slots starting at `from` or later can lie in the window.
    std::vector<HourlyEnergy::Slot> sums;
    const qint64 firstSlot = HourlyEnergy::slotOf(from - 1) + 1; // the first slot starting at or after `from`
    for (auto it = m_bins.lower_bound(firstSlot); it != m_bins.end(); ++it) {
        if (HourlyEnergy::hourOf(it->first, spec) >= from)
            sums.push_back({it->first, it->second.units});
    }
    return {HourlyEnergy::seriesOf(sums, spec), {from, to}};
}

void EnergyIndex::rebuild()
{
    m_refs.clear();
    m_bytes.clear();
    m_garbage = 0;
    m_bins.clear();
    insertRows(0, m_model->rowCount() - 1);
    m_bytes.shrink_to_fit();
}

void EnergyIndex::encodeRow(int row)
{
    ++m_rowsRead;
    const Ocpi::Session &s = m_model->session(row);
    m_pairs.clear();
    bool sorted = true;
    for (qsizetype i = 0; i < s.periodCount(); ++i) {
        const qint64 start = s.periodStart(i);
        if (start == Ocpi::kNoTime)
            continue;
        const double kwh = ChartData::periodEnergyKwh(s, i);
        if (kwh == 0) // as HourlyEnergy::add: a period without energy makes no slot
            continue;
        const qint64 slot = HourlyEnergy::slotOf(start);
        const quint64 units = quint64(HourlyEnergy::unitsOf(kwh));
        if (!m_pairs.empty() && m_pairs.back().slot == slot) {
            m_pairs.back().units += units;
            continue;
        }
        sorted = sorted && (m_pairs.empty() || m_pairs.back().slot < slot);
        m_pairs.push_back({slot, units});
    }
    if (!sorted) { // periods may come in any order: one pair per slot, ascending
        std::stable_sort(m_pairs.begin(), m_pairs.end(), [](const auto &a, const auto &b) { return a.slot < b.slot; });
        size_t out = 0;
        for (size_t i = 0; i < m_pairs.size(); ++i) {
            if (out > 0 && m_pairs[out - 1].slot == m_pairs[i].slot)
                m_pairs[out - 1].units += m_pairs[i].units;
            else
                m_pairs[out++] = m_pairs[i];
        }
        m_pairs.resize(out);
    }
    m_scratch.clear();
    qint64 previous = 0;
    for (const HourlyEnergy::Slot &p : m_pairs) {
        putVarint(m_scratch, p.slot - previous);
        putVarint(m_scratch, qint64(p.units));
        previous = p.slot;
    }
}

void EnergyIndex::apply(std::span<const quint8> old, std::span<const quint8> now)
{
    thread_local std::vector<HourlyEnergy::Slot> before;
    thread_local std::vector<HourlyEnergy::Slot> after;
    decode(old, before);
    decode(now, after);
    // Both ascending by slot: one look-up per slot, consecutive slots found next to the last one.
    Bins::iterator hint = m_bins.end();
    const auto find = [&](qint64 slot) {
        if (hint != m_bins.end()) {
            if (hint->first == slot)
                return hint;
            const auto next = std::next(hint);
            if (next != m_bins.end() && next->first == slot)
                return hint = next;
        }
        return hint = m_bins.try_emplace(slot).first;
    };
    size_t i = 0;
    size_t j = 0;
    while (i < before.size() || j < after.size()) {
        if (j == after.size() || (i < before.size() && before[i].slot < after[j].slot)) {
            const auto it = find(before[i].slot);
            it->second.units -= before[i].units;
            if (--it->second.rows == 0) {
                Q_ASSERT(it->second.units == 0);
                hint = m_bins.end();
                m_bins.erase(it);
            }
            ++i;
        } else if (i == before.size() || after[j].slot < before[i].slot) {
            const auto it = find(after[j].slot);
            it->second.units += after[j].units;
            ++it->second.rows;
            ++j;
        } else { // the same slot before and after
            if (before[i].units != after[j].units)
                find(after[j].slot)->second.units += after[j].units - before[i].units;
            ++i;
            ++j;
        }
    }
}

void EnergyIndex::store(Ref &r, std::span<const quint8> bytes)
{
    if (bytes.size() <= r.length) { // fits where the old one was
        if (!bytes.empty())
            std::memcpy(m_bytes.data() + r.offset, bytes.data(), bytes.size());
        m_garbage += r.length - bytes.size();
        r.length = quint32(bytes.size());
        return;
    }
    m_garbage += r.length;
    if (m_bytes.size() + bytes.size() > std::numeric_limits<quint32>::max())
        qFatal("EnergyIndex: more than 4 GB of per-row energy");
    r.offset = quint32(m_bytes.size());
    r.length = quint32(bytes.size());
    m_bytes.insert(m_bytes.end(), bytes.begin(), bytes.end());
}

void EnergyIndex::insertRows(int first, int last)
{
    if (last < first)
        return;
    m_refs.insert(m_refs.begin() + first, size_t(last - first + 1), Ref{});
    if (last - first < kBulkRows) {
        for (int row = first; row <= last; ++row) {
            encodeRow(row);
            apply({}, m_scratch);
            store(m_refs[size_t(row)], m_scratch);
        }
        return;
    }
    // Many rows (a file, the first pages of a poll): encode and store them all, then add them up per slot in a
    // dense array over the slots they span (a session's ~10 slots are next to each other; a look-up per slot in
    // the ordered map, or even in a hash, cost several times the rest), and put each slot in the map once.
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    for (int row = first; row <= last; ++row) {
        encodeRow(row);
        if (!m_pairs.empty()) {
            low = std::min(low, m_pairs.front().slot);
            high = std::max(high, m_pairs.back().slot);
        }
        store(m_refs[size_t(row)], m_scratch);
    }
    if (low > high)
        return; // no energy at all
    std::vector<HourlyEnergy::Slot> pairs;
    const auto addAll = [&](auto &&binOf) {
        for (int row = first; row <= last; ++row) {
            decode(bytesOf(m_refs[size_t(row)]), pairs);
            for (const HourlyEnergy::Slot &p : pairs) {
                Bin &b = binOf(p.slot);
                b.units += p.units;
                ++b.rows;
            }
        }
    };
    const auto merge = [this](qint64 slot, const Bin &bin) {
        Bin &b = m_bins[slot];
        b.units += bin.units;
        b.rows += bin.rows;
    };
    if (quint64(high) - quint64(low) < kDenseSlots) { // ~120 years of slots at most: 64 MB of scratch
        std::vector<Bin> dense(size_t(high - low + 1));
        addAll([&](qint64 slot) -> Bin & { return dense[size_t(slot - low)]; });
        for (size_t i = 0; i < dense.size(); ++i) {
            if (dense[i].rows)
                merge(low + qint64(i), dense[i]);
        }
    } else { // a few sessions with absurd dates among the others
        std::unordered_map<qint64, Bin> sparse;
        addAll([&](qint64 slot) -> Bin & { return sparse[slot]; });
        for (const auto &[slot, bin] : sparse)
            merge(slot, bin);
    }
}

void EnergyIndex::changeRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        encodeRow(row);
        Ref &r = m_refs[size_t(row)];
        const std::span<const quint8> old = bytesOf(r);
        if (old.size() == m_scratch.size() && std::equal(old.begin(), old.end(), m_scratch.begin()))
            continue; // e.g. marked stale or cached, or a change of other fields
        apply(old, m_scratch);
        store(r, m_scratch);
    }
    compactIfWasteful();
}

void EnergyIndex::removeRows(int first, int last)
{
    if (last < first)
        return;
    for (int row = first; row <= last; ++row) {
        const Ref &r = m_refs[size_t(row)];
        apply(bytesOf(r), {});
        m_garbage += r.length;
    }
    m_refs.erase(m_refs.begin() + first, m_refs.begin() + last + 1);
    compactIfWasteful();
}

// Rows' new contributions go to the end when they outgrow their place: once more than half of the bytes are left
// behind, copy the live ones, in row order (amortised O(1) per byte written).
void EnergyIndex::compactIfWasteful()
{
    if (m_garbage < kMinCompactBytes || m_garbage * 2 < m_bytes.size())
        return;
    std::vector<quint8> bytes;
    bytes.reserve(m_bytes.size() - m_garbage);
    for (Ref &r : m_refs) {
        const std::span<const quint8> b = bytesOf(r);
        r.offset = quint32(bytes.size());
        bytes.insert(bytes.end(), b.begin(), b.end());
    }
    m_bytes = std::move(bytes);
    m_garbage = 0;
}
