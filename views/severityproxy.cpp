#include "severityproxy.h"

#include "detailsroles.h"

#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

namespace Views {

SeverityProxy::SeverityProxy(int iconColumn, QObject *parent) : QIdentityProxyModel(parent), m_iconColumn(iconColumn) {}

QColor SeverityProxy::textColor(Ocpi::Severity s)
{
    switch (s) {
    case Ocpi::Severity::Error:
        return QColor(0xb0, 0x00, 0x20);
    case Ocpi::Severity::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case Ocpi::Severity::Info:
        break;
    }
    return QColor(0x1f, 0x4e, 0x8c);
}

QColor SeverityProxy::tint(Ocpi::Severity s)
{
    switch (s) {
    case Ocpi::Severity::Error:
        return QColor(0xfb, 0xdd, 0xe1);
    case Ocpi::Severity::Warning:
        return QColor(0xfd, 0xf0, 0xc8);
    case Ocpi::Severity::Info:
        break;
    }
    return QColor(0xdf, 0xea, 0xf8);
}

QColor SeverityProxy::strongTint(Ocpi::Severity s)
{
    switch (s) {
    case Ocpi::Severity::Error:
        return QColor(0xf2, 0x8b, 0x99);
    case Ocpi::Severity::Warning:
        return QColor(0xf6, 0xc4, 0x4f);
    case Ocpi::Severity::Info:
        break;
    }
    return QColor(0x9d, 0xbd, 0xea);
}

QVariant SeverityProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant v = QIdentityProxyModel::data(index, DetailsModel::SeverityRole);
    if (!v.isValid() || v.toInt() < 0)
        return QIdentityProxyModel::data(index, role);
    const auto s = Ocpi::Severity(v.toInt());
    switch (role) {
    case Qt::BackgroundRole:
        return tint(s);
    case Qt::ForegroundRole:
        return QColor(Qt::black); // on the light tint whatever the palette
    default:
        break;
    }
    if (index.column() != m_iconColumn)
        return QIdentityProxyModel::data(index, role);
    const QStyle::StandardPixmap icon = s == Ocpi::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                        : s == Ocpi::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                       : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(icon);
}

} // namespace Views
