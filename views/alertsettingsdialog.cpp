#include "alertsettingsdialog.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace Views {

AlertSettingsDialog::AlertSettingsDialog(const Alerts::AlertThresholds &thresholds, QWidget *parent) : QDialog(parent)
{
    using T = Alerts::AlertThresholds;
    setWindowTitle(tr("Alert Settings"));
    setAccessibleName(tr("Alert settings"));

    struct Spec
    {
        bool T::*enabled;
        int T::*value;
        int max;
        QString text;
        QString suffix;
        const char *name; // the settings key, also the object name
    };
    const Spec specs[] = {
        {&T::activeTooLong, &T::activeLongerThanHours, T::kMaxHours, tr("Session &ACTIVE for longer than"),
         tr(" h", "hours"), "activeTooLong"},
        {&T::noUpdate, &T::noUpdateMinutes, T::kMaxMinutes, tr("ACTIVE session with &no update for"),
         tr(" min", "minutes"), "noUpdate"},
        {&T::flagInvalid, nullptr, 0, tr("Session turned &INVALID"), {}, "flagInvalid"},
        {&T::flagErrors, nullptr, 0, tr("Session with validation &errors"), {}, "flagErrors"},
        {&T::endpointFailing, &T::endpointFailedPolls, T::kMaxPolls, tr("Endpoint &failing polls in a row"),
         tr(" polls"), "endpointFailing"},
        {&T::endpointSilent, &T::endpointSilentMinutes, T::kMaxMinutes, tr("Endpoint with no &successful poll for"),
         tr(" min", "minutes"), "endpointSilent"},
    };

    auto *grid = new QGridLayout;
    for (const Spec &spec : specs) {
        const int line = grid->rowCount();
        auto *check = new QCheckBox(spec.text, this);
        check->setObjectName(QLatin1StringView(spec.name));
        check->setAccessibleName(QString(spec.text).remove(QLatin1Char('&')));
        grid->addWidget(check, line, 0);
        QSpinBox *spin = nullptr;
        if (spec.value) {
            spin = new QSpinBox(this);
            spin->setRange(1, spec.max);
            spin->setSuffix(spec.suffix);
            spin->setObjectName(QLatin1StringView(spec.name) + QStringLiteral(".threshold"));
            spin->setAccessibleName(tr("Threshold: %1", "alert rule").arg(check->accessibleName()));
            connect(check, &QCheckBox::toggled, spin, &QWidget::setEnabled);
            grid->addWidget(spin, line, 1);
        }
        m_rows.push_back({spec.enabled, spec.value, check, spin});
    }
    auto *note = new QLabel(tr("Alerts are raised once when a rule starts to hold and listed until it no longer does."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setThresholds(thresholds);
}

void AlertSettingsDialog::setThresholds(const Alerts::AlertThresholds &thresholds)
{
    for (const RuleRow &row : m_rows) {
        row.check->setChecked(thresholds.*row.enabled);
        if (row.spin) {
            row.spin->setValue(thresholds.*row.value);
            row.spin->setEnabled(thresholds.*row.enabled);
        }
    }
}

Alerts::AlertThresholds AlertSettingsDialog::thresholds() const
{
    Alerts::AlertThresholds t;
    for (const RuleRow &row : m_rows) {
        t.*row.enabled = row.check->isChecked();
        if (row.spin)
            t.*row.value = row.spin->value();
    }
    return t;
}

} // namespace Views
