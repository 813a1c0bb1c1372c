#include "sessiontablemodel.h"

#include "sessionfilter.h"
#include "sessionformat.h"

#include "ocpi/datetime.h"
#include "ocpi/enums.h"

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <string_view>

using Field = Ocpi::Session::Field;
using namespace SessionModel;

Q_LOGGING_CATEGORY(lcSessionModel, "ocpi.model", QtInfoMsg)

namespace {

constexpr quint32 kAllColumns = (1u << ColumnCount) - 1;
constexpr quint32 bit(int column) { return 1u << column; }

constexpr char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool sameDouble(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool sameField(const Ocpi::Session &a, const Ocpi::Session &b, Field f)
{
    return a.has(f) == b.has(f) && a.utf8(f) == b.utf8(f);
}

bool isNumeric(int column)
{
    return column == Duration || column == Kwh || column == Power || column == Cost;
}

// The raw value of a text column as up to five pieces of the session's text, joined only when a QString is wanted.
struct Pieces
{
    std::array<std::string_view, 5> part{};
    int count = 0;
    bool present = false; // false: the value is absent (an invalid QVariant)

    void add(std::string_view s) { part[size_t(count++)] = s; }
    QString toString() const
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QString::fromUtf8(part[size_t(i)].data(), qsizetype(part[size_t(i)].size()));
        return out;
    }
};

constexpr std::string_view kWhereSeparator = " / ";

Pieces wherePieces(const Ocpi::Session &s)
{
    Pieces p;
    for (const Field f : {Field::LocationId, Field::EvseUid, Field::ConnectorId}) {
        if (!s.has(f))
            continue;
        if (p.present)
            p.add(kWhereSeparator);
        p.add(s.utf8(f));
        p.present = true;
    }
    return p;
}

// The raw Auth value: token type and the full uid (the display masks it).
Pieces authPieces(const Ocpi::Session &s)
{
    Pieces p;
    const auto names = Ocpi::spellings(s.tokenType);
    const std::string_view type = size_t(s.tokenType) < names.size() ? names[size_t(s.tokenType)] : std::string_view();
    if (!type.empty()) {
        p.add(type);
        p.present = true;
    }
    if (s.has(Field::TokenUid)) {
        if (p.present)
            p.add(" ");
        p.add(s.utf8(Field::TokenUid));
        p.present = true;
    }
    return p;
}

Pieces singlePiece(std::string_view s, bool present)
{
    Pieces p;
    p.add(s);
    p.present = present;
    return p;
}

Pieces statusPieces(Ocpi::SessionStatus status)
{
    const auto names = Ocpi::spellings(status);
    const std::string_view name = size_t(status) < names.size() ? names[size_t(status)] : std::string_view();
    return singlePiece(name, !name.empty());
}

double validityValue(const Ocpi::Session &s)
{
    return double(s.errorCount) * 65536.0 + double(s.warningCount);
}

// The raw text of a text column, in pieces.
Pieces textPieces(const Ocpi::Session &s, int column)
{
    switch (column) {
    case Status:
        return statusPieces(s.status);
    case Id:
        return singlePiece(s.utf8(Field::Id), true);
    case Where:
        return wherePieces(s);
    case Auth:
        return authPieces(s);
    default:
        return {};
    }
}

constexpr quint64 kAbsentKey = ~quint64(0);
constexpr quint64 kSignBit = quint64(1) << 63;

bool isTextColumn(int column)
{
    return column == Status || column == Id || column == Where || column == Auth;
}

quint64 numberKey(double d)
{
    if (std::isnan(d))
        return kAbsentKey;
    if (d == 0)
        d = 0; // -0.0 == 0.0
    const auto u = std::bit_cast<quint64>(d);
    return (u & kSignBit) ? ~u : (u | kSignBit);
}

quint64 timeKey(qint64 t)
{
    return t == Ocpi::kNoTime ? kAbsentKey : quint64(t) ^ kSignBit;
}

bool samePeriods(const Ocpi::Session &a, const Ocpi::Session &b)
{
    if (a.periodCount() != b.periodCount())
        return false;
    for (qsizetype i = 0; i < a.periodCount(); ++i) {
        if (a.periodStart(i) != b.periodStart(i))
            return false;
        const auto da = a.periodDimensions(i);
        const auto db = b.periodDimensions(i);
        if (!std::equal(da.begin(), da.end(), db.begin(), db.end()))
            return false;
        if (a.period(i).tariffId != b.period(i).tariffId)
            return false;
    }
    return true;
}

// Everything the Session holds except where it was read from (Session::source).
bool sameContent(const Ocpi::Session &a, const Ocpi::Session &b)
{
    for (int f = 0; f < int(Field::Count); ++f) {
        if (!sameField(a, b, Field(f)))
            return false;
    }
    return a.startDateTime == b.startDateTime && a.endDateTime == b.endDateTime && a.lastUpdated == b.lastUpdated
        && sameDouble(a.kwh, b.kwh) && sameDouble(a.totalCost.exclVat, b.totalCost.exclVat)
        && sameDouble(a.totalCost.inclVat, b.totalCost.inclVat) && a.status == b.status && a.authMethod == b.authMethod
        && a.tokenType == b.tokenType && a.errorCount == b.errorCount && a.warningCount == b.warningCount
        && a.infoCount == b.infoCount && a.unknownFieldsJson == b.unknownFieldsJson && samePeriods(a, b);
}

// The columns whose value differs between a held session and its new version.
quint32 changedColumns(const Ocpi::Session &o, double oldPower, int oldSource, const Ocpi::Session &n,
                       double newPower, int newSource)
{
    quint32 m = 0;
    if (o.status != n.status)
        m |= bit(Status);
    if (!sameField(o, n, Field::Id))
        m |= bit(Id);
    if (!sameField(o, n, Field::LocationId) || !sameField(o, n, Field::EvseUid) || !sameField(o, n, Field::ConnectorId))
        m |= bit(Where);
    if (o.startDateTime != n.startDateTime)
        m |= bit(Start) | bit(Duration);
    if (o.endDateTime != n.endDateTime)
        m |= bit(End) | bit(Duration);
    if (o.lastUpdated != n.lastUpdated)
        m |= bit(LastUpdated) | (n.endDateTime == Ocpi::kNoTime ? bit(Duration) : 0u);
    if (!sameDouble(o.kwh, n.kwh))
        m |= bit(Kwh);
    if (!sameDouble(oldPower, newPower))
        m |= bit(Power);
    if (!sameDouble(o.totalCost.exclVat, n.totalCost.exclVat) || !sameDouble(o.totalCost.inclVat, n.totalCost.inclVat)
        || !sameField(o, n, Field::Currency))
        m |= bit(Cost);
    if (o.tokenType != n.tokenType || !sameField(o, n, Field::TokenUid))
        m |= bit(Auth);
    if (o.errorCount != n.errorCount || o.warningCount != n.warningCount)
        m |= bit(Validity);
    if (oldSource != newSource)
        m |= bit(Source);
    return m;
}

int firstColumn(quint32 mask)
{
    return std::countr_zero(mask);
}

int lastColumn(quint32 mask)
{
    return 31 - std::countl_zero(mask);
}

} // namespace

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_todayStart(SessionFormat::utcDayStart(QDateTime::currentMSecsSinceEpoch()))
{
    qRegisterMetaType<SessionTableModel::MergeStats>();
}

