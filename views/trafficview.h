// The Traffic dock: every request of the OCPI client and its answer (time, source, method, URL, status, OCPI
// status_code, duration, bytes, X-Request-ID), the selected one's headers and pretty-printed body beneath, and
// ways to copy one, export all as a HAR file, clear, and choose how many are kept. Everything shown is redacted
// (see net/client/redaction.h).
#pragma once

#include <QtWidgets/QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
QT_END_NAMESPACE

class TrafficModel;

namespace Ocpi::Net {
class TrafficLog;
}

namespace Views {

class TrafficView : public QWidget
{
    Q_OBJECT
public:
    // The QSettings key of "Keep last N exchanges".
    static const QString kCapacityKey;

    explicit TrafficView(QWidget *parent = nullptr);
    ~TrafficView() override;

    // Shows this log (kept alive by the view) and applies the remembered capacity to it.
    void setLog(std::shared_ptr<Ocpi::Net::TrafficLog> log);
    void setTimeSpec(Qt::TimeSpec spec);

    TrafficModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QCheckBox *showBodyBox() const { return m_showBody; }
    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    QAction *clearAction() const { return m_clear; }

    // Copies the current exchange (request, response, body) to the clipboard as text.
    void copyCurrent();
    // Writes every exchange held as a HAR file; false with `error` set when it cannot be written.
    bool exportHar(const QString &path, QString *error = nullptr);
    void chooseExport();

private:
    void showCurrent();
    void updateActions();
    void onCapacityChanged(int capacity);

    std::shared_ptr<Ocpi::Net::TrafficLog> m_log;
    TrafficModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QCheckBox *m_showBody;
    QSpinBox *m_capacity;
    QLabel *m_summary;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QPushButton *m_clearButton;
    QAction *m_copy;
    QAction *m_export;
    QAction *m_clear;
    Qt::TimeSpec m_spec = Qt::UTC;
    bool m_follow = true; // the table was scrolled to its end before new rows came: it stays there
};

} // namespace Views
