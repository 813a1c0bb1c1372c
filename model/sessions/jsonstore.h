// The sessions' JSON texts, kept compressed: records go to an uncompressed tail block (the texts are shared with
// the caller's QByteArrays, not copied); a full block (kMaxRecords
// records or kMaxBytes bytes) is compressed as a whole (the records of one block share zlib's window, so ~1.8 KB
// of session JSON compresses ~8x, where one record alone would not) on a worker thread, and the compressed block
// is swapped in on the owner's thread (a queued call), so the UI thread never copies or compresses. Until then the
// records stay, and get() returns them. Reading a record of a compressed block decompresses that one block (well under
// a few ms; the last one is cached).
//
// Handles are stable: a table maps each handle to (block, slot), so a block whose live records fall below a
// quarter (rows replaced by polls release their old text) is compacted: its live records are appended again,
// their handles pointed at the new places, and the block freed.
//
// Not thread-safe: use it from the thread that owns it. Destroying it while a block is being compressed is safe:
// the job's result is dropped (the job holds its own references to the records and a channel the destructor
// closes), nothing waits.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>

#include <memory>
#include <vector>

class JsonStore : public QObject
{
    Q_OBJECT
public:
    using Handle = quint32;
    static constexpr Handle kNone = 0; // an empty record: get() gives an empty text, release() does nothing

    static constexpr int kDefaultMaxRecords = 256;
    static constexpr qsizetype kDefaultMaxBytes = 256 * 1024;
    static constexpr int kDefaultLevel = 6; // qCompress level (docs/MODEL-PERFORMANCE.md: the measurement)

    // A block is sealed (and compressed) when it holds maxRecords records or at least maxBytes bytes.
    explicit JsonStore(int maxRecords = kDefaultMaxRecords, qsizetype maxBytes = kDefaultMaxBytes,
                       QObject *parent = nullptr);
    ~JsonStore() override;

    // Stores `bytes` (shared with the caller's array, implicitly: no copy); kNone for an empty text.
    Handle add(const QByteArray &bytes);
    // The text of `handle` (empty for kNone).
    QByteArray get(Handle handle) const;
    // Its size, without decompressing anything.
    qsizetype size(Handle handle) const;
    // Drops the text of `handle`; the handle may be given out again by add().
    void release(Handle handle);
    // Replaces the text of `handle`, keeping the handle (kNone: same as add(); an empty text: release, kNone).
    Handle replace(Handle handle, const QByteArray &bytes);
    // Drops everything (jobs in flight are ignored when they finish).
    void clear();

    // Compression level for blocks sealed from now on (0-9, -1: zlib's default).
    void setLevel(int level) { m_level = level; }
    int level() const { return m_level; }

    // Bytes held: raw and compressed blocks, the per-record tables, the decompressed cache.
    qint64 approximateBytes() const;
    // What is held, for tests and the benchmark.
    int recordCount() const { return m_liveRecords; }
    int blockCount() const; // blocks held, the tail included
    int compressedBlockCount() const;
    int pendingCompressions() const { return m_pending; } // blocks sent to a worker, not swapped in yet
    qint64 rawBytes() const { return m_rawBytes; } // of the live records
    // Waits until no compression job of any store is running (tests, the benchmark); false on timeout.
    static bool waitForAllJobs(int msecs = -1);
    // Which block holds `handle` now (for tests: compaction moves records); -1 for kNone.
    int blockOf(Handle handle) const;

Q_SIGNALS:
    // A block's compressed form replaced its raw bytes (on the owner's thread).
    void blockCompressed(int block);

private:
    enum class State : quint8 {
        Tail,        // records are appended to it
        Compressing, // sealed, a worker compresses it; the records are still there
        Compressed,  // the records concatenated and compressed
        Plain,       // sealed, did not compress: the records are kept as they are
    };
    struct Block
    {
        std::vector<QByteArray> records; // Tail, Compressing, Plain: the texts as added (shared, not copied)
        QByteArray compressed;           // Compressed: qCompress of the records concatenated
        std::vector<quint32> offsets;    // from sealing: slot i is [offsets[i], offsets[i + 1]) of the concatenation
        std::vector<Handle> handles;     // slot -> handle, kNone when released
        qsizetype bytes = 0;             // the records' sizes added up (when to seal)
        quint64 serial = 0;              // unique for the store's life: stale job results are recognised by it
        int live = 0;
        State state = State::Tail;
    };
    struct Location
    {
        quint32 block;
        quint32 slot;
    };
    struct Channel; // shared with the jobs: closed by the destructor

    Handle newHandle();
    void appendTo(Handle handle, const QByteArray &bytes); // into the tail, pointing `handle` at it
    void seal(quint32 block);
    void dropSlot(Location loc); // the slot's record is no longer needed; compacts or frees the block
    void compact(quint32 block);
    void freeBlock(quint32 block);
    const QByteArray &decompressed(quint32 block) const; // a Compressed block's records, through the cache
    void onCompressed(quint32 block, quint64 serial, const QByteArray &compressed);

    std::vector<std::unique_ptr<Block>> m_blocks; // null: a free block number
    std::vector<quint32> m_freeBlocks;
    std::vector<Location> m_locations; // handle - 1 -> where its text is
    std::vector<Handle> m_freeHandles;
    qint64 m_tail = -1; // the block records are appended to, -1: none yet
    quint64 m_nextSerial = 1;
    int m_maxRecords;
    qsizetype m_maxBytes;
    int m_level = kDefaultLevel;
    int m_pending = 0;
    int m_liveRecords = 0;
    qint64 m_rawBytes = 0;
    qint64 m_freedSinceTrim = 0; // raw bytes replaced by compressed blocks since the heap was last trimmed
    static constexpr qint64 kTrimAfterBytes = qint64(64) << 20;
    std::shared_ptr<Channel> m_channel;

    // The last block decompressed for get().
    mutable qint64 m_cacheBlock = -1;
    mutable quint64 m_cacheSerial = 0;
    mutable QByteArray m_cache;
};