SessionTableModel::~SessionTableModel() = default;

int SessionTableModel::addSource(const QString &name)
{
    const qsizetype i = m_sourceNames.indexOf(name);
    if (i >= 0)
        return int(i);
    m_sourceNames.append(name);
    if (m_sortKeyColumn == Source)
        m_sortKeyColumn = -1; // the ranks change
    return int(m_sourceNames.size() - 1);
}

QString SessionTableModel::sourceName(int sourceId) const
{
    return m_sourceNames.value(sourceId);
}

QString SessionTableModel::keyOf(const Ocpi::Session &s)
{
    if (!s.has(Field::Id) || s.utf8(Field::Id).empty())
        return {};
    const std::string_view cc = s.utf8(Field::CountryCode);
    const std::string_view party = s.utf8(Field::PartyId);
    const std::string_view id = s.utf8(Field::Id);
    return (QString::fromUtf8(cc.data(), qsizetype(cc.size())) + u'*'
            + QString::fromUtf8(party.data(), qsizetype(party.size())) + u'*'
            + QString::fromUtf8(id.data(), qsizetype(id.size())))
        .toUpper();
}

int SessionTableModel::rowOf(const QString &key) const
{
    return m_index.value(key.toUpper(), -1);
}

void SessionTableModel::account(const Row &r, int sign)
{
    const Ocpi::Session &s = r.session;
    m_statusCounts[size_t(s.status)] += sign;
    if (s.errorCount)
        m_errorRows += sign;
    if (r.stale)
        m_staleRows += sign;
    if (s.status == Ocpi::SessionStatus::Active && !r.stale && !std::isnan(r.powerKw)) {
        m_powerSum += sign * r.powerKw;
        m_powerRows += sign;
    }
    if (s.startDateTime != Ocpi::kNoTime && s.startDateTime >= m_todayStart && !std::isnan(s.kwh)) {
        m_kwhToday += sign * s.kwh;
        m_todayRows += sign;
    }
}

