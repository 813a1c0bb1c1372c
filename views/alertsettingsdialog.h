// Edits the alert thresholds: a checkbox to turn each rule on or off and, where the rule has one, its threshold.
#pragma once

#include "alertrules.h"

#include <QtWidgets/QDialog>

#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QSpinBox;
QT_END_NAMESPACE

namespace Views {

class AlertSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertSettingsDialog(const Alerts::AlertThresholds &thresholds, QWidget *parent = nullptr);

    void setThresholds(const Alerts::AlertThresholds &thresholds);
    Alerts::AlertThresholds thresholds() const;

private:
    struct RuleRow
    {
        bool Alerts::AlertThresholds::*enabled;
        int Alerts::AlertThresholds::*value; // nullptr when the rule has no threshold
        QCheckBox *check;
        QSpinBox *spin; // nullptr when the rule has no threshold
    };
    std::vector<RuleRow> m_rows;
};

} // namespace Views
