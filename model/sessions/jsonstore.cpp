#include "jsonstore.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QtCore/QMutex>
#include <QtCore/QMutexLocker>
#include <QtCore/QRunnable>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>

#include <algorithm>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// The compression jobs' own pool, not the global one: its threads run at a lower priority (nice 10 on Linux,
// where niceness is per thread), so on a busy 2-core machine a merge on the UI thread is not descheduled in
// favour of compressing the blocks it just sealed (measured: a 10,000-record merge took 4-5x its CPU time in
// wall time with the jobs at the UI thread's priority). Process-wide: it outlives every store, and its
// destructor (at exit, a global static) waits for the last jobs, which by then only drop their results.
Q_GLOBAL_STATIC(QThreadPool, g_compressionPool)

QThreadPool *compressionPool()
{
    QThreadPool *pool = g_compressionPool();
    static const bool configured = [pool] {
        pool->setObjectName(QStringLiteral("JsonStore compression"));
        pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, int(gettid()), 10); // raising one's own niceness needs no privilege
    }
#endif
}

} // namespace

// What a compression job shares with its store: the store, until its destructor closes the channel. A job posts
// its result under the mutex, so the store cannot be destroyed between the check and the post; a result posted
// before that is removed with the store's other posted events by ~QObject.
struct JsonStore::Channel
{
    QMutex mutex;
    JsonStore *owner = nullptr;
};

JsonStore::JsonStore(int maxRecords, qsizetype maxBytes, QObject *parent)
    : QObject(parent), m_maxRecords(std::max(1, maxRecords)), m_maxBytes(std::max<qsizetype>(1, maxBytes)),
      m_channel(std::make_shared<Channel>())
{
    m_channel->owner = this;
}

JsonStore::~JsonStore()
{
    QMutexLocker lock(&m_channel->mutex);
    m_channel->owner = nullptr;
}

bool JsonStore::waitForAllJobs(int msecs)
{
    return compressionPool()->waitForDone(msecs);
}

JsonStore::Handle JsonStore::newHandle()
{
    if (!m_freeHandles.empty()) {
        const Handle h = m_freeHandles.back();
        m_freeHandles.pop_back();
        return h;
    }
    m_locations.push_back({0, 0});
    return Handle(m_locations.size());
}

JsonStore::Handle JsonStore::add(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return kNone;
    const Handle h = newHandle();
    appendTo(h, bytes);
    return h;
}

void JsonStore::appendTo(Handle handle, const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    Q_ASSERT(size > 0 && size < qsizetype(0x7fffffff));
    if (m_tail >= 0) {
        // A record that would overflow the tail starts a new block (so a large record gets one of its own).
        const Block &t = *m_blocks[size_t(m_tail)];
        if (!t.handles.empty() && t.bytes + size > m_maxBytes)
            seal(quint32(m_tail));
    }
    if (m_tail < 0) {
        auto b = std::make_unique<Block>();
        b->serial = m_nextSerial++;
        b->records.reserve(size_t(m_maxRecords));
        b->handles.reserve(size_t(m_maxRecords));
        if (!m_freeBlocks.empty()) {
            m_tail = m_freeBlocks.back();
            m_freeBlocks.pop_back();
            m_blocks[size_t(m_tail)] = std::move(b);
        } else {
            m_tail = qint64(m_blocks.size());
            m_blocks.push_back(std::move(b));
        }
    }
    Block &t = *m_blocks[size_t(m_tail)];
    m_locations[handle - 1] = {quint32(m_tail), quint32(t.handles.size())};
    // Shared, not copied: the UI thread neither copies the text nor touches fresh memory for it; the worker
    // concatenates the block when it compresses it. Copied only when the caller's array does not own its bytes
    // (fromRawData) or holds far more than the text.
    QByteArray text = bytes;
    if (!text.data_ptr().isMutable() || text.capacity() > 2 * size + 256)
        text = QByteArray(bytes.constData(), size);
    t.records.push_back(std::move(text));
    t.bytes += size;
    t.handles.push_back(handle);
    ++t.live;
    ++m_liveRecords;
    m_rawBytes += size;
    if (int(t.handles.size()) >= m_maxRecords || t.bytes >= m_maxBytes)
        seal(quint32(m_tail));
}

