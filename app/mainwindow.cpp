#include "mainwindow.h"

#include "language.h"

#include "alertmodel.h"
#include "alertnotifier.h"
#include "alertrules.h"
#include "alertsettingsdialog.h"
#include "livesessionsview.h"
#include "cacheworker.h"
#include "livesource.h"
#include "ocpi/sessionfileloader.h"
#include "sessionexport.h"
#include "mergequeue.h"
#include "sessionfilterproxy.h"
#include "fleetchartsview.h"
#include "overviewview.h"
#include "profiles/endpointprofile.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"
#include "profilesdialog.h"
#include "sessionchartsview.h"
#include "statushistory.h"
#include "sessiondetailsview.h"
#include "sessionformat.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"
#include "sourcesview.h"
#include "trafficview.h"

#include "net/client/trafficlog.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtCore/QSaveFile>
#include <QtCore/QScopeGuard>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QKeySequence>
#include <QtCore/QLocale>
#include <QtGui/QActionGroup>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>

#include <algorithm>
#include <utility>

namespace App {

namespace {
constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("files/recent");
const QString kWatchedKey = QStringLiteral("live/profiles"); // the set of watched profiles
const QString kOldWatchedKey = QStringLiteral("live/profile"); // before several could be watched: one
const QString kDemoKey = QStringLiteral("live/demo");
} // namespace

// One watched endpoint (or the demo CPO): its poller, its source in the table and how its polls go.
struct MainWindow::Watch
{
    quint64 serial = 0;
    LiveSource *live = nullptr;
    int sourceId = -1;
    QString profileId; // empty: the demo CPO or --url
    QString name;
    Ocpi::Net::ClientConfig config; // a real endpoint's (started once its cache is read)
    bool demo = false;
    QString cacheKey; // SessionCache::endpointKey; empty: not cached
    bool readingCache = false;
    int cachedLoaded = 0;
    QString cacheNote; // a problem of the cache with this endpoint, in words

    bool polling = false;
    qint64 lastPollEnd = 0;
    QString lastPollText;
    bool lastPollFailed = false;
    int consecutiveFailures = 0;
    QString lastError;

    QUrl endpoint() const { return live->endpoint().isValid() ? live->endpoint() : config.url; }
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_loader(new Ocpi::SessionFileLoader(this)), m_model(new SessionTableModel(this)),
      m_proxy(new SessionFilterProxy(this)), m_mergeQueue(new MergeQueue(m_model, this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_status(new QLabel(this)), m_liveStatus(new QLabel(this)),
      m_tick(new QTimer(this))
{
    setWindowTitle(tr("OCPI Session Monitor"));
    setAcceptDrops(true);
    m_loader->setKeepJson(true); // the details pane shows each record's text
    m_proxy->setSourceModel(m_model);
    // The slices of one poll page are placed in the sorted view together: when the queue runs empty, and at least
    // every quarter second during a long load.
    m_proxy->setReorderDelay(250);
    connect(m_mergeQueue, &MergeQueue::idle, m_proxy, &SessionFilterProxy::reorderNow, Qt::QueuedConnection); // own turn

    m_liveView = new Views::LiveSessionsView(m_proxy, this);
    m_sources = new Views::SourcesView(this);
    m_alerts = new AlertModel(m_model, this);
    {
        QSettings settings;
        m_alerts->setThresholds(Alerts::AlertThresholds::load(settings));
    }
    m_overview = new Views::OverviewView(m_model, m_alerts, this);
    m_details = new Views::SessionDetailsView(this);
    m_history = new StatusHistory(StatusHistory::kDefaultCapacity, this);
    m_history->follow(m_model);
    m_sessionCharts = new Views::SessionChartsView(this);
    m_fleetCharts = new Views::FleetChartsView(m_model, m_history, this);
    m_notifier = new Views::AlertNotifier(m_alerts, this);
    m_profiles = new Profiles::ProfileStore(this);
    m_vault = new Profiles::TokenVault(this);
    connect(m_vault, &Profiles::TokenVault::tokenRead, this,
            [this](const QString &id, const QString &token, const Profiles::TokenResult &result) {
                if (!m_pendingProfiles.remove(id))
                    return; // a read for another dialog
                const auto profile = m_profiles->profile(id);
                if (!profile)
                    return;
                if (!result.ok) {
                    // The endpoint would answer 401 without a token: say what to do instead of polling.
                    QString text = tr("No credentials token is available for the profile %1.").arg(profile->name);
                    if (!result.notFound && !result.error.isEmpty())
                        text += u' ' + tr("The keychain said: %1.").arg(result.error);
                    text += u' ' + tr("Open File ▸ Endpoint profiles, select the profile and enter its token.");
                    showError(tr("No token for %1").arg(profile->name), text);
                    return;
                }
                startLive(profile->toClientConfig(token), tr("profile %1").arg(profile->name), id);
            });
    m_side = new QTabWidget(this);
    m_side->setAccessibleName(tr("Session details, charts and sources"));
    m_side->addTab(m_details, tr("&Details"));
    m_side->addTab(m_sessionCharts, tr("Session &chart"));
    m_side->addTab(m_fleetCharts, tr("Flee&t"));
    m_side->addTab(m_sources, tr("S&ources"));
    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->addWidget(m_liveView);
    m_horizontal->addWidget(m_side);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_overview);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 0);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);
    setCentralWidget(m_vertical);

    connect(m_sources, &Views::SourcesView::clearRequested, this, &MainWindow::clearSource);
    connect(m_sources, &Views::SourcesView::showOnlyRequested, this, [this](int id) {
        m_liveView->sourceCombo()->setCurrentIndex(m_liveView->sourceCombo()->findData(id));
    });
    connect(m_sources, &Views::SourcesView::stopRequested, this, &MainWindow::stopWatching);
    connect(m_liveView, &Views::LiveSessionsView::pollNowRequested, this, &MainWindow::pollAll);

