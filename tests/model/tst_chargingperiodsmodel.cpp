// ChargingPeriodsModel under QAbstractItemModelTester: one column per dimension type present with its unit in the
// header, end = next start (the last: end_date_time), durations, raw values for sorting, the time spec in the
// headers, and the timing rules (overlap, outside the session, gap before the first period) in flags and words.
#include "chargingperiodsmodel.h"
#include "detailsroles.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using Flags = ChargingPeriodsModel::Flags;

namespace {

Ocpi::Session parse(const QByteArray &json)
{
    Ocpi::SessionValidator v;
    return v.validate(std::string_view(json.constData(), size_t(json.size())), nullptr);
}

Ocpi::Session example2()
{
    QFile f(QStringLiteral(OSM_FIXTURES "/spec/session_example_2_short_finished.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    return parse(f.readAll());
}

// A session from start to end (none when empty) with periods at the given times ("HH:MM" on 2024-05-01, UTC),
// each with the given ENERGY volume.
Ocpi::Session session(const QString &start, const QString &end, const QStringList &periods,
                      const QList<double> &energy = {})
{
    auto at = [](const QString &hhmm) { return QStringLiteral("2024-05-01T%1:00Z").arg(hhmm); };
    QJsonArray list;
    for (int i = 0; i < periods.size(); ++i) {
        const double volume = i < energy.size() ? energy[i] : 1.0;
        list.append(QJsonObject{{"start_date_time", at(periods[i])},
                                {"dimensions", QJsonArray{QJsonObject{{"type", "ENERGY"}, {"volume", volume}}}}});
    }
    QJsonObject o{{"country_code", "NL"}, {"party_id", "STK"}, {"id", "1"}, {"start_date_time", at(start)},
                  {"kwh", 1},           {"charging_periods", list}, {"status", end.isEmpty() ? "ACTIVE" : "COMPLETED"},
                  {"last_updated", at("23:00")}};
    if (!end.isEmpty())
        o.insert("end_date_time", at(end));
    return parse(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList headers(const QAbstractItemModel &m)
{
    QStringList h;
    for (int c = 0; c < m.columnCount(); ++c)
        h << m.headerData(c, Qt::Horizontal).toString();
    return h;
}

} // namespace

class TestChargingPeriodsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsAndValues()
    {
        ChargingPeriodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(headers(model), QStringList({"Start (UTC)", "End (UTC)", "Duration (h:mm)", "Tariff", "Timing"}));
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        model.setSession(example2());
        QCOMPARE(headers(model), QStringList({"Start (UTC)", "End (UTC)", "Duration (h:mm)", "Energy (kWh)",
                                              "Max current (A)", "Min current (A)", "Parking time (h)", "Tariff",
                                              "Timing"}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("0")); // as in /charging_periods/0
        QCOMPARE(model.columnOf(Ocpi::CdrDimensionType::MinCurrent), 5);
        QCOMPARE(model.columnOf(Ocpi::CdrDimensionType::Power), -1);
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("ENERGY (mod_cdrs 10.4.3 CdrDimensionType)"));

        // End is the next period's start; the last ends with the session (mod_cdrs 10.4.6).
        QCOMPARE(model.index(0, ChargingPeriodsModel::StartColumn).data().toString(), QStringLiteral("2015-06-29 22:39:09"));
        QCOMPARE(model.index(0, ChargingPeriodsModel::EndColumn).data().toString(), QStringLiteral("2015-06-29 22:40:54"));
        QCOMPARE(model.index(2, ChargingPeriodsModel::EndColumn).data().toString(), QStringLiteral("2015-06-29 23:50:16"));
        QCOMPARE(model.index(1, ChargingPeriodsModel::DurationColumn).data().toString(), QStringLiteral("0:26"));
        QCOMPARE(model.index(1, ChargingPeriodsModel::DurationColumn).data(DetailsModel::RawValueRole).toLongLong(),
                 qint64(26 * 60 + 15) * 1000);
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("41,000"));
        QCOMPARE(model.index(1, 3).data(DetailsModel::RawValueRole).toDouble(), 41000.0);
        QVERIFY(model.index(1, 4).data().toString().isEmpty()); // no MAX_CURRENT in period 1
        QVERIFY(!model.index(1, 4).data(DetailsModel::RawValueRole).isValid());
        QCOMPARE(model.index(2, model.tariffColumn()).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(2, 0).data(DetailsModel::PointerRole).toString(), QStringLiteral("/charging_periods/2"));
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model.flags(r), Flags(ChargingPeriodsModel::NoFlags));

        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("41.000"));
        QCOMPARE(model.index(2, 6).data().toString(), QStringLiteral("0,718"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void openSession()
    {
        ChargingPeriodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(session("10:00", QString(), {"10:00", "10:30"}));
        QVERIFY(model.index(1, ChargingPeriodsModel::EndColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, ChargingPeriodsModel::DurationColumn).data(DetailsModel::RawValueRole).isValid());
    }

    void timeSpec()
    {
        ChargingPeriodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(example2());
        QSignalSpy headersChanged(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTimeSpec(Qt::LocalTime);
        QCOMPARE(headersChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Start (local time)"));
    }

    void timing_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<QList<double>>("energy");
        QTest::addColumn<QList<int>>("flags");
        QTest::addColumn<QString>("timing"); // of the last flagged row
        using M = ChargingPeriodsModel;
        QTest::newRow("in order") << "10:00" << "12:00" << QStringList{"10:00", "10:30", "11:00"} << QList<double>{}
                                  << QList<int>{0, 0, 0} << QString();
        QTest::newRow("all-zero period is not a gap")
            << "10:00" << "12:00" << QStringList{"10:00", "10:30", "11:00"} << QList<double>{5, 0, 5}
            << QList<int>{0, 0, 0} << QString();
        QTest::newRow("same start") << "10:00" << "12:00" << QStringList{"10:00", "10:30", "10:30"} << QList<double>{}
                                    << QList<int>{0, 0, M::Overlap} << "Overlap: starts together with period 1";
        QTest::newRow("out of order") << "10:00" << "12:00" << QStringList{"10:00", "11:00", "10:30"} << QList<double>{}
                                      << QList<int>{0, 0, M::Overlap} << "Overlap: starts before period 1";
        QTest::newRow("before the session") << "10:00" << "12:00" << QStringList{"09:30", "10:30"} << QList<double>{}
                                            << QList<int>{M::Outside, 0} << "Outside: starts before the session";
        QTest::newRow("after the session") << "10:00" << "12:00" << QStringList{"10:00", "12:30"} << QList<double>{}
                                           << QList<int>{0, M::Outside} << "Outside: starts after the session ended";
        QTest::newRow("gap before the first") << "10:00" << "12:00" << QStringList{"10:45", "11:00"} << QList<double>{}
                                              << QList<int>{M::Gap, 0}
                                              << "Gap: the session's first 0:45 (h:mm) are in no period";
        QTest::newRow("several") << "10:00" << "12:00" << QStringList{"10:15", "12:30", "12:30"} << QList<double>{}
                                 << QList<int>{M::Gap, M::Outside, M::Overlap | M::Outside}
                                 << "Overlap: starts together with period 1; Outside: starts after the session ended";
    }
    void timing()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QStringList, periods);
        QFETCH(QList<double>, energy);
        QFETCH(QList<int>, flags);
        QFETCH(QString, timing);
        ChargingPeriodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(session(start, end, periods, energy));
        QCOMPARE(model.rowCount(), int(periods.size()));
        QString lastTiming;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(int(model.flags(r)), flags[r]);
            const QModelIndex idx = model.index(r, model.timingColumn());
            QCOMPARE(idx.data(DetailsModel::PeriodFlagsRole).toInt(), flags[r]);
            const int severity = idx.data(DetailsModel::SeverityRole).toInt();
            if (flags[r] == 0) {
                QCOMPARE(severity, -1);
                QVERIFY(idx.data().toString().isEmpty());
                QVERIFY(!idx.data(Qt::ToolTipRole).isValid());
            } else {
                QCOMPARE(severity, flags[r] == ChargingPeriodsModel::Gap ? int(Ocpi::Severity::Warning) : int(Ocpi::Severity::Error));
                lastTiming = idx.data().toString();
                QVERIFY(idx.data(Qt::ToolTipRole).toString().contains("mod_cdrs 10.4.6 ChargingPeriod"));
            }
        }
        QCOMPARE(lastTiming, timing);
    }
};

QTEST_GUILESS_MAIN(TestChargingPeriodsModel)
#include "tst_chargingperiodsmodel.moc"
