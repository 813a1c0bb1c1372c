// The findings of one session as a table (severity, path, message, spec section); the full text with the rule
// code in the tooltip.
#pragma once

#include "ocpi/finding.h"

#include <QtCore/QAbstractTableModel>

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { SeverityColumn, PathColumn, MessageColumn, SpecColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Ocpi::Findings &findings);
    void clear();
    const Ocpi::Findings &findings() const { return m_findings; }
    const Ocpi::Finding &finding(int row) const { return m_findings.at(row); }

    static QString severityText(Ocpi::Severity s); // "Error", "Warning", "Info", translated
    static QString pathText(const QString &path);  // the path, or "(record)" for the record itself
    // Everything about a finding in plain text: severity, path, message, rule code and spec section.
    static QString describe(const Ocpi::Finding &f);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Ocpi::Findings m_findings;
};
