// The alerts model over a sessions table, under QAbstractItemModelTester (Fatal) throughout: each rule raised at
// its threshold and not below, raised once while it holds, removed when it stops holding, acknowledged alerts
// kept, endpoint failures and silence, rules turned off, the thresholds in QSettings, no model reset.
#include "alertmodel.h"
#include "alertrules.h"
#include "sessiontablemodel.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <time.h>

#include <memory>

using Alerts::Rule;
using Field = Ocpi::Session::Field;
using Status = Ocpi::SessionStatus;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
const qint64 kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

Ocpi::Session session(const QString &id, Status status, qint64 start, qint64 updated, int errors = 0)
{
    Ocpi::Session s;
    s.setText(Field::CountryCode, "NL");
    s.setText(Field::PartyId, "STK");
    s.setText(Field::Id, id.toStdString());
    s.status = status;
    s.startDateTime = start;
    s.lastUpdated = updated;
    s.errorCount = quint16(errors);
    s.kwh = 1;
    return s;
}

QString keyOf(const QString &id)
{
    return QStringLiteral("NL*STK*") + id.toUpper();
}

// A sessions table, the alerts over it on a clock the test sets, and spies on what the alerts model announces.
struct Fixture
{
    SessionTableModel sessions;
    int source = sessions.addSource("test");
    qint64 now = kNow;
    std::unique_ptr<AlertModel> alerts;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> raised;
    std::unique_ptr<QSignalSpy> resets;

    // `tested`: under QAbstractItemModelTester, which checks the whole model after each row signal (too slow for
    // thousands of signals).
    explicit Fixture(const Alerts::AlertThresholds &t = {}, bool tested = true)
    {
        alerts = std::make_unique<AlertModel>(&sessions);
        if (tested)
            tester = std::make_unique<QAbstractItemModelTester>(alerts.get(),
                                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
        alerts->setClock([this] { return now; });
        alerts->setThresholds(t);
        raised = std::make_unique<QSignalSpy>(alerts.get(), &AlertModel::alertRaised);
        resets = std::make_unique<QSignalSpy>(alerts.get(), &QAbstractItemModel::modelReset);
    }

    void merge(std::vector<Ocpi::Session> list)
    {
        std::vector<SessionTableModel::Incoming> batch;
        for (Ocpi::Session &s : list)
            batch.push_back({std::move(s), {}, {}, {}});
        sessions.merge(std::move(batch), source);
    }
    bool has(Rule rule, const QString &subject) const { return alerts->rowOf(rule, subject) >= 0; }
};

} // namespace

class TestAlertModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionRuleAtThreshold_data();
    void sessionRuleAtThreshold();
    void raisedOnceWhileItHolds();
    void clearedWhenTheConditionGoes_data();
    void clearedWhenTheConditionGoes();
    void staleSessionsLeaveTheTimeRules();
    void acknowledgeKeepsTheAlertListed();
    void acknowledgeAll();
    void endpointFailingPolls();
    void endpointSilent();
    void rulesTurnedOff();
    void thresholdChangeRewritesMessages();
    void modelColumnsAndRoles();
    void sessionsClearedDropSessionAlerts();
    void removedSourceTakesItsAlerts();
    void settingsRoundTrip();
    void settingsOutOfRangeTakeDefaults();
    void timeRulesOver100kRows();
    void manyRunsResolvedAtOnce_data();
    void manyRunsResolvedAtOnce();
};

