// The live sessions table: a filter bar, the table (status as colour and text), and "poll now".
#pragma once

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
class QTableView;
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

    // Rows changed after `msecs` get a short highlight; call it once the first load is in.
    void highlightChangesAfter(qint64 msecs);

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void pollNowRequested();

private:
    SessionFilterProxy *m_proxy;
    QAbstractItemModel *m_display;
    QLineEdit *m_filter;
    QPushButton *m_pollNow;
    QTableView *m_table;
};

} // namespace Views