void SessionTableModel::applyInRuns(std::vector<Touched> &touched, const std::function<void(const Touched &)> &apply)
{
    if (touched.empty())
        return;
    std::sort(touched.begin(), touched.end(), [](const Touched &a, const Touched &b) { return a.row < b.row; });
    size_t i = 0;
    while (i < touched.size()) {
        const size_t first = i;
        int last = touched[i].row;
        quint32 columns = touched[i].columns;
        ++i;
        while (i < touched.size() && touched[i].row == last + 1) {
            last = touched[i].row;
            columns |= touched[i].columns;
            ++i;
        }
        // Change the run's rows, then say so, before the next run changes: a listener that keeps its own order
        // (QSortFilterProxyModel with dynamic sorting) re-sorts each range against rows that are still as it
        // last saw them.
        for (size_t k = first; k < i; ++k)
            apply(touched[k]);
        Q_EMIT dataChanged(index(touched[first].row, firstColumn(columns)), index(last, lastColumn(columns)));
    }
}

SessionTableModel::MergeStats SessionTableModel::merge(std::vector<Incoming> &&incoming, int sourceId)
{
    MergeStats stats;
    m_merging = true;
    if (sourceId < 0 || sourceId >= sourceCount()) {
        qCWarning(lcSessionModel, "merge: unknown source id %d", sourceId);
        sourceId = addSource(QString());
    }
    const auto src = quint16(sourceId);
    const qint64 now = m_clock();

    // 1. One record per key: the latest last_updated wins, the later one on a tie.
    std::vector<QString> keys(incoming.size());
    std::vector<size_t> winners; // indexes into incoming, in order of each key's first appearance
    {
        QHash<QString, size_t> slotOf; // key -> index into winners
        for (size_t i = 0; i < incoming.size(); ++i) {
            keys[i] = keyOf(incoming[i].session);
            if (keys[i].isEmpty())
                keys[i] = incoming[i].fallbackKey.toUpper();
            if (keys[i].isEmpty()) {
                ++stats.unidentified;
                continue;
            }
            const auto it = slotOf.constFind(keys[i]);
            if (it == slotOf.constEnd()) {
                slotOf.insert(keys[i], winners.size());
                winners.push_back(i);
                continue;
            }
            ++stats.duplicates;
            size_t &w = winners[it.value()];
            if (incoming[i].session.lastUpdated >= incoming[w].session.lastUpdated)
                w = i;
        }
    }

    // 2. Compare with the rows held.
    std::vector<Touched> touched;
    std::vector<size_t> added;
    for (const size_t i : winners) {
        Incoming &in = incoming[i];
        const auto it = m_index.constFind(keys[i]);
        if (it == m_index.constEnd()) {
            added.push_back(i);
            continue;
        }
        const int row = it.value();
        const Row &r = m_rows[size_t(row)];
        const bool revive = r.stale && r.sourceId == src;
        const bool outdated = in.session.lastUpdated < r.session.lastUpdated;
        const bool same = !outdated && in.session.lastUpdated == r.session.lastUpdated
            && ((!in.json.isEmpty() && sameJson(r, in.json)) || sameContent(in.session, r.session));
        if (outdated || same) {
            ++(outdated ? stats.outdated : stats.unchanged);
            if (revive) {
                ++stats.revived;
                touched.push_back({row, kAllColumns, -1});
            } else if (r.cachedSeen) {
                touched.push_back({row, kAllColumns, -1}); // seen again: no longer only from the cache
            }
            continue;
        }

        const double power = SessionFormat::powerKw(in.session);
        quint32 columns = changedColumns(r.session, r.powerKw, r.sourceId, in.session, power, src);
        if (r.stale) {
            columns = kAllColumns; // the stale look covers the whole row
            ++stats.revived;
        }
        if (r.cachedSeen)
            columns = kAllColumns; // so does the cached look
        if (!columns)
            columns = kAllColumns; // a field no column shows changed: the row's details did
        stats.changedColumns |= columns;
        ++stats.changed;
        touched.push_back({row, columns, qsizetype(i)});
    }

    // 3. Change the held rows, run by run.
    applyInRuns(touched, [&](const Touched &t) {
        Row &r = m_rows[size_t(t.row)];
        account(r, -1);
        r.stale = false;
        r.cachedSeen = 0;
        r.changedAt = now;
        if (t.incoming >= 0) {
            Incoming &in = incoming[size_t(t.incoming)];
            r.powerKw = SessionFormat::powerKw(in.session);
            r.session = std::move(in.session);
            storeJson(r, in.json);
            r.sourceId = src;
            if (in.findings.isEmpty())
                m_findings.remove(t.row);
            else
                m_findings.insert(t.row, std::move(in.findings));
            updateSortKey(t.row);
        }
        account(r, +1);
    });

    // 4. Append the new ones as one block.
    if (!added.empty()) {
        const int first = int(m_rows.size());
        const int count = int(added.size());
        beginInsertRows({}, first, first + count - 1);
        // Grow the index geometrically (an exact reserve per merge would rehash it every time); the rows are in
        // chunks and never move.
        if (m_index.capacity() < m_index.size() + count)
            m_index.reserve(std::max(m_index.size() + count, m_index.capacity() * 2));
        for (const size_t i : added) {
            Incoming &in = incoming[i];
            const int row = int(m_rows.size());
            Row r;
            r.powerKw = SessionFormat::powerKw(in.session);
            r.session = std::move(in.session);
            storeJson(r, in.json);
            r.changedAt = now;
            r.sourceId = src;
            r.key = std::move(keys[i]);
            account(r, +1);
            m_index.insert(r.key, row);
            if (!in.findings.isEmpty())
                m_findings.insert(row, std::move(in.findings));
            m_rows.push_back(std::move(r));
            appendSortKey();
        }
        endInsertRows();
        stats.added = count;
        stats.firstAdded = first;
    }
    incoming.clear();

    qCDebug(lcSessionModel, "merge from %d: %d added, %d changed, %d unchanged, %d outdated, %d duplicates, %d unidentified",
            sourceId, stats.added, stats.changed, stats.unchanged, stats.outdated, stats.duplicates, stats.unidentified);
    m_merging = false;
    Q_EMIT merged(stats);
    if (stats.anyRowSignal())
        Q_EMIT totalsChanged();
    return stats;
}

