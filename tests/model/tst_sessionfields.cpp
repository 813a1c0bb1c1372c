// SessionFieldsModel under QAbstractItemModelTester: the groups and their fields' pointers, values formatted with
// the time spec (zone written) and the locale, and each finding attached to the right field row (exact pointer,
// prefix, a whole object, a missing field, an unknown field, the record). FindingsModel's texts and tooltips.
#include "detailsroles.h"
#include "findingsmodel.h"
#include "sessionfields.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QFile>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <time.h>

namespace {

QByteArray example2()
{
    QFile f(QStringLiteral(OSM_FIXTURES "/spec/session_example_2_short_finished.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    return f.readAll();
}

// The spec's example 2 with an OCPI 2.1.1 field added (kept in unknownFieldsJson).
Ocpi::Session session(Ocpi::Findings *findings = nullptr)
{
    QByteArray json = example2();
    json.replace("\"status\": \"COMPLETED\",", "\"status\": \"COMPLETED\", \"auth_id\": \"A1\",");
    Ocpi::SessionValidator v;
    return v.validate(std::string_view(json.constData(), size_t(json.size())), findings);
}

Ocpi::Finding finding(const QString &path, Ocpi::Severity severity = Ocpi::Severity::Error)
{
    return Ocpi::Finding{severity, path, QLatin1StringView("test.rule"), QStringLiteral("problem at ") + path,
                         QLatin1StringView("mod_sessions 9.3.1 Session Object")};
}

QModelIndex findLabel(const QAbstractItemModel &m, const QString &label)
{
    for (int g = 0; g < m.rowCount(); ++g) {
        const QModelIndex group = m.index(g, 0);
        for (int r = 0; r < m.rowCount(group); ++r) {
            if (m.index(r, 0, group).data().toString() == label)
                return m.index(r, 0, group);
        }
    }
    return {};
}

} // namespace

class TestSessionFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Amsterdam");
        tzset();
    }