    // The selected session's details, kept current while polls change it.
    connect(m_liveView, &Views::LiveSessionsView::currentSessionChanged, this, &MainWindow::showDetailsOf);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        if (m_detailsRow >= topLeft.row() && m_detailsRow <= bottomRight.row())
            showDetailsOf(m_detailsRow);
    });
    // Rows removed before the selected one move it (the views have followed by now).
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_detailsRow = m_liveView->currentSourceRow(); });

    // Alerts: a click on one selects its session (or shows the endpoint's source); the tray's message raises
    // the window.
    const auto activateAlert = [this](const QModelIndex &index) {
        const QString key = index.data(AlertModel::KeyRole).toString();
        if (index.data(AlertModel::ConcernsEndpointRole).toBool())
            m_side->setCurrentWidget(m_sources);
        else
            showSession(key);
    };
    connect(m_overview->alertsTable(), &QAbstractItemView::clicked, this, activateAlert);
    connect(m_overview, &Views::OverviewView::sessionActivated, this, &MainWindow::showSession);
    connect(m_overview, &Views::OverviewView::endpointActivated, this, [this] { m_side->setCurrentWidget(m_sources); });
    connect(m_overview, &Views::OverviewView::alertSettingsRequested, this, &MainWindow::editAlertSettings);
    connect(m_notifier, &Views::AlertNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    // Status bar: the connection, what the window is doing, the time zone switch, file progress.
    m_status->setAccessibleName(tr("Status"));
    m_liveStatus->setAccessibleName(tr("Connection status"));
    m_liveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Reading progress"));
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_cancel->setAccessibleName(tr("Cancel reading"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Stop reading files (Esc); what was read is kept"));
    m_cancel->setVisible(false);
    m_zoneButton = new QToolButton(this);
    m_zoneButton->setAccessibleName(tr("Time zone"));
    m_zoneButton->setAutoRaise(true);
    statusBar()->addWidget(m_liveStatus, 3);
    statusBar()->addWidget(m_status, 2);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_zoneButton);
    m_status->setText(tr("Ready"));

    // Traffic: what the pollers send and receive, recorded redacted; a dock hidden until View ▸ Traffic.
    m_traffic = std::make_shared<Ocpi::Net::TrafficLog>();
    m_trafficView = new Views::TrafficView(this);
    m_trafficView->setLog(m_traffic);
    m_trafficDock = new QDockWidget(tr("Traffic"), this);
    m_trafficDock->setObjectName(QStringLiteral("trafficDock"));
    m_trafficDock->setWidget(m_trafficView);
    addDockWidget(Qt::BottomDockWidgetArea, m_trafficDock);
    m_trafficDock->hide();

    buildMenus();

    // The offline cache: its own thread, opened with the first endpoint that uses it.
    m_cache = new CacheWorker(this);
    {
        QSettings settings;
        m_cacheEnabled = settings.value(QStringLiteral("cache/enabled"), true).toBool();
        m_cacheFile = settings.value(QStringLiteral("cache/file")).toString();
    }
    m_tick->setInterval(1000); // the "next poll in" countdown and the end of change highlights
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_alerts->evaluateTimeRules(QDateTime::currentMSecsSinceEpoch());
        updateLiveStatus();
        m_liveView->table()->viewport()->update();
    });
    m_tick->start();

    // Files.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_pendingFiles.clear();
        m_loader->cancel();
    });
    connect(m_loader, &Ocpi::SessionFileLoader::recordsReady, this, &MainWindow::onRecords);
    connect(m_loader, &Ocpi::SessionFileLoader::progress, this, [this](quint64 job, qint64 done, qint64 total) {
        if (job != m_job)
            return;
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        } else {
            m_progress->setRange(0, 0);
        }
        m_status->setText(tr("Reading %1… %2 of %3")
                              .arg(QFileInfo(m_currentFile).fileName(), QLocale().formattedDataSize(done),
                                   QLocale().formattedDataSize(total)));
    });
    connect(m_loader, &Ocpi::SessionFileLoader::finished, this, [this](quint64 job, const Ocpi::ReadSummary &summary) {
        m_mergeQueue->then([this, job, summary] { onFileFinished(job, summary); }); // after its records
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1400, 860);
    if (!m_horizontal->restoreState(settings.value(QStringLiteral("mainWindow/horizontal")).toByteArray()))
        m_horizontal->setSizes({740, 660});
    if (!m_vertical->restoreState(settings.value(QStringLiteral("mainWindow/vertical")).toByteArray()))
        m_vertical->setSizes({270, 590});
    m_side->setCurrentIndex(settings.value(QStringLiteral("mainWindow/sideTab"), 0).toInt());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()); // the docks
}

