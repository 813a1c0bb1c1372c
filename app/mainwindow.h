// The main window: the sessions of a live OCPI endpoint (or of the built-in demo CPO) and of files, side by side
// in one table; an overview of the fleet with alerts; a details pane that checks the selected session against
// OCPI 2.2.1 field by field; charts; and the sources with a way to clear one.
#pragma once

#include "net/client/clientconfig.h"
#include "net/client/pollresult.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>
#include <QtWidgets/QMainWindow>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

class AlertModel;
class SessionFilterProxy;
class SessionTableModel;
class StatusHistory;

namespace Ocpi::Net {
class TrafficLog;
}
namespace Ocpi {
class SessionFileLoader;
struct ReadSummary;
struct RecordResult;
}
namespace Profiles {
class ProfileStore;
class TokenVault;
}
namespace Views {
class AlertNotifier;
class FleetChartsView;
class SessionChartsView;
class LiveSessionsView;
class OverviewView;
class SessionDetailsView;
class SourcesView;
class TrafficView;
}

namespace App {

class LiveSource;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts watching `endpoint` (shown as `name`, else its host), or the built-in demo CPO when there is none.
    // The endpoint watched before stays in the table as a source of its own.
    void startLive(const std::optional<Ocpi::Net::ClientConfig> &endpoint, const QString &name = {});
    // Watches the endpoint of a stored profile, its token read from the keychain (asynchronously). False when
    // there is no such profile or it has a problem (said in the status bar).
    bool watchProfile(const QString &profileId);
    // The profile watched when the window was last closed (empty: the demo CPO or --url), to watch it again.
    QString lastWatchedProfile() const;
    Profiles::ProfileStore *profileStore() const { return m_profiles; }
    Profiles::TokenVault *tokenVault() const { return m_vault; }
    // Reads the files one after the other into the table (a file read before is read again, replacing its rows).
    void openFiles(const QStringList &paths);
    void openFile(const QString &path) { openFiles({path}); }
    bool isReading() const;

    Views::LiveSessionsView *liveView() const { return m_liveView; }
    Views::SourcesView *sourcesView() const { return m_sources; }
    Views::OverviewView *overview() const { return m_overview; }
    Views::SessionDetailsView *detailsView() const { return m_details; }
    Views::SessionChartsView *sessionCharts() const { return m_sessionCharts; }
    Views::FleetChartsView *fleetCharts() const { return m_fleetCharts; }
    AlertModel *alertModel() const { return m_alerts; }
    // The Traffic dock (View ▸ Traffic): every request of the live sources, redacted.
    Views::TrafficView *trafficView() const { return m_trafficView; }
    QDockWidget *trafficDock() const { return m_trafficDock; }
    const std::shared_ptr<Ocpi::Net::TrafficLog> &trafficLog() const { return m_traffic; }
    // Selects the session with this key in the table (clearing filters that hide it) and shows its details.
    bool showSession(const QString &key);
    SessionTableModel *sessionsModel() const { return m_model; }
    SessionFilterProxy *sessionsProxy() const { return m_proxy; }
    QStringList recentFiles() const;
    QLabel *liveStatusLabel() const { return m_liveStatus; }
    QLabel *statusLabel() const { return m_status; }

    // Exports (also the File menu's actions; these take the path without asking).
    bool exportTableCsv(const QString &path);
    enum class FindingsScope { Selection, All };
    enum class FindingsFormat { Csv, Json };
    bool exportFindings(const QString &path, FindingsScope scope, FindingsFormat format);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    QMenu *buildLanguageMenu();
    void chooseFiles();
    void startNextFile();
    void onRecords(quint64 job, const QList<Ocpi::RecordResult> &records);
    void onFileFinished(quint64 job, const Ocpi::ReadSummary &summary);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void chooseExport(bool findings, FindingsScope scope, FindingsFormat format);
    void clearSource(int sourceId);
    void sourcesChanged();
    void showAbout();
    void setUtc(bool utc);
    void onSessions(const QList<Ocpi::Net::ReceivedSession> &sessions);
    void onPollFinished(const Ocpi::Net::PollResult &result);
    void updateLiveStatus();
    void updateLiveSource();
    void showError(const QString &title, const QString &text);
    void showDetailsOf(int row);
    void editAlertSettings();
    void editProfiles();
    void updateConnectionState();

    Ocpi::SessionFileLoader *m_loader;
    SessionTableModel *m_model;
    SessionFilterProxy *m_proxy;
    LiveSource *m_live;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QTabWidget *m_side = nullptr;
    Views::LiveSessionsView *m_liveView = nullptr;
    Views::SourcesView *m_sources = nullptr;
    AlertModel *m_alerts = nullptr;
    Views::OverviewView *m_overview = nullptr;
    Views::SessionDetailsView *m_details = nullptr;
    StatusHistory *m_history = nullptr;
    Views::SessionChartsView *m_sessionCharts = nullptr;
    Views::FleetChartsView *m_fleetCharts = nullptr;
    Views::AlertNotifier *m_notifier = nullptr;
    std::shared_ptr<Ocpi::Net::TrafficLog> m_traffic;
    Views::TrafficView *m_trafficView = nullptr;
    QDockWidget *m_trafficDock = nullptr;
    Profiles::ProfileStore *m_profiles = nullptr;
    Profiles::TokenVault *m_vault = nullptr;
    QString m_watchedProfile; // the profile whose endpoint is watched, if any
    QString m_pendingProfile; // the profile whose token is being read
    int m_detailsRow = -1;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_liveStatus;
    QToolButton *m_zoneButton = nullptr;
    QAction *m_utcAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_clearMenu = nullptr;
    QTimer *m_tick;

    // Files: the queue, the one being read, and the source each path has in the table.
    QStringList m_pendingFiles;
    QString m_currentFile;
    int m_currentFileSource = -1;
    quint64 m_job = 0;
    QHash<QString, int> m_fileSources; // absolute path -> source id
    QHash<int, QString> m_sourcePaths; // source id -> absolute path or URL
    QStringList m_failedFiles;

    int m_liveSourceId = -1;
    bool m_polling = false;
    qint64 m_lastPollEnd = 0;
    QString m_lastPollText;
    bool m_lastPollFailed = false;
    int m_consecutiveFailures = 0;
    QString m_lastError;
};

} // namespace App