void TestAlertModel::sessionRuleAtThreshold_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("startAgo");
    QTest::addColumn<qint64>("updatedAgo");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("rule");
    QTest::addColumn<bool>("raised");

    const int active = int(Status::Active);
    const int tooLong = int(Rule::ActiveTooLong);
    const int noUpdate = int(Rule::NoUpdate);
    // Defaults: ACTIVE longer than 12 h, no update for 60 min.
    QTest::newRow("active 12 h") << active << 12 * kHour << qint64(0) << 0 << tooLong << true;
    QTest::newRow("active 12 h less 1 ms") << active << 12 * kHour - 1 << qint64(0) << 0 << tooLong << false;
    QTest::newRow("completed 48 h") << int(Status::Completed) << 48 * kHour << qint64(0) << 0 << tooLong << false;
    QTest::newRow("no update 60 min") << active << kHour << kHour << 0 << noUpdate << true;
    QTest::newRow("no update 60 min less 1 ms") << active << kHour << kHour - 1 << 0 << noUpdate << false;
    QTest::newRow("pending, no update 2 h") << int(Status::Pending) << 2 * kHour << 2 * kHour << 0 << noUpdate
                                            << false;
    QTest::newRow("invalid") << int(Status::Invalid) << kHour << qint64(0) << 0 << int(Rule::Invalid) << true;
    QTest::newRow("active is not invalid") << active << kHour << qint64(0) << 0 << int(Rule::Invalid) << false;
    QTest::newRow("1 error") << int(Status::Completed) << kHour << qint64(0) << 1 << int(Rule::Errors) << true;
    QTest::newRow("no errors") << int(Status::Completed) << kHour << qint64(0) << 0 << int(Rule::Errors) << false;
}

void TestAlertModel::sessionRuleAtThreshold()
{
    QFETCH(int, status);
    QFETCH(qint64, startAgo);
    QFETCH(qint64, updatedAgo);
    QFETCH(int, errors);
    QFETCH(int, rule);
    QFETCH(bool, raised);

    Fixture f;
    f.merge({session("s1", Status(status), kNow - startAgo, kNow - updatedAgo, errors)});
    f.alerts->evaluateTimeRules(kNow);
    QCOMPARE(f.has(Rule(rule), keyOf("s1")), raised);
    QCOMPARE(f.raised->count(), f.alerts->rowCount());
    if (raised) {
        const int row = f.alerts->rowOf(Rule(rule), keyOf("s1"));
        QCOMPARE(f.alerts->alert(row).sessionRow, 0);
        QCOMPARE(f.alerts->alert(row).raisedAt, kNow);
    }
}

void TestAlertModel::raisedOnceWhileItHolds()
{
    Fixture f;
    for (int i = 0; i < 4; ++i) {
        f.now = kNow + i * kMinute;
        // A new last_updated each time: the row changes, the errors stay.
        f.merge({session("s1", Status::Active, kNow - kHour, f.now, 2)});
        f.alerts->evaluateTimeRules(f.now);
    }
    QCOMPARE(f.alerts->rowCount(), 1);
    QCOMPARE(f.raised->count(), 1);
    const auto a = f.raised->first().first().value<Alerts::Alert>();
    QCOMPARE(a.rule, Rule::Errors);
    QCOMPARE(a.subject, keyOf("s1"));
    QCOMPARE(a.raisedAt, kNow);
    QCOMPARE(f.resets->count(), 0);
}

void TestAlertModel::clearedWhenTheConditionGoes_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("startAgo");
    QTest::addColumn<qint64>("updatedAgo");
    QTest::addColumn<int>("errors");

    // Row 1: the session that raises `rule`; the same session then comes back updated now, valid, COMPLETED.
    QTest::newRow("active too long") << int(Rule::ActiveTooLong) << int(Status::Active) << 13 * kHour << qint64(0) << 0;
    QTest::newRow("no update") << int(Rule::NoUpdate) << int(Status::Active) << 3 * kHour << 2 * kHour << 0;
    QTest::newRow("invalid") << int(Rule::Invalid) << int(Status::Invalid) << kHour << kHour << 0;
    QTest::newRow("errors") << int(Rule::Errors) << int(Status::Completed) << kHour << kHour << 3;
}