MainWindow::~MainWindow()
{
    for (const auto &w : m_watches)
        w->live->stop();
    delete m_cache; // waits for the write running now; its answers are dropped
    m_cache = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFiles);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Read OCPI Session JSON files into the table"));
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    updateRecentMenu();
    fileMenu->addSeparator();
    QAction *exportCsv = fileMenu->addAction(tr("&Export table as CSV…"), this,
                                             [this] { chooseExport(false, FindingsScope::All, FindingsFormat::Csv); });
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QMenu *findings = fileMenu->addMenu(tr("Export &findings"));
    findings->addAction(tr("Of the &selected sessions as CSV…"), this,
                        [this] { chooseExport(true, FindingsScope::Selection, FindingsFormat::Csv); });
    findings->addAction(tr("Of &all sessions as CSV…"), this, [this] { chooseExport(true, FindingsScope::All, FindingsFormat::Csv); });
    findings->addAction(tr("Of the selected sessions as &JSON report…"), this,
                        [this] { chooseExport(true, FindingsScope::Selection, FindingsFormat::Json); });
    findings->addAction(tr("Of all sessions as JSON &report…"), this,
                        [this] { chooseExport(true, FindingsScope::All, FindingsFormat::Json); });
    fileMenu->addSeparator();
    m_clearMenu = fileMenu->addMenu(tr("&Clear source"));
    m_clearMenu->setEnabled(false);
    fileMenu->addSeparator();
    QAction *profiles = fileMenu->addAction(tr("Endpoint &profiles…"), this, &MainWindow::editProfiles);
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    profiles->setToolTip(tr("Add, edit and watch OCPI endpoints; their tokens are kept in the system keychain"));
    fileMenu->addAction(tr("Watch the &demo CPO"), this, [this] { startLive(std::nullopt); });
    m_stopMenu = fileMenu->addMenu(tr("Stop &watching"));
    m_stopMenu->setToolTip(tr("Stop polling an endpoint; its sessions stay in the table until the source is cleared"));
    m_stopMenu->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_details->copyJsonAction());
    editMenu->addAction(m_details->copyFindingAction());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Filter…"), this, [this] {
        m_liveView->filterEdit()->setFocus();
        m_liveView->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_utcAction = viewMenu->addAction(tr("Show times in &UTC"));
    m_utcAction->setCheckable(true);
    m_utcAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_utcAction->setToolTip(tr("Switch between UTC and local time (Ctrl+U)"));
    connect(m_utcAction, &QAction::toggled, this, &MainWindow::setUtc);
    connect(m_zoneButton, &QToolButton::clicked, m_utcAction, &QAction::toggle);
    setUtc(QSettings().value(QStringLiteral("view/utc"), true).toBool());
    viewMenu->addMenu(m_liveView->columnsMenu());
    QAction *traffic = m_trafficDock->toggleViewAction();
    traffic->setText(tr("&Traffic"));
    traffic->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    traffic->setToolTip(tr("Show the HTTP requests and answers of the live sources (Ctrl+Shift+T)"));
    viewMenu->addAction(traffic);
    viewMenu->addMenu(buildLanguageMenu());

    QMenu *sessionsMenu = menuBar()->addMenu(tr("&Sessions"));
    QAction *pollNow = sessionsMenu->addAction(tr("&Poll now"), this, &MainWindow::pollAll);
    pollNow->setShortcut(QKeySequence::Refresh);
    pollNow->setToolTip(tr("Poll every watched endpoint now"));
    m_forgetMenu = sessionsMenu->addMenu(tr("&Forget cached sessions of"));
    m_forgetMenu->setToolTip(tr("Delete an endpoint's sessions and watermark from the offline cache; the next start "
                                "reads everything from the endpoint again"));
    m_forgetMenu->setEnabled(false);
    sessionsMenu->addSeparator();
    QAction *ackAll = sessionsMenu->addAction(tr("Acknowledge all &alerts"), m_alerts, &AlertModel::acknowledgeAll);
    ackAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    sessionsMenu->addAction(tr("Alert &settings…"), this, &MainWindow::editAlertSettings);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About OCPI Session Monitor"), this, &MainWindow::showAbout);
}

QMenu *MainWindow::buildLanguageMenu()
{
    // The language applies at the next start: the window's texts are made once (see app/language.h).
    auto *menu = new QMenu(tr("&Language"), this);
    auto *group = new QActionGroup(menu);
    const QString chosen = Language::chosen();
    const QString system = Language::resolve({}, QLocale::system().uiLanguages());
    const auto add = [&](const QString &code, const QString &text) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            Language::setChosen(code);
            const QString name = Language::nativeName(code.isEmpty() ? Language::resolve({}, QLocale::system().uiLanguages()) : code);
            m_status->setText(tr("The language will be %1 when OCPI Session Monitor starts next.").arg(name));
        });
    };
    add(QString(), tr("As the &system (%1)").arg(Language::nativeName(system)));
    menu->addSeparator();
    for (const QString &code : Language::available())
        add(code, Language::nativeName(code));
    return menu;
}

void MainWindow::setUtc(bool utc)
{
    if (m_utcAction->isChecked() != utc) {
        m_utcAction->setChecked(utc); // comes back here through toggled
        return;
    }
    const Qt::TimeSpec spec = utc ? Qt::UTC : Qt::LocalTime;
    m_model->setTimeSpec(spec);
    m_overview->setTimeSpec(spec);
    m_details->setTimeSpec(spec);
    m_sessionCharts->setTimeSpec(spec);
    m_fleetCharts->setTimeSpec(spec);
    m_trafficView->setTimeSpec(spec);
    const QString zone = SessionFormat::zoneName(spec, QDateTime::currentMSecsSinceEpoch());
    m_zoneButton->setText(utc ? tr("Times: UTC") : tr("Times: local (%1)").arg(zone));
    m_zoneButton->setToolTip(tr("Times are shown in %1; click or press Ctrl+U to switch").arg(zone));
    QSettings().setValue(QStringLiteral("view/utc"), utc);
    updateLiveStatus();
    updateLiveSources(); // the last-seen times of cached sessions
}

