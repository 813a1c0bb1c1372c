// Sessions by status over time: a bounded ring of samples of SessionTableModel::statusCounts(), one per merge
// (mod_sessions 9.4.3 statuses), for the fleet's "sessions by status" chart.
#pragma once

#include "chartdata.h"

#include "ocpi/enums.h"

#include <QtCore/QObject>

#include <array>
#include <functional>
#include <vector>

class SessionTableModel;

// Samples of the model's status counts over time, kept in a ring of fixed capacity.
class StatusHistory : public QObject
{
    Q_OBJECT
public:
    using Counts = std::array<qint64, 6>; // index: Ocpi::SessionStatus, as SessionTableModel::statusCounts()
    struct Sample
    {
        qint64 msecs; // when it was taken, ms since the epoch (UTC)
        Counts counts;
    };
    static constexpr qsizetype kDefaultCapacity = 10'000;

    // Keeps the last `capacity` samples (at least 1); older ones are dropped.
    explicit StatusHistory(qsizetype capacity = kDefaultCapacity, QObject *parent = nullptr);

    // Records model->statusCounts() at every merged() of `model` (and once now); nullptr stops following.
    void follow(const SessionTableModel *model);
    // Records one sample (also what follow() does on each merge).
    void record(qint64 msecs, const Counts &counts);
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return qsizetype(m_ring.size()); }
    Sample at(qsizetype i) const; // 0 = the oldest kept, 0 <= i < size()

    // One series per status, Unknown included only when it was ever counted: x = time, y = sessions.
    std::vector<ChartSeries> series() const;

    // The clock stamped on samples recorded from the model (default: QDateTime::currentMSecsSinceEpoch).
    void setClock(std::function<qint64()> clock);

Q_SIGNALS:
    void recorded();

private:
    std::vector<Sample> m_ring;
    qsizetype m_first = 0; // index of the oldest sample in m_ring
    qsizetype m_size = 0;
    std::function<qint64()> m_clock;
    QMetaObject::Connection m_connection;
};