void TestAlertModel::clearedWhenTheConditionGoes()
{
    QFETCH(int, rule);
    QFETCH(int, status);
    QFETCH(qint64, startAgo);
    QFETCH(qint64, updatedAgo);
    QFETCH(int, errors);

    Fixture f;
    f.merge({session("other", Status::Completed, kNow - kHour, kNow - kHour, 1), // an alert that stays
             session("s1", Status(status), kNow - startAgo, kNow - updatedAgo, errors)});
    f.alerts->evaluateTimeRules(kNow);
    QVERIFY(f.has(Rule(rule), keyOf("s1")));
    QVERIFY(f.has(Rule::Errors, keyOf("other")));

    QSignalSpy removed(f.alerts.get(), &QAbstractItemModel::rowsRemoved);
    f.now = kNow + kMinute;
    f.merge({session("s1", Status::Completed, kNow - startAgo, f.now)});
    QVERIFY(!f.has(Rule(rule), keyOf("s1")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(f.alerts->rowCount(), 1);
    QCOMPARE(f.alerts->unacknowledgedCount(), 1);
    QVERIFY(f.has(Rule::Errors, keyOf("other")));
    QCOMPARE(f.resets->count(), 0);
}

void TestAlertModel::staleSessionsLeaveTheTimeRules()
{
    Fixture f;
    f.merge({session("s1", Status::Active, kNow - 13 * kHour, kNow - 2 * kHour)});
    f.alerts->evaluateTimeRules(kNow);
    QCOMPARE(f.alerts->rowCount(), 2); // too long, no update
    f.sessions.markMissing(f.source, {});
    QCOMPARE(f.alerts->rowCount(), 0);
    f.alerts->evaluateTimeRules(kNow + kHour);
    QCOMPARE(f.alerts->rowCount(), 0);
}

void TestAlertModel::acknowledgeKeepsTheAlertListed()
{
    Fixture f;
    f.merge({session("s1", Status::Invalid, kNow - kHour, kNow - kHour)});
    QCOMPARE(f.alerts->rowCount(), 1);
    QCOMPARE(f.alerts->unacknowledgedCount(), 1);
    QSignalSpy changed(f.alerts.get(), &QAbstractItemModel::dataChanged);
    f.alerts->acknowledge(0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(f.alerts->index(0, 0).data(AlertModel::AcknowledgedRole).toBool());
    QVERIFY(f.alerts->index(0, AlertModel::Severity).data().toString().contains("acknowledged"));
    QCOMPARE(f.alerts->unacknowledgedCount(), 0);
    f.alerts->acknowledge(0); // already: nothing to announce
    QCOMPARE(changed.count(), 1);

    for (int i = 1; i <= 3; ++i) {
        f.now = kNow + i * kMinute;
        f.merge({session("s1", Status::Invalid, kNow - kHour, f.now)});
        f.alerts->evaluateTimeRules(f.now);
    }
    QCOMPARE(f.alerts->rowCount(), 1);
    QVERIFY(f.alerts->alert(0).acknowledged);
    QCOMPARE(f.raised->count(), 1);

    // Once resolved, the same condition later is a new alert.
    f.merge({session("s1", Status::Completed, kNow - kHour, kNow + 10 * kMinute)});
    QCOMPARE(f.alerts->rowCount(), 0);
    QCOMPARE(f.alerts->unacknowledgedCount(), 0);
    f.merge({session("s1", Status::Invalid, kNow - kHour, kNow + 11 * kMinute)});
    QCOMPARE(f.raised->count(), 2);
    QCOMPARE(f.alerts->unacknowledgedCount(), 1);
    QVERIFY(!f.alerts->alert(0).acknowledged);
}

void TestAlertModel::acknowledgeAll()
{
    Fixture f;
    f.merge({session("a", Status::Invalid, kNow, kNow), session("b", Status::Invalid, kNow, kNow),
             session("c", Status::Invalid, kNow, kNow)});
    f.alerts->acknowledge(1);
    QSignalSpy changed(f.alerts.get(), &QAbstractItemModel::dataChanged);
    f.alerts->acknowledgeAll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.alerts->unacknowledgedCount(), 0);
    QCOMPARE(f.alerts->rowCount(), 3);
    f.alerts->acknowledgeAll();
    QCOMPARE(changed.count(), 1);
}

void TestAlertModel::endpointFailingPolls()
{
    Fixture f; // 3 failed polls in a row
    const QString ep = "cpo.example";
    f.alerts->endpointPollFinished(ep, false, "connection refused", kNow);
    f.alerts->endpointPollFinished(ep, false, "connection refused", kNow + kMinute);
    QVERIFY(!f.has(Rule::EndpointFailing, ep));
    f.alerts->endpointPollFinished(ep, true, {}, kNow + 2 * kMinute); // a success starts the count again
    f.alerts->endpointPollFinished(ep, false, "timeout", kNow + 3 * kMinute);
    f.alerts->endpointPollFinished(ep, false, "timeout", kNow + 4 * kMinute);
    QVERIFY(!f.has(Rule::EndpointFailing, ep));
    f.alerts->endpointPollFinished(ep, false, "HTTP 503", kNow + 5 * kMinute);
    QVERIFY(f.has(Rule::EndpointFailing, ep));
    QCOMPARE(f.raised->count(), 1);
    const int row = f.alerts->rowOf(Rule::EndpointFailing, ep);
    QCOMPARE(f.alerts->alert(row).sessionRow, -1);
    QVERIFY(f.alerts->index(row, 0).data(AlertModel::ConcernsEndpointRole).toBool());
    QCOMPARE(f.alerts->index(row, 0).data(AlertModel::KeyRole).toString(), ep);
    QVERIFY(f.alerts->alert(row).message.contains("HTTP 503"));
    QVERIFY(f.alerts->alert(row).message.contains('3'));

    // A fourth failure names its cause, without raising the alert again.
    f.alerts->endpointPollFinished(ep, false, "HTTP 502", kNow + 6 * kMinute);
    QCOMPARE(f.raised->count(), 1);
    QVERIFY(f.alerts->alert(f.alerts->rowOf(Rule::EndpointFailing, ep)).message.contains("HTTP 502"));

    f.alerts->endpointPollFinished(ep, true, {}, kNow + 7 * kMinute);
    QVERIFY(!f.has(Rule::EndpointFailing, ep));
    QCOMPARE(f.alerts->rowCount(), 0);
}

void TestAlertModel::endpointSilent()
{
    Fixture f; // no successful poll for 15 min
    const QString ep = "cpo.example";
    f.alerts->watchEndpoint(ep, kNow);
    f.alerts->evaluateTimeRules(kNow + 15 * kMinute - 1);
    QVERIFY(!f.has(Rule::EndpointSilent, ep));
    f.alerts->evaluateTimeRules(kNow + 15 * kMinute);
    QVERIFY(f.has(Rule::EndpointSilent, ep));
    f.alerts->evaluateTimeRules(kNow + 20 * kMinute);
    QCOMPARE(f.raised->count(), 1);
    f.alerts->endpointPollFinished(ep, false, "timeout", kNow + 21 * kMinute); // still silent
    QVERIFY(f.has(Rule::EndpointSilent, ep));
    f.alerts->endpointPollFinished(ep, true, {}, kNow + 22 * kMinute);
    QVERIFY(!f.has(Rule::EndpointSilent, ep));
    f.alerts->evaluateTimeRules(kNow + 22 * kMinute + 15 * kMinute - 1);
    QCOMPARE(f.alerts->rowCount(), 0);
}

void TestAlertModel::rulesTurnedOff()
{
    Alerts::AlertThresholds off;
    off.activeTooLong = off.noUpdate = off.flagInvalid = off.flagErrors = off.endpointFailing = off.endpointSilent = false;
    Fixture f(off);
    f.merge({session("s1", Status::Active, kNow - 48 * kHour, kNow - 5 * kHour, 2),
             session("s2", Status::Invalid, kNow - kHour, kNow - kHour)});
    for (int i = 0; i < 5; ++i)
        f.alerts->endpointPollFinished("cpo.example", false, "timeout", kNow + i * kHour);
    f.alerts->evaluateTimeRules(kNow + 5 * kHour);
    QCOMPARE(f.alerts->rowCount(), 0);

    // Turning the rules on raises what holds; one off again removes its alerts only.
    f.now = kNow + 5 * kHour;
    f.alerts->setThresholds({});
    QVERIFY(f.has(Rule::ActiveTooLong, keyOf("s1")));
    QVERIFY(f.has(Rule::NoUpdate, keyOf("s1")));
    QVERIFY(f.has(Rule::Errors, keyOf("s1")));
    QVERIFY(f.has(Rule::Invalid, keyOf("s2")));
    QVERIFY(f.has(Rule::EndpointFailing, "cpo.example"));
    QVERIFY(f.has(Rule::EndpointSilent, "cpo.example"));
    QCOMPARE(f.alerts->rowCount(), 6);
    Alerts::AlertThresholds noErrors;
    noErrors.flagErrors = false;
    f.alerts->setThresholds(noErrors);
    QVERIFY(!f.has(Rule::Errors, keyOf("s1")));
    QCOMPARE(f.alerts->rowCount(), 5);
    QCOMPARE(f.resets->count(), 0);
}

void TestAlertModel::thresholdChangeRewritesMessages()
{
    Fixture f;
    f.merge({session("s1", Status::Active, kNow - 30 * kHour, kNow)});
    QVERIFY(f.alerts->alert(0).message.contains("12"));
    Alerts::AlertThresholds t;
    t.activeLongerThanHours = 24;
    f.alerts->setThresholds(t);
    QCOMPARE(f.alerts->rowCount(), 1);
    QVERIFY(f.alerts->alert(0).message.contains("24"));
    QCOMPARE(f.raised->count(), 1);
}

void TestAlertModel::modelColumnsAndRoles()
{
    Fixture f;
    f.merge({session("s1", Status::Invalid, kNow, kNow)});
    const QModelIndex row = f.alerts->index(0, 0);
    QCOMPARE(f.alerts->index(0, AlertModel::Severity).data().toString(), "Critical");
    QCOMPARE(f.alerts->index(0, AlertModel::Raised).data().toString(), "2024-05-01 12:00:00");
    QCOMPARE(f.alerts->index(0, AlertModel::Concerns).data().toString(), "Session NL*STK*S1");
    QCOMPARE(f.alerts->index(0, AlertModel::Message).data().toString(), "Status turned INVALID");
    QCOMPARE(row.data(AlertModel::KeyRole).toString(), keyOf("s1"));
    QCOMPARE(row.data(AlertModel::RuleRole).toInt(), int(Rule::Invalid));
    QCOMPARE(row.data(AlertModel::SeverityRole).toInt(), int(Alerts::Severity::Critical));
    QCOMPARE(row.data(AlertModel::RaisedAtRole).toLongLong(), kNow);
    QVERIFY(!row.data(AlertModel::ConcernsEndpointRole).toBool());
    QCOMPARE(f.alerts->headerData(AlertModel::Raised, Qt::Horizontal).toString(), "Raised (UTC)");
    QSignalSpy header(f.alerts.get(), &QAbstractItemModel::headerDataChanged);
    f.alerts->setTimeSpec(Qt::LocalTime);
    QCOMPARE(header.count(), 1);
    // The zone of the fixture's clock (1 May: summer time in Amsterdam).
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
    QCOMPARE(f.alerts->headerData(AlertModel::Raised, Qt::Horizontal).toString(), "Raised (CEST)");
    qunsetenv("TZ");
    tzset();
}

void TestAlertModel::sessionsClearedDropSessionAlerts()
{
    Fixture f;
    f.merge({session("s1", Status::Invalid, kNow, kNow)});
    f.alerts->endpointPollFinished("cpo.example", false, "x", kNow);
    f.alerts->endpointPollFinished("cpo.example", false, "x", kNow);
    f.alerts->endpointPollFinished("cpo.example", false, "x", kNow);
    QCOMPARE(f.alerts->rowCount(), 2);
    f.sessions.clear();
    QCOMPARE(f.alerts->rowCount(), 1);
    QVERIFY(f.has(Rule::EndpointFailing, "cpo.example"));
    // The rows are new sessions now: one at row 0 is checked afresh.
    f.merge({session("s2", Status::Invalid, kNow, kNow)});
    QVERIFY(f.has(Rule::Invalid, keyOf("s2")));
    QVERIFY(!f.has(Rule::Invalid, keyOf("s1")));
    QCOMPARE(f.resets->count(), 0);
}

void TestAlertModel::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath("osm.ini"), QSettings::IniFormat);
    QCOMPARE(Alerts::AlertThresholds::load(settings), Alerts::AlertThresholds{}); // nothing saved: the defaults

    Alerts::AlertThresholds t;
    t.activeTooLong = false;
    t.activeLongerThanHours = 30;
    t.noUpdateMinutes = 5;
    t.flagInvalid = false;
    t.endpointFailedPolls = 7;
    t.endpointSilent = false;
    t.endpointSilentMinutes = 90;
    t.save(settings);
    settings.sync();
    QCOMPARE(settings.value("alerts/endpointFailedPolls").toInt(), 7);

    QSettings reread(dir.filePath("osm.ini"), QSettings::IniFormat);
    QCOMPARE(Alerts::AlertThresholds::load(reread), t);
}

