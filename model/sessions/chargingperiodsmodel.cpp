#include "chargingperiodsmodel.h"

#include "detailsroles.h"
#include "sessionformat.h"

#include "ocpi/finding.h"
#include "ocpi/specrefs.h"

#include <QtCore/QStringList>

#include <cmath>
#include <limits>

ChargingPeriodsModel::ChargingPeriodsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChargingPeriodsModel::setSession(const Ocpi::Session &session)
{
    beginResetModel();
    m_session = session;
    const qsizetype n = session.periodCount();

    quint32 present = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (const Ocpi::CdrDimension &d : session.periodDimensions(i))
            present |= 1u << int(d.type);
    }
    m_types.clear();
    for (int t = int(Ocpi::CdrDimensionType::Unknown) + 1; t <= int(Ocpi::CdrDimensionType::Time); ++t) {
        if (present & (1u << t))
            m_types.push_back(Ocpi::CdrDimensionType(t));
    }

    m_flags.assign(size_t(n), NoFlags);
    m_previous.assign(size_t(n), -1);
    int previous = -1; // the last period with a known start
    for (int i = 0; i < int(n); ++i) {
        const qint64 start = session.periodStart(i);
        if (start == Ocpi::kNoTime)
            continue;
        if ((session.startDateTime != Ocpi::kNoTime && start < session.startDateTime)
            || (session.endDateTime != Ocpi::kNoTime && start > session.endDateTime))
            m_flags[size_t(i)] |= Outside;
        if (previous < 0 && session.startDateTime != Ocpi::kNoTime && start > session.startDateTime)
            m_flags[size_t(i)] |= Gap;
        if (previous >= 0 && start <= session.periodStart(previous)) {
            m_flags[size_t(i)] |= Overlap;
            m_previous[size_t(i)] = previous;
        }
        previous = i;
    }
    endResetModel();
}

void ChargingPeriodsModel::clear()
{
    setSession({});
}

void ChargingPeriodsModel::setTimeSpec(Qt::TimeSpec spec)
{
    if (spec == m_timeSpec)
        return;
    m_timeSpec = spec;
    Q_EMIT headerDataChanged(Qt::Horizontal, StartColumn, EndColumn);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, EndColumn), {Qt::DisplayRole});
}

void ChargingPeriodsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

Ocpi::CdrDimensionType ChargingPeriodsModel::dimensionType(int column) const
{
    const int k = column - FirstDimensionColumn;
    return k >= 0 && k < dimensionCount() ? m_types[size_t(k)] : Ocpi::CdrDimensionType::Unknown;
}

int ChargingPeriodsModel::columnOf(Ocpi::CdrDimensionType type) const
{
    for (int k = 0; k < dimensionCount(); ++k) {
        if (m_types[size_t(k)] == type)
            return FirstDimensionColumn + k;
    }
    return -1;
}

QString ChargingPeriodsModel::dimensionName(Ocpi::CdrDimensionType type)
{
    using T = Ocpi::CdrDimensionType;
    switch (type) {
    case T::Current:
        return tr("Current");
    case T::Energy:
        return tr("Energy");
    case T::EnergyExport:
        return tr("Energy export");
    case T::EnergyImport:
        return tr("Energy import");
    case T::MaxCurrent:
        return tr("Max current");
    case T::MinCurrent:
        return tr("Min current");
    case T::MaxPower:
        return tr("Max power");
    case T::MinPower:
        return tr("Min power");
    case T::ParkingTime:
        return tr("Parking time");
    case T::Power:
        return tr("Power");
    case T::ReservationTime:
        return tr("Reservation time");
    case T::StateOfCharge:
        return tr("State of charge");
    case T::Time:
        return tr("Charging time");
    case T::Unknown:
        break;
    }
    return {};
}

// mod_cdrs 10.4.6: the next period's start; the last period ends with the session (none while it runs).
qint64 ChargingPeriodsModel::endOf(int row) const
{
    return row + 1 < rowCount() ? m_session.periodStart(row + 1) : m_session.endDateTime;
}

double ChargingPeriodsModel::volume(int row, Ocpi::CdrDimensionType type) const
{
    double v = std::numeric_limits<double>::quiet_NaN();
    for (const Ocpi::CdrDimension &d : m_session.periodDimensions(row)) {
        if (d.type == type)
            v = d.volume; // the last one counts, as with duplicate keys
    }
    return v;
}

