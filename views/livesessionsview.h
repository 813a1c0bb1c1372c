// The sessions table: a filter bar (text, status, validity, start time, source), the table (status as colour and
// text, changed rows highlighted), a column chooser, and "poll now".
#pragma once

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class QAbstractItemModel;
QT_END_NAMESPACE

class SessionFilterProxy;

namespace Views {

class LiveSessionsView : public QWidget
{
    Q_OBJECT
public:
    // `proxy` is the sorted, filtered view of the sessions model; the view adds colours on top of it.
    explicit LiveSessionsView(SessionFilterProxy *proxy, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *pollNowButton() const { return m_pollNow; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *validityCombo() const { return m_validity; }
    QComboBox *startedCombo() const { return m_started; }
    QComboBox *sourceCombo() const { return m_source; }

    // The source filter's choices: call when the model's sources change. `names` by source id.
    void setSources(const QStringList &names);
    // A menu of checkable actions, one per column (at least one stays shown); the header's context menu too.
    QMenu *columnsMenu() const { return m_columnsMenu; }
    // The model row (of the sessions model) of the current row, or -1.
    int currentSourceRow() const;
    // The sessions model's rows of the selected table rows, in table order.
    QList<int> selectedSourceRows() const;
    // Selects the row of the sessions model's `row`, clearing filters that hide it.
    void selectSourceRow(int row);

    // Rows changed after `msecs` get a short highlight; call it once the first load is in.
    void highlightChangesAfter(qint64 msecs);

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void pollNowRequested();
    // The current session changed: its row in the sessions model, or -1.
    void currentSessionChanged(int sourceRow);

private:
    void applyStarted();
    void updateColumnsMenu();

    SessionFilterProxy *m_proxy;
    QAbstractItemModel *m_display;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_validity;
    QComboBox *m_started;
    QComboBox *m_source;
    QMenu *m_columnsMenu;
    QTimer *m_startedTimer; // moves the "started in the last …" window along with the clock
    QPushButton *m_pollNow;
    QTableView *m_table;
};

} // namespace Views