int SessionTableModel::markCached(int sourceId, const QHash<QString, qint64> &lastSeen)
{
    std::vector<Touched> touched;
    touched.reserve(size_t(lastSeen.size()));
    QHash<int, qint64> seenOf; // row -> last seen (the keys may come in any case)
    for (auto it = lastSeen.cbegin(); it != lastSeen.cend(); ++it) {
        const auto found = m_index.constFind(it.key().toUpper());
        if (found == m_index.constEnd() || m_rows[size_t(found.value())].sourceId != sourceId || it.value() <= 0)
            continue;
        touched.push_back({found.value(), kAllColumns, qsizetype(-1)});
        seenOf.insert(found.value(), it.value());
    }
    const int marked = int(touched.size());
    applyInRuns(touched, [&](const Touched &t) { m_rows[size_t(t.row)].cachedSeen = seenOf.value(t.row); });
    return marked;
}

int SessionTableModel::cachedCountOf(int sourceId, qint64 *latestSeen) const
{
    int count = 0;
    qint64 latest = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.cachedSeen && r.sourceId == sourceId) {
            ++count;
            latest = std::max(latest, r.cachedSeen);
        }
    }
    if (latestSeen)
        *latestSeen = latest;
    return count;
}

int SessionTableModel::markMissing(int sourceId, const QSet<QString> &presentKeys)
{
    // Accept keys in any case; copy only when one is not upper case already.
    const QSet<QString> *keys = &presentKeys;
    QSet<QString> upper;
    for (const QString &k : presentKeys) {
        if (k != k.toUpper()) {
            upper.reserve(presentKeys.size());
            for (const QString &key : presentKeys)
                upper.insert(key.toUpper());
            keys = &upper;
            break;
        }
    }

    MergeStats stats;
    m_merging = true;
    const qint64 now = m_clock();
    std::vector<Touched> touched;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (r.sourceId != sourceId || r.stale || keys->contains(r.key))
            continue;
        touched.push_back({int(row), kAllColumns, -1});
    }
    stats.markedStale = int(touched.size());
    applyInRuns(touched, [&](const Touched &t) {
        Row &r = m_rows[size_t(t.row)];
        account(r, -1);
        r.stale = true;
        r.changedAt = now;
        account(r, +1);
    });
    m_merging = false;
    Q_EMIT merged(stats);
    if (stats.markedStale)
        Q_EMIT totalsChanged();
    return stats.markedStale;
}

int SessionTableModel::removeSource(int sourceId)
{
    // Blocks of the source's rows, from the last one back, so earlier rows keep their numbers until their turn.
    std::vector<std::pair<int, int>> blocks; // [first, last]
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].sourceId != sourceId)
            continue;
        if (!blocks.empty() && blocks.back().second + 1 == int(row))
            blocks.back().second = int(row);
        else
            blocks.emplace_back(int(row), int(row));
    }
    int removed = 0;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        const auto [first, last] = *it;
        const int count = last - first + 1;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            account(m_rows[size_t(row)], -1);
            m_json.release(m_rows[size_t(row)].json);
        }
        m_rows.erase(size_t(first), size_t(count));
        QHash<int, Ocpi::Findings> findings;
        findings.reserve(m_findings.size());
        for (auto f = m_findings.begin(); f != m_findings.end(); ++f) {
            if (f.key() < first)
                findings.insert(f.key(), std::move(f.value()));
            else if (f.key() > last)
                findings.insert(f.key() - count, std::move(f.value()));
        }
        m_findings = std::move(findings);
        m_index.clear();
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_index.insert(m_rows[row].key, int(row));
        m_sortKeyColumn = -1;
        m_sortKeys = {};
        m_sortText = {};
        m_sortSpans = {};
        endRemoveRows();
        removed += count;
    }
    if (removed)
        Q_EMIT totalsChanged();
    return removed;
}

