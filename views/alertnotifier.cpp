#include "alertnotifier.h"

#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>
#include <QtWidgets/QSystemTrayIcon>

#include <algorithm>

namespace Views {

AlertNotifier::AlertNotifier(AlertModel *alerts, QObject *parent) : QObject(parent), m_alerts(alerts)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    const QIcon icon = QApplication::windowIcon().isNull()
                           ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                           : QApplication::windowIcon();
    m_tray = new QSystemTrayIcon(icon, this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AlertNotifier::flush);
    connect(alerts, &AlertModel::alertRaised, this, [this](const Alerts::Alert &a) {
        if (a.acknowledged)
            return;
        m_pending.append(a);
        if (!m_timer->isActive())
            m_timer->start(0); // the alerts of one merge come together
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(alerts, signal, this, &AlertNotifier::updateToolTip);
    connect(alerts, &QAbstractItemModel::layoutChanged, this, &AlertNotifier::updateToolTip); // many alerts resolved at once
    connect(alerts, &QAbstractItemModel::dataChanged, this, &AlertNotifier::updateToolTip);
    updateToolTip();
    m_tray->show();
}

void AlertNotifier::flush()
{
    // Alerts acknowledged or resolved since they were raised are not worth a message any more.
    QList<int> rows;
    for (const Alerts::Alert &a : std::as_const(m_pending)) {
        const int row = m_alerts->rowOf(a.rule, a.subject);
        if (row >= 0 && !m_alerts->alert(row).acknowledged)
            rows.append(row);
    }
    m_pending.clear();
    if (rows.isEmpty())
        return; // quiet: the next alert is shown at once
    const auto line = [this](int row) {
        return m_alerts->index(row, AlertModel::Concerns).data().toString() + QStringLiteral(": ")
               + m_alerts->alert(row).message;
    };
    const bool critical = std::any_of(rows.begin(), rows.end(), [this](int row) {
        return Alerts::severityOf(m_alerts->alert(row).rule) == Alerts::Severity::Critical;
    });
    QString title;
    QString body;
    if (rows.size() == 1) {
        title = m_alerts->index(rows.first(), AlertModel::Concerns).data().toString();
        body = m_alerts->alert(rows.first()).message;
    } else {
        constexpr int kShown = 3;
        title = tr("%Ln new alert(s)", nullptr, int(rows.size()));
        QStringList lines;
        for (int i = 0; i < std::min(int(rows.size()), kShown); ++i)
            lines.append(line(rows[i]));
        if (rows.size() > kShown)
            lines.append(tr("…and %Ln more", nullptr, int(rows.size()) - kShown));
        body = lines.join(QLatin1Char('\n'));
    }
    m_tray->showMessage(title, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    m_timer->start(kQuietMs); // what is raised meanwhile waits for the next message
}

void AlertNotifier::updateToolTip()
{
    m_tray->setToolTip(tr("OCPI Session Monitor: %Ln alert(s) not acknowledged", nullptr,
                          m_alerts->unacknowledgedCount()));
}

} // namespace Views