void TestAlertModel::settingsOutOfRangeTakeDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("osm.ini"), QSettings::IniFormat);
    settings.setValue("alerts/activeLongerThanHours", 0);
    settings.setValue("alerts/noUpdateMinutes", "soon");
    settings.setValue("alerts/endpointFailedPolls", Alerts::AlertThresholds::kMaxPolls + 1);
    settings.setValue("alerts/endpointSilentMinutes", 20);
    Alerts::AlertThresholds expected;
    expected.endpointSilentMinutes = 20;
    QCOMPARE(Alerts::AlertThresholds::load(settings), expected);
}

void TestAlertModel::timeRulesOver100kRows()
{
    Fixture f;
    constexpr int kRows = 100'000;
    std::vector<Ocpi::Session> list;
    list.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        list.push_back(session(QString::number(i), i % 2 ? Status::Active : Status::Completed,
                               kNow - i % 1000 * kMinute / 10, kNow - i % 500 * kMinute / 10));
    f.merge(std::move(list));
    QCOMPARE(f.alerts->rowCount(), 0); // nothing old enough yet

    QElapsedTimer timer;
    timer.start();
    f.alerts->evaluateTimeRules(kNow);
    const qint64 quiet = timer.elapsed();
    QCOMPARE(f.alerts->rowCount(), 0);
    timer.restart();
    f.alerts->evaluateTimeRules(kNow + 11 * kHour); // some ACTIVE ones pass 12 h, all pass 60 min without update
    const qint64 raising = timer.elapsed();
    qInfo("time rules over %d rows: %lld ms with nothing to raise, %lld ms raising %d alerts", kRows, quiet, raising,
          f.alerts->rowCount());
    QVERIFY(f.alerts->rowCount() > kRows / 2);
}

