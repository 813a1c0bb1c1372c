// The main window: the sessions of the live OCPI endpoints watched (and of the built-in demo CPO) and of files, side by side
// in one table; an overview of the fleet with alerts; a details pane that checks the selected session against
// OCPI 2.2.1 field by field; charts; and the sources with a way to clear one.
#pragma once

#include "net/client/clientconfig.h"
#include "net/client/pollresult.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QStringList>
#include <QtWidgets/QMainWindow>

#include <memory>
#include <optional>
#include <vector>

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
class MergeQueue;
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

class CacheWorker;
class LiveSource;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a watch: `endpoint` (shown as `name`, else its host), or the built-in demo CPO when there is none.
    // Each watched endpoint is a source of its own in the table, polled on its own; one already watched is polled
    // now instead. A real endpoint's cached sessions are shown first (marked as cached) and its first poll resumes
    // from the watermark stored with them (docs/CACHE.md); the demo CPO is never cached (its data is synthetic).
    void startLive(const std::optional<Ocpi::Net::ClientConfig> &endpoint, const QString &name = {},
                   const QString &profileId = {});
    // Watches the endpoint of a stored profile as well, its token read from the keychain (asynchronously). False
    // when there is no such profile or it has a problem (said in the status bar).
    bool watchProfile(const QString &profileId);
    // The profiles watched when the window was last closed (and whether the demo CPO was), to watch them again.
    QStringList watchedProfiles() const;
    bool demoWatched() const;
    // Watches again what was watched last time; false when there was nothing (the caller starts the demo CPO).
    bool restoreWatches();
    // Stops polling the endpoint of this source; its rows stay (clearSource removes them). Forgets it for the next
    // start when it was a profile.
    bool stopWatching(int sourceId);
    // The source ids of the endpoints being watched, in the order they were added.
    QList<int> watchedSources() const;
    bool isWatched(int sourceId) const { return watchOf(sourceId) != nullptr; }
    // Polls every watched endpoint now (Sessions ▸ Poll now).
    void pollAll();
    // The offline cache: on by default (settings "cache/enabled"), in SessionCache::defaultPath() unless
    // "cache/file" or setCacheFile() say otherwise. Takes effect for watches added afterwards.
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    void setCacheFile(const QString &path) { m_cacheFile = path; }
    // What is wrong with the cache, in words (empty when nothing is).
    QString cacheProblem() const { return m_cacheProblem; }
    // Forgets the cached sessions and watermark of the endpoint of this source.
    bool forgetCache(int sourceId);
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
    // Live pages, cached sessions and file records reach the model through it, a slice per event-loop turn.
    MergeQueue *mergeQueue() const { return m_mergeQueue; }
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
    struct Watch;
    Watch *watchOf(int sourceId) const;
    Watch *watchBySerial(quint64 serial) const;
    void startWatch(Watch *w);
    void ensureCacheOpen();
    void rememberWatches();
    void clearSource(int sourceId);
    void sourcesChanged();
    void showAbout();
    void setUtc(bool utc);
    void onSessions(Watch *w, const QList<Ocpi::Net::ReceivedSession> &sessions);
    void onPollFinished(Watch *w, const Ocpi::Net::PollResult &result);
    void updateLiveStatus();
    void updateLiveSource(Watch *w);
    void updateLiveSources();
    void showError(const QString &title, const QString &text);
    void showDetailsOf(int row);
    void editAlertSettings();
    void editProfiles();
    void updateConnectionState();
    QString watchSummary() const;

    Ocpi::SessionFileLoader *m_loader;
    SessionTableModel *m_model;
    SessionFilterProxy *m_proxy;
    MergeQueue *m_mergeQueue;
    std::vector<std::unique_ptr<Watch>> m_watches;
    quint64 m_nextSerial = 0;
    CacheWorker *m_cache = nullptr;
    bool m_cacheEnabled = true;
    bool m_cacheOpening = false;
    QString m_cacheFile;
    QString m_cacheProblem;
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
    QSet<QString> m_pendingProfiles; // profiles whose token is being read
    int m_detailsRow = -1;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_liveStatus;
    QToolButton *m_zoneButton = nullptr;
    QAction *m_utcAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_clearMenu = nullptr;
    QMenu *m_stopMenu = nullptr;
    QMenu *m_forgetMenu = nullptr;
    QTimer *m_tick;

    // Files: the queue, the one being read, and the source each path has in the table.
    QStringList m_pendingFiles;
    QString m_currentFile;
    int m_currentFileSource = -1;
    quint64 m_job = 0;
    QHash<QString, int> m_fileSources; // absolute path -> source id
    QHash<int, QString> m_sourcePaths; // source id -> absolute path or URL
    QStringList m_failedFiles;

};

} // namespace App