void MainWindow::startLive(const std::optional<Ocpi::Net::ClientConfig> &endpoint, const QString &name, const QString &profileId)
{
    // Watched already: poll it now instead of watching it twice.
    for (const auto &w : m_watches) {
        const bool same = endpoint ? (!w->demo && (profileId.isEmpty() ? w->profileId.isEmpty() && w->config.url == endpoint->url
                                                                       : w->profileId == profileId))
                                   : w->demo;
        if (same) {
            if (!w->profileId.isEmpty() && endpoint) {
                w->config = *endpoint;
                w->config.trafficSource = w->name;
            }
            w->live->pollNow();
            m_status->setText(tr("%1 is watched already; polling it now").arg(m_model->sourceName(w->sourceId)));
            return;
        }
    }

    auto watch = std::make_unique<Watch>();
    Watch *w = watch.get();
    w->serial = ++m_nextSerial;
    w->live = new LiveSource(this);
    w->live->setTrafficLog(m_traffic); // every live source's exchanges go to the one Traffic dock
    w->profileId = profileId;
    if (endpoint) {
        w->config = *endpoint;
        w->name = name.isEmpty() ? tr("endpoint %1").arg(endpoint->url.host()) : name;
        w->config.trafficSource = w->name;
        if (m_cacheEnabled)
            w->cacheKey = Ocpi::Store::SessionCache::endpointKey(endpoint->url);
    } else {
        if (!w->live->startDemo()) {
            m_liveStatus->setText(tr("No live data: %1").arg(w->live->errorString()));
            delete w->live;
            return;
        }
        w->demo = true;
        w->name = tr("demo CPO");
        QSettings().setValue(kDemoKey, true);
    }
    w->sourceId = m_model->addSource(w->name);

    // Live sessions: pages are parsed on the poller's thread; the model merges them here.
    const quint64 serial = w->serial;
    connect(w->live, &LiveSource::sessionsReceived, this, [this, serial](quint64, const QList<Ocpi::Net::ReceivedSession> &sessions) {
        if (Watch *x = watchBySerial(serial))
            onSessions(x, sessions);
    });
    connect(w->live, &LiveSource::pollStarted, this, [this, serial] {
        if (Watch *x = watchBySerial(serial)) {
            x->polling = true;
            updateLiveStatus();
        }
    });
    connect(w->live, &LiveSource::pollFinished, this, [this, serial](const Ocpi::Net::PollResult &result) {
        m_mergeQueue->then([this, serial, result] { // after the poll's pages are merged
            if (Watch *x = watchBySerial(serial))
                onPollFinished(x, result);
        });
    });
    m_watches.push_back(std::move(watch));
    if (!w->profileId.isEmpty())
        rememberWatches();

    if (!w->cacheKey.isEmpty()) {
        // The cached sessions first (parsed on the cache's thread), then the first poll from their watermark.
        w->readingCache = true;
        w->live->setCollecting(true);
        connect(w->live, &LiveSource::pollCollected, this, [this, serial](const QList<Ocpi::Store::CacheEntry> &entries, qint64 watermark) {
            Watch *x = watchBySerial(serial);
            if (!x || !m_cache->isOpen())
                return;
            m_cache->store(x->cacheKey, entries, watermark == Ocpi::kNoTime ? std::nullopt : std::optional<qint64>(watermark),
                           [this, serial](const CacheWorker::StoreResult &r) {
                               Watch *y = watchBySerial(serial);
                               if (!y)
                                   return;
                               const QString note = r.ok ? QString() : tr("not kept in the offline cache: %1").arg(r.error);
                               if (note != y->cacheNote) {
                                   y->cacheNote = note;
                                   updateLiveSource(y);
                               }
                           });
        });
        ensureCacheOpen();
        m_cache->load(w->cacheKey, [this, serial](const std::shared_ptr<CacheWorker::LoadResult> &load) {
            Watch *x = watchBySerial(serial);
            if (!x)
                return; // stopped while the cache was read
            x->readingCache = false;
            qint64 watermark = Ocpi::kNoTime;
            if (load->ok) {
                watermark = load->watermark;
                x->cachedLoaded = int(load->rows.size());
                m_mergeQueue->enqueue(std::move(load->rows), x->sourceId); // in slices: a big cache never freezes
            } else {
                x->cacheNote = tr("offline cache not available: %1").arg(load->error);
            }
            m_mergeQueue->then([this, serial, load, watermark] {
                Watch *y = watchBySerial(serial);
                if (!y)
                    return;
                if (load->ok && !load->lastSeen.isEmpty())
                    m_model->markCached(y->sourceId, load->lastSeen);
                // The cached sessions count towards the endpoint's session limit (keys gathered on the cache's thread).
                y->live->startEndpoint(y->config, watermark, std::exchange(load->heldKeys, {}));
                updateLiveSource(y);
                updateLiveStatus();
            });
        });
    } else if (endpoint) {
        w->live->startEndpoint(*endpoint);
    }
    m_sourcePaths.insert(w->sourceId, w->endpoint().toDisplayString());
    m_alerts->watchEndpoint(m_model->sourceName(w->sourceId), QDateTime::currentMSecsSinceEpoch());
    sourcesChanged();
    updateLiveSource(w);
    updateLiveStatus();
}

void MainWindow::ensureCacheOpen()
{
    if (m_cacheOpening)
        return;
    m_cacheOpening = true;
    m_cache->open(m_cacheFile, [this](const CacheWorker::OpenResult &r) {
        if (!r.ok) {
            m_cacheProblem = tr("The offline cache cannot be used: %1. Live watching goes on without it.").arg(r.error);
        } else if (!r.setAside.isEmpty()) {
            m_cacheProblem = tr("The offline cache was damaged or not a cache: it was set aside as %1 and a new one "
                                "started. The sessions seen before are not shown.")
                                 .arg(QDir::toNativeSeparators(r.setAside));
        }
        if (!m_cacheProblem.isEmpty())
            m_status->setText(m_cacheProblem);
        updateLiveSources();
    });
}

MainWindow::Watch *MainWindow::watchOf(int sourceId) const
{
    for (const auto &w : m_watches) {
        if (w->sourceId == sourceId)
            return w.get();
    }
    return nullptr;
}

MainWindow::Watch *MainWindow::watchBySerial(quint64 serial) const
{
    for (const auto &w : m_watches) {
        if (w->serial == serial)
            return w.get();
    }
    return nullptr;
}

