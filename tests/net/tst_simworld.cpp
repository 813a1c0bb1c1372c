// The simulator's world without the network: every session it publishes is valid OCPI 2.2.1 under our own
// validator over hundreds of ticks (unless the `invalid` fault breaks it on purpose), the seeded clock and world
// are deterministic, sessions stay in creation order, and the life cycle covers every status.
#include "net/simulator/faults.h"
#include "net/simulator/jsonwriter.h"
#include "net/simulator/simulator.h"

#include "ocpi/datetime.h"
#include "ocpi/finding.h"
#include "ocpi/session.h"
#include "ocpi/sessionvalidator.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtTest/QtTest>

using namespace Ocpi;
using namespace Ocpi::Sim;

Q_DECLARE_METATYPE(Ocpi::Sim::Faults)

class TstSimWorld : public QObject
{
    Q_OBJECT

private:
    struct Checked
    {
        Session session;
        Findings findings;
    };
    Checked check(const QByteArray &json)
    {
        Checked c;
        c.session = m_validator.validate(std::string_view(json.constData(), size_t(json.size())), &c.findings);
        return c;
    }
    static QString describe(const Findings &findings)
    {
        QStringList lines;
        for (const Finding &f : findings)
            lines << QStringLiteral("%1 %2 %3 %4").arg(severityName(f.severity), f.path, f.code, f.message);
        return lines.join(u'\n');
    }
    static Options seeded(quint64 seed, int sessions, int secondsPerTick)
    {
        Options o;
        o.seed = seed;
        o.sessions = sessions;
        o.secondsPerTick = secondsPerTick;
        return o;
    }

