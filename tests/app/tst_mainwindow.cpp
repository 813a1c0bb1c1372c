// The main window as a user meets it, offscreen: the built-in demo CPO fills the table; files given together are
// read one after the other into the same table, each a source of its own, a broken one keeping what was read;
// reading shows progress and can be cancelled; a file read again replaces its rows; a source can be cleared;
// drag and drop; recent files; the table exported as CSV; the UTC/local switch. Several endpoints (real simulators
// as profiles) watched at once, one stopped, the set watched again by a new window; the offline cache (a real
// SQLite file in a temporary directory): cached sessions shown at start before any poll, marked, kept through a
// failed poll, then resumed from the stored watermark (checked on the simulator's side); a damaged cache set aside
// and a newer one refused, live watching going on.
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

#include "ocpi/datetime.h"
#include "ocpi/sessionvalidator.h"
#include "store/sessioncache.h"

#include <QtCore/QMimeData>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
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
    void severalEndpointsAtOnce();
    void cachedSessionsAtStartThenResume();
    void corruptCacheIsSetAsideAndLiveGoesOn();
    void newerCacheIsRefusedAndLiveGoesOn();

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
    // Each test its own offline cache, in the temporary directory (never the user's data location).
    QSettings().setValue("cache/file", m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + ".sqlite"));
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
    QCOMPARE(w.watchedProfiles(), QStringList{id});
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
    QVERIFY(w.watchedProfiles().isEmpty());
    QCOMPARE(w.sessionsModel()->sourceCount(), 0);
    QVERIFY(!w.watchProfile("no-such-id"));
}


// --- Several endpoints, the offline cache ------------------------------------------------------------------------

namespace {

// A profile of the window's store for a simulator, its token in a plain-text file so that a second window (with a
// vault of its own) finds it too.
QString addProfile(App::MainWindow &w, const QString &name, const Ocpi::Sim::Simulator &sim)
{
    Profiles::EndpointProfile p;
    p.name = name;
    p.url = sim.versionsUrl();
    p.intervalSecs = 3600; // polls come from the test (pollAll) after the first
    const QString id = w.profileStore()->add(p);
    if (id.isEmpty() || !w.tokenVault()->storeBlocking(id, sim.token(), Profiles::StoreMode::PlainTextFile).ok)
        return {};
    return id;
}

int sourceIdOf(const SessionTableModel &model, const QString &sourceName)
{
    for (int id = 0; id < model.sourceCount(); ++id) {
        if (model.sourceName(id) == sourceName)
            return id;
    }
    return -1;
}

QString sourceState(App::MainWindow &w, const QString &sourceName)
{
    QTreeWidget *tree = w.sourcesView()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == sourceName)
            return tree->topLevelItem(i)->text(2);
    }
    return {};
}

// The same world each time it starts with the same seed; the session ids of each get a prefix of their own, or two
// simulators would list the same keys.
Ocpi::Sim::Options simOptions(int sessions, const QString &token, quint64 seed)
{
    Ocpi::Sim::Options options;
    options.sessionIdPrefix = token.section('-', 0, 0).toUpper() + '-';
    options.sessions = sessions;
    options.token = token;
    options.seed = seed;
    return options;
}

} // namespace