QList<int> MainWindow::watchedSources() const
{
    QList<int> ids;
    for (const auto &w : m_watches)
        ids.append(w->sourceId);
    return ids;
}

void MainWindow::pollAll()
{
    for (const auto &w : m_watches)
        w->live->pollNow();
}

bool MainWindow::stopWatching(int sourceId)
{
    const auto it = std::find_if(m_watches.begin(), m_watches.end(), [sourceId](const auto &w) { return w->sourceId == sourceId; });
    if (it == m_watches.end())
        return false;
    std::unique_ptr<Watch> w = std::move(*it);
    m_watches.erase(it);
    w->live->stop();
    w->live->deleteLater();
    QSettings settings;
    if (w->demo) {
        settings.setValue(kDemoKey, false);
    } else if (!w->profileId.isEmpty()) {
        QStringList profiles = watchedProfiles();
        profiles.removeAll(w->profileId);
        settings.setValue(kWatchedKey, profiles);
        settings.remove(kOldWatchedKey);
    }
    const QString name = m_model->sourceName(sourceId);
    m_alerts->unwatchEndpoint(name);
    // Like a file's: the rows stay until the source is cleared (Delete in the Sources pane).
    Views::SourcesView::Source s;
    s.id = sourceId;
    s.kind = Views::SourcesView::Kind::Endpoint;
    s.name = name;
    s.location = w->endpoint().toDisplayString();
    s.sessions = m_model->rowCountOf(sourceId);
    s.state = tr("not watched; its sessions are kept as last seen (Clear source removes them)");
    m_sources->setSource(s);
    m_status->setText(tr("Stopped watching %1").arg(name));
    sourcesChanged();
    updateLiveStatus();
    return true;
}

bool MainWindow::forgetCache(int sourceId)
{
    Watch *w = watchOf(sourceId);
    if (!w || w->cacheKey.isEmpty())
        return false;
    ensureCacheOpen();
    const QString name = m_model->sourceName(sourceId);
    m_cache->forget(w->cacheKey, [this, name](qint64 removed, const QString &error) {
        if (removed < 0)
            m_status->setText(tr("Could not forget the cached sessions of %1: %2").arg(name, error));
        else
            m_status->setText(tr("Forgot %n cached session(s) of %1", nullptr, int(removed)).arg(name));
    });
    return true;
}

void MainWindow::onSessions(Watch *w, const QList<Ocpi::Net::ReceivedSession> &sessions)
{
    std::vector<SessionTableModel::Incoming> batch;
    batch.reserve(size_t(sessions.size()));
    for (const Ocpi::Net::ReceivedSession &r : sessions)
        batch.push_back(SessionTableModel::Incoming{r.record.session, r.record.findings, r.json, {}});
    m_mergeQueue->enqueue(std::move(batch), w->sourceId);
}

void MainWindow::onPollFinished(Watch *w, const Ocpi::Net::PollResult &result)
{
    w->polling = false;
    if (!w->lastPollEnd)
        m_liveView->highlightChangesAfter(QDateTime::currentMSecsSinceEpoch());
    w->lastPollEnd = QDateTime::currentMSecsSinceEpoch();
    w->lastPollFailed = !result.ok();
    w->consecutiveFailures = w->lastPollFailed ? w->consecutiveFailures + 1 : 0;
    w->lastError = result.errors.isEmpty() ? QString() : result.errors.constFirst().message;
    m_alerts->endpointPollFinished(m_model->sourceName(w->sourceId), result.ok(), w->lastError, w->lastPollEnd);
    // A failure names its cause first (e.g. the server refused the token); the counts follow.
    w->lastPollText = result.errors.isEmpty() ? result.summaryText()
                                              : result.errors.constFirst().message + QStringLiteral(" · ") + result.summaryText();
    updateLiveStatus();
    updateLiveSource(w);
}

void MainWindow::updateLiveSources()
{
    for (const auto &w : m_watches)
        updateLiveSource(w.get());
}

void MainWindow::updateLiveSource(Watch *w)
{
    Views::SourcesView::Source s;
    s.id = w->sourceId;
    s.kind = Views::SourcesView::Kind::Endpoint;
    s.name = m_model->sourceName(w->sourceId);
    s.location = w->endpoint().toDisplayString();
    s.sessions = m_model->rowCountOf(w->sourceId);
    s.failed = w->lastPollFailed;
    s.watched = true;
    QStringList parts;
    if (w->readingCache)
        parts << tr("reading the offline cache…");
    else if (w->lastPollEnd)
        parts << w->lastPollText;
    else
        parts << tr("waiting for the first poll");
    qint64 latest = 0;
    if (const int cached = w->cacheKey.isEmpty() ? 0 : m_model->cachedCountOf(w->sourceId, &latest)) {
        // What an operator needs to know about rows not confirmed by a poll yet: how many, and how old.
        parts << tr("%n session(s) from the offline cache, last seen %1", nullptr, cached)
                     .arg(SessionFormat::formatDateTimeWithZone(latest, m_model->timeSpec()));
    }
    if (!w->cacheNote.isEmpty())
        parts << w->cacheNote;
    else if (!w->cacheKey.isEmpty() && !m_cacheProblem.isEmpty())
        parts << m_cacheProblem;
    s.state = parts.join(QStringLiteral(" · "));
    m_sources->setSource(s);
}

