// The sessions table view: each control of the filter bar narrows the rows as it says (text, status, validity,
// start time, source), the column chooser hides columns but never the last one, selecting a hidden session
// clears the filters that hide it, and the current session is announced by its model row.
#include "livesessionsview.h"
#include "sessionfilterproxy.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QDateTime>
#include <QtCore/QStandardPaths>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QTableView>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace SessionModel;

class TestLiveSessionsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void filterBar_data();
    void filterBar();
    void sourceChoicesFollowTheModel();
    void columnChooserKeepsOneColumn();
    void selectingAHiddenSessionShowsIt();

private:
    void add(const QString &id, const QString &status, qint64 startMs, bool broken, int source);
    int rows() const { return m_view->table()->model()->rowCount(); }

    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<SessionFilterProxy> m_proxy;
    std::unique_ptr<Views::LiveSessionsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_poll = 0;
    int m_file = 0;
};

void TestLiveSessionsView::add(const QString &id, const QString &status, qint64 startMs, bool broken, int source)
{
    const QString start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODate);
    // A COMPLETED session needs its end (mod_sessions 9.4.3); it was last updated then.
    const QString end = QDateTime::fromMSecsSinceEpoch(startMs + 1800 * 1000, Qt::UTC).toString(Qt::ISODate);
    const bool completed = status == "COMPLETED";
    const QByteArray json = QStringLiteral(
        R"({"country_code":"NL","party_id":"STK","id":"%1","start_date_time":"%2",%5"kwh":%3,)"
        R"("cdr_token":{"country_code":"NL","party_id":"TST","uid":"04A1B2C3","type":"RFID","contract_id":"NL-TST-C1"},)"
        R"("auth_method":"WHITELIST","location_id":"LOC-%1","evse_uid":"EVSE1","connector_id":"1","currency":"EUR",)"
        R"("status":"%4","last_updated":"%6"})")
                                .arg(id, start, broken ? "-1" : "5", status,
                                     completed ? "\"end_date_time\":\"" + end + "\"," : QString(), completed ? end : start)
                                .toUtf8();
    Ocpi::SessionValidator validator;
    std::vector<SessionTableModel::Incoming> batch(1);
    batch[0].session = validator.validate(std::string_view(json.constData(), size_t(json.size())), &batch[0].findings);
    batch[0].json = json;
    m_model->merge(std::move(batch), source);
}

