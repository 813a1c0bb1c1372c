// Shows new alerts as desktop notifications through the system tray, where the desktop has one: a burst of
// alerts becomes one message, at most one message every few seconds, acknowledged alerts none.
#pragma once

#include "alertmodel.h"

#include <QtCore/QList>
#include <QtCore/QObject>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
class QTimer;
QT_END_NAMESPACE

namespace Views {

class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kQuietMs = 5000; // at most one message in this time

    // `alerts` must outlive the notifier. Without a system tray the notifier does nothing.
    explicit AlertNotifier(AlertModel *alerts, QObject *parent = nullptr);

    bool available() const { return m_tray != nullptr; }

Q_SIGNALS:
    // The user clicked a message or the tray icon (e.g. to show the overview).
    void activated();

private:
    void flush();
    void updateToolTip();

    AlertModel *m_alerts;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer = nullptr;
    QList<Alerts::Alert> m_pending;
};

} // namespace Views
