#include "mainwindow.h"

#include "filereportview.h"
#include "ocpi/sessionfileloader.h"

#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeySequence>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTreeWidget>

namespace App {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_loader(new Ocpi::SessionFileLoader(this)), m_report(new Views::FileReportView(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("OCPI Session Monitor"));
    setCentralWidget(m_report);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About OCPI Session Monitor"), this, &MainWindow::showAbout);

    m_status->setAccessibleName(tr("Status"));
    m_progress->setAccessibleName(tr("Reading progress"));
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    m_cancel->setAccessibleName(tr("Cancel reading"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Stop reading the file (Esc); what was read is kept"));
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_status->setText(tr("Ready"));

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
        resize(1200, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_loader->cancel();
    m_loader->wait();
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
