// The main window: opens Session files, reads them off the UI thread, and shows what is wrong in them.
#pragma once

#include <QtWidgets/QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace Ocpi {
class SessionFileLoader;
}
namespace Views {
class FileReportView;
}

namespace App {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    Views::FileReportView *reportView() const { return m_report; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseFile();
    void showAbout();

    Ocpi::SessionFileLoader *m_loader;
    Views::FileReportView *m_report;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    quint64 m_job = 0;
};

} // namespace App