int SessionTableModel::rowCountOf(int sourceId) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.sourceId == sourceId;
    return n;
}

void SessionTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_json.clear();
    m_sortKeys = {};
    m_sortText = {};
    m_sortSpans = {};
    m_sortKeyColumn = -1;
    m_index.clear();
    m_findings.clear();
    m_statusCounts = {};
    m_powerSum = 0;
    m_powerRows = 0;
    m_kwhToday = 0;
    m_todayRows = 0;
    m_errorRows = 0;
    m_staleRows = 0;
    endResetModel();
    Q_EMIT totalsChanged();
}

// The text is compared by size and a 64-bit hash (a collision would only make a changed record with the same
// last_updated count as unchanged), so an unchanged record in a poll does not decompress its row's block.
static quint64 jsonHashOf(const QByteArray &json)
{
    return quint64(qHashBits(json.constData(), size_t(json.size()), 0x9e3779b97f4a7c15ull));
}

bool SessionTableModel::sameJson(const Row &r, const QByteArray &json) const
{
    return r.json != JsonStore::kNone && m_json.size(r.json) == json.size() && r.jsonHash == jsonHashOf(json);
}

void SessionTableModel::storeJson(Row &r, const QByteArray &json)
{
    if (m_keepJson && !json.isEmpty()) {
        r.json = m_json.replace(r.json, json);
        r.jsonHash = jsonHashOf(json);
    } else {
        m_json.release(r.json);
        r.json = JsonStore::kNone;
        r.jsonHash = 0;
    }
}

void SessionTableModel::setKeepJson(bool keep)
{
    m_keepJson = keep;
    if (!keep) {
        for (Row &r : m_rows) {
            r.json = JsonStore::kNone;
            r.jsonHash = 0;
        }
        m_json.clear();
    }
}

void SessionTableModel::setTimeSpec(Qt::TimeSpec spec)
{
    spec = spec == Qt::LocalTime ? Qt::LocalTime : Qt::UTC;
    if (spec == m_timeSpec)
        return;
    m_timeSpec = spec;
    Q_EMIT headerDataChanged(Qt::Horizontal, Start, LastUpdated);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Start), index(rowCount() - 1, LastUpdated), {Qt::DisplayRole});
}

void SessionTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void SessionTableModel::setTodayStart(qint64 msecs)
{
    if (msecs == m_todayStart)
        return;
    m_todayStart = msecs;
    m_kwhToday = 0;
    m_todayRows = 0;
    for (const Row &r : m_rows) {
        const Ocpi::Session &s = r.session;
        if (s.startDateTime != Ocpi::kNoTime && s.startDateTime >= m_todayStart && !std::isnan(s.kwh)) {
            m_kwhToday += s.kwh;
            ++m_todayRows;
        }
    }
    Q_EMIT totalsChanged();
}

void SessionTableModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 SessionTableModel::approximateBytes() const
{
    qint64 bytes = qint64(m_rows.capacity() * sizeof(Row));
    for (const Row &r : m_rows)
        bytes += r.session.heapBytes();
    bytes += m_json.approximateBytes();
    for (const Ocpi::Findings &f : m_findings) {
        bytes += 48 + f.size() * qsizetype(sizeof(Ocpi::Finding));
        for (const Ocpi::Finding &x : f)
            bytes += (x.path.size() + x.message.size()) * 2 + 64;
    }
    // QHash: a span entry per key plus the key's text.
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        bytes += 48 + it.key().size() * 2;
    return bytes;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::rawValue(int row, int column) const
{
    const Row &r = m_rows[size_t(row)];
    const Ocpi::Session &s = r.session;
    const auto time = [](qint64 t) { return t == Ocpi::kNoTime ? QVariant() : QVariant(t); };
    const auto number = [](double v) { return std::isnan(v) ? QVariant() : QVariant(v); };
    const auto text = [](const Pieces &p) { return p.present ? QVariant(p.toString()) : QVariant(); };
    switch (column) {
    case Status:
        return text(statusPieces(s.status));
    case Id:
        return s.text(Field::Id);
    case Where:
        return text(wherePieces(s));
    case Start:
        return time(s.startDateTime);
    case End:
        return time(s.endDateTime);
    case Duration: {
        const qint64 d = SessionFormat::durationMs(s);
        return d < 0 ? QVariant() : QVariant(d);
    }
    case Kwh:
        return number(s.kwh);
    case Power:
        return number(r.powerKw);
    case Cost:
        return number(SessionFormat::cost(s));
    case Auth:
        return text(authPieces(s));
    case Validity:
        return validityValue(s);
    case LastUpdated:
        return time(s.lastUpdated);
    case Source:
        return sourceName(r.sourceId);
    default:
        return {};
    }
}

quint64 SessionTableModel::numericKey(const Row &r, int column) const
{
    const Ocpi::Session &s = r.session;
    switch (column) {
    case Start:
        return timeKey(s.startDateTime);
    case End:
        return timeKey(s.endDateTime);
    case Duration: {
        const qint64 d = SessionFormat::durationMs(s);
        return d < 0 ? kAbsentKey : timeKey(d);
    }
    case Kwh:
        return numberKey(s.kwh);
    case Power:
        return numberKey(r.powerKw);
    case Cost:
        return numberKey(SessionFormat::cost(s));
    case Validity:
        return numberKey(validityValue(s));
    case LastUpdated:
        return timeKey(s.lastUpdated);
    case Source:
        return r.sourceId < m_sourceRank.size() ? m_sourceRank[r.sourceId] : kAbsentKey - 1;
    default:
        return 0;
    }
}

void SessionTableModel::storeSortKey(size_t row) const
{
    const Row &r = m_rows[row];
    const int column = m_sortKeyColumn;
    if (!isTextColumn(column)) {
        m_sortKeys[row] = numericKey(r, column);
        return;
    }
    m_sortGarbage += m_sortSpans[row].length;
    const Pieces p = textPieces(r.session, column);
    const size_t offset = m_sortText.size();
    for (int i = 0; i < p.count; ++i) {
        for (const char c : p.part[size_t(i)])
            m_sortText.push_back(lowerAscii(c));
    }
    const size_t length = m_sortText.size() - offset;
    m_sortSpans[row] = {quint32(offset), quint32(length)};
    quint64 key = 0;
    for (size_t k = 0; k < 8; ++k)
        key = (key << 8) | (k < length ? static_cast<unsigned char>(m_sortText[offset + k]) : 0u);
    m_sortKeys[row] = p.present ? key : kAbsentKey; // UTF-8 never holds 0xff: no text has the absent key
}

void SessionTableModel::buildSortKeys(int column) const
{
    if (column == Source) {
        // Names that compare equal (case-insensitively) share a rank.
        std::vector<quint32> ids(size_t(m_sourceNames.size()));
        std::iota(ids.begin(), ids.end(), 0u);
        const auto less = [&](quint32 a, quint32 b) {
            return m_sourceNames.at(a).compare(m_sourceNames.at(b), Qt::CaseInsensitive) < 0;
        };
        std::stable_sort(ids.begin(), ids.end(), less);
        m_sourceRank.assign(ids.size(), 0);
        quint32 rank = 0;
        for (size_t i = 0; i < ids.size(); ++i) {
            if (i > 0 && less(ids[i - 1], ids[i]))
                ++rank;
            m_sourceRank[ids[i]] = rank;
        }
    }
    m_sortKeyColumn = column;
    m_sortKeys.assign(m_rows.size(), 0);
    m_sortText.clear();
    m_sortSpans.clear();
    m_sortGarbage = 0;
    if (isTextColumn(column)) {
        m_sortText.reserve(m_rows.size() * 24);
        m_sortSpans.resize(m_rows.size());
    }
    for (size_t row = 0; row < m_rows.size(); ++row)
        storeSortKey(row);
    m_sortGarbage = 0;
}

void SessionTableModel::updateSortKey(int row)
{
    if (m_sortKeyColumn < 0 || size_t(row) >= m_sortKeys.size())
        return;
    storeSortKey(size_t(row));
    // Replaced texts stay in the arena until it is rebuilt, when they make up half of it.
    if (m_sortGarbage > (size_t(1) << 20) && m_sortGarbage > m_sortText.size() / 2)
        m_sortKeyColumn = -1;
}

void SessionTableModel::appendSortKey()
{
    if (m_sortKeyColumn < 0 || m_sortKeys.size() + 1 != m_rows.size())
        return;
    m_sortKeys.push_back(0);
    if (isTextColumn(m_sortKeyColumn))
        m_sortSpans.push_back({0, 0});
    storeSortKey(m_rows.size() - 1);
}

bool SessionTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    if (column != m_sortKeyColumn || m_sortKeys.size() != m_rows.size())
        buildSortKeys(column);
    const quint64 a = m_sortKeys[size_t(leftRow)];
    const quint64 b = m_sortKeys[size_t(rightRow)];
    if (a != b)
        return a < b;
    if (a == kAbsentKey || !isTextColumn(column))
        return false;
    // The same first eight bytes: compare the whole folded texts.
    const auto [oa, la] = m_sortSpans[size_t(leftRow)];
    const auto [ob, lb] = m_sortSpans[size_t(rightRow)];
    return std::string_view(m_sortText.data() + oa, la) < std::string_view(m_sortText.data() + ob, lb);
}

