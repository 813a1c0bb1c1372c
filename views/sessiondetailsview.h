// The details pane of one session, after Wireshark's packet details and bytes panes: the findings list, the
// fields tree (grouped, each field beside its findings), the record's pretty-printed JSON with every finding's
// spot marked, and the charging periods table. Selecting a finding selects its field and marks its spot in the
// JSON; selecting a field or a period marks its bytes.
#pragma once

#include "ocpi/finding.h"
#include "ocpi/jsonpretty.h"
#include "ocpi/session.h"

#include <QtWidgets/QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTreeView;
QT_END_NAMESPACE

class ChargingPeriodsModel;
class FindingsModel;
class SessionFieldsModel;

namespace Views {

class SeverityProxy;

class SessionDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionDetailsView(QWidget *parent = nullptr);
    ~SessionDetailsView() override;

    // Shows one session. `json` is the record's text (SessionTableModel::json(row)); empty when it was not kept.
    // `sourceName` names where it came from ("file: sessions.json").
    void setSession(const Ocpi::Session &session, const Ocpi::Findings &findings, const QByteArray &json,
                    const QString &sourceName);
    void clear();
    // Times in UTC (default) or local time; each time or header names its zone.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }

    // "Copy as JSON" (Ctrl+Shift+C): the record's pretty JSON; disabled without valid JSON.
    QAction *copyJsonAction() const { return m_copyJson; }
    // "Copy finding" (Ctrl+C in the findings list): the selected finding in full; disabled without one.
    QAction *copyFindingAction() const { return m_copyFinding; }

    // The parts, for the main window's focus handling and for tests.
    QTreeView *findingsView() const { return m_findingsView; }
    QTreeView *fieldsView() const { return m_fieldsView; }
    QPlainTextEdit *jsonView() const { return m_json; }
    QTableView *periodsView() const { return m_periodsView; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void findingSelected(const QModelIndex &current);
    void itemSelected(const QModelIndex &current); // a field or a period: mark its bytes
    void markJson(const Ocpi::JsonRange &selected, int severity);
    void copyJson();
    void copyFinding();

    SessionFieldsModel *m_fieldsModel;
    FindingsModel *m_findingsModel;
    ChargingPeriodsModel *m_periodsModel;
    SeverityProxy *m_fieldsProxy;
    SeverityProxy *m_findingsProxy;
    SeverityProxy *m_periodsProxy;

    QLabel *m_title;
    QTreeView *m_findingsView;
    QTreeView *m_fieldsView;
    QTabWidget *m_tabs;
    QLabel *m_jsonStatus;
    QPlainTextEdit *m_json;
    QTableView *m_periodsView;
    QAction *m_copyJson;
    QAction *m_copyFinding;

    Ocpi::PrettyJson m_pretty;
    std::vector<Ocpi::JsonLocation> m_findingSpots; // where each finding is in m_pretty
    Qt::TimeSpec m_timeSpec = Qt::UTC;
    bool m_syncing = false; // a finding is moving the field selection: do not mark the field instead
};

} // namespace Views