void JsonStore::seal(quint32 block)
{
    Block &b = *m_blocks[block];
    Q_ASSERT(b.state == State::Tail);
    if (qint64(block) == m_tail)
        m_tail = -1;
    // Where each record will be in the concatenated block (released ones are empty).
    b.offsets.resize(b.records.size() + 1);
    b.offsets[0] = 0;
    for (size_t i = 0; i < b.records.size(); ++i)
        b.offsets[i + 1] = b.offsets[i] + quint32(b.records[i].size());
    b.state = State::Compressing;
    ++m_pending;
    // The job holds its own references to the records (shared, never changed) and the channel, nothing else.
    QRunnable *job = QRunnable::create(
        [channel = m_channel, records = b.records, total = qsizetype(b.offsets.back()), block, serial = b.serial,
         level = m_level]() mutable {
            lowerThisThreadsPriority();
            QByteArray all;
            all.reserve(total);
            for (const QByteArray &r : std::as_const(records))
                all.append(r);
            records.clear(); // the owner holds the only references now
            QByteArray compressed = qCompress(all, level);
            all = QByteArray();
            compressed.squeeze(); // qCompress leaves the capacity of zlib's bound, about the raw size
            QMutexLocker lock(&channel->mutex);
            if (JsonStore *owner = channel->owner) {
                QMetaObject::invokeMethod(
                    owner,
                    [owner, block, serial, compressed = std::move(compressed)]() {
                        owner->onCompressed(block, serial, compressed);
                    },
                    Qt::QueuedConnection);
            }
        });
    compressionPool()->start(job);
}

void JsonStore::onCompressed(quint32 block, quint64 serial, const QByteArray &compressed)
{
    --m_pending;
    // The block may have been compacted away, freed or cleared (and its number reused) meanwhile.
    if (block >= m_blocks.size() || !m_blocks[block] || m_blocks[block]->serial != serial
        || m_blocks[block]->state != State::Compressing)
        return;
    Block &b = *m_blocks[block];
    b.handles.shrink_to_fit(); // reserved for a full block; sealed by bytes, it holds fewer
    if (!compressed.isEmpty() && compressed.size() < qsizetype(b.offsets.back())) {
        b.compressed = compressed;
        std::vector<QByteArray>().swap(b.records);
        b.state = State::Compressed;
        m_freedSinceTrim += qint64(b.offsets.back());
    } else {
        b.records.shrink_to_fit(); // incompressible: the records are kept as they are
        b.state = State::Plain;
    }
    Q_EMIT blockCompressed(int(block));
#ifdef __GLIBC__
    // After a big load the raw texts were freed all over the heap, between blocks that stay: glibc keeps such
    // pages resident until asked. Once the backlog is done, give them back (at 1M sessions ~0.5 KB per session).
    if (m_pending == 0 && m_freedSinceTrim >= kTrimAfterBytes) {
        m_freedSinceTrim = 0;
        malloc_trim(0);
    }
#endif
}

const QByteArray &JsonStore::decompressed(quint32 block) const
{
    const Block &b = *m_blocks[block];
    Q_ASSERT(b.state == State::Compressed);
    if (m_cacheBlock != qint64(block) || m_cacheSerial != b.serial) {
        m_cache = qUncompress(b.compressed);
        m_cacheBlock = block;
        m_cacheSerial = b.serial;
    }
    return m_cache;
}

QByteArray JsonStore::get(Handle handle) const
{
    if (handle == kNone || handle > m_locations.size())
        return {};
    const Location loc = m_locations[handle - 1];
    const Block &b = *m_blocks[loc.block];
    Q_ASSERT(b.handles[loc.slot] == handle);
    if (b.state != State::Compressed)
        return b.records[loc.slot];
    const QByteArray &raw = decompressed(loc.block);
    const quint32 from = b.offsets[loc.slot];
    const quint32 to = b.offsets[loc.slot + 1];
    if (qsizetype(to) > raw.size()) // a block that failed to decompress (cannot happen with our own data)
        return {};
    return QByteArray(raw.constData() + from, qsizetype(to - from));
}

qsizetype JsonStore::size(Handle handle) const
{
    if (handle == kNone || handle > m_locations.size())
        return 0;
    const Location loc = m_locations[handle - 1];
    const Block &b = *m_blocks[loc.block];
    if (b.state != State::Compressed)
        return b.records[loc.slot].size();
    return qsizetype(b.offsets[loc.slot + 1] - b.offsets[loc.slot]);
}

int JsonStore::blockOf(Handle handle) const
{
    if (handle == kNone || handle > m_locations.size())
        return -1;
    return int(m_locations[handle - 1].block);
}