void MainWindow::updateConnectionState()
{
    Views::ConnectionState state;
    if (m_watches.size() == 1) {
        const Watch *w = m_watches.front().get();
        state.endpoint = w->endpoint().toDisplayString();
        state.demo = w->demo;
        state.polling = w->polling;
        state.lastPollEnd = w->lastPollEnd;
        state.lastPollOk = !w->lastPollFailed;
        state.lastPollText = w->lastPollText;
        state.nextPollAt = w->lastPollEnd ? w->lastPollEnd + qint64(w->live->intervalSecs()) * 1000 : 0;
        state.consecutiveFailures = w->consecutiveFailures;
        state.errorCause = w->lastError;
    } else if (!m_watches.empty()) {
        // Several: the names, the latest poll, the soonest next one, and the failures by name.
        QStringList names;
        QStringList failing;
        for (const auto &w : m_watches) {
            names << m_model->sourceName(w->sourceId);
            state.demo |= w->demo;
            state.polling |= w->polling;
            state.lastPollEnd = std::max(state.lastPollEnd, w->lastPollEnd);
            if (w->lastPollEnd) {
                const qint64 next = w->lastPollEnd + qint64(w->live->intervalSecs()) * 1000;
                state.nextPollAt = state.nextPollAt ? std::min(state.nextPollAt, next) : next;
            }
            if (w->lastPollFailed) {
                state.lastPollOk = false;
                failing << m_model->sourceName(w->sourceId) + QStringLiteral(": ") + w->lastError;
                state.consecutiveFailures = std::max(state.consecutiveFailures, w->consecutiveFailures);
            }
        }
        state.endpoint = names.join(QStringLiteral(", "));
        state.lastPollText = watchSummary();
        state.errorCause = failing.join(QStringLiteral("; "));
    }
    m_overview->setConnectionState(state);
}

QString MainWindow::watchSummary() const
{
    int ok = 0;
    int waiting = 0;
    QStringList failing;
    for (const auto &w : m_watches) {
        if (!w->lastPollEnd)
            ++waiting;
        else if (w->lastPollFailed)
            failing << tr("%1: %2").arg(m_model->sourceName(w->sourceId), w->lastError);
        else
            ++ok;
    }
    QStringList parts;
    if (ok)
        parts << tr("%n ok", nullptr, ok);
    if (!failing.isEmpty())
        parts << tr("%n failing (%1)", nullptr, int(failing.size())).arg(failing.join(QStringLiteral("; ")));
    if (waiting)
        parts << tr("%n waiting for a first poll", nullptr, waiting);
    return tr("%n endpoint(s): %1", nullptr, int(m_watches.size())).arg(parts.join(QStringLiteral(", ")));
}

void MainWindow::updateLiveStatus()
{
    updateConnectionState();
    if (m_watches.empty())
        return;
    QString text;
    if (m_watches.size() > 1) {
        text = watchSummary();
        bool polling = false;
        bool demo = false;
        for (const auto &w : m_watches) {
            polling |= w->polling;
            demo |= w->demo;
        }
        if (demo)
            text += QStringLiteral(" · ") + tr("includes DEMO DATA from the built-in CPO");
        if (polling)
            text += QStringLiteral(" · ") + tr("polling…");
        m_liveStatus->setText(text);
        m_liveStatus->setToolTip(text);
        return;
    }
    const Watch *w = m_watches.front().get();
    if (w->demo)
        text = tr("DEMO DATA from the built-in CPO at %1 (not a real operator)").arg(w->endpoint().toDisplayString());
    else
        text = tr("Endpoint %1").arg(w->endpoint().toDisplayString());
    if (w->readingCache) {
        text += QStringLiteral(" · ") + tr("reading the offline cache…");
    } else if (w->polling) {
        text += QStringLiteral(" · ") + tr("polling…");
    } else if (w->lastPollEnd) {
        const QString when = SessionFormat::formatDateTime(w->lastPollEnd, m_model->timeSpec()).mid(11) + u' '
                             + SessionFormat::zoneName(m_model->timeSpec(), w->lastPollEnd);
        text += QStringLiteral(" · ")
                + (w->lastPollFailed ? tr("last poll FAILED at %1: %2") : tr("last poll %1: %2")).arg(when, w->lastPollText);
        const qint64 next = w->lastPollEnd + qint64(w->live->intervalSecs()) * 1000 - QDateTime::currentMSecsSinceEpoch();
        if (next > 0)
            text += QStringLiteral(" · ") + tr("next in %n s", nullptr, int((next + 999) / 1000));
    }
    m_liveStatus->setText(text);
    m_liveStatus->setToolTip(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/vertical"), m_vertical->saveState());
    settings.setValue(QStringLiteral("mainWindow/horizontal"), m_horizontal->saveState());
    settings.setValue(QStringLiteral("mainWindow/sideTab"), m_side->currentIndex());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_liveView->saveState();
    m_pendingFiles.clear();
    m_loader->cancel();
    m_loader->wait();
    for (const auto &w : m_watches)
        w->live->stop();
    event->accept();
}

// --- Files ---------------------------------------------------------------------------------------------------

void MainWindow::chooseFiles()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("files/lastDirectory")).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open OCPI Session JSON"), dir,
                                                            tr("JSON files (*.json *.ndjson *.jsonl *.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastDirectory"), QFileInfo(paths.constFirst()).absolutePath());
    openFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    // A folder stands for the JSON files directly in it.
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        const QDir dir(path);
        for (const QString &name : dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.ndjson"), QStringLiteral("*.jsonl")},
                                                 QDir::Files | QDir::Readable, QDir::Name))
            files.append(dir.filePath(name));
    }
    for (const QString &path : std::as_const(files)) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_pendingFiles.contains(absolute) && absolute != m_currentFile)
            m_pendingFiles.append(absolute);
    }
    if (!isReading())
        startNextFile();
}

bool MainWindow::isReading() const
{
    return !m_currentFile.isEmpty();
}