void TestMainWindow::severalEndpointsAtOnce()
{
    Ocpi::Sim::Simulator north;
    north.setOptions(simOptions(20, "north-token", 11));
    QVERIFY2(north.start(), qPrintable(north.errorString()));
    Ocpi::Sim::Simulator south;
    south.setOptions(simOptions(30, "south-token", 12));
    QVERIFY2(south.start(), qPrintable(south.errorString()));
    int northRequests = 0;
    int southRequests = 0;
    connect(&north, &Ocpi::Sim::Simulator::requestServed, this, [&] { ++northRequests; });
    connect(&south, &Ocpi::Sim::Simulator::requestServed, this, [&] { ++southRequests; });

    QString northId;
    QString southId;
    {
        App::MainWindow w;
        w.show();
        northId = addProfile(w, "North", north);
        southId = addProfile(w, "South", south);
        QVERIFY(!northId.isEmpty() && !southId.isEmpty());
        QVERIFY(w.watchProfile(northId));
        QVERIFY(w.watchProfile(southId)); // beside North, not instead of it
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*w.sessionsModel(), "profile North"), 20, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*w.sessionsModel(), "profile South"), 30, 20000);
        QCOMPARE(w.watchedSources().size(), 2);
        // No translation is loaded: "(s)" stays.
        QTRY_VERIFY_WITH_TIMEOUT(w.liveStatusLabel()->text().startsWith("2 endpoint(s): 2 ok"), 20000);
        QCOMPARE(w.overview()->connectionState().endpoint, QString("profile North, profile South"));
        QVERIFY(w.sourcesView()->tree()->topLevelItemCount() == 2);
        QCOMPARE(QSet<QString>(w.watchedProfiles().cbegin(), w.watchedProfiles().cend()), QSet<QString>({northId, southId}));

        // Watching one again does not add it twice: it is polled now (one sessions request, the rest is known).
        const int northFirst = northRequests;
        QVERIFY(w.watchProfile(northId));
        QTRY_VERIFY_WITH_TIMEOUT(w.statusLabel()->text().contains("watched already"), 10000);
        QCOMPARE(w.watchedSources().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(northRequests, northFirst + 1, 20000);

        // Stop North from the Sources pane: its rows stay, it is no longer polled; South goes on.
        const int northSource = sourceIdOf(*w.sessionsModel(), "profile North");
        auto *side = qobject_cast<QTabWidget *>(w.sourcesView()->parentWidget()->parentWidget());
        QVERIFY(side);
        side->setCurrentWidget(w.sourcesView());
        w.sourcesView()->setCurrentSource(northSource);
        QVERIFY(w.sourcesView()->stopButton()->isEnabled());
        QTest::mouseClick(w.sourcesView()->stopButton(), Qt::LeftButton);
        QCOMPARE(w.watchedSources().size(), 1);
        QVERIFY(!w.isWatched(northSource));
        QVERIFY(!w.sourcesView()->stopButton()->isEnabled()); // a stopped endpoint cannot be stopped again
        QCOMPARE(rowsOf(*w.sessionsModel(), "profile North"), 20);
        QVERIFY2(sourceState(w, "profile North").startsWith("not watched"), qPrintable(sourceState(w, "profile North")));
        QCOMPARE(w.watchedProfiles(), QStringList{southId});
        QVERIFY(w.liveStatusLabel()->text().startsWith("Endpoint " + south.versionsUrl().toDisplayString()));

        const int northBefore = northRequests;
        const int southBefore = southRequests;
        w.pollAll();
        QTRY_VERIFY_WITH_TIMEOUT(southRequests > southBefore, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.liveStatusLabel()->text().contains("last poll"), 20000);
        QCOMPARE(northRequests, northBefore);
        QCOMPARE(rowsOf(*w.sessionsModel(), "profile South"), 30);

        // Delete clears the stopped source's rows and its line, as for a file.
        QVERIFY(w.sourcesView()->tree()->topLevelItemCount() == 2);
        w.sourcesView()->setCurrentSource(northSource);
        w.sourcesView()->tree()->setFocus();
        QTest::keyClick(w.sourcesView()->tree(), Qt::Key_Delete);
        QCOMPARE(rowsOf(*w.sessionsModel(), "profile North"), 0);
        QCOMPARE(w.sourcesView()->tree()->topLevelItemCount(), 1);

        // North again, then the window closes with both watched.
        QVERIFY(w.watchProfile(northId));
        QTRY_COMPARE_WITH_TIMEOUT(w.watchedSources().size(), 2, 10000);
        w.close();
    }

    // A new window watches the same set again.
    App::MainWindow again;
    again.show();
    QCOMPARE(QSet<QString>(again.watchedProfiles().cbegin(), again.watchedProfiles().cend()), QSet<QString>({northId, southId}));
    QVERIFY(!again.demoWatched());
    QVERIFY(again.restoreWatches());
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*again.sessionsModel(), "profile North"), 20, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*again.sessionsModel(), "profile South"), 30, 20000);
    QCOMPARE(again.watchedSources().size(), 2);
}

