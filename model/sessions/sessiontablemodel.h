// The live sessions table: every session seen, one row each, keyed by (country_code, party_id, id), merged poll
// by poll with range signals only (rows are appended in one block, changes are announced per contiguous run,
// nothing is ever reset by a merge and nothing is removed: sessions a source stops listing are marked stale).
#pragma once

#include "chunkedvector.h"
#include "jsonstore.h"
#include "sessionroles.h"

#include "ocpi/finding.h"
#include "ocpi/session.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <array>
#include <functional>
#include <string>
#include <vector>

class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // One session as a source delivered it: what the model merges. Neutral on purpose, so the model does not
    // depend on where sessions come from (a file, a poll, the simulator).
    struct Incoming
    {
        Ocpi::Session session;
        Ocpi::Findings findings;
        QByteArray json; // the record's text, kept when keepJson() is on; may be empty
        // The key of a record without an id (e.g. "file 3 record #12"): such a record is kept under it, so a file's
        // broken records are shown. Empty: a record without an id is counted as unidentified and not kept.
        QString fallbackKey;
    };

    // What one merge (or markMissing) did.
    struct MergeStats
    {
        int added = 0;        // new rows, appended as [firstAdded, firstAdded + added)
        int changed = 0;      // held rows with new content (or a new source)
        int unchanged = 0;    // same last_updated and the same content
        int outdated = 0;     // an older last_updated than the one held: ignored
        int duplicates = 0;   // superseded by another record with the same key in the same batch
        int unidentified = 0; // no id and no fallback key: cannot be keyed, not kept
        int revived = 0;      // stale rows listed again
        int markedStale = 0;  // rows markMissing marked stale
        int firstAdded = -1;
        quint32 changedColumns = 0; // bit (1 << column) for each column whose value changed in a held row
        bool anyRowSignal() const { return added || changed || revived || markedStale; }
    };

    explicit SessionTableModel(QObject *parent = nullptr);
    ~SessionTableModel() override;

    // Sources: small ids into a table of names ("poll: cpo.example", "file: sessions.json").
    int addSource(const QString &name); // the id of `name`, added if new
    QString sourceName(int sourceId) const;
    int sourceCount() const { return int(m_sourceNames.size()); }

    // Merges a batch from one source. New sessions are appended with one beginInsertRows; changed rows get
    // dataChanged over contiguous runs (only the changed columns' span), each run changed just before its signal;
    // unchanged and outdated records emit nothing. Of records with the same key in one batch, the one with the
    // latest last_updated (the later one on a tie) is merged.
    MergeStats merge(std::vector<Incoming> &&incoming, int sourceId);
    // Marks the rows of `sourceId` whose key is not in `presentKeys` (keys as keyOf() gives them, any case) as
    // stale. Rows are never removed. Returns the number of rows newly marked.
    int markMissing(int sourceId, const QSet<QString> &presentKeys);
    // Removes the rows whose source is `sourceId` (the user cleared a file or an endpoint), one beginRemoveRows
    // per contiguous block. The source's name stays (ids are stable). Returns the number of rows removed.
    int removeSource(int sourceId);
    int rowCountOf(int sourceId) const;
    // True from the start of merge()/markMissing() until just before its merged() signal: a listener that keeps
    // its own order can collect the row signals and apply them once, at merged().
    bool isMerging() const { return m_merging; }
    // Marks rows of `sourceId` as read from the offline cache: key (as keyOf() gives it) -> when the session was
    // last seen (ms since the epoch). Such a row says so (Status "(cached)", its tooltip, CachedSeenRole) until a
    // merge brings the session again. Returns the number of rows marked.
    int markCached(int sourceId, const QHash<QString, qint64> &lastSeen);
    // Rows of `sourceId` still marked as cached, and the latest of their last-seen times (0 when none).
    int cachedCountOf(int sourceId, qint64 *latestSeen = nullptr) const;
    // Drops every row (a model reset: the only one). Sources and settings stay.
    void clear();

    // Keep each record's JSON text (default on; held compressed, see JsonStore). Turning it off drops the text
    // already held.
    void setKeepJson(bool keep);
    bool keepJson() const { return m_keepJson; }
    // Times in UTC (default) or local time; the header says which.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }
    // Numbers are formatted with this locale (default: QLocale()).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // The start of "today" for kwhToday() (ms since the epoch, e.g. SessionFormat::utcDayStart(now)).
    void setTodayStart(qint64 msecs);
    qint64 todayStart() const { return m_todayStart; }
    // The clock stamped into ChangedAtRole (default: QDateTime::currentMSecsSinceEpoch).
    void setClock(std::function<qint64()> clock);

    // Rows, 0 <= row < rowCount().
    const Ocpi::Session &session(int row) const { return m_rows[size_t(row)].session; }
    QByteArray json(int row) const { return m_json.get(m_rows[size_t(row)].json); }
    Ocpi::Findings findings(int row) const { return m_findings.value(row); }
    int sourceId(int row) const { return m_rows[size_t(row)].sourceId; }
    bool isStale(int row) const { return m_rows[size_t(row)].stale; }
    qint64 changedAt(int row) const { return m_rows[size_t(row)].changedAt; }
    QString key(int row) const { return m_rows[size_t(row)].key; }
    int rowOf(const QString &key) const; // any case; -1 when not held
    // "CC*PPP*ID" in upper case; empty when the session has no id.
    static QString keyOf(const Ocpi::Session &s);
    // The translated name of a session status (mod_sessions 9.4.3), as the Status column shows it.
    static QString statusName(Ocpi::SessionStatus s);
    // "Active (cached)": the status of a session read from the offline cache and not seen again yet.
    static QString cachedStatusName(Ocpi::SessionStatus s);

    // RawValueRole of a cell, and the same order without building QVariants (for sorting 100k rows): true when
    // rawValue(left) sorts before rawValue(right) the way QSortFilterProxyModel compares them (absent values
    // last, text case-insensitively).
    QVariant rawValue(int row, int column) const;
    bool lessThan(int leftRow, int rightRow, int column) const;
    // Sorts `rows` by `column` in lessThan()'s order (reversed when descending); equal values by row number, in
    // both directions. Sorts (key, row) pairs held together rather than rows that point at keys: a million rows in
    // about a tenth of a second.
    void sortRows(std::vector<int> &rows, int column, bool descending) const;

    // Totals, kept up to date as rows change.
    std::array<qint64, 6> statusCounts() const { return m_statusCounts; } // index: Ocpi::SessionStatus
    double totalPowerKw() const { return m_powerRows ? m_powerSum : 0.0; } // ACTIVE sessions still listed
    double kwhToday() const { return m_todayRows ? m_kwhToday : 0.0; } // sessions started at/after todayStart()
    qint64 sessionsWithErrors() const { return m_errorRows; }
    qint64 staleCount() const { return m_staleRows; }
    // Approximate bytes held by the rows (sessions, JSON, findings, index), for the benchmark.
    qint64 approximateBytes() const;
    // The JSON texts (for the benchmark and tests: blocks, pending compressions).
    const JsonStore &jsonStore() const { return m_json; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After the row signals of each merge() and markMissing() (also when nothing changed).
    void merged(const SessionTableModel::MergeStats &stats);
    // The totals above changed.
    void totalsChanged();

private:
    struct Row
    {
        Ocpi::Session session;
        QString key; // keyOf(session) or the fallback key; shares its text with m_index
        qint64 changedAt = 0;
        qint64 cachedSeen = 0; // from the offline cache, last seen then; 0: seen live
        double powerKw = 0; // SessionFormat::powerKw, cached for sorting and totals
        quint64 jsonHash = 0; // of the text held under `json`: "same text" without decompressing it
        JsonStore::Handle json = JsonStore::kNone; // the record's text in m_json (kNone: none kept)
        quint16 sourceId = 0;
        bool stale = false;
    };
    struct Touched
    {
        int row;
        quint32 columns;
        qsizetype incoming; // index of the record that replaces the row's session, or -1
    };

    void account(const Row &r, int sign);
    bool sameJson(const Row &r, const QByteArray &json) const;
    void storeJson(Row &r, const QByteArray &json);
    void applyInRuns(std::vector<Touched> &touched, const std::function<void(const Touched &)> &apply);
    quint64 numericKey(const Row &r, int column) const;
    void storeSortKey(size_t row) const;
    void buildSortKeys(int column) const;
    void updateSortKey(int row);
    void appendSortKey();
    QString displayText(const Row &r, int column) const;
    QVariant toolTip(int row, const Row &r, int column) const;

    ChunkedVector<Row> m_rows;
    JsonStore m_json;                 // the rows' JSON texts, compressed by blocks off the UI thread
    QHash<QString, int> m_index;      // keyOf() -> row
    QHash<int, Ocpi::Findings> m_findings; // only rows that have findings
    QStringList m_sourceNames;

    // The sort column's values in a form that sorting 100,000 rows can compare without reaching into every row
    // (cache misses): order-preserving 64-bit keys, and for text columns the ASCII-folded text in one arena,
    // compared when the keys (its first eight bytes) tie. Built on the first comparison by a column, kept up to
    // date by merges.
    struct Span
    {
        quint32 offset;
        quint32 length;
    };
    mutable std::vector<quint64> m_sortKeys;
    mutable std::string m_sortText;
    mutable std::vector<Span> m_sortSpans;
    mutable size_t m_sortGarbage = 0; // bytes of replaced texts in m_sortText
    mutable std::vector<quint32> m_sourceRank; // Source column: rank of each source's name
    mutable int m_sortKeyColumn = -1;

    std::array<qint64, 6> m_statusCounts{};
    double m_powerSum = 0;
    qint64 m_powerRows = 0;
    double m_kwhToday = 0;
    qint64 m_todayRows = 0;
    qint64 m_errorRows = 0;
    qint64 m_staleRows = 0;

    std::function<qint64()> m_clock;
    QLocale m_locale;
    qint64 m_todayStart;
    Qt::TimeSpec m_timeSpec = Qt::UTC;
    bool m_keepJson = true;
    bool m_merging = false;
};

Q_DECLARE_METATYPE(SessionTableModel::MergeStats)
