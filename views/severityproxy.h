// Adds the look of a severity (DetailsModel::SeverityRole) to a details model: a tinted row background and an icon
// in one column, always beside the model's own text, so colour is never the only sign.
#pragma once

#include "ocpi/finding.h"

#include <QtCore/QIdentityProxyModel>
#include <QtGui/QColor>

namespace Views {

class SeverityProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit SeverityProxy(int iconColumn, QObject *parent = nullptr);

    static QColor textColor(Ocpi::Severity s); // dark enough for text on a light background
    static QColor tint(Ocpi::Severity s);      // light background for a marked row or JSON spot
    static QColor strongTint(Ocpi::Severity s); // the selected spot

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_iconColumn;
};

} // namespace Views
