#include "mergequeue.h"

#include <algorithm>
#include <iterator>

MergeQueue::MergeQueue(SessionTableModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &MergeQueue::runOne);
}

MergeQueue::~MergeQueue() = default;

void MergeQueue::setSliceSize(int records)
{
    m_sliceSize = std::max(1, records);
}

void MergeQueue::enqueue(std::vector<SessionTableModel::Incoming> &&batch, int sourceId)
{
    if (batch.empty())
        return;
    m_pendingRecords += qsizetype(batch.size());
    if (batch.size() <= size_t(m_sliceSize)) {
        m_tasks.push_back(Task{std::move(batch), sourceId, {}});
    } else {
        for (size_t from = 0; from < batch.size(); from += size_t(m_sliceSize)) {
            const size_t to = std::min(batch.size(), from + size_t(m_sliceSize));
            Task t;
            t.sourceId = sourceId;
            t.records.assign(std::make_move_iterator(batch.begin() + qsizetype(from)),
                             std::make_move_iterator(batch.begin() + qsizetype(to)));
            m_tasks.push_back(std::move(t));
        }
    }
    if (!m_running)
        m_timer.start();
}

void MergeQueue::then(std::function<void()> fn)
{
    if (!fn)
        return;
    if (m_tasks.empty() && !m_running) {
        fn();
        return;
    }
    m_tasks.push_back(Task{{}, -1, std::move(fn)});
    if (!m_running)
        m_timer.start();
}

qsizetype MergeQueue::discard(int sourceId)
{
    qsizetype dropped = 0;
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        if (!it->fn && it->sourceId == sourceId) {
            dropped += qsizetype(it->records.size());
            it = m_tasks.erase(it);
        } else {
            ++it;
        }
    }
    m_pendingRecords -= dropped;
    return dropped;
}

void MergeQueue::flushNow()
{
    if (m_running)
        return; // called from a task: the queue goes on after it
    m_timer.stop();
    while (!m_tasks.empty())
        runOne();
}

void MergeQueue::runOne()
{
    if (m_tasks.empty() || m_running)
        return;
    m_running = true;
    Task t = std::move(m_tasks.front());
    m_tasks.pop_front();
    if (t.fn) {
        t.fn();
    } else {
        m_pendingRecords -= qsizetype(t.records.size());
        if (m_model)
            m_model->merge(std::move(t.records), t.sourceId);
    }
    m_running = false;
    if (!m_tasks.empty())
        m_timer.start(); // the next slice after the events this one caused (painting, input)
    else
        Q_EMIT idle();
}