void SessionTableModel::sortRows(std::vector<int> &rows, int column, bool descending) const
{
    if (rows.size() < 2)
        return;
    if (column != m_sortKeyColumn || m_sortKeys.size() != m_rows.size())
        buildSortKeys(column);
    struct Keyed
    {
        quint64 key;
        int row;
    };
    std::vector<Keyed> keyed(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        keyed[i] = {m_sortKeys[size_t(rows[i])], rows[i]};
    if (descending) {
        std::sort(keyed.begin(), keyed.end(),
                  [](const Keyed &a, const Keyed &b) { return a.key != b.key ? a.key > b.key : a.row < b.row; });
    } else {
        std::sort(keyed.begin(), keyed.end(),
                  [](const Keyed &a, const Keyed &b) { return a.key != b.key ? a.key < b.key : a.row < b.row; });
    }
    if (isTextColumn(column)) {
        // Texts whose first eight bytes tie: order each such run by the whole folded text.
        const auto text = [this](int row) {
            const Span span = m_sortSpans[size_t(row)];
            return std::string_view(m_sortText.data() + span.offset, span.length);
        };
        for (size_t i = 0; i < keyed.size();) {
            size_t j = i + 1;
            while (j < keyed.size() && keyed[j].key == keyed[i].key)
                ++j;
            if (j - i > 1 && keyed[i].key != kAbsentKey) {
                std::sort(keyed.begin() + qsizetype(i), keyed.begin() + qsizetype(j), [&](const Keyed &a, const Keyed &b) {
                    const int c = text(a.row).compare(text(b.row));
                    if (c != 0)
                        return descending ? c > 0 : c < 0;
                    return a.row < b.row;
                });
            }
            i = j;
        }
    }
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].row;
}

QString SessionTableModel::cachedStatusName(Ocpi::SessionStatus s)
{
    return tr("%1 (cached)", "status of a session read from the offline cache, not yet seen again").arg(statusName(s));
}

QString SessionTableModel::statusName(Ocpi::SessionStatus s)
{
    switch (s) {
    case Ocpi::SessionStatus::Active:
        return tr("Active", "session status");
    case Ocpi::SessionStatus::Completed:
        return tr("Completed", "session status");
    case Ocpi::SessionStatus::Invalid:
        return tr("Invalid", "session status");
    case Ocpi::SessionStatus::Pending:
        return tr("Pending", "session status");
    case Ocpi::SessionStatus::Reservation:
        return tr("Reservation", "session status");
    case Ocpi::SessionStatus::Unknown:
        break;
    }
    return tr("Unknown", "session status: absent or not an OCPI value");
}

QString SessionTableModel::displayText(const Row &r, int column) const
{
    const Ocpi::Session &s = r.session;
    switch (column) {
    case Status:
        if (r.stale)
            return tr("%1 (not listed)", "status of a session its source no longer lists").arg(statusName(s.status));
        if (r.cachedSeen)
            return cachedStatusName(s.status);
        return statusName(s.status);
    case Id:
        return s.text(Field::Id);
    case Where:
        return wherePieces(s).toString();
    case Start:
        return SessionFormat::formatDateTime(s.startDateTime, m_timeSpec);
    case End:
        return SessionFormat::formatDateTime(s.endDateTime, m_timeSpec);
    case Duration:
        return SessionFormat::formatDuration(SessionFormat::durationMs(s));
    case Kwh:
        return std::isnan(s.kwh) ? QString() : m_locale.toString(s.kwh, 'f', 3);
    case Power:
        return std::isnan(r.powerKw) ? QString() : m_locale.toString(r.powerKw, 'f', 1);
    case Cost: {
        const double c = SessionFormat::cost(s);
        if (std::isnan(c))
            return {};
        const QString amount = m_locale.toString(c, 'f', 2);
        return s.has(Field::Currency) ? amount + u' ' + s.text(Field::Currency) : amount;
    }
    case Auth:
        return SessionFormat::authText(s);
    case Validity: {
        if (!s.errorCount && !s.warningCount)
            return tr("valid", "validity of a session without errors or warnings");
        QString out;
        if (s.errorCount)
            out = tr("%n error(s)", nullptr, s.errorCount);
        if (s.warningCount) {
            if (!out.isEmpty())
                out += QLatin1StringView(", ");
            out += tr("%n warning(s)", nullptr, s.warningCount);
        }
        return out;
    }
    case LastUpdated:
        return SessionFormat::formatDateTime(s.lastUpdated, m_timeSpec);
    case Source:
        return sourceName(r.sourceId);
    default:
        return {};
    }
}

