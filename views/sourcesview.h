// The sources of the sessions table: the live endpoint (or demo CPO) and each file read, with how many sessions
// each gave, how the last poll or read went (errors in words, file findings beneath), and a way to clear one or to
// stop watching an endpoint.
#pragma once

#include "ocpi/finding.h"

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace Views {

class SourcesView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Endpoint, File };
    struct Source
    {
        int id = -1; // SessionTableModel source id
        Kind kind = Kind::File;
        QString name;
        QString location; // URL or file path
        qint64 sessions = 0;
        QString state; // "read 120 sessions", "last poll 12:00:01 UTC: ...", the error in words
        bool failed = false;
        bool watched = false; // an endpoint being polled (it can be stopped); false for files and stopped endpoints
        Ocpi::Findings findings; // about the file or response rather than one session
    };

    explicit SourcesView(QWidget *parent = nullptr);

    // Adds or updates the source with this id.
    void setSource(const Source &source);
    void removeSource(int id);
    QTreeWidget *tree() const { return m_tree; }
    int currentSourceId() const;
    void setCurrentSource(int id);
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void clearRequested(int sourceId);
    void showOnlyRequested(int sourceId);
    // Stop polling this endpoint; its rows stay (Clear source removes them).
    void stopRequested(int sourceId);

private:
    QTreeWidgetItem *itemOf(int id) const;
    void updateButtons();

    QTreeWidget *m_tree;
    QPushButton *m_clear;
    QPushButton *m_showOnly;
    QPushButton *m_stop;
};

} // namespace Views