void MainWindow::startNextFile()
{
    if (m_pendingFiles.isEmpty()) {
        m_currentFile.clear();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        if (!m_failedFiles.isEmpty()) {
            showError(tr("Some files could not be read completely"),
                      tr("%1\n\nThe sessions read before each problem are in the table. Check that the file holds "
                         "OCPI Session JSON (an object, an array, an OCPI response or one session per line), "
                         "saved as UTF-8, and not cut short.")
                          .arg(m_failedFiles.join(QStringLiteral("\n\n"))));
            m_failedFiles.clear();
        }
        return;
    }
    m_currentFile = m_pendingFiles.takeFirst();
    const QFileInfo info(m_currentFile);
    // A file read again replaces its rows.
    if (const int old = m_fileSources.value(m_currentFile, -1); old >= 0) {
        m_mergeQueue->discard(old);
        m_model->removeSource(old);
    }
    m_currentFileSource = m_model->addSource(tr("file %1").arg(info.fileName()));
    m_fileSources.insert(m_currentFile, m_currentFileSource);
    m_sourcePaths.insert(m_currentFileSource, m_currentFile);
    sourcesChanged();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(tr("Reading %1…").arg(info.fileName()));
    addRecentFile(m_currentFile);
    m_job = m_loader->load(m_currentFile);
}

void MainWindow::onRecords(quint64 job, const QList<Ocpi::RecordResult> &records)
{
    if (job != m_job)
        return;
    std::vector<SessionTableModel::Incoming> batch;
    batch.reserve(size_t(records.size()));
    for (const Ocpi::RecordResult &r : records) {
        // A record without an id is kept under its place in the file, so its findings can be seen.
        batch.push_back(SessionTableModel::Incoming{r.session, r.findings, r.json,
                                                    tr("%1 record #%2").arg(m_model->sourceName(m_currentFileSource)).arg(r.index + 1)});
    }
    m_mergeQueue->enqueue(std::move(batch), m_currentFileSource);
}

