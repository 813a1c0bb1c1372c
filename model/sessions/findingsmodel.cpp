#include "findingsmodel.h"

#include "detailsroles.h"

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const Ocpi::Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::clear()
{
    setFindings({});
}

QString FindingsModel::severityText(Ocpi::Severity s)
{
    switch (s) {
    case Ocpi::Severity::Error:
        return tr("Error");
    case Ocpi::Severity::Warning:
        return tr("Warning");
    case Ocpi::Severity::Info:
        break;
    }
    return tr("Info");
}

QString FindingsModel::pathText(const QString &path)
{
    //: JSON Pointer column: the finding is about the whole record
    return path.isEmpty() ? tr("(record)") : path;
}

QString FindingsModel::describe(const Ocpi::Finding &f)
{
    //: %1 severity, %2 JSON Pointer, %3 message, %4 rule code, %5 spec section
    return tr("%1 at %2: %3\nRule: %4\nSpec: %5")
        .arg(severityText(f.severity), pathText(f.path), f.message, QString(f.code), QString(f.spec));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ocpi::Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case PathColumn:
            return pathText(f.path);
        case MessageColumn:
            return f.message;
        case SpecColumn:
            return QString(f.spec);
        }
        break;
    case Qt::ToolTipRole:
        return describe(f);
    case DetailsModel::SeverityRole:
        return int(f.severity);
    case DetailsModel::PointerRole:
        return f.path;
    case DetailsModel::RawValueRole:
        return index.column() == SeverityColumn ? QVariant(int(f.severity)) : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PathColumn:
        //: Column of JSON Pointers (RFC 6901) into the record
        return tr("Path");
    case MessageColumn:
        return tr("Message");
    case SpecColumn:
        return tr("Spec section");
    }
    return {};
}
