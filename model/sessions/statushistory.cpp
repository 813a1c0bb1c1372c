#include "statushistory.h"

#include "sessiontablemodel.h"

#include <QtCore/QDateTime>

#include <algorithm>

StatusHistory::StatusHistory(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_ring(size_t(std::max<qsizetype>(capacity, 1)))
    , m_clock(&QDateTime::currentMSecsSinceEpoch)
{
}

void StatusHistory::follow(const SessionTableModel *model)
{
    disconnect(m_connection);
    if (!model)
        return;
    const auto sample = [this, model] { record(m_clock(), model->statusCounts()); };
    m_connection = connect(model, &SessionTableModel::merged, this, sample);
    sample();
}

void StatusHistory::record(qint64 msecs, const Counts &counts)
{
    const qsizetype cap = capacity();
    if (m_size < cap) {
        m_ring[size_t((m_first + m_size) % cap)] = {msecs, counts};
        ++m_size;
    } else {
        m_ring[size_t(m_first)] = {msecs, counts};
        m_first = (m_first + 1) % cap;
    }
    Q_EMIT recorded();
}

void StatusHistory::clear()
{
    m_first = 0;
    m_size = 0;
}

StatusHistory::Sample StatusHistory::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    return m_ring[size_t((m_first + i) % capacity())];
}

std::vector<ChartSeries> StatusHistory::series() const
{
    constexpr auto kStatuses = std::tuple_size_v<Counts>;
    std::vector<ChartSeries> out;
    for (size_t status = 0; status < kStatuses; ++status) {
        ChartSeries line{SessionTableModel::statusName(Ocpi::SessionStatus(status)), tr("sessions"), {}};
        line.points.reserve(size_t(m_size));
        bool counted = false;
        for (qsizetype i = 0; i < m_size; ++i) {
            const Sample s = at(i);
            line.points.emplace_back(double(s.msecs), double(s.counts[status]));
            counted = counted || s.counts[status] != 0;
        }
        if (status != size_t(Ocpi::SessionStatus::Unknown) || counted)
            out.push_back(std::move(line));
    }
    return out;
}

void StatusHistory::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}
