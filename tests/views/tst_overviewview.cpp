// The overview panel offscreen: tiles follow the sessions model in the widget's locale, the connection section
// (demo banner, zone written, countdown, failures), alerts activated and acknowledged from the keyboard, the
// alert settings dialog, the notifier without a system tray.
#include "alertmodel.h"
#include "alertnotifier.h"
#include "alertsettingsdialog.h"
#include "overviewview.h"
#include "sessiontablemodel.h"

#include <QtCore/QDateTime>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QTableView>

using Field = Ocpi::Session::Field;
using Status = Ocpi::SessionStatus;

namespace {

const qint64 kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

Ocpi::Session session(int id, Status status, double powerKw = 0, int errors = 0)
{
    Ocpi::Session s;
    s.setText(Field::CountryCode, "NL");
    s.setText(Field::PartyId, "STK");
    s.setText(Field::Id, QByteArray::number(id).toStdString());
    s.status = status;
    s.startDateTime = kNow - 60'000;
    s.lastUpdated = kNow;
    s.kwh = 1.5;
    s.errorCount = quint16(errors);
    if (powerKw > 0) {
        s.addPeriod(s.startDateTime, {});
        s.addDimension({powerKw, Ocpi::CdrDimensionType::Power});
    }
    return s;
}

// Sessions, alerts over them and the overview on top, shown in an active window (keyboard shortcuts need one).
struct Fixture
{
    SessionTableModel sessions;
    int source = sessions.addSource("test");
    AlertModel alerts{&sessions};
    Views::OverviewView view{&sessions, &alerts};

    Fixture()
    {
        sessions.setTodayStart(0);
        alerts.setClock([] { return kNow; });
        view.setClock([] { return kNow; });
    }
    void merge(std::vector<Ocpi::Session> list)
    {
        std::vector<SessionTableModel::Incoming> batch;
        for (Ocpi::Session &s : list)
            batch.push_back({std::move(s), {}, {}, {}});
        sessions.merge(std::move(batch), source);
    }
    bool show()
    {
        view.show();
        view.activateWindow();
        return QTest::qWaitForWindowActive(&view);
    }
    QString tile(const char *name) const
    {
        const auto *w = view.findChild<QWidget *>(name);
        return w ? w->accessibleName() : QString();
    }
    const QLabel *labelNamed(const QString &accessibleName) const
    {
        const auto labels = view.findChildren<QLabel *>();
        for (const QLabel *l : labels) {
            if (l->accessibleName() == accessibleName)
                return l;
        }
        return nullptr;
    }
    QString label(const QString &accessibleName) const
    {
        const QLabel *l = labelNamed(accessibleName);
        return l ? l->text() : QString("(no label %1)").arg(accessibleName);
    }
};

} // namespace

class TestOverviewView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tilesFollowTheModel();
    void tilesInTheWidgetLocale();
    void connectionSection();
    void demoBanner();
    void activatingAnAlertEmitsItsSubject_data();
    void activatingAnAlertEmitsItsSubject();
    void acknowledgeFromTheKeyboard();
    void settingsDialogRoundTrip();
    void notifierWithoutATray();
};

void TestOverviewView::tilesFollowTheModel()
{
    Fixture f;
    f.view.setLocale(QLocale::c());
    QCOMPARE(f.tile("tile.active"), "Active sessions: 0");
    std::vector<Ocpi::Session> list;
    for (int i = 0; i < 3; ++i)
        list.push_back(session(i, Status::Active, 11));
    list.push_back(session(10, Status::Pending));
    list.push_back(session(11, Status::Completed, 0, 2));
    list.push_back(session(12, Status::Invalid));
    list.push_back(session(13, Status::Reservation));
    f.merge(std::move(list));
    QCOMPARE(f.tile("tile.active"), "Active sessions: 3");
    QCOMPARE(f.tile("tile.pending"), "Pending sessions: 1");
    QCOMPARE(f.tile("tile.completed"), "Completed sessions: 1");
    QCOMPARE(f.tile("tile.invalid"), "Invalid sessions: 1");
    QCOMPARE(f.tile("tile.reservation"), "Reservations: 1");
    QCOMPARE(f.tile("tile.power"), "Total power now: 33.0 kW");
    QCOMPARE(f.tile("tile.kwhToday"), "Energy today: 10.5 kWh");
    QCOMPARE(f.tile("tile.errors"), "With errors: 1");
    QCOMPARE(f.tile("tile.stale"), "Not listed: 0");

    f.sessions.markMissing(f.source, {});
    QCOMPARE(f.tile("tile.stale"), "Not listed: 7");
    QVERIFY(!f.view.findChild<QWidget *>("tile.active")->accessibleDescription().isEmpty());
}