void TestLiveSessionsView::init()
{
    m_model = std::make_unique<SessionTableModel>();
    m_poll = m_model->addSource("endpoint cpo.example");
    m_file = m_model->addSource("file a.json");
    m_proxy = std::make_unique<SessionFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_view = std::make_unique<Views::LiveSessionsView>(m_proxy.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->table()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_view->setSources({"endpoint cpo.example", "file a.json"});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    add("A1", "ACTIVE", now - hour / 2, false, m_poll);       // 30 min ago
    add("A2", "ACTIVE", now - 5 * hour, true, m_poll);        // 5 h ago, an error (kwh < 0); the others are valid
    add("C1", "COMPLETED", now - 30 * hour, false, m_poll);   // yesterday
    add("C2", "COMPLETED", now - 10 * 24 * hour, false, m_file); // 10 days ago
    add("I1", "INVALID", now - 2 * hour, false, m_file);
    m_view->show();
}

void TestLiveSessionsView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestLiveSessionsView::filterBar_data()
{
    QTest::addColumn<QString>("control"); // which combo, or "text"
    QTest::addColumn<QString>("choice");  // its item text, or the text typed
    QTest::addColumn<int>("rows");
    QTest::newRow("all") << "status" << "All statuses" << 5;
    QTest::newRow("active") << "status" << "Active" << 2;
    QTest::newRow("completed") << "status" << "Completed" << 2;
    QTest::newRow("invalid") << "status" << "Invalid" << 1;
    QTest::newRow("pending") << "status" << "Pending" << 0;
    QTest::newRow("errors") << "validity" << "With errors" << 1;
    QTest::newRow("valid") << "validity" << "Valid" << 4;
    QTest::newRow("last hour") << "started" << "Started in the last hour" << 1;
    QTest::newRow("last 24 h") << "started" << "Started in the last 24 hours" << 3;
    QTest::newRow("last 7 days") << "started" << "Started in the last 7 days" << 4;
    QTest::newRow("any start") << "started" << "Any start" << 5;
    QTest::newRow("endpoint") << "source" << "endpoint cpo.example" << 3;
    QTest::newRow("file") << "source" << "file a.json" << 2;
    QTest::newRow("text id") << "text" << "c2" << 1;
    QTest::newRow("text location") << "text" << "LOC-A" << 2;
}

void TestLiveSessionsView::filterBar()
{
    QFETCH(QString, control);
    QFETCH(QString, choice);
    QFETCH(int, rows);
    if (control == "text") {
        m_view->filterEdit()->setFocus();
        QTest::keyClicks(m_view->filterEdit(), choice);
    } else {
        QComboBox *combo = control == "status" ? m_view->statusCombo()
                           : control == "validity" ? m_view->validityCombo()
                           : control == "started"  ? m_view->startedCombo()
                                                   : m_view->sourceCombo();
        const int index = combo->findText(choice);
        QVERIFY2(index >= 0, qPrintable(choice));
        combo->setCurrentIndex(index);
    }
    QCOMPARE(this->rows(), rows);
}


void TestLiveSessionsView::sourceChoicesFollowTheModel()
{
    QComboBox *sources = m_view->sourceCombo();
    sources->setCurrentIndex(sources->findText("file a.json"));
    QCOMPARE(rows(), 2);
    // A new source keeps the choice; the chosen source gone (cleared), all rows come back.
    m_view->setSources({"endpoint cpo.example", "file a.json", "file b.json"});
    QCOMPARE(sources->currentText(), QString("file a.json"));
    QCOMPARE(rows(), 2);
    m_view->setSources({"endpoint cpo.example", QString(), "file b.json"});
    QCOMPARE(sources->currentText(), QString("All sources"));
    QCOMPARE(rows(), 5);
}

void TestLiveSessionsView::columnChooserKeepsOneColumn()
{
    QMenu *menu = m_view->columnsMenu();
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), int(ColumnCount));
    actions.at(Auth)->trigger();
    QVERIFY(m_view->table()->isColumnHidden(Auth));
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != Id && !m_view->table()->isColumnHidden(c))
            actions.at(c)->trigger();
    }
    QCOMPARE(m_view->table()->isColumnHidden(Id), false);
    QVERIFY(!actions.at(Id)->isEnabled()); // the last shown column cannot be hidden
    actions.at(Auth)->trigger();
    QVERIFY(!m_view->table()->isColumnHidden(Auth));
    QVERIFY(actions.at(Id)->isEnabled());
}

void TestLiveSessionsView::selectingAHiddenSessionShowsIt()
{
    QSignalSpy current(m_view.get(), &Views::LiveSessionsView::currentSessionChanged);
    m_view->statusCombo()->setCurrentIndex(m_view->statusCombo()->findText("Active"));
    QCOMPARE(rows(), 2);
    const int c2 = m_model->rowOf("NL*STK*C2");
    m_view->selectSourceRow(c2);
    QCOMPARE(m_view->statusCombo()->currentText(), QString("All statuses"));
    QCOMPARE(rows(), 5);
    QCOMPARE(m_view->currentSourceRow(), c2);
    QCOMPARE(current.last().at(0).toInt(), c2);
    QCOMPARE(m_view->selectedSourceRows(), QList<int>{c2});
    // Keyboard: Up moves to the row above (C2, the oldest, is last by last_updated), and says which session.
    QTest::keyClick(m_view->table(), Qt::Key_Up);
    QVERIFY(m_view->currentSourceRow() != c2);
    QCOMPARE(current.last().at(0).toInt(), m_view->currentSourceRow());
}

QTEST_MAIN(TestLiveSessionsView)
#include "tst_livesessionsview.moc"
