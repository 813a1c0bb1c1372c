// The main window as a user meets it, offscreen: the built-in demo CPO fills the table; files given together are
// read one after the other into the same table, each a source of its own, a broken one keeping what was read;
// reading shows progress and can be cancelled; a file read again replaces its rows; a source can be cleared;
// drag and drop; recent files; the table exported as CSV; the UTC/local switch.
#include "alertmodel.h"
#include "livesessionsview.h"
#include "overviewview.h"
#include "chartwidget.h"
#include "sessionchartsview.h"
#include "sessiondetailsview.h"
#include "mainwindow.h"
#include "sessionfilterproxy.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"
#include "sourcesview.h"

#include "net/simulator/simulator.h"
#include "profiles/endpointprofile.h"
#include "profiles/profilestore.h"
#include "profiles/tokenvault.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QMimeData>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAccessible>
#include <QtGui/QAction>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace SessionModel;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(OSM_FIXTURES "/reader/") + QLatin1StringView(name);
}

int rowsOf(const SessionTableModel &model, const QString &sourceName)
{
    for (int id = 0; id < model.sourceCount(); ++id) {
        if (model.sourceName(id) == sourceName)
            return model.rowCountOf(id);
    }
    return -1;
}

// A large array file of valid sessions (about 1 KB each).
QString writeLargeFile(const QString &dir, int sessions)
{
    QFile f(dir + "/large.json");
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("[");
    for (int i = 0; i < sessions; ++i) {
        if (i)
            f.write(",\n");
        f.write(R"({"country_code":"NL","party_id":"BIG","id":"L)" + QByteArray::number(i)
                + R"(","start_date_time":"2024-05-01T10:00:00Z","end_date_time":"2024-05-01T11:00:00Z","kwh":11.5,)"
                  R"("cdr_token":{"country_code":"NL","party_id":"TST","uid":"04A1B2C3","type":"RFID","contract_id":"NL-TST-C1"},)"
                  R"("auth_method":"WHITELIST","location_id":"LOC1","evse_uid":"EVSE1","connector_id":"1","currency":"EUR",)"
                  R"("charging_periods":[{"start_date_time":"2024-05-01T10:00:00Z","dimensions":[{"type":"ENERGY","volume":11.5}]}],)"
                  R"("status":"COMPLETED","last_updated":"2024-05-01T11:00:00Z"})");
    }
    f.write("]");
    return f.fileName();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void demoFillsTheTable();
    void filesSideBySide();
    void progressAndCancel();
    void readAgainReplacesAndClearRemoves();
    void folderOpensItsJsonFiles();
    void dropOpensFiles();
    void alertSelectsItsSession();
    void exportTableFollowsTheView();
    void utcSwitch();
    void geometryRemembered();
    void everyControlHasAnAccessibleName();
    void watchAProfileBesideAFile();
    void profileWithoutATokenIsNotWatched();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings of their own, not the user's
    QCoreApplication::setOrganizationName("ocpi-session-monitor-test");
    QCoreApplication::setApplicationName("tst_mainwindow");
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::demoFillsTheTable()
{
    App::MainWindow w;
    w.show();
    // The models as the views see them (the table's display proxy over the sort/filter proxy, the alerts).
    QAbstractItemModelTester table(w.liveView()->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester alerts(w.overview()->alertsTable()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.startLive(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(w.sessionsModel()->rowCount() >= 100, 20000);
    QVERIFY(w.liveView()->table()->model()->rowCount() >= 100);
    QTRY_VERIFY_WITH_TIMEOUT(w.liveStatusLabel()->text().contains("last poll"), 20000);
    QVERIFY(w.liveStatusLabel()->text().startsWith("DEMO DATA"));
    QCOMPARE(w.sourcesView()->tree()->topLevelItemCount(), 1);
    QCOMPARE(w.sourcesView()->tree()->topLevelItem(0)->text(1), QLocale().toString(w.sessionsModel()->rowCount()));
    // Every session row says where it came from.
    QCOMPARE(w.sessionsModel()->index(0, Source).data().toString(), QString("demo CPO"));
}

void TestMainWindow::filesSideBySide()
{
    App::MainWindow w;
    w.show();
    w.openFiles({fixture("array.json"), fixture("truncated.json"), fixture("sessions.ndjson")});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    const SessionTableModel &m = *w.sessionsModel();
    QCOMPARE(rowsOf(m, "file array.json"), 3);
    QVERIFY(rowsOf(m, "file truncated.json") >= 1); // what came before the cut is kept
    QVERIFY(rowsOf(m, "file sessions.ndjson") >= 1);
    QCOMPARE(m.rowCount(), rowsOf(m, "file array.json") + rowsOf(m, "file truncated.json") + rowsOf(m, "file sessions.ndjson"));

    // The broken file is marked failed with its cause and place in words.
    QTreeWidget *tree = w.sourcesView()->tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    const QString state = tree->topLevelItem(1)->text(2);
    QVERIFY2(state.startsWith("FAILED: ") && state.contains("line"), qPrintable(state));
    QVERIFY(w.statusLabel()->text().contains("sessions.ndjson"));
    // The source filter offers each file.
    QComboBox *sources = w.liveView()->sourceCombo();
    QCOMPARE(sources->count(), 4); // all + 3 files
    sources->setCurrentIndex(sources->findText("file array.json"));
    QCOMPARE(w.liveView()->table()->model()->rowCount(), 3);
    // Recent files, newest first.
    QCOMPARE(w.recentFiles().value(0), QFileInfo(fixture("sessions.ndjson")).absoluteFilePath());
    QCOMPARE(w.recentFiles().size(), 3);
    // Each record keeps its text for the details pane.
    QVERIFY(m.json(0).startsWith('{'));
}

void TestMainWindow::progressAndCancel()
{
    const QString path = writeLargeFile(m_dir.path(), 60000); // ~60 MB
    QVERIFY(!path.isEmpty());
    App::MainWindow w;
    w.show();
    auto *progress = w.findChild<QProgressBar *>();
    QPushButton *cancel = nullptr;
    for (QPushButton *b : w.findChildren<QPushButton *>()) {
        if (b->accessibleName() == "Cancel reading")
            cancel = b;
    }
    QVERIFY(progress && cancel);
    w.openFile(path);
    QVERIFY(w.isReading());
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    // The first rows arrive before the file is finished; then Cancel stops it and keeps them.
    QTRY_VERIFY_WITH_TIMEOUT(w.sessionsModel()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000);
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    const int kept = w.sessionsModel()->rowCount();
    QVERIFY2(kept > 0 && kept < 60000, qPrintable(QString::number(kept)));
    QVERIFY(!progress->isVisible());
    QVERIFY(w.statusLabel()->text().startsWith("Cancelled"));
    QVERIFY(w.sourcesView()->tree()->topLevelItem(0)->text(2).startsWith("cancelled"));
}

void TestMainWindow::readAgainReplacesAndClearRemoves()
{
    App::MainWindow w;
    w.show();
    QAbstractItemModelTester table(w.liveView()->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.openFiles({fixture("array.json"), fixture("sessions.ndjson")});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    SessionTableModel &m = *w.sessionsModel();
    const int total = m.rowCount();
    // Select the first session of the second file: row 3, below the array file's three.
    QCOMPARE(m.sourceName(m.sourceId(3)), QString("file sessions.ndjson"));
    const QString selectedKey = m.key(3);
    w.liveView()->selectSourceRow(3);

    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    w.openFile(fixture("array.json"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    QCOMPARE(m.rowCount(), total); // replaced, not doubled
    QCOMPARE(rowsOf(m, "file array.json"), 3);
    QCOMPARE(m.rowOf(selectedKey), 0); // moved up
    QCOMPARE(w.liveView()->currentSourceRow(), 0);

    // A change to the session now at row 3 does not take over the details of the selected one.
    const QString otherKey = m.key(3);
    QVERIFY(otherKey != selectedKey);
    QByteArray changed = m.json(3);
    QVERIFY(changed.contains("\"last_updated\""));
    changed.replace("\"last_updated\"", "\"last_updated\":\"2030-01-01T00:00:00Z\",\"x_was_last_updated\"");
    Ocpi::SessionValidator validator;
    std::vector<SessionTableModel::Incoming> batch(1);
    batch[0].session = validator.validate(std::string_view(changed.constData(), size_t(changed.size())), &batch[0].findings);
    batch[0].json = changed;
    QCOMPARE(m.merge(std::move(batch), m.sourceId(3)).changed, 1);
    const QString shown = w.detailsView()->jsonView()->toPlainText();
    QVERIFY(!shown.contains("2030-01-01T00:00:00Z"));
    QVERIFY2(shown.contains("\"id\": \"" + m.session(0).text(Ocpi::Session::Field::Id) + '"'), qPrintable(shown.left(200)));

    // Clear the array file from the sources pane with the keyboard (Delete).
    QTreeWidget *tree = w.sourcesView()->tree();
    auto *side = qobject_cast<QTabWidget *>(w.sourcesView()->parentWidget()->parentWidget());
    QVERIFY(side);
    side->setCurrentWidget(w.sourcesView());
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == "file array.json")
            tree->setCurrentItem(tree->topLevelItem(i));
    }
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(m.rowCount(), total - 3);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(w.liveView()->sourceCombo()->findText("file array.json"), -1);
    QCOMPARE(m.key(w.liveView()->currentSourceRow()), selectedKey);
}

void TestMainWindow::folderOpensItsJsonFiles()
{
    App::MainWindow w;
    w.show();
    w.openFiles({QStringLiteral(OSM_FIXTURES "/spec")});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    QCOMPARE(rowsOf(*w.sessionsModel(), "file session_example_1_simple_start.json"), 1);
    QCOMPARE(rowsOf(*w.sessionsModel(), "file session_example_2_short_finished.json"), 1);
    QCOMPARE(w.sessionsModel()->rowCount(), 2); // README.md and the copyright text are not read
}

void TestMainWindow::dropOpensFiles()
{
    App::MainWindow w;
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture("array.json")), QUrl::fromLocalFile(fixture("sessions.ndjson"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    QCOMPARE(rowsOf(*w.sessionsModel(), "file array.json"), 3);
    QVERIFY(rowsOf(*w.sessionsModel(), "file sessions.ndjson") > 0);
}

void TestMainWindow::alertSelectsItsSession()
{
    // The spec's example 2 has no errors; a session that is INVALID raises an alert. A click on the alert
    // selects the session in the table and shows its details.
    const QString path = m_dir.filePath("invalid.json");
    {
        QFile in(QStringLiteral(OSM_FIXTURES "/spec/session_example_2_short_finished.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("\"COMPLETED\"", "\"INVALID\"");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    App::MainWindow w;
    w.show();
    w.openFiles({QStringLiteral(OSM_FIXTURES "/spec/session_example_1_simple_start.json"), path});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    QCOMPARE(w.sessionsModel()->rowCount(), 2);
    // Example 1 is ACTIVE since 2015 (active too long); example 2 now INVALID.
    AlertModel *alerts = w.alertModel();
    QTRY_COMPARE(alerts->rowCount(), 2);
    int invalidRow = -1;
    for (int r = 0; r < alerts->rowCount(); ++r) {
        if (alerts->alert(r).rule == Alerts::Rule::Invalid)
            invalidRow = r;
    }
    QVERIFY(invalidRow >= 0);
    QCOMPARE(alerts->alert(invalidRow).subject, w.sessionsModel()->key(1));
    auto *table = w.overview()->alertsTable();
    const QModelIndex cell = table->model()->index(invalidRow, 2);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(w.liveView()->currentSourceRow(), 1);
    QCOMPARE(w.detailsView()->fieldsView()->model()->rowCount() > 0, true);
    QVERIFY(w.detailsView()->jsonView()->toPlainText().contains("\"INVALID\""));
    // Its charging periods are charted; nothing selected, nothing charted.
    QVERIFY(!w.sessionCharts()->chart()->isEmptyStateShown());
    w.liveView()->table()->selectionModel()->clearCurrentIndex();
    QVERIFY(w.sessionCharts()->chart()->isEmptyStateShown());
    QVERIFY(w.detailsView()->jsonView()->toPlainText().isEmpty());
}

void TestMainWindow::exportTableFollowsTheView()
{
    App::MainWindow w;
    w.show();
    w.openFiles({fixture("array.json"), fixture("sessions.ndjson")});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    QComboBox *sources = w.liveView()->sourceCombo();
    sources->setCurrentIndex(sources->findText("file array.json"));
    w.liveView()->table()->setColumnHidden(Cost, true); // hidden columns are not exported
    const QString path = m_dir.filePath("table.csv");
    QVERIFY(w.exportTableCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 3);
    QVERIFY(lines[0].startsWith("status,session_id,"));
    QVERIFY(!lines[0].contains("cost"));
    QVERIFY(lines[1].contains("file array.json"));

    // Findings of the selection as JSON: the validate report.
    w.liveView()->table()->selectRow(0);
    const QString report = m_dir.filePath("findings.json");
    QVERIFY(w.exportFindings(report, App::MainWindow::FindingsScope::Selection, App::MainWindow::FindingsFormat::Json));
    QFile r(report);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(r.readAll()).object();
    QCOMPARE(doc.value("summary").toObject().value("sessions").toInt(), 1);
    // A path that cannot be written is refused with a message, not a crash.
    QVERIFY(!w.exportTableCsv(m_dir.filePath("no/such/dir/table.csv")));
}

void TestMainWindow::utcSwitch()
{
    App::MainWindow w;
    w.show();
    QToolButton *zone = nullptr;
    for (QToolButton *b : w.findChildren<QToolButton *>()) {
        if (b->accessibleName() == "Time zone")
            zone = b;
    }
    QVERIFY(zone);
    QCOMPARE(w.sessionsModel()->timeSpec(), Qt::UTC); // the default
    QCOMPARE(zone->text(), QString("Times: UTC"));
    zone->click();
    QCOMPARE(w.sessionsModel()->timeSpec(), Qt::LocalTime);
    QVERIFY(zone->text().startsWith("Times: local ("));
    QCOMPARE(QSettings().value("view/utc").toBool(), false);
    // Remembered by the next window.
    App::MainWindow next;
    QCOMPARE(next.sessionsModel()->timeSpec(), Qt::LocalTime);
}

void TestMainWindow::geometryRemembered()
{
    {
        App::MainWindow w;
        w.show();
        w.resize(1250, 720);
        w.liveView()->table()->setColumnHidden(Auth, true);
        w.close();
    }
    App::MainWindow again;
    again.show();
    QCOMPARE(again.size(), QSize(1250, 720));
    QVERIFY(again.liveView()->table()->isColumnHidden(Auth));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    // What a screen reader reads (AT-SPI asks QAccessible): every control that takes the keyboard focus, on
    // every tab of the side pane, has a name.
    App::MainWindow w;
    w.show();
    w.openFiles({QStringLiteral(OSM_FIXTURES "/spec/session_example_2_short_finished.json")});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);
    w.liveView()->selectSourceRow(0);
    auto *side = qobject_cast<QTabWidget *>(w.sourcesView()->parentWidget()->parentWidget());
    QVERIFY(side);
    QStringList unnamed;
    for (int tab = 0; tab < side->count(); ++tab) {
        side->setCurrentIndex(tab);
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className()) + " in "
                               + QString::fromLatin1(widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "-");
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
}

void TestMainWindow::watchAProfileBesideAFile()
{
    // A second CPO (the simulator, with its own token) as a stored profile; the token goes through the
    // window's vault (the system keychain, or this session's memory where there is none, as here).
    Ocpi::Sim::Simulator cpo;
    Ocpi::Sim::Options options;
    options.sessions = 30;
    cpo.setOptions(options);
    QVERIFY2(cpo.start(), qPrintable(cpo.errorString()));

    App::MainWindow w;
    w.show();
    w.openFile(fixture("array.json"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isReading(), 20000);

    Profiles::EndpointProfile p;
    p.name = "Test CPO";
    p.url = cpo.versionsUrl();
    p.intervalSecs = 60;
    const QString id = w.profileStore()->add(p);
    QVERIFY(!id.isEmpty());
    QVERIFY(w.tokenVault()->storeBlocking(id, cpo.token()).ok);
    QVERIFY(w.watchProfile(id));
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*w.sessionsModel(), "profile Test CPO"), 30, 20000);
    QVERIFY(w.liveStatusLabel()->text().startsWith("Endpoint " + cpo.versionsUrl().toDisplayString()));
    // The file's sessions stay beside the endpoint's.
    QCOMPARE(rowsOf(*w.sessionsModel(), "file array.json"), 3);
    QCOMPARE(w.sessionsModel()->rowCount(), 33);
    QCOMPARE(w.lastWatchedProfile(), id);
    QVERIFY(w.sourcesView()->tree()->topLevelItemCount() >= 2);
}

void TestMainWindow::profileWithoutATokenIsNotWatched()
{
    App::MainWindow w;
    w.show();
    Profiles::EndpointProfile p;
    p.name = "No token";
    p.url = QUrl("http://127.0.0.1:9/ocpi/versions");
    const QString id = w.profileStore()->add(p);
    QVERIFY(w.watchProfile(id));
    // The answer comes from the vault; the window says what to do and watches nothing.
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QMessageBox *>() != nullptr, 10000);
    const QString text = w.findChild<QMessageBox *>()->text();
    QVERIFY2(text.startsWith("No credentials token is available for the profile No token."), qPrintable(text));
    QVERIFY2(text.contains("Endpoint profiles"), qPrintable(text));
    QVERIFY(w.lastWatchedProfile().isEmpty());
    QCOMPARE(w.sessionsModel()->sourceCount(), 0);
    QVERIFY(!w.watchProfile("no-such-id"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