void TestOverviewView::tilesInTheWidgetLocale()
{
    Fixture f;
    std::vector<Ocpi::Session> list;
    for (int i = 0; i < 1234; ++i)
        list.push_back(session(i, Status::Active, 2.5));
    f.merge(std::move(list));
    f.view.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(f.tile("tile.active"), "Active sessions: 1.234");
    QCOMPARE(f.tile("tile.power"), "Total power now: 3.085,0 kW");
    QCOMPARE(f.tile("tile.kwhToday"), "Energy today: 1.851,0 kWh");
}

void TestOverviewView::connectionSection()
{
    Fixture f;
    Views::ConnectionState s;
    s.endpoint = "cpo.example";
    s.lastPollEnd = kNow - 5000;
    s.lastPollOk = false;
    s.lastPollText = "connection refused";
    s.nextPollAt = kNow + 12'000;
    s.consecutiveFailures = 2;
    s.errorCause = "connection refused";
    f.view.setConnectionState(s);
    QCOMPARE(f.label("Endpoint"), "Endpoint: cpo.example");
    QCOMPARE(f.label("Last poll"), "Last poll FAILED at 11:59:55 UTC: connection refused");
    QCOMPARE(f.label("Next poll"), "Next poll in 12 s (at 12:00:12 UTC)");
    QCOMPARE(f.label("Failed polls"), "2 poll(s) in a row failed: connection refused"); // no translation loaded

    s.polling = true;
    s.consecutiveFailures = 0;
    f.view.setConnectionState(s);
    QCOMPARE(f.label("Next poll"), "Polling now…");
    QVERIFY(f.labelNamed("Failed polls")->isHidden());

    f.view.setTimeSpec(Qt::LocalTime);
    QCOMPARE(f.alerts.timeSpec(), Qt::LocalTime);
    const QString local = QDateTime::fromMSecsSinceEpoch(kNow - 5000, Qt::LocalTime).toString("HH:mm:ss t");
    QVERIFY2(f.label("Last poll").contains(local), qPrintable(f.label("Last poll")));
}

void TestOverviewView::demoBanner()
{
    Fixture f;
    const auto *banner = f.view.findChild<QLabel *>("demoBanner");
    QVERIFY(banner);
    QVERIFY(banner->isHidden());
    Views::ConnectionState s;
    s.endpoint = "127.0.0.1:8080";
    s.demo = true;
    f.view.setConnectionState(s);
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains("DEMO DATA"));
}

void TestOverviewView::activatingAnAlertEmitsItsSubject_data()
{
    QTest::addColumn<bool>("endpoint");
    QTest::newRow("session") << false;
    QTest::newRow("endpoint") << true;
}