    void groupsAndPointers()
    {
        SessionFieldsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(session(), {});
        QStringList groups;
        for (int g = 0; g < model.rowCount(); ++g)
            groups << model.index(g, 0).data().toString();
        QCOMPARE(groups, QStringList({"Identity", "Where", "When", "Energy", "Cost", "Token", "Status", "Other"}));

        const QModelIndex id = findLabel(model, "Session id");
        QCOMPARE(id.data(DetailsModel::PointerRole).toString(), QStringLiteral("/id"));
        QCOMPARE(id.siblingAtColumn(SessionFieldsModel::ValueColumn).data().toString(), QStringLiteral("101"));
        QCOMPARE(findLabel(model, "Token uid").siblingAtColumn(1).data().toString(), QStringLiteral("123abc"));
        QCOMPARE(findLabel(model, "Total cost incl. VAT").data(DetailsModel::PointerRole).toString(),
                 QStringLiteral("/total_cost/incl_vat"));
        QVERIFY(!findLabel(model, "Duration").data(DetailsModel::PointerRole).isValid());
        QCOMPARE(findLabel(model, "Duration").siblingAtColumn(1).data().toString(), QStringLiteral("1:11"));
        QCOMPARE(findLabel(model, "Charging periods").siblingAtColumn(1).data().toString(), QStringLiteral("3"));
        QCOMPARE(findLabel(model, "auth_id").siblingAtColumn(1).data().toString(), QStringLiteral("A1"));
        QCOMPARE(findLabel(model, "auth_id").data(DetailsModel::PointerRole).toString(), QStringLiteral("/auth_id"));
        QCOMPARE(findLabel(model, "Status").siblingAtColumn(1).data().toString(), QStringLiteral("COMPLETED"));
        QVERIFY(!findLabel(model, "Whole record").isValid()); // no record-level finding, no Record group

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void timesAndNumbers()
    {
        SessionFieldsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        model.setSession(session(), {});
        const QModelIndex start = findLabel(model, "Start").siblingAtColumn(SessionFieldsModel::ValueColumn);
        QCOMPARE(start.data().toString(), QStringLiteral("2015-06-29 22:39:09 UTC"));
        QCOMPARE(start.data(DetailsModel::RawValueRole).toLongLong(), 1435617549000LL);
        QCOMPARE(findLabel(model, "Energy (kWh)").siblingAtColumn(1).data().toString(), QStringLiteral("41,12"));
        QCOMPARE(findLabel(model, "Total cost excl. VAT").siblingAtColumn(1).data().toString(), QStringLiteral("8,5"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTimeSpec(Qt::LocalTime);
        QVERIFY(changed.count() > 0);
        QCOMPARE(start.data().toString(), QStringLiteral("2015-06-30 00:39:09 CEST"));
    }

    void findingsAttached_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::newRow("exact") << "/kwh" << "Energy (kWh)";
        QTest::newRow("inside a field") << "/charging_periods/1/dimensions/0/volume" << "Charging periods";
        QTest::newRow("token member") << "/cdr_token/uid" << "Token uid";
        QTest::newRow("whole object") << "/total_cost" << "Total cost excl. VAT";
        QTest::newRow("whole token") << "/cdr_token" << "Token uid";
        QTest::newRow("missing field") << "/meter_id" << "Meter id";
        QTest::newRow("unknown field") << "/auth_id" << "auth_id";
        QTest::newRow("record") << "" << "Whole record";
        QTest::newRow("unknown in the token") << "/cdr_token~1x" << "Whole record";
        QTest::newRow("prefix is not a token prefix") << "/kwhx" << "Whole record";
    }
    void findingsAttached()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        SessionFieldsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const Ocpi::Findings findings{finding("/id", Ocpi::Severity::Info), finding(path)};
        model.setSession(session(), findings);
        const QModelIndex row = model.indexForPath(path);
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), field);
        QCOMPARE(model.findingRows(row), QList<int>{1});
        QCOMPARE(row.data(DetailsModel::SeverityRole).toInt(), int(Ocpi::Severity::Error));
        QCOMPARE(row.siblingAtColumn(SessionFieldsModel::FindingsColumn).data().toString(),
                 QStringLiteral("Error: problem at ") + path);
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rule: test.rule")));
        QCOMPARE(row.parent().data(DetailsModel::SeverityRole).toInt(), int(Ocpi::Severity::Error));
        QCOMPARE(findLabel(model, "Session id").data(DetailsModel::SeverityRole).toInt(), int(Ocpi::Severity::Info));
        QCOMPARE(findLabel(model, "Party id").data(DetailsModel::SeverityRole).toInt(), -1);
    }

    void worstFindingFirst()
    {
        SessionFieldsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(session(), {finding("/kwh", Ocpi::Severity::Warning), finding("/kwh", Ocpi::Severity::Error),
                                     finding("/kwh", Ocpi::Severity::Info)});
        const QModelIndex kwh = model.indexForPath("/kwh");
        QCOMPARE(model.findingRows(kwh), QList<int>({1, 0, 2}));
        QCOMPARE(kwh.siblingAtColumn(SessionFieldsModel::FindingsColumn).data().toString(),
                 QStringLiteral("Error: problem at /kwh (+2 more)"));
    }

    void validatorFindings()
    {
        Ocpi::Findings findings;
        const Ocpi::Session s = session(&findings);
        SessionFieldsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(s, findings);
        for (const Ocpi::Finding &f : findings)
            QVERIFY2(model.indexForPath(f.path).isValid(), qPrintable(f.path));
        QCOMPARE(model.indexForPath("/charging_periods/1/dimensions/0/volume").data().toString(),
                 QStringLiteral("Charging periods"));
        QCOMPARE(model.indexForPath("/auth_id").data().toString(), QStringLiteral("auth_id"));
    }

    void findingsModel()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFindings({finding("/kwh", Ocpi::Severity::Warning), finding("")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(1, FindingsModel::PathColumn).data().toString(), QStringLiteral("(record)"));
        QCOMPARE(model.index(0, FindingsModel::SpecColumn).data().toString(),
                 QStringLiteral("mod_sessions 9.3.1 Session Object"));
        QCOMPARE(model.index(0, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Warning at /kwh: problem at /kwh\nRule: test.rule\nSpec: mod_sessions 9.3.1 Session Object"));
        QCOMPARE(model.index(1, 0).data(DetailsModel::PointerRole).toString(), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionFields)
#include "tst_sessionfields.moc"