void JsonStore::release(Handle handle)
{
    if (handle == kNone || handle > m_locations.size())
        return;
    const Location loc = m_locations[handle - 1];
    if (loc.block >= m_blocks.size() || !m_blocks[loc.block] || loc.slot >= m_blocks[loc.block]->handles.size()
        || m_blocks[loc.block]->handles[loc.slot] != handle) {
        Q_ASSERT_X(false, "JsonStore::release", "a handle released twice");
        return;
    }
    m_locations[handle - 1] = {0, 0};
    m_freeHandles.push_back(handle);
    dropSlot(loc);
}

JsonStore::Handle JsonStore::replace(Handle handle, const QByteArray &bytes)
{
    if (handle == kNone || handle > m_locations.size())
        return add(bytes);
    if (bytes.isEmpty()) {
        release(handle);
        return kNone;
    }
    const Location old = m_locations[handle - 1];
    appendTo(handle, bytes); // points the handle at the new copy
    dropSlot(old);
    return handle;
}

void JsonStore::dropSlot(Location loc)
{
    Block &b = *m_blocks[loc.block];
    Q_ASSERT(b.handles[loc.slot] != kNone);
    b.handles[loc.slot] = kNone;
    --b.live;
    --m_liveRecords;
    if (b.state != State::Compressed) {
        m_rawBytes -= b.records[loc.slot].size();
        b.records[loc.slot] = QByteArray(); // (a job compressing the block holds its own reference)
    } else {
        m_rawBytes -= qint64(b.offsets[loc.slot + 1] - b.offsets[loc.slot]);
    }
    if (qint64(loc.block) == m_tail) {
        if (b.live == 0) { // start the tail afresh rather than keep released slots
            b.records.clear();
            b.handles.clear();
            b.bytes = 0;
        }
        return;
    }
    if (b.live == 0)
        freeBlock(loc.block);
    else if (qsizetype(b.live) * 4 < qsizetype(b.handles.size()))
        compact(loc.block);
}

void JsonStore::compact(quint32 block)
{
    // The live records go to the tail (sealing it may start new blocks; this one is never the tail), then the
    // block goes.
    Block *b = m_blocks[block].get();
    QByteArray raw;
    if (b->state == State::Compressed)
        raw = decompressed(block); // shared with the cache, which appending never touches
    for (size_t slot = 0; slot < b->handles.size(); ++slot) {
        const Handle h = b->handles[slot];
        if (h == kNone)
            continue;
        QByteArray text;
        if (b->state == State::Compressed)
            text = QByteArray(raw.constData() + b->offsets[slot], qsizetype(b->offsets[slot + 1] - b->offsets[slot]));
        else
            text = b->records[slot];
        --m_liveRecords; // appendTo counts it again
        m_rawBytes -= text.size();
        appendTo(h, text);
    }
    freeBlock(block);
}

void JsonStore::freeBlock(quint32 block)
{
    m_blocks[block].reset();
    m_freeBlocks.push_back(block);
    if (m_cacheBlock == qint64(block)) {
        m_cacheBlock = -1;
        m_cache = QByteArray();
    }
}

void JsonStore::clear()
{
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    std::vector<quint32>().swap(m_freeBlocks); // (`= {}` would keep the capacity)
    std::vector<Location>().swap(m_locations);
    std::vector<Handle>().swap(m_freeHandles);
    m_tail = -1;
    m_liveRecords = 0;
    m_rawBytes = 0;
    m_cacheBlock = -1;
    m_cache = QByteArray();
    // m_pending stays: the jobs in flight still report (and are ignored), m_nextSerial keeps counting.
}

int JsonStore::blockCount() const
{
    return int(m_blocks.size() - m_freeBlocks.size());
}

int JsonStore::compressedBlockCount() const
{
    int n = 0;
    for (const auto &b : m_blocks)
        n += b && b->state == State::Compressed;
    return n;
}

qint64 JsonStore::approximateBytes() const
{
    qint64 bytes = qint64(m_blocks.capacity() * sizeof(void *) + m_freeBlocks.capacity() * sizeof(quint32)
                          + m_locations.capacity() * sizeof(Location) + m_freeHandles.capacity() * sizeof(Handle));
    for (const auto &b : m_blocks) {
        if (!b)
            continue;
        bytes += qint64(sizeof(Block)) + 16 + b->compressed.capacity()
            + qint64(b->offsets.capacity() * sizeof(quint32) + b->handles.capacity() * sizeof(Handle)
                     + b->records.capacity() * sizeof(QByteArray));
        for (const QByteArray &r : b->records) {
            if (!r.isNull())
                bytes += r.capacity() + 16 + 16; // its header and a malloc header
        }
    }
    return bytes + m_cache.capacity();
}
