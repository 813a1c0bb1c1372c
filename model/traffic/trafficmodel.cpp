#include "trafficmodel.h"

#include "sessionformat.h"

#include <QtCore/QLocale>

using Ocpi::Net::Exchange;
using Ocpi::Net::TrafficLog;

TrafficModel::TrafficModel(QObject *parent) : QAbstractTableModel(parent) {}

TrafficModel::~TrafficModel() = default;

void TrafficModel::setLog(TrafficLog *log)
{
    if (m_log)
        m_log->disconnect(this);
    m_log = log;
    if (log) {
        connect(log, &TrafficLog::exchangesAdded, this, &TrafficModel::refresh);
        connect(log, &TrafficLog::cleared, this, &TrafficModel::reset);
    }
    reset();
}

void TrafficModel::setTimeSpec(Qt::TimeSpec spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Time), index(int(m_rows.size()) - 1, Time));
}

void TrafficModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_lastId = 0;
    endResetModel();
    refresh(); // a log that already holds exchanges: taken as a batch
}

void TrafficModel::refresh()
{
    if (!m_log)
        return;
    quint64 firstKept = 0;
    const QList<Exchange> fresh = m_log->exchangesAfter(m_lastId, &firstKept);
    qsizetype drop = 0;
    while (drop < m_rows.size() && m_rows.at(drop).id < firstKept)
        ++drop;
    if (drop > 0) {
        beginRemoveRows({}, 0, int(drop) - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
        m_lastId = fresh.constLast().id;
    }
}

int TrafficModel::rowOf(quint64 id) const
{
    if (m_rows.isEmpty() || id < m_rows.constFirst().id || id > m_rows.constLast().id)
        return -1;
    // Ids grow by one from row to row (the ring keeps them consecutive).
    const int row = int(id - m_rows.constFirst().id);
    return row < m_rows.size() && m_rows.at(row).id == id ? row : -1;
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Exchange &e = m_rows.at(index.row());
    if (role == ExchangeIdRole)
        return e.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Time: return e.started;
        case Source: return e.source;
        case Method: return QString::fromLatin1(e.method);
        case Url: return e.url;
        case Status: return e.httpStatus;
        case OcpiStatus: return e.ocpiStatus;
        case Duration: return e.durationMs;
        case Bytes: return e.bytes;
        case RequestId: return e.requestId;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return SessionFormat::formatDateTimeWithZone(e.started, m_spec);
        case Source: return e.source;
        case Method: return QString::fromLatin1(e.method);
        case Url: return e.url;
        case Status:
            if (e.httpStatus <= 0)
                return tr("no answer");
            return e.reason.isEmpty() ? QString::number(e.httpStatus)
                                      : QString::number(e.httpStatus) + u' ' + e.reason;
        case OcpiStatus: return e.ocpiStatus < 0 ? QString() : QString::number(e.ocpiStatus);
        case Duration:
            //: A duration in milliseconds
            return tr("%1 ms").arg(QLocale().toString(e.durationMs));
        case Bytes:
            if (!e.bodyTruncated)
                return QLocale().toString(e.bytes);
            //: Bytes received, and how many of them are kept
            return tr("%1 (kept %2)").arg(QLocale().toString(e.bytes), QLocale().toString(e.body.size()));
        case RequestId: return e.requestId;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Url: return e.url;
        case Status: return e.error.isEmpty() ? QVariant() : QVariant(e.error);
        case RequestId: return tr("X-Request-ID %1\nX-Correlation-ID %2").arg(e.requestId, e.correlationId);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Status: case OcpiStatus: case Duration: case Bytes:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    return {};
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Source: return tr("Source");
    case Method: return tr("Method");
    case Url: return tr("URL");
    case Status: return tr("Status");
    //: The status_code of the OCPI response envelope
    case OcpiStatus: return tr("OCPI status");
    case Duration: return tr("Duration");
    case Bytes: return tr("Bytes");
    case RequestId: return tr("X-Request-ID");
    default: return {};
    }
}
