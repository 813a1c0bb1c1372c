// The client's HTTP exchanges as a table, oldest first, following a TrafficLog: new exchanges are appended in one
// batch per notification, and those the ring dropped are removed from the top (never a reset, but on clear()).
#pragma once

#include "net/client/trafficlog.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>
#include <QtCore/QPointer>

class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Source, Method, Url, Status, OcpiStatus, Duration, Bytes, RequestId, ColumnCount };
    enum Role {
        ExchangeIdRole = Qt::UserRole + 1, // quint64
        SortRole,                          // the raw value of the column (ms, status, bytes...)
    };

    explicit TrafficModel(QObject *parent = nullptr);
    ~TrafficModel() override;

    // Follows `log` (which must outlive the model or be reset with nullptr first); takes what it holds now.
    void setLog(Ocpi::Net::TrafficLog *log);
    Ocpi::Net::TrafficLog *log() const { return m_log; }
    // Times in UTC or local time, each with its zone.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_spec; }

    // Takes the exchanges recorded since the last call and drops those the log no longer keeps.
    void refresh();

    const Ocpi::Net::Exchange &exchangeAt(int row) const { return m_rows.at(row); }
    const QList<Ocpi::Net::Exchange> &exchanges() const { return m_rows; }
    int rowOf(quint64 id) const; // -1 when not held

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();

    QPointer<Ocpi::Net::TrafficLog> m_log;
    QList<Ocpi::Net::Exchange> m_rows;
    quint64 m_lastId = 0;
    Qt::TimeSpec m_spec = Qt::UTC;
};