void TestMainWindow::cachedSessionsAtStartThenResume()
{
    const Ocpi::Sim::Options options = simOptions(25, "cache-token", 13);
    auto sim = std::make_unique<Ocpi::Sim::Simulator>();
    sim->setOptions(options);
    QVERIFY2(sim->start(), qPrintable(sim->errorString()));
    const quint16 port = sim->serverPort();
    const QUrl url = sim->versionsUrl();
    const QString cacheFile = QSettings().value("cache/file").toString();

    // Window A watches the endpoint: its sessions go to the cache with the watermark of the completed sync.
    QString id;
    {
        App::MainWindow a;
        a.show();
        id = addProfile(a, "Cached CPO", *sim);
        QVERIFY(!id.isEmpty());
        QVERIFY(a.watchProfile(id));
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*a.sessionsModel(), "profile Cached CPO"), 25, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(a.liveStatusLabel()->text().contains("last poll"), 20000);
        QVERIFY(a.cacheProblem().isEmpty());
        a.close();
    } // the cache's thread finishes its writes before the window is gone

    qint64 watermark = Ocpi::kNoTime;
    {
        Ocpi::Store::SessionCache cache;
        QVERIFY2(cache.open(cacheFile), qPrintable(cache.errorString()));
        const QString key = Ocpi::Store::SessionCache::endpointKey(url);
        watermark = cache.watermark(key);
        QVERIFY(watermark != Ocpi::kNoTime);
        const auto stored = cache.load(key);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 25);
    }

    // The endpoint is gone. Window B shows the cached sessions at once, marked, and keeps them when the poll fails.
    sim.reset();
    App::MainWindow b;
    b.show();
    QAbstractItemModelTester table(b.liveView()->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(b.restoreWatches());
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*b.sessionsModel(), "profile Cached CPO"), 25, 20000);
    // The rows are put in before the first poll is started, so none can have finished yet.
    QVERIFY2(!b.liveStatusLabel()->text().contains("last poll"), qPrintable(b.liveStatusLabel()->text()));
    const SessionTableModel &m = *b.sessionsModel();
    for (int row = 0; row < m.rowCount(); ++row) {
        QVERIFY(m.index(row, Status).data(CachedSeenRole).toLongLong() > 0);
        QVERIFY2(m.index(row, Status).data().toString().endsWith("(cached)"), qPrintable(m.index(row, Status).data().toString()));
        QVERIFY(m.index(row, Status).data(Qt::ToolTipRole).toString().contains("last seen"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(sourceState(b, "profile Cached CPO").contains("25 session(s) from the offline cache, last seen"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(b.liveStatusLabel()->text().contains("last poll FAILED"), 60000);
    QVERIFY(sourceState(b, "profile Cached CPO").startsWith("FAILED"));
    QVERIFY(sourceState(b, "profile Cached CPO").contains("25 session(s) from the offline cache"));
    QCOMPARE(rowsOf(m, "profile Cached CPO"), 25);

    // The endpoint is back on the same URL: B's next poll asks for what changed since the stored watermark.
    Ocpi::Sim::Simulator back;
    back.setOptions(options);
    QVERIFY2(back.start(port), qPrintable(back.errorString()));
    QCOMPARE(back.versionsUrl(), url);
    QList<Ocpi::Sim::RequestRecord> requests;
    connect(&back, &Ocpi::Sim::Simulator::requestServed, this,
            [&](const Ocpi::Sim::RequestRecord &r) { requests.append(r); });
    b.pollAll();
    QTRY_VERIFY_WITH_TIMEOUT(b.liveStatusLabel()->text().contains("last poll") && !b.liveStatusLabel()->text().contains("FAILED"),
                             30000);
    const auto first = std::find_if(requests.cbegin(), requests.cend(),
                                    [](const Ocpi::Sim::RequestRecord &r) { return r.path.endsWith("/sessions"); });
    QVERIFY(first != requests.cend());
    const QString dateFrom = QUrlQuery(first->query).queryItemValue("date_from", QUrl::FullyDecoded);
    const Ocpi::DateTimeParse asked = Ocpi::parseDateTime(dateFrom.toStdString());
    QVERIFY2(asked.ok(), qPrintable(dateFrom));
    QCOMPARE(asked.msecs, watermark);

    // The table holds the simulator's sessions, as they are now.
    const QList<Ocpi::Sim::SessionSnapshot> now = back.currentSessions();
    QCOMPARE(rowsOf(m, "profile Cached CPO"), int(now.size()));
    for (const Ocpi::Sim::SessionSnapshot &s : now) {
        Ocpi::SessionValidator validator;
        Ocpi::Findings findings;
        const Ocpi::Session parsed = validator.validate(std::string_view(s.json.constData(), size_t(s.json.size())), &findings);
        const int row = m.rowOf(SessionTableModel::keyOf(parsed));
        QVERIFY2(row >= 0, qPrintable(s.id));
        QCOMPARE(m.session(row).lastUpdated, s.lastUpdated);
    }

    // Sessions ▸ Forget cached sessions of: the endpoint's sessions and watermark leave the cache.
    QVERIFY(b.forgetCache(sourceIdOf(m, "profile Cached CPO")));
    QTRY_VERIFY_WITH_TIMEOUT(b.statusLabel()->text().startsWith("Forgot"), 20000);
    Ocpi::Store::SessionCache cache;
    QVERIFY2(cache.open(cacheFile), qPrintable(cache.errorString()));
    const QString key = Ocpi::Store::SessionCache::endpointKey(url);
    QCOMPARE(cache.watermark(key), Ocpi::kNoTime);
    const auto left = cache.load(key);
    QVERIFY(left);
    QVERIFY(left->isEmpty());
}

void TestMainWindow::corruptCacheIsSetAsideAndLiveGoesOn()
{
    const QString cacheFile = QSettings().value("cache/file").toString();
    {
        QFile f(cacheFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, it is a shopping list\n");
    }
    Ocpi::Sim::Simulator sim;
    sim.setOptions(simOptions(12, "corrupt-token", 14));
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    App::MainWindow w;
    w.show();
    const QString id = addProfile(w, "After damage", sim);
    QVERIFY(w.watchProfile(id));
    QTRY_VERIFY_WITH_TIMEOUT(!w.cacheProblem().isEmpty(), 20000);
    QVERIFY2(w.cacheProblem().contains("set aside"), qPrintable(w.cacheProblem()));
    // Live watching goes on, and the pane says what happened to the cache in words.
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*w.sessionsModel(), "profile After damage"), 12, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(w.liveStatusLabel()->text().contains("last poll"), 20000);
    QVERIFY2(sourceState(w, "profile After damage").contains("set aside"), qPrintable(sourceState(w, "profile After damage")));
    const QStringList setAside = QDir(m_dir.path()).entryList({QFileInfo(cacheFile).fileName() + ".corrupt-*"}, QDir::Files);
    QCOMPARE(setAside.size(), 1);
    // The new cache works: the poll was stored.
    w.close();
}

void TestMainWindow::newerCacheIsRefusedAndLiveGoesOn()
{
    // A cache written by a newer version is refused and left alone; the endpoint is watched without it.
    const QString cacheFile = QSettings().value("cache/file").toString();
    {
        Ocpi::Store::SessionCache cache;
        QVERIFY(cache.open(cacheFile));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "newer");
        db.setDatabaseName(cacheFile);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QString("PRAGMA user_version = %1").arg(Ocpi::Store::SessionCache::kSchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase("newer");
    Ocpi::Sim::Simulator sim;
    sim.setOptions(simOptions(7, "newer-token", 15));
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    App::MainWindow w;
    w.show();
    QVERIFY(w.watchProfile(addProfile(w, "Beside a newer cache", sim)));
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(*w.sessionsModel(), "profile Beside a newer cache"), 7, 20000);
    QVERIFY2(w.cacheProblem().contains("newer version"), qPrintable(w.cacheProblem()));
    QTRY_VERIFY_WITH_TIMEOUT(w.liveStatusLabel()->text().contains("last poll"), 20000);
    QVERIFY2(sourceState(w, "profile Beside a newer cache").contains("offline cache not available"),
             qPrintable(sourceState(w, "profile Beside a newer cache")));
    QVERIFY(QDir(m_dir.path()).entryList({QFileInfo(cacheFile).fileName() + ".corrupt-*"}, QDir::Files).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