void TestAlertModel::manyRunsResolvedAtOnce_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<bool>("tested");
    QTest::newRow("10 runs: a removal each, model tester") << 10 << true;
    QTest::newRow("300 runs: one layout change, model tester") << 300 << true;
    QTest::newRow("20000") << 20'000 << false;
}

void TestAlertModel::manyRunsResolvedAtOnce()
{
    // Two alerts per session, interleaved (INVALID, errors, INVALID, ...); then every INVALID one resolves: one
    // removal run per session, in one pass.
    QFETCH(int, sessions);
    QFETCH(bool, tested);
    Fixture f({}, tested);
    const int kSessions = sessions;
    std::vector<Ocpi::Session> list;
    for (int i = 0; i < kSessions; ++i)
        list.push_back(session(QString::number(i), Status::Invalid, kNow - kHour, kNow - kHour, 1));
    f.merge(std::move(list));
    QCOMPARE(f.alerts->rowCount(), 2 * kSessions);
    f.alerts->acknowledge(1); // errors of session 0
    QCOMPARE(f.alerts->unacknowledgedCount(), 2 * kSessions - 1);

    QSignalSpy removed(f.alerts.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(f.alerts.get(), &QAbstractItemModel::layoutChanged);
    const QPersistentModelIndex keptErrors = f.alerts->index(3, 0);     // session 1's errors: row 1 afterwards
    const QPersistentModelIndex resolvedInvalid = f.alerts->index(2, 0); // session 1's INVALID: gone
    list.clear();
    for (int i = 0; i < kSessions; ++i)
        list.push_back(session(QString::number(i), Status::Completed, kNow - kHour, kNow, 1));
    QElapsedTimer timer;
    timer.start();
    f.merge(std::move(list));
    const qint64 elapsed = timer.elapsed();
    qInfo("%d alerts resolved in %lld ms", kSessions, elapsed);
    // A removal per run while there are few; beyond that, one layout change (each removal costs a sorted view of
    // the alerts O(alerts)).
    const bool fewRuns = kSessions <= 16;
    QCOMPARE(removed.count(), fewRuns ? kSessions : 0);
    QCOMPARE(layout.count(), fewRuns ? 0 : 1);
    QCOMPARE(keptErrors.row(), 1);
    QCOMPARE(keptErrors.data(AlertModel::KeyRole).toString(), keyOf("1"));
    QVERIFY(!resolvedInvalid.isValid());
    QCOMPARE(f.alerts->rowCount(), kSessions);
    QCOMPARE(f.alerts->unacknowledgedCount(), kSessions - 1);
    QVERIFY(f.alerts->alert(0).acknowledged);
    for (int row = 0; row < kSessions; ++row) {
        QCOMPARE(f.alerts->alert(row).rule, Rule::Errors);
        QCOMPARE(f.alerts->alert(row).subject, keyOf(QString::number(row)));
    }
    QCOMPARE(f.resets->count(), 0);
}

void TestAlertModel::removedSourceTakesItsAlerts()
{
    Fixture f;
    const int file = f.sessions.addSource("file");
    f.merge({session("A", Status::Invalid, kNow - kHour, kNow - kHour)});
    std::vector<SessionTableModel::Incoming> batch;
    batch.push_back({session("F", Status::Invalid, kNow - kHour, kNow - kHour), {}, {}, {}});
    f.sessions.merge(std::move(batch), file);
    f.merge({session("B", Status::Invalid, kNow - kHour, kNow - kHour)}); // row 2, after the file's row
    QCOMPARE(f.alerts->rowCount(), 3);

    QCOMPARE(f.sessions.removeSource(file), 1);
    QCOMPARE(f.alerts->rowCount(), 2);
    QVERIFY(!f.has(Rule::Invalid, keyOf("F")));
    QVERIFY(f.has(Rule::Invalid, keyOf("A")));
    QVERIFY(f.has(Rule::Invalid, keyOf("B")));
    QCOMPARE(f.resets->count(), 0);

    // B moved up to row 1: its alert still follows it, and resolves when B does.
    f.merge({session("B", Status::Completed, kNow - kHour, kNow)});
    QVERIFY(!f.has(Rule::Invalid, keyOf("B")));
    QVERIFY(f.has(Rule::Invalid, keyOf("A")));
    QCOMPARE(f.alerts->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
