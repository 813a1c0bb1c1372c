// The control-room overview: tiles with the session totals, the connection state, and the active alerts.
#pragma once

#include <QtWidgets/QWidget>

#include <array>
#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
QT_END_NAMESPACE

class AlertModel;
class SessionTableModel;

namespace Views {

class Tile;

// What the connection section shows; the app fills it from its live source and poll results.
struct ConnectionState
{
    QString endpoint;         // host or URL as shown to the user; empty when there is no live source
    bool demo = false;        // data from the built-in simulator, not a real operator
    bool polling = false;     // a poll is running
    qint64 lastPollEnd = 0;   // ms since the epoch; 0 before the first poll ended
    bool lastPollOk = true;
    QString lastPollText;     // PollResult::summaryText() or the failure's message
    qint64 nextPollAt = 0;    // ms since the epoch; 0 when none is scheduled
    int consecutiveFailures = 0;
    QString errorCause;       // why the last poll failed, plain words
};

class OverviewView : public QWidget
{
    Q_OBJECT
public:
    // Both models must outlive the view.
    OverviewView(SessionTableModel *sessions, AlertModel *alerts, QWidget *parent = nullptr);
    ~OverviewView() override;

    void setConnectionState(const ConnectionState &state);
    const ConnectionState &connectionState() const { return m_state; }
    // Times of the connection section and of the alerts (AlertModel::setTimeSpec) in UTC (default) or local time.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }
    // The clock of the "next poll in" countdown (default: QDateTime::currentMSecsSinceEpoch).
    void setClock(std::function<qint64()> clock);

    QTableView *alertsTable() const { return m_alertsTable; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *acknowledgeAllButton() const { return m_acknowledgeAll; }

Q_SIGNALS:
    // An alert was activated (double-click, Enter): the session or endpoint it concerns.
    void sessionActivated(const QString &key);
    void endpointActivated(const QString &endpoint);
    // The user asked for the alert thresholds (the app opens an AlertSettingsDialog).
    void alertSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum TileId { Active, Pending, Completed, Invalid, Reservation, PowerNow, KwhToday, WithErrors, Stale, TileCount };

    void updateTiles();
    void updateConnection();
    void updateAlertControls();
    void acknowledgeSelected();
    QString timeText(qint64 msecs) const;

    SessionTableModel *m_sessions;
    AlertModel *m_alerts;
    std::array<Tile *, TileCount> m_tiles{};
    QLabel *m_demo;
    QLabel *m_endpoint;
    QLabel *m_lastPoll;
    QLabel *m_nextPoll;
    QLabel *m_failures;
    QLabel *m_alertsTitle;
    QTableView *m_alertsTable;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
    QPushButton *m_settings;
    QTimer *m_countdown;
    ConnectionState m_state;
    std::function<qint64()> m_clock;
    Qt::TimeSpec m_timeSpec = Qt::UTC;
};

} // namespace Views