    SessionValidator m_validator;

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("ocpi.sim.info=false")); }

    void everySessionValidOverManyTicks_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<int>("secondsPerTick");
        QTest::addColumn<int>("ticks");
        QTest::newRow("seed 1, 100 sessions, 1-minute ticks") << quint64(1) << 100 << 60 << 600;
        QTest::newRow("seed 7, 60 sessions, 5-minute ticks") << quint64(7) << 60 << 300 << 300;
        QTest::newRow("seed 42, 30 sessions, 10-second ticks") << quint64(42) << 30 << 10 << 900;
        QTest::newRow("seed 3, no history, 1-minute ticks") << quint64(3) << 0 << 60 << 400;
        QTest::newRow("seed 99, 500 sessions, 17-second ticks") << quint64(99) << 500 << 17 << 300;
    }
    void everySessionValidOverManyTicks()
    {
        QFETCH(quint64, seed);
        QFETCH(int, sessions);
        QFETCH(int, secondsPerTick);
        QFETCH(int, ticks);
        Simulator sim;
        sim.setOptions(seeded(seed, sessions, secondsPerTick));
        QCOMPARE(sim.now(), kSeededEpoch);
        QCOMPARE(sim.sessionCount(), sessions);

        qsizetype checkedCount = 0;
        const auto checkAll = [&](const QList<SessionSnapshot> &snapshots) {
            for (const SessionSnapshot &s : snapshots) {
                QVERIFY2(s.lastUpdated <= sim.now(), qPrintable(s.id));
                const Checked c = check(s.json);
                ++checkedCount;
                QVERIFY2(c.session.errorCount == 0 && c.session.warningCount == 0,
                         qPrintable(s.id + u'\n' + describe(c.findings) + u'\n' + QString::fromUtf8(s.json)));
                QCOMPARE(c.session.text(Session::Field::Id), s.id);
                QCOMPARE(c.session.lastUpdated, s.lastUpdated);
            }
        };
        checkAll(sim.currentSessions());
        qsizetype previousCount = sim.sessionCount();
        for (int t = 1; t <= ticks; ++t) {
            sim.tick();
            QCOMPARE(sim.now(), kSeededEpoch + qint64(t) * secondsPerTick * 1000);
            // What changed in this tick is stamped with the new time; new sessions are among them.
            const QList<SessionSnapshot> changed = sim.currentSessions(sim.now());
            for (const SessionSnapshot &s : changed)
                QCOMPARE(s.lastUpdated, sim.now());
            QVERIFY(changed.size() >= sim.sessionCount() - previousCount);
            previousCount = sim.sessionCount();
            checkAll(changed);
            if (QTest::currentTestFailed())
                return;
        }
        checkAll(sim.currentSessions());
        QVERIFY(sim.sessionCount() > sessions); // new sessions arrived
        QVERIFY(checkedCount > sim.sessionCount());
    }

    // Over a simulated day every status occurs, with the details that make sessions realistic.
    void lifecycleCoversEveryStatus()
    {
        Simulator sim;
        sim.setOptions(seeded(1, 200, 60));
        QSet<QString> statuses;
        bool soc = false, notAvailable = false, reservationTime = false, completedWithCost = false, dcPower = false,
             acPower = false, pendingToActive = false;
        QHash<QString, QString> previousStatus;
        for (int t = 0; t <= 24 * 60; ++t) {
            if (t > 0)
                sim.tick();
            const QList<SessionSnapshot> changed = sim.currentSessions(t > 0 ? sim.now() : kNoTime);
            for (const SessionSnapshot &s : changed) {
                const QJsonObject o = QJsonDocument::fromJson(s.json).object();
                const QString status = o.value(u"status").toString();
                statuses.insert(status);
                if (previousStatus.value(s.id) == u"PENDING" && status == u"ACTIVE") {
                    pendingToActive = true;
                    QCOMPARE(o.value(u"start_date_time").toString(), formatDateTimeUtc(sim.now()));
                }
                previousStatus.insert(s.id, status);
                notAvailable |= o.value(u"evse_uid").toString() == u"#NA";
                if (status == u"COMPLETED" && o.contains(u"total_cost")) {
                    const QJsonObject cost = o.value(u"total_cost").toObject();
                    completedWithCost |= o.contains(u"end_date_time") && cost.value(u"incl_vat").toDouble() > cost.value(u"excl_vat").toDouble();
                }
                const QJsonArray periods = o.value(u"charging_periods").toArray();
                for (const QJsonValue &p : periods) {
                    const QJsonArray dims = p.toObject().value(u"dimensions").toArray();
                    for (const QJsonValue &dv : dims) {
                        const QString type = dv.toObject().value(u"type").toString();
                        const double volume = dv.toObject().value(u"volume").toDouble();
                        soc |= type == u"STATE_OF_CHARGE";
                        reservationTime |= type == u"RESERVATION_TIME";
                        if (type == u"POWER") {
                            dcPower |= volume > 40;   // DC
                            acPower |= volume < 23;   // AC 3.7-22 kW
                            QVERIFY2(volume > 0 && volume <= 350, qPrintable(s.id));
                        }
                    }
                }
            }
        }
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("PENDING"), QStringLiteral("ACTIVE"), QStringLiteral("COMPLETED"), QStringLiteral("INVALID"), QStringLiteral("RESERVATION")}));
        QVERIFY(soc);
        QVERIFY(notAvailable);
        QVERIFY(reservationTime);
        QVERIFY(completedWithCost);
        QVERIFY(dcPower);
        QVERIFY(acPower);
        QVERIFY(pendingToActive);
    }

    void seededWorldIsDeterministic()
    {
        Simulator a, b, c;
        a.setOptions(seeded(5, 80, 60));
        b.setOptions(seeded(5, 80, 60));
        c.setOptions(seeded(6, 80, 60));
        for (int t = 0; t < 120; ++t) {
            a.tick();
            b.tick();
            c.tick();
        }
        const QList<SessionSnapshot> sa = a.currentSessions(), sb = b.currentSessions(), sc = c.currentSessions();
        QCOMPARE(sa.size(), sb.size());
        for (qsizetype i = 0; i < sa.size(); ++i) {
            QCOMPARE(sa[i].id, sb[i].id);
            QCOMPARE(sa[i].lastUpdated, sb[i].lastUpdated);
            QCOMPARE(sa[i].json, sb[i].json);
        }
        bool differs = sa.size() != sc.size();
        for (qsizetype i = 0; !differs && i < sa.size(); ++i)
            differs = sa[i].json != sc[i].json;
        QVERIFY(differs);
        QCOMPARE(a.seed(), quint64(5));
    }

    void unseededClockFollowsTheWallClock()
    {
        Simulator sim;
        Options o;
        o.sessions = 10;
        sim.setOptions(o);
        QVERIFY(qAbs(sim.now() - QDateTime::currentMSecsSinceEpoch()) < 5000);
        const qint64 before = sim.now();
        sim.tick();
        QCOMPARE(sim.now(), before + 1000); // real time: a tick is a second
    }

    void sessionsStayInCreationOrder()
    {
        Simulator sim;
        sim.setOptions(seeded(11, 40, 120));
        QList<SessionSnapshot> before = sim.currentSessions();
        for (int t = 0; t < 200; ++t)
            sim.tick();
        const QList<SessionSnapshot> after = sim.currentSessions();
        QVERIFY(after.size() > before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].id, QStringLiteral("SIM-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
            if (i < before.size()) {
                QCOMPARE(after[i].id, before[i].id);
                QVERIFY(after[i].lastUpdated >= before[i].lastUpdated); // last_updated never goes back
            }
        }
    }

    void timerTicks()
    {
        Simulator sim;
        Options o = seeded(2, 5, 30);
        o.tickIntervalMs = 20;
        sim.setOptions(o);
        QVERIFY(!sim.isTicking());
        QSignalSpy spy(&sim, &Simulator::ticked);
        sim.setTicking(true);
        QVERIFY(sim.isTicking());
        QTRY_VERIFY(spy.size() >= 3);
        sim.setTicking(false);
        QVERIFY(!sim.isTicking());
        QCOMPARE(spy.last().at(0).toLongLong(), sim.now());
        QCOMPARE(sim.now(), kSeededEpoch + qint64(spy.size()) * 30 * 1000);
    }

    void timerTicksOnAWorkerThread()
    {
        // The app runs the simulator on its own thread: its timer must move with it.
        QThread thread;
        auto *sim = new Simulator;
        Options o = seeded(2, 5, 30);
        o.tickIntervalMs = 20;
        sim->setOptions(o);
        sim->moveToThread(&thread);
        connect(&thread, &QThread::finished, sim, &QObject::deleteLater);
        QSignalSpy spy(sim, &Simulator::ticked);
        thread.start();
        QMetaObject::invokeMethod(sim, [sim] { sim->setTicking(true); }, Qt::BlockingQueuedConnection);
        QTRY_VERIFY(spy.size() >= 3);
        QMetaObject::invokeMethod(sim, [sim] { sim->setTicking(false); }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void invalidFault_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("minInvalid");
        QTest::addColumn<int>("maxInvalid");
        QTest::newRow("every session") << 1.0 << 120 << 120;
        QTest::newRow("about a third") << 0.33 << 20 << 60;
        QTest::newRow("none") << 0.0 << 0 << 0;
    }
    void invalidFault()
    {
        QFETCH(double, rate);
        QFETCH(int, minInvalid);
        QFETCH(int, maxInvalid);
        Simulator sim;
        Options o = seeded(8, 120, 60);
        o.faults = Fault::Invalid;
        o.faultRate = rate;
        sim.setOptions(o);
        const QSet<QString> expected{QStringLiteral("type.mismatch"), QStringLiteral("field.required"), QStringLiteral("enum.reserved"), QStringLiteral("datetime.offset")};
        QSet<QString> seen;
        int invalid = 0;
        const QList<SessionSnapshot> all = sim.currentSessions();
        for (const SessionSnapshot &s : all) {
            const Checked c = check(s.json);
            if (c.session.isValid())
                continue;
            ++invalid;
            for (const Finding &f : c.findings) {
                if (f.severity == Severity::Error) {
                    QVERIFY2(expected.contains(f.code), qPrintable(describe(c.findings)));
                    seen.insert(f.code);
                }
            }
        }
        QVERIFY2(invalid >= minInvalid && invalid <= maxInvalid, qPrintable(QString::number(invalid)));
        if (rate == 1.0)
            QCOMPARE(seen, expected);
        // The same sessions stay broken the same way.
        sim.tick();
        const QList<SessionSnapshot> later = sim.currentSessions();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (later[i].lastUpdated == all[i].lastUpdated)
                QCOMPARE(later[i].json, all[i].json);
        }
    }

    void parseFaults_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Faults>("faults");
        QTest::newRow("empty") << QString() << true << Faults();
        QTest::newRow("two") << QStringLiteral("500,429") << true << (Fault::Http500 | Fault::Http429);
        QTest::newRow("spaces, case, empty items") << QStringLiteral(" slow , TRUNCATED ,,") << true << (Fault::Slow | Fault::Truncated);
        QTest::newRow("status codes") << QStringLiteral("2001,3000") << true << (Fault::Status2001 | Fault::Status3000);
        QTest::newRow("others") << QStringLiteral("linkloop,invalid,badtoken") << true
                                << (Fault::LinkLoop | Fault::Invalid | Fault::BadToken);
        QTest::newRow("unknown") << QStringLiteral("500,bogus") << false << Faults();
    }
    void parseFaults()
    {
        QFETCH(QString, list);
        QFETCH(bool, ok);
        QFETCH(Faults, faults);
        Faults parsed;
        QString error;
        QCOMPARE(Ocpi::Sim::parseFaults(list, &parsed, &error), ok);
        if (!ok) {
            QVERIFY2(error.contains(u"bogus"), qPrintable(error));
            return;
        }
        QCOMPARE(parsed, faults);
        Faults again;
        QVERIFY(Ocpi::Sim::parseFaults(faultList(parsed), &again));
        QCOMPARE(again, faults);
    }

    void everyFaultHasAName()
    {
        Faults all;
        for (const Fault f : allFaults()) {
            QVERIFY(!faultName(f).isEmpty());
            all |= f;
        }
        QCOMPARE(faultList(all), QStringLiteral("500,429,2001,3000,slow,truncated,linkloop,invalid,badtoken"));
    }

    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("rounded") << 12.3456 << 3 << QByteArray("12.346");
        QTest::newRow("trailing zeros") << 12.5 << 3 << QByteArray("12.5");
        QTest::newRow("zero") << 0.0 << 3 << QByteArray("0");
        QTest::newRow("no minus zero") << -0.0001 << 3 << QByteArray("0");
        QTest::newRow("power") << 7.4 << 2 << QByteArray("7.4");
        QTest::newRow("integer") << 100.0 << 1 << QByteArray("100");
        QTest::newRow("negative") << -3.25 << 2 << QByteArray("-3.25");
    }
    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QByteArray, text);
        QCOMPARE(Ocpi::Sim::formatNumber(value, decimals), text);
    }

    void jsonWriterKeepsOrderAndEscapes()
    {
        JsonWriter w;
        w.beginObject().field("b", "x\"y\\z\n\x01").key("a").beginArray().integer(1).number(2.5, 1).raw("null");
        w.beginObject().endObject().endArray().field("c", 0.1, 3).endObject();
        const QByteArray json = w.take();
        QCOMPARE(json, QByteArray("{\"b\":\"x\\\"y\\\\z\\n\\u0001\",\"a\":[1,2.5,null,{}],\"c\":0.1}"));
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
};

QTEST_GUILESS_MAIN(TstSimWorld)
#include "tst_simworld.moc"
