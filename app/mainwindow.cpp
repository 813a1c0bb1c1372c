#include "mainwindow.h"

#include "filereportview.h"
#include "livesessionsview.h"
#include "livesource.h"
#include "ocpi/sessionfileloader.h"
#include "sessionfilterproxy.h"
#include "sessiontablemodel.h"

#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeySequence>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeWidget>

namespace App {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_loader(new Ocpi::SessionFileLoader(this)), m_model(new SessionTableModel(this)),
      m_proxy(new SessionFilterProxy(this)), m_live(new LiveSource(this)), m_tabs(new QTabWidget(this)),
      m_liveView(nullptr), m_report(new Views::FileReportView(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_status(new QLabel(this)), m_liveStatus(new QLabel(this)),
      m_tick(new QTimer(this))
{
    setWindowTitle(tr("OCPI Session Monitor"));
    m_proxy->setSourceModel(m_model);
    m_liveView = new Views::LiveSessionsView(m_proxy, this);
    m_tabs->addTab(m_liveView, tr("&Live sessions"));
    m_tabs->addTab(m_report, tr("File &check"));
    m_tabs->setAccessibleName(tr("Views"));
    setCentralWidget(m_tabs);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *liveMenu = menuBar()->addMenu(tr("&Sessions"));
    QAction *pollNow = liveMenu->addAction(tr("&Poll now"), m_live, &LiveSource::pollNow);
    pollNow->setShortcut(QKeySequence::Refresh);
    QAction *find = liveMenu->addAction(tr("&Filter…"), this, [this] {
        m_tabs->setCurrentWidget(m_liveView);
        m_liveView->filterEdit()->setFocus();
        m_liveView->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *utc = liveMenu->addAction(tr("Show times in &UTC"));
    utc->setCheckable(true);
    utc->setChecked(QSettings().value(QStringLiteral("view/utc"), true).toBool());
    m_model->setTimeSpec(utc->isChecked() ? Qt::UTC : Qt::LocalTime);
    connect(utc, &QAction::toggled, this, [this](bool on) {
        m_model->setTimeSpec(on ? Qt::UTC : Qt::LocalTime);
        QSettings().setValue(QStringLiteral("view/utc"), on);
    });
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About OCPI Session Monitor"), this, &MainWindow::showAbout);
    connect(m_liveView, &Views::LiveSessionsView::pollNowRequested, m_live, &LiveSource::pollNow);

    m_status->setAccessibleName(tr("Status"));
    m_liveStatus->setAccessibleName(tr("Connection status"));
    m_liveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Reading progress"));
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_cancel->setAccessibleName(tr("Cancel reading"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Stop reading the file (Esc); what was read is kept"));
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_liveStatus, 3);
    statusBar()->addWidget(m_status, 2);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_status->setText(tr("Ready"));

    // Live sessions: pages are parsed on the poller's thread; the model merges them here.
    connect(m_live, &LiveSource::sessionsReceived, this,
            [this](quint64, const QList<Ocpi::Net::ReceivedSession> &sessions) { onSessions(sessions); });
    connect(m_live, &LiveSource::pollStarted, this, [this] {
        m_polling = true;
        updateLiveStatus();
    });
    connect(m_live, &LiveSource::pollFinished, this, &MainWindow::onPollFinished);
    m_tick->setInterval(1000); // the "next poll in" countdown and the end of change highlights
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateLiveStatus();
        m_liveView->table()->viewport()->update();
    });
    m_tick->start();

    // Files.
    connect(m_cancel, &QPushButton::clicked, m_loader, &Ocpi::SessionFileLoader::cancel);
    connect(m_loader, &Ocpi::SessionFileLoader::recordsReady, this, [this](quint64 job, const QList<Ocpi::RecordResult> &records) {
        if (job == m_job)
            m_report->addRecords(records);
    });
    connect(m_loader, &Ocpi::SessionFileLoader::progress, this, [this](quint64 job, qint64 done, qint64 total) {
        if (job != m_job)
            return;
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        } else {
            m_progress->setRange(0, 0);
        }
        m_status->setText(tr("Reading… %1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
    });
    connect(m_loader, &Ocpi::SessionFileLoader::finished, this, [this](quint64 job, const Ocpi::ReadSummary &summary) {
        if (job != m_job)
            return;
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_report->setSummary(summary);
        m_report->tree()->setFocus();
        if (summary.error)
            m_status->setText(tr("Could not read the whole file: %1").arg(summary.error->message));
        else if (summary.cancelled)
            m_status->setText(tr("Cancelled after %n session(s)", nullptr, int(summary.records)));
        else
            m_status->setText(tr("Read %n session(s)", nullptr, int(summary.records)));
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::startLive(const std::optional<Ocpi::Net::ClientConfig> &endpoint)
{
    if (endpoint) {
        m_sourceId = m_model->addSource(endpoint->url.host());
        m_live->startEndpoint(*endpoint);
    } else if (m_live->startDemo()) {
        m_sourceId = m_model->addSource(tr("demo CPO"));
    } else {
        m_liveStatus->setText(tr("No live data: %1").arg(m_live->errorString()));
        return;
    }
    updateLiveStatus();
}

void MainWindow::onSessions(const QList<Ocpi::Net::ReceivedSession> &sessions)
{
    std::vector<SessionTableModel::Incoming> batch;
    batch.reserve(size_t(sessions.size()));
    for (const Ocpi::Net::ReceivedSession &r : sessions)
        batch.push_back(SessionTableModel::Incoming{r.record.session, r.record.findings, r.json});
    m_model->merge(std::move(batch), m_sourceId);
}

void MainWindow::onPollFinished(const Ocpi::Net::PollResult &result)
{
    m_polling = false;
    if (!m_lastPollEnd)
        m_liveView->highlightChangesAfter(QDateTime::currentMSecsSinceEpoch());
    m_lastPollEnd = QDateTime::currentMSecsSinceEpoch();
    m_lastPollFailed = !result.ok();
    // A failure names its cause first (e.g. the server refused the token); the counts follow.
    m_lastPollText = result.errors.isEmpty() ? result.summaryText()
                                             : result.errors.constFirst().message + QStringLiteral(" · ") + result.summaryText();
    updateLiveStatus();
}

void MainWindow::updateLiveStatus()
{
    QString text;
    if (m_live->isDemo())
        text = tr("DEMO DATA from the built-in CPO at %1 (not a real operator)").arg(m_live->endpoint().toDisplayString());
    else if (m_live->endpoint().isValid())
        text = tr("Endpoint %1").arg(m_live->endpoint().toDisplayString());
    else
        return;
    const auto counts = m_model->statusCounts();
    text += QStringLiteral(" · ")
            + tr("%n session(s)", nullptr, m_model->rowCount()) + QStringLiteral(" (")
            + tr("%1 active, %2 with errors").arg(counts[size_t(Ocpi::SessionStatus::Active)]).arg(m_model->sessionsWithErrors())
            + QLatin1Char(')');
    if (m_polling) {
        text += QStringLiteral(" · ") + tr("polling…");
    } else if (m_lastPollEnd) {
        const QString when = QDateTime::fromMSecsSinceEpoch(m_lastPollEnd, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
        text += QStringLiteral(" · ") + (m_lastPollFailed ? tr("last poll FAILED at %1 UTC: %2") : tr("last poll %1 UTC: %2"))
                                            .arg(when, m_lastPollText);
        const qint64 next = m_lastPollEnd + qint64(m_live->intervalSecs()) * 1000 - QDateTime::currentMSecsSinceEpoch();
        if (next > 0)
            text += QStringLiteral(" · ") + tr("next in %n s", nullptr, int((next + 999) / 1000));
    }
    m_liveStatus->setText(text);
    m_liveStatus->setToolTip(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_liveView->saveState();
    m_loader->cancel();
    m_loader->wait();
    m_live->stop();
    event->accept();
}

void MainWindow::chooseFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("files/lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open OCPI Session JSON"), dir,
                                                      tr("JSON files (*.json *.ndjson *.jsonl *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastDirectory"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    m_tabs->setCurrentWidget(m_report);
    m_report->clear(QFileInfo(path).fileName());
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(tr("Reading %1…").arg(path));
    setWindowFilePath(path);
    m_job = m_loader->load(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OCPI Session Monitor"),
                       tr("<p><b>OCPI Session Monitor</b> %1</p>"
                          "<p>Watches EV charging sessions exchanged over OCPI and checks them against the OCPI 2.2.1 "
                          "specification.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace App
