// The Traffic dock of the main window with the real demo CPO: hidden at first, shown by View ▸ Traffic
// (Ctrl+Shift+T), it lists the demo's requests with their statuses, follows the UTC/local switch, and is
// remembered shown; every control in it has an accessible name; no token in it.
#include "mainwindow.h"
#include "trafficmodel.h"
#include "trafficview.h"

#include "net/client/trafficlog.h"
#include "net/simulator/simulator.h"

#include <QtCore/QStandardPaths>
#include <QtGui/QAccessible>
#include <QtGui/QAction>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTableView>
#include <QtTest/QtTest>

class TestTrafficDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void dockShowsTheDemoTraffic();
};

void TestTrafficDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings of their own, not the user's
    QCoreApplication::setOrganizationName("ocpi-session-monitor-test");
    QCoreApplication::setApplicationName("tst_trafficdock");
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.sim.info=false");
}

void TestTrafficDock::init()
{
    QSettings().clear();
}

void TestTrafficDock::dockShowsTheDemoTraffic()
{
    {
        App::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.trafficDock());
        QVERIFY(!w.trafficDock()->isVisible()); // hidden by default

        // View ▸ Traffic, with its shortcut.
        QAction *toggle = nullptr;
        for (QAction *menu : w.menuBar()->actions()) {
            if (menu->text() != "&View")
                continue;
            for (QAction *a : menu->menu()->actions()) {
                if (a->text() == "&Traffic")
                    toggle = a;
            }
        }
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        toggle->trigger();
        QVERIFY(w.trafficDock()->isVisible());

        w.startLive(std::nullopt);
        TrafficModel *model = w.trafficView()->model();
        // The demo's first poll: versions, version details, then the sessions pages.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3, 20000);
        const auto rowOf = [model](const QString &path) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (QUrl(model->index(r, TrafficModel::Url).data().toString()).path().endsWith(path))
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("/sessions") >= 0, 20000);
        const int versions = rowOf("/ocpi/versions");
        const int sessions = rowOf("/sessions");
        QVERIFY(versions >= 0);
        for (int r : {versions, sessions}) {
            QCOMPARE(model->index(r, TrafficModel::Source).data().toString(), QStringLiteral("demo CPO"));
            QCOMPARE(model->index(r, TrafficModel::Status).data().toString(), QStringLiteral("200 OK"));
            QCOMPARE(model->index(r, TrafficModel::OcpiStatus).data().toString(), QStringLiteral("1000"));
            QVERIFY(!model->index(r, TrafficModel::RequestId).data().toString().isEmpty());
            QVERIFY(model->index(r, TrafficModel::Time).data().toString().endsWith(" UTC"));
        }

        // The selected exchange's details, redacted.
        w.trafficView()->table()->setCurrentIndex(model->index(sessions, 0));
        const QString details = w.trafficView()->details()->toPlainText();
        QVERIFY(details.contains("Authorization: Token [redacted]"));
        const QString token = QString(Ocpi::Sim::kDemoToken);
        QVERIFY(!details.contains(token));
        QVERIFY(!details.contains(QString::fromLatin1(token.toUtf8().toBase64())));

        // Local time: the time column follows the window's switch.
        for (QAction *menu : w.menuBar()->actions()) {
            if (menu->text() != "&View")
                continue;
            for (QAction *a : menu->menu()->actions()) {
                if (a->text() == "Show times in &UTC")
                    a->setChecked(false);
            }
        }
        QCOMPARE(model->timeSpec(), Qt::LocalTime);

        // Every control of the dock that takes the focus has a name a screen reader reads.
        QStringList unnamed;
        for (QWidget *widget : w.trafficDock()->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
        w.close(); // saves the window state
    }
    // Shown when the window is opened again.
    App::MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.trafficDock()->isVisible());
}

QTEST_MAIN(TestTrafficDock)
#include "tst_trafficdock.moc"