void MainWindow::onFileFinished(quint64 job, const Ocpi::ReadSummary &summary)
{
    if (job != m_job)
        return;
    const QString name = QFileInfo(m_currentFile).fileName();
    Views::SourcesView::Source s;
    s.id = m_currentFileSource;
    s.kind = Views::SourcesView::Kind::File;
    s.name = m_model->sourceName(m_currentFileSource);
    s.location = m_currentFile;
    s.sessions = m_model->rowCountOf(m_currentFileSource);
    s.findings = summary.fileFindings;
    const QString read = tr("%n session(s) read", nullptr, int(summary.records));
    if (summary.error) {
        s.failed = true;
        s.state = summary.error->message + QStringLiteral(" · ") + read;
        m_status->setText(tr("Could not read all of %1: %2").arg(name, summary.error->message));
        m_failedFiles.append(tr("%1: %2 (%n session(s) read before it)", nullptr, int(summary.records))
                                 .arg(QDir::toNativeSeparators(m_currentFile), summary.error->message));
    } else if (summary.cancelled) {
        s.state = tr("cancelled after %n session(s)", nullptr, int(summary.records));
        m_status->setText(tr("Cancelled reading %1 after %n session(s)", nullptr, int(summary.records)).arg(name));
    } else {
        s.state = read;
        m_status->setText(tr("Read %n session(s) from %1", nullptr, int(summary.records)).arg(name));
    }
    m_sources->setSource(s);
    startNextFile();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // &1..&9, then 1&0: each reachable by a key.
        const QString label = (i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QStringLiteral("1&0 ")) + QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label, this, [this, path] { openFiles({path}); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// --- Sources ---------------------------------------------------------------------------------------------------

void MainWindow::clearSource(int sourceId)
{
    if (sourceId == m_currentFileSource && isReading()) {
        m_loader->cancel();
        m_loader->wait();
        m_job = 0; // drop its late results
        m_currentFile.clear();
        startNextFile();
    }
    m_mergeQueue->discard(sourceId);
    const int removed = m_model->removeSource(sourceId);
    m_status->setText(tr("Cleared %1: %n session(s) removed", nullptr, removed).arg(m_model->sourceName(sourceId)));
    if (Watch *w = watchOf(sourceId)) {
        updateLiveSource(w); // the endpoint stays watched; its sessions come back with the next full sync
        return;
    }
    m_fileSources.remove(m_sourcePaths.value(sourceId));
    m_sourcePaths.remove(sourceId);
    m_sources->removeSource(sourceId);
    sourcesChanged();
}

void MainWindow::sourcesChanged()
{
    QStringList names;
    for (int id = 0; id < m_model->sourceCount(); ++id)
        names.append(m_sourcePaths.contains(id) ? m_model->sourceName(id) : QString());
    m_liveView->setSources(names);
    m_clearMenu->clear();
    for (auto it = m_sourcePaths.cbegin(); it != m_sourcePaths.cend(); ++it) {
        const int id = it.key();
        m_clearMenu->addAction(m_model->sourceName(id), this, [this, id] { clearSource(id); });
    }
    m_clearMenu->setEnabled(!m_sourcePaths.isEmpty());
    m_stopMenu->clear();
    m_forgetMenu->clear();
    for (const auto &w : m_watches) {
        const int id = w->sourceId;
        m_stopMenu->addAction(m_model->sourceName(id), this, [this, id] { stopWatching(id); });
        if (!w->cacheKey.isEmpty())
            m_forgetMenu->addAction(m_model->sourceName(id), this, [this, id] { forgetCache(id); });
    }
    m_stopMenu->setEnabled(!m_watches.empty());
    m_forgetMenu->setEnabled(!m_forgetMenu->isEmpty());
}

// --- Exports -----------------------------------------------------------------------------------------------------

void MainWindow::chooseExport(bool findings, FindingsScope scope, FindingsFormat format)
{
    if (findings && scope == FindingsScope::Selection && m_liveView->selectedSourceRows().isEmpty()) {
        showError(tr("Nothing selected"), tr("Select one or more sessions in the table first, or export the findings of all sessions."));
        return;
    }
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("files/exportDirectory")).toString();
    const bool json = findings && format == FindingsFormat::Json;
    const QString suggested = QDir(dir).filePath(findings ? (json ? QStringLiteral("findings.json") : QStringLiteral("findings.csv"))
                                                          : QStringLiteral("sessions.csv"));
    const QString path = QFileDialog::getSaveFileName(this, findings ? tr("Export findings") : tr("Export the table as CSV"),
                                                      suggested, json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/exportDirectory"), QFileInfo(path).absolutePath());
    // About a second per 100,000 rows, on this thread: the rows are the model's (docs/PERFORMANCE.md).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    if (findings)
        exportFindings(path, scope, format);
    else
        exportTableCsv(path);
}

bool MainWindow::exportTableCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showError(tr("Export failed"), tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
        return false;
    }
    QList<int> columns;
    for (int c = 0; c < SessionModel::ColumnCount; ++c) {
        if (!m_liveView->table()->isColumnHidden(c))
            columns.append(c);
    }
    const qint64 rows = SessionExport::writeTableCsv(file, *m_proxy, columns);
    if (!file.commit()) {
        showError(tr("Export failed"), tr("Cannot write %1: %2. Is the disk full?").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported %n session(s) to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::exportFindings(const QString &path, FindingsScope scope, FindingsFormat format)
{
    QList<int> rows;
    if (scope == FindingsScope::Selection) {
        rows = m_liveView->selectedSourceRows();
    } else {
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(r);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showError(tr("Export failed"), tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
        return false;
    }
    if (format == FindingsFormat::Csv)
        SessionExport::writeFindingsCsv(file, *m_model, rows);
    else
        SessionExport::writeFindingsJson(file, *m_model, rows);
    if (!file.commit()) {
        showError(tr("Export failed"), tr("Cannot write %1: %2. Is the disk full?").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported the findings of %n session(s) to %1", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::showDetailsOf(int row)
{
    m_detailsRow = row;
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        m_sessionCharts->clear();
        return;
    }
    m_sessionCharts->setSession(m_model->session(row));
    m_details->setSession(m_model->session(row), m_model->findings(row), m_model->json(row),
                          m_model->sourceName(m_model->sourceId(row)));
}

bool MainWindow::showSession(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        m_status->setText(tr("Session %1 is no longer in the table").arg(key));
        return false;
    }
    m_liveView->selectSourceRow(row);
    m_side->setCurrentWidget(m_details);
    m_liveView->table()->setFocus();
    return true;
}

void MainWindow::editProfiles()
{
    Views::ProfilesDialog dialog(m_profiles, m_vault, this);
    QStringList watching;
    for (const auto &w : m_watches) {
        if (!w->profileId.isEmpty())
            watching.append(w->profileId);
    }
    dialog.setWatchedProfiles(watching);
    QSet<QString> stoppedHere; // not watched again by OK
    connect(&dialog, &Views::ProfilesDialog::stopWatchingRequested, this, [this, &stoppedHere](const QString &id) {
        stoppedHere.insert(id);
        for (const auto &w : m_watches) {
            if (w->profileId == id) {
                stopWatching(w->sourceId);
                break;
            }
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedProfileId().isEmpty() || stoppedHere.contains(dialog.selectedProfileId()))
        return;
    watchProfile(dialog.selectedProfileId());
}

bool MainWindow::watchProfile(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile) {
        m_status->setText(tr("There is no endpoint profile %1").arg(profileId));
        return false;
    }
    if (const QStringList problems = profile->problems(); !problems.isEmpty()) {
        m_status->setText(tr("The profile %1 cannot be watched: %2").arg(profile->name, problems.join(QStringLiteral("; "))));
        return false;
    }
    m_pendingProfiles.insert(profileId);
    m_status->setText(tr("Reading the token of %1…").arg(profile->name));
    m_vault->read(profileId); // tokenRead starts it
    return true;
}

QStringList MainWindow::watchedProfiles() const
{
    QSettings settings;
    if (!settings.contains(kWatchedKey)) { // written by a version that watched one profile
        const QString old = settings.value(kOldWatchedKey).toString();
        return old.isEmpty() ? QStringList() : QStringList{old};
    }
    return settings.value(kWatchedKey).toStringList();
}

bool MainWindow::demoWatched() const
{
    return QSettings().value(kDemoKey, false).toBool();
}

bool MainWindow::restoreWatches()
{
    bool any = false;
    if (demoWatched()) {
        startLive(std::nullopt);
        any = !m_watches.empty();
    }
    for (const QString &id : watchedProfiles())
        any |= watchProfile(id);
    return any;
}

void MainWindow::rememberWatches()
{
    // Profiles whose token is being read or that could not be started this time stay remembered; only the user's
    // "stop watching" forgets one.
    QSettings settings;
    QStringList profiles = watchedProfiles();
    for (const auto &w : m_watches) {
        if (!w->profileId.isEmpty() && !profiles.contains(w->profileId))
            profiles.append(w->profileId);
    }
    settings.setValue(kWatchedKey, profiles);
    settings.remove(kOldWatchedKey);
}

void MainWindow::editAlertSettings()
{
    Views::AlertSettingsDialog dialog(m_alerts->thresholds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    dialog.thresholds().save(settings);
    m_alerts->setThresholds(dialog.thresholds());
}

void MainWindow::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the event loop: polls and reads go on
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OCPI Session Monitor"),
                       tr("<p><b>OCPI Session Monitor</b> %1</p>"
                          "<p>Watches EV charging sessions exchanged over OCPI and checks them against the OCPI 2.2.1 "
                          "specification.</p><p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace App
