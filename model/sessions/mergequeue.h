// Merges batches into a SessionTableModel in slices, one slice per turn of the event loop, so that a big poll page
// or a whole offline cache never holds the UI thread for long: a 10,000-session page into a million rows is ten
// merges of 1,000 with painting and input in between (docs/PERFORMANCE.md, "A million sessions"). Work that must
// follow the merges (a poll's end, marking cached rows) is queued behind them with then(), so it sees every row.
#pragma once

#include "sessiontablemodel.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <deque>
#include <functional>
#include <vector>

class MergeQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultSliceSize = 1000;

    explicit MergeQueue(SessionTableModel *model, QObject *parent = nullptr);
    ~MergeQueue() override;

    // Records per merge (at least 1).
    void setSliceSize(int records);
    int sliceSize() const { return m_sliceSize; }

    // Queues `batch` for `sourceId`: merged in order with everything queued before, in slices.
    void enqueue(std::vector<SessionTableModel::Incoming> &&batch, int sourceId);
    // Runs `fn` after everything queued so far has been merged; at once when nothing is queued.
    void then(std::function<void()> fn);
    // Drops the slices of `sourceId` not merged yet (the user cleared that source). Returns the records dropped.
    qsizetype discard(int sourceId);
    // Merges and runs everything queued now, in order (before clearing the model, and in tests).
    void flushNow();

    bool isIdle() const { return m_tasks.empty(); }
    qsizetype pendingRecords() const { return m_pendingRecords; }

Q_SIGNALS:
    // The queue ran empty.
    void idle();

private:
    struct Task
    {
        std::vector<SessionTableModel::Incoming> records; // a slice, or empty for a then() task
        int sourceId = -1;
        std::function<void()> fn;
    };
    void runOne();

    QPointer<SessionTableModel> m_model;
    std::deque<Task> m_tasks;
    QTimer m_timer;
    qsizetype m_pendingRecords = 0;
    int m_sliceSize = kDefaultSliceSize;
    bool m_running = false;
};