void TestOverviewView::activatingAnAlertEmitsItsSubject()
{
    QFETCH(bool, endpoint);
    Fixture f;
    if (endpoint) {
        for (int i = 0; i < 3; ++i)
            f.alerts.endpointPollFinished("cpo.example", false, "timeout", kNow);
    } else {
        f.merge({session(7, Status::Invalid)});
    }
    QCOMPARE(f.alerts.rowCount(), 1);
    QVERIFY(f.show());
    QSignalSpy sessionSpy(&f.view, &Views::OverviewView::sessionActivated);
    QSignalSpy endpointSpy(&f.view, &Views::OverviewView::endpointActivated);
    QTableView *table = f.view.alertsTable();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(sessionSpy.count(), endpoint ? 0 : 1);
    QCOMPARE(endpointSpy.count(), endpoint ? 1 : 0);
    if (endpoint)
        QCOMPARE(endpointSpy.first().first().toString(), "cpo.example");
    else
        QCOMPARE(sessionSpy.first().first().toString(), "NL*STK*7");

    // A double-click does the same (the first click makes the item views see the second press as a double-click).
    const QRect cell = table->visualRect(table->model()->index(0, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(sessionSpy.count() + endpointSpy.count(), 2);
}

void TestOverviewView::acknowledgeFromTheKeyboard()
{
    Fixture f;
    f.merge({session(1, Status::Invalid), session(2, Status::Invalid), session(3, Status::Invalid)});
    QCOMPARE(f.alerts.rowCount(), 3);
    QVERIFY(f.show());
    QTableView *table = f.view.alertsTable();
    QVERIFY(!f.view.acknowledgeButton()->isEnabled()); // nothing selected
    QVERIFY(f.view.acknowledgeAllButton()->isEnabled());

    // Space on the list acknowledges the selected alert.
    table->setFocus();
    table->selectRow(1);
    QVERIFY(f.view.acknowledgeButton()->isEnabled());
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(f.alerts.alert(1).acknowledged);
    QVERIFY(!f.alerts.alert(0).acknowledged);
    QCOMPARE(f.alerts.unacknowledgedCount(), 2);
    QCOMPARE(f.alerts.rowCount(), 3);

    // The button by its focus and Space.
    table->selectRow(0);
    f.view.acknowledgeButton()->setFocus();
    QTest::keyClick(f.view.acknowledgeButton(), Qt::Key_Space);
    QVERIFY(f.alerts.alert(0).acknowledged);
    QVERIFY(!f.alerts.alert(2).acknowledged);

    // "Acknowledge all" by its mnemonic (a mnemonic clicks the button after a short animation).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
    QTRY_COMPARE(f.alerts.unacknowledgedCount(), 0);
    QVERIFY(!f.view.acknowledgeAllButton()->isEnabled());
    QCOMPARE(f.alerts.rowCount(), 3);
}

void TestOverviewView::settingsDialogRoundTrip()
{
    Alerts::AlertThresholds t;
    t.activeLongerThanHours = 30;
    t.noUpdate = false;
    t.flagErrors = false;
    t.endpointFailedPolls = 5;
    Views::AlertSettingsDialog dialog(t);
    QCOMPARE(dialog.thresholds(), t);
    auto *noUpdateSpin = dialog.findChild<QSpinBox *>("noUpdate.threshold");
    QVERIFY(noUpdateSpin);
    QVERIFY(!noUpdateSpin->isEnabled());

    dialog.findChild<QCheckBox *>("noUpdate")->setChecked(true);
    QVERIFY(noUpdateSpin->isEnabled());
    noUpdateSpin->setValue(20);
    dialog.findChild<QSpinBox *>("endpointSilent.threshold")->setValue(45);
    dialog.findChild<QCheckBox *>("flagInvalid")->setChecked(false);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(accepted.count(), 1);

    Alerts::AlertThresholds expected = t;
    expected.noUpdate = true;
    expected.noUpdateMinutes = 20;
    expected.endpointSilentMinutes = 45;
    expected.flagInvalid = false;
    QCOMPARE(dialog.thresholds(), expected);

    // Out of range values are not accepted by the spin boxes.
    auto *hours = dialog.findChild<QSpinBox *>("activeTooLong.threshold");
    hours->setValue(Alerts::AlertThresholds::kMaxHours + 10);
    QCOMPARE(dialog.thresholds().activeLongerThanHours, Alerts::AlertThresholds::kMaxHours);
}

void TestOverviewView::notifierWithoutATray()
{
    SessionTableModel sessions;
    AlertModel alerts(&sessions);
    Views::AlertNotifier notifier(&alerts);
    QCOMPARE(notifier.available(), QSystemTrayIcon::isSystemTrayAvailable());
    if (notifier.available())
        QSKIP("this desktop has a system tray: nothing more to check offscreen");
    // Alerts raised without a tray do nothing, and nothing breaks.
    alerts.endpointPollFinished("cpo.example", false, "timeout", 0);
    alerts.evaluateTimeRules(60 * 60 * 1000);
    QCOMPARE(alerts.rowCount(), 1);
}

QTEST_MAIN(TestOverviewView)
#include "tst_overviewview.moc"
