// The main window: the live sessions of an OCPI endpoint (or of the built-in demo CPO), and a file checker
// that reads Session files off the UI thread and shows what is wrong in them.
#pragma once

#include "net/client/clientconfig.h"
#include "net/client/pollresult.h"

#include <QtWidgets/QMainWindow>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
QT_END_NAMESPACE

class SessionFilterProxy;
class SessionTableModel;

namespace Ocpi {
class SessionFileLoader;
}
namespace Views {
class FileReportView;
class LiveSessionsView;
}

namespace App {

class LiveSource;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts watching `endpoint`, or the built-in demo CPO when there is none.
    void startLive(const std::optional<Ocpi::Net::ClientConfig> &endpoint);
    void openFile(const QString &path);

    Views::FileReportView *reportView() const { return m_report; }
    Views::LiveSessionsView *liveView() const { return m_liveView; }
    SessionTableModel *sessionsModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseFile();
    void showAbout();
    void onSessions(const QList<Ocpi::Net::ReceivedSession> &sessions);
    void onPollFinished(const Ocpi::Net::PollResult &result);
    void updateLiveStatus();

    Ocpi::SessionFileLoader *m_loader;
    SessionTableModel *m_model;
    SessionFilterProxy *m_proxy;
    LiveSource *m_live;
    QTabWidget *m_tabs;
    Views::LiveSessionsView *m_liveView;
    Views::FileReportView *m_report;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_liveStatus;
    QTimer *m_tick;
    quint64 m_job = 0;
    int m_sourceId = 0;
    bool m_polling = false;
    qint64 m_lastPollEnd = 0;
    QString m_lastPollText;
    bool m_lastPollFailed = false;
};

} // namespace App