QVariant SessionTableModel::toolTip(int row, const Row &r, int column) const
{
    const Ocpi::Session &s = r.session;
    switch (column) {
    case Status:
        if (r.stale)
            return tr("%1 no longer lists this session; it is kept as last seen.").arg(sourceName(r.sourceId));
        if (r.cachedSeen)
            return tr("From the offline cache: last seen %1 from %2. No poll has brought it again since the start.")
                .arg(SessionFormat::formatDateTimeWithZone(r.cachedSeen, m_timeSpec), sourceName(r.sourceId));
        return QString(Ocpi::spelling(s.status));
    case Where:
        return tr("Location %1, EVSE %2, connector %3")
            .arg(s.text(Field::LocationId), s.text(Field::EvseUid), s.text(Field::ConnectorId));
    case Start:
    case End:
    case LastUpdated: {
        const qint64 t = column == Start ? s.startDateTime : column == End ? s.endDateTime : s.lastUpdated;
        return t == Ocpi::kNoTime ? QVariant() : QVariant(Ocpi::formatDateTimeUtc(t));
    }
    case Duration:
        if (SessionFormat::durationMs(s) < 0)
            return {};
        return s.endDateTime != Ocpi::kNoTime ? tr("From start to end")
                                              : tr("From start to the last update: the session has not ended");
    case Power: {
        SessionFormat::PowerSource from;
        SessionFormat::powerKw(s, &from);
        switch (from) {
        case SessionFormat::PowerSource::Power:
            return tr("POWER of the last charging period");
        case SessionFormat::PowerSource::MaxPower:
            return tr("MAX_POWER of the last charging period (no POWER given)");
        case SessionFormat::PowerSource::Energy:
            return tr("ENERGY of the last charging period over its duration (no POWER or MAX_POWER given)");
        case SessionFormat::PowerSource::None:
            break;
        }
        return {};
    }
    case Cost:
        if (!s.totalCost.isValid())
            return {};
        if (s.totalCost.hasInclVat())
            return tr("%1 excl. VAT, %2 incl. VAT")
                .arg(m_locale.toString(s.totalCost.exclVat, 'f', 2), m_locale.toString(s.totalCost.inclVat, 'f', 2));
        return tr("%1 excl. VAT").arg(m_locale.toString(s.totalCost.exclVat, 'f', 2));
    case Auth:
        if (s.authMethod == Ocpi::AuthMethod::Unknown)
            return {};
        return tr("Authorized by %1").arg(Ocpi::spelling(s.authMethod));
    case Validity: {
        const Ocpi::Findings f = m_findings.value(row);
        if (f.isEmpty())
            return {};
        constexpr qsizetype kShown = 5;
        QStringList lines;
        for (qsizetype i = 0; i < std::min(kShown, f.size()); ++i)
            lines.append(f.at(i).message);
        if (f.size() > kShown)
            lines.append(tr("and %n more", nullptr, int(f.size() - kShown)));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row &r = m_rows[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, r, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RawValueRole:
        return rawValue(row, index.column());
    case StatusRole:
        return int(r.session.status);
    case SeverityRole:
        return SessionFilter::severity(r.session);
    case KeyRole:
        return r.key;
    case SourceRole:
        return int(r.sourceId);
    case ChangedAtRole:
        return r.changedAt;
    case StaleRole:
        return r.stale;
    case CachedSeenRole:
        return r.cachedSeen;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        const QString zone = SessionFormat::zoneName(m_timeSpec, m_clock());
        switch (section) {
        case Status:
            return tr("Status");
        case Id:
            return tr("Session", "column header: the session id");
        case Where:
            return tr("Location / EVSE / connector");
        case Start:
            return tr("Start (%1)", "%1: time zone").arg(zone);
        case End:
            return tr("End (%1)", "%1: time zone").arg(zone);
        case Duration:
            return tr("Duration");
        case Kwh:
            return tr("Energy (kWh)");
        case Power:
            return tr("Power (kW)");
        case Cost:
            return tr("Cost");
        case Auth:
            return tr("Authorization", "column header: token type and masked uid");
        case Validity:
            return tr("Validity");
        case LastUpdated:
            return tr("Last updated (%1)", "%1: time zone").arg(zone);
        case Source:
            return tr("Source", "column header: where the session came from");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Duration:
            return tr("Hours and minutes from start to end, or to the last update while the session runs");
        case Power:
            return tr("Power of the last charging period: POWER, else MAX_POWER, else its ENERGY over its duration");
        case Cost:
            return tr("Total cost including VAT when the CPO gives it, else excluding VAT");
        case Auth:
            return tr("Token type and uid, the uid masked");
        case Validity:
            return tr("Errors and warnings found checking the session against OCPI 2.2.1");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && isNumeric(section)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}
