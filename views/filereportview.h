// Shows the validation outcome of a file: each session with its findings, file-level problems on top.
#pragma once

#include "ocpi/sessionreader.h"

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTextEdit;
class QTreeWidget;
QT_END_NAMESPACE

namespace Views {

class FileReportView : public QWidget
{
    Q_OBJECT
public:
    explicit FileReportView(QWidget *parent = nullptr);

    void clear(const QString &title = {});
    void addRecords(const QList<Ocpi::RecordResult> &records);
    void setSummary(const Ocpi::ReadSummary &summary);

    qint64 sessionCount() const { return m_sessions; }
    qint64 invalidCount() const { return m_invalid; }
    QTreeWidget *tree() const { return m_tree; }

    // Rows shown at most; beyond this only the counts grow (the full table arrives with the sessions model).
    static constexpr int kMaxRows = 20000;

private:
    void updateHeadline();

    QLabel *m_headline;
    QTreeWidget *m_tree;
    QTextEdit *m_details;
    QString m_title;
    qint64 m_sessions = 0;
    qint64 m_invalid = 0;
    qint64 m_errors = 0;
    qint64 m_warnings = 0;
    bool m_done = false;
};

} // namespace Views