QString ChargingPeriodsModel::timingText(int row) const
{
    const Flags f = m_flags[size_t(row)];
    QStringList parts;
    if (f & Overlap) {
        const int previous = m_previous[size_t(row)];
        parts << (m_session.periodStart(row) == m_session.periodStart(previous)
                      ? tr("Overlap: starts together with period %1").arg(previous)
                      : tr("Overlap: starts before period %1").arg(previous));
    }
    if (f & Outside) {
        parts << (m_session.periodStart(row) < m_session.startDateTime ? tr("Outside: starts before the session")
                                                                       : tr("Outside: starts after the session ended"));
    }
    if (f & Gap) {
        parts << tr("Gap: the session's first %1 (h:mm) are in no period")
                     .arg(SessionFormat::formatDuration(m_session.periodStart(row) - m_session.startDateTime));
    }
    return parts.join(QLatin1StringView("; "));
}

int ChargingPeriodsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session.periodCount());
}

int ChargingPeriodsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : timingColumn() + 1;
}

QVariant ChargingPeriodsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const qint64 start = m_session.periodStart(row);
    const qint64 end = endOf(row);
    const qint64 duration = start != Ocpi::kNoTime && end != Ocpi::kNoTime && end >= start ? end - start : -1;

    switch (role) {
    case Qt::DisplayRole:
        if (column == StartColumn)
            return SessionFormat::formatDateTime(start, m_timeSpec);
        if (column == EndColumn)
            return SessionFormat::formatDateTime(end, m_timeSpec);
        if (column == DurationColumn)
            return SessionFormat::formatDuration(duration);
        if (column == tariffColumn())
            return m_session.period(row).tariffId;
        if (column == timingColumn())
            return timingText(row);
        if (const double v = volume(row, dimensionType(column)); !std::isnan(v))
            return number(v);
        return {};
    case DetailsModel::RawValueRole:
        if (column == StartColumn || column == EndColumn) {
            const qint64 t = column == StartColumn ? start : end;
            return t == Ocpi::kNoTime ? QVariant() : QVariant(t);
        }
        if (column == DurationColumn)
            return duration < 0 ? QVariant() : QVariant(duration);
        if (column >= FirstDimensionColumn && column < tariffColumn()) {
            const double v = volume(row, dimensionType(column));
            return std::isnan(v) ? QVariant() : QVariant(v);
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (m_flags[size_t(row)] != NoFlags)
            return QString(timingText(row) + u'\n' + Ocpi::Spec::ChargingPeriod + QLatin1StringView(": ")
                           + tr("a period ends when the next one starts; the last ends with the session"));
        return {};
    case Qt::TextAlignmentRole:
        if (column >= FirstDimensionColumn && column < tariffColumn())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DetailsModel::SeverityRole: {
        const Flags f = m_flags[size_t(row)];
        if (f & (Overlap | Outside))
            return int(Ocpi::Severity::Error);
        return f & Gap ? int(Ocpi::Severity::Warning) : -1;
    }
    case DetailsModel::PeriodFlagsRole:
        return int(m_flags[size_t(row)]);
    case DetailsModel::PointerRole:
        return QStringLiteral("/charging_periods/%1").arg(row);
    }
    return {};
}

QVariant ChargingPeriodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return QString::number(section); // the index in charging_periods, as in JSON Pointers and findings
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString zone = m_timeSpec == Qt::LocalTime ? tr("local time") : tr("UTC");
    if (role == Qt::DisplayRole) {
        if (section == StartColumn)
            //: %1 is the time zone: "UTC" or "local time"
            return tr("Start (%1)").arg(zone);
        if (section == EndColumn)
            return tr("End (%1)").arg(zone);
        if (section == DurationColumn)
            return tr("Duration (h:mm)");
        if (section == tariffColumn())
            return tr("Tariff");
        if (section == timingColumn())
            return tr("Timing");
        const Ocpi::CdrDimensionType t = dimensionType(section);
        //: dimension column header: name (unit), e.g. "Energy (kWh)"
        return tr("%1 (%2)").arg(dimensionName(t), Ocpi::unitOf(t));
    }
    if (role == Qt::ToolTipRole) {
        const Ocpi::CdrDimensionType t = dimensionType(section);
        if (t != Ocpi::CdrDimensionType::Unknown)
            return QStringLiteral("%1 (%2)").arg(Ocpi::spelling(t), Ocpi::Spec::CdrDimensionType);
        if (section == EndColumn)
            return tr("The next period's start; the last period ends with the session (%1)").arg(Ocpi::Spec::ChargingPeriod);
    }
    return {};
}
