// The sessions table model and its sort/filter proxy, both under QAbstractItemModelTester (Fatal) throughout:
// merges signal inserted rows as one block and changed rows as coalesced ranges, never a reset; unchanged and
// outdated records are silent; keys are case-insensitive; stale rows stay; each column's text and raw value;
// totals; sorting on raw values; the filter rules.
#include "sessionfilter.h"
#include "sessionfilterproxy.h"
#include "sessionformat.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSortFilterProxyModel>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <cmath>
#include <time.h>
#include <limits>
#include <memory>
#include <set>

using namespace SessionModel;
using Incoming = SessionTableModel::Incoming;

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

qint64 ms(const char *iso)
{
    return Ocpi::parseDateTime(iso).msecs;
}

QJsonObject dimension(const char *type, double volume)
{
    return QJsonObject{{"type", type}, {"volume", volume}};
}

QJsonObject period(const char *start, QJsonArray dims)
{
    return QJsonObject{{"start_date_time", start}, {"dimensions", dims}};
}

// A Session record with plain defaults (a valid ACTIVE session); each test changes what it looks at.
struct Spec
{
    QString cc = "NL";
    QString party = "STK";
    QString id = "S1";
    QString status = "ACTIVE";
    QString start = "2024-05-01T10:00:00Z";
    QString end; // absent when empty
    double kwh = 5;
    QString lastUpdated = "2024-05-01T11:00:00Z";
    QString location = "LOC1";
    QString evse = "EVSE1";
    QString connector = "1";
    QString tokenType = "RFID";
    QString uid = "04A1B2C3";
    double costExcl = kNone;
    double costIncl = kNone;
    QJsonArray periods;

    Spec &withId(const QString &v) { id = v; return *this; }
    Spec &withStatus(const QString &v) { status = v; return *this; }
    Spec &withKwh(double v) { kwh = v; return *this; }
    Spec &updated(const QString &v) { lastUpdated = v; return *this; }

    QByteArray json() const
    {
        QJsonObject o{{"country_code", cc},
                      {"party_id", party},
                      {"id", id},
                      {"start_date_time", start},
                      {"cdr_token",
                       QJsonObject{{"country_code", "NL"},
                                   {"party_id", "TST"},
                                   {"uid", uid},
                                   {"type", tokenType},
                                   {"contract_id", "NL-TST-C12345678-S"}}},
                      {"auth_method", "WHITELIST"},
                      {"location_id", location},
                      {"evse_uid", evse},
                      {"connector_id", connector},
                      {"currency", "EUR"},
                      {"status", status},
                      {"last_updated", lastUpdated}};
        if (!std::isnan(kwh))
            o.insert("kwh", kwh);
        if (!end.isEmpty())
            o.insert("end_date_time", end);
        if (!std::isnan(costExcl)) {
            QJsonObject price{{"excl_vat", costExcl}};
            if (!std::isnan(costIncl))
                price.insert("incl_vat", costIncl);
            o.insert("total_cost", price);
        }
        if (!periods.isEmpty())
            o.insert("charging_periods", periods);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
};

// Real sessions are made by the validator; so are these.
Incoming incoming(const QByteArray &json)
{
    Ocpi::SessionValidator validator;
    Incoming in;
    in.session = validator.validate(std::string_view(json.constData(), size_t(json.size())), &in.findings);
    in.json = json;
    return in;
}

Incoming incoming(const Spec &s)
{
    return incoming(s.json());
}

std::vector<Incoming> batch(std::initializer_list<Spec> specs)
{
    std::vector<Incoming> out;
    for (const Spec &s : specs)
        out.push_back(incoming(s));
    return out;
}

std::vector<Incoming> batch(const QList<Spec> &specs)
{
    std::vector<Incoming> out;
    for (const Spec &s : specs)
        out.push_back(incoming(s));
    return out;
}

// Sessions S0..S(n-1), all valid, in one batch.
QList<Spec> numbered(int n)
{
    QList<Spec> out;
    for (int i = 0; i < n; ++i)
        out.append(Spec().withId(QStringLiteral("S%1").arg(i)).withKwh(i));
    return out;
}

// QSortFilterProxyModel's comparison of raw values (absent last, text case-insensitive).
bool rawLess(const QVariant &l, const QVariant &r)
{
    if (!l.isValid())
        return false;
    if (!r.isValid())
        return true;
    switch (l.userType()) {
    case QMetaType::LongLong:
        return l.toLongLong() < r.toLongLong();
    case QMetaType::Double:
        return l.toDouble() < r.toDouble();
    default:
        return l.toString().compare(r.toString(), Qt::CaseInsensitive) < 0;
    }
}

struct DataChange
{
    int firstRow, lastRow, firstColumn, lastColumn;
};

QList<DataChange> changes(const QSignalSpy &spy)
{
    QList<DataChange> out;
    for (const QList<QVariant> &args : spy) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        out.append({tl.row(), br.row(), tl.column(), br.column()});
    }
    return out;
}

} // namespace

class TestSessionTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newSessionsAreOneInsertPerMerge();
    void changesAreCoalescedRanges();
    void changedColumnsOnly();
    void unchangedAndOutdatedAreSilent();
    void keysAreCaseInsensitive();
    void unidentifiedIsSkipped();
    void staleRowsAreKept();
    void cachedRowsUntilSeenAgain();
    void columns_data();
    void columns();
    void timeZoneSetting();
    void localeFormatting();
    void toolTipsAndAlignment();
    void totalsFollowMerges();
    void jsonAndFindings();
    void changedAtStamp();
    void clearIsTheOnlyReset();
    void removeSourceRemovesItsBlocks();
    void sortByEachColumn_data();
    void sortByEachColumn();
    void numbersAndTimesSortByValue();
    void typedOrderMatchesRawOrder();
    void filterRules();
    void proxyFilters();
    void proxyRebuildsOnceAfterMerge();
    void proxyFollowsRandomChanges_data();
    void proxyFollowsRandomChanges();
    void proxyReorderDelayPlacesMergesOnce();
    void dynamicPolicyGivesTheSameRows();
    void formatters();

private:
    void loadSortFixture();
    QStringList proxyIds() const;

    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<SessionFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    int m_poll = 0; // source ids
    int m_file = 0;
};

void TestSessionTableModel::initTestCase()
{
    // Local time is tested in a zone that is not UTC.
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
}

void TestSessionTableModel::init()
{
    m_model = std::make_unique<SessionTableModel>();
    m_model->setLocale(QLocale::c());
    m_poll = m_model->addSource("poll");
    m_file = m_model->addSource("file");
    m_proxy = std::make_unique<SessionFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestSessionTableModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

QStringList TestSessionTableModel::proxyIds() const
{
    QStringList out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        out << m_proxy->index(r, Id).data().toString();
    return out;
}

void TestSessionTableModel::newSessionsAreOneInsertPerMerge()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy merged(m_model.get(), &SessionTableModel::merged);

    auto stats = m_model->merge(batch(numbered(3)), m_poll);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(stats.added, 3);
    QCOMPARE(stats.firstAdded, 0);
    QCOMPARE(merged.count(), 1);

    // Two new, one of them twice in the batch (the later one wins), and one held row changed.
    stats = m_model->merge(batch({Spec().withId("S3"), Spec().withId("S4"), Spec().withId("S4").withKwh(7).updated("2024-05-01T11:30:00Z"),
                                  Spec().withId("S0").withKwh(1).updated("2024-05-01T11:30:00Z")}),
                           m_poll);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(stats.added, 2);
    QCOMPARE(stats.firstAdded, 3);
    QCOMPARE(stats.changed, 1); // S0
    QCOMPARE(stats.duplicates, 1); // the first S4
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->session(4).kwh, 7.0);
    QCOMPARE(m_model->rowOf("NL*STK*S4"), 4);
    QCOMPARE(changed.count(), 1); // only S0, a held row
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestSessionTableModel::changesAreCoalescedRanges()
{
    m_model->merge(batch(numbered(10)), m_poll);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy layoutAbout(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged);

    // Rows 7, 2, 4, 3 (out of order on purpose) and 9 change; 0, 1, 5, 6, 8 do not (5 is sent unchanged).
    QList<Spec> specs;
    for (int i : {7, 2, 4, 3, 9})
        specs.append(Spec().withId(QStringLiteral("S%1").arg(i)).withKwh(i + 100).updated("2024-05-01T11:30:00Z"));
    specs.append(Spec().withId("S5").withKwh(5));
    const auto stats = m_model->merge(batch(specs), m_poll);
    QCOMPARE(stats.changed, 5);
    QCOMPARE(stats.unchanged, 1);

    const QList<DataChange> got = changes(changed);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0).firstRow, 2);
    QCOMPARE(got.at(0).lastRow, 4);
    QCOMPARE(got.at(1).firstRow, 7);
    QCOMPARE(got.at(1).lastRow, 7);
    QCOMPARE(got.at(2).firstRow, 9);
    QCOMPARE(got.at(2).lastRow, 9);
    // The rows covered are exactly the changed ones.
    std::set<int> covered;
    for (const DataChange &c : got) {
        for (int r = c.firstRow; r <= c.lastRow; ++r)
            covered.insert(r);
    }
    QCOMPARE(covered, (std::set<int>{2, 3, 4, 7, 9}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(layoutAbout.count(), 0);
    QCOMPARE(m_model->session(3).kwh, 103.0);
}

void TestSessionTableModel::changedColumnsOnly()
{
    m_model->merge(batch(numbered(3)), m_poll);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // kwh and last_updated change (no end, so the duration too): columns Duration..LastUpdated.
    m_model->merge(batch({Spec().withId("S1").withKwh(9).updated("2024-05-01T11:30:00Z")}), m_poll);
    QCOMPARE(changed.count(), 1);
    DataChange c = changes(changed).at(0);
    QCOMPARE(c.firstRow, 1);
    QCOMPARE(c.lastRow, 1);
    QCOMPARE(c.firstColumn, int(Duration));
    QCOMPARE(c.lastColumn, int(LastUpdated));

    // A new source only: the Source column.
    changed.clear();
    m_model->merge(batch({Spec().withId("S1").withKwh(9).updated("2024-05-01T11:45:00Z")}), m_file);
    c = changes(changed).at(0);
    QCOMPARE(c.firstColumn, int(Duration));
    QCOMPARE(c.lastColumn, int(Source));
    QCOMPARE(m_model->sourceId(1), m_file);

    // Status only (same time, other content): Status.
    changed.clear();
    const auto stats = m_model->merge(batch({Spec().withId("S2").withKwh(2).withStatus("INVALID")
                                                .updated("2024-05-01T11:00:00Z")}),
                                      m_poll);
    QCOMPARE(stats.changedColumns, quint32(1u << Status));
    c = changes(changed).at(0);
    QCOMPARE(c.firstColumn, int(Status));
    QCOMPARE(c.lastColumn, int(Status));
}

void TestSessionTableModel::unchangedAndOutdatedAreSilent()
{
    m_model->merge(batch(numbered(3)), m_poll);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy totals(m_model.get(), &SessionTableModel::totalsChanged);

    // The same records again, one of them pretty-printed (other text, same content).
    std::vector<Incoming> again = batch(numbered(3));
    again[1] = incoming(QJsonDocument::fromJson(numbered(3).at(1).json()).toJson(QJsonDocument::Indented));
    auto stats = m_model->merge(std::move(again), m_poll);
    QCOMPARE(stats.unchanged, 3);
    QCOMPARE(stats.changed, 0);

    // Older last_updated with other content: ignored.
    stats = m_model->merge(batch({Spec().withId("S2").withKwh(99).updated("2024-05-01T10:59:59Z")}), m_poll);
    QCOMPARE(stats.outdated, 1);
    QCOMPARE(m_model->session(2).kwh, 2.0);

    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(totals.count(), 0);
}

void TestSessionTableModel::keysAreCaseInsensitive()
{
    Spec lower;
    lower.cc = "nl";
    lower.party = "stk";
    lower.id = "abc-1";
    m_model->merge(batch({lower}), m_poll);
    QCOMPARE(m_model->index(0, 0).data(KeyRole).toString(), QString("NL*STK*ABC-1"));

    Spec upper;
    upper.cc = "NL";
    upper.party = "STK";
    upper.id = "ABC-1";
    upper.lastUpdated = "2024-05-01T12:00:00Z";
    const auto stats = m_model->merge(batch({upper}), m_poll);
    QCOMPARE(stats.added, 0);
    QCOMPARE(stats.changed, 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf("nl*stk*abc-1"), 0);
    QCOMPARE(m_model->rowOf("Nl*Stk*Abc-1"), 0);
    QCOMPARE(m_model->rowOf("NL*STK*ABC-2"), -1);
    QCOMPARE(m_model->index(0, Id).data().toString(), QString("ABC-1")); // shown as last received
}

void TestSessionTableModel::unidentifiedIsSkipped()
{
    QJsonObject o = QJsonDocument::fromJson(Spec().json()).object();
    o.remove("id");
    std::vector<Incoming> in;
    in.push_back(incoming(QJsonDocument(o).toJson()));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const auto stats = m_model->merge(std::move(in), m_poll);
    QCOMPARE(stats.unidentified, 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(inserted.count(), 0);

    // With a fallback key (a file's record number) the record is kept and shown with its findings.
    std::vector<Incoming> again;
    again.push_back(incoming(QJsonDocument(o).toJson()));
    again.back().fallbackKey = "file 1 record #7";
    QVERIFY(!again.back().findings.isEmpty());
    const auto kept = m_model->merge(std::move(again), m_file);
    QCOMPARE(kept.unidentified, 0);
    QCOMPARE(kept.added, 1);
    QCOMPARE(m_model->key(0), QString("FILE 1 RECORD #7"));
    QCOMPARE(m_model->rowOf("file 1 record #7"), 0);
    QCOMPARE(m_model->index(0, 0).data(KeyRole).toString(), QString("FILE 1 RECORD #7"));
    QVERIFY(!m_model->findings(0).isEmpty());
}

void TestSessionTableModel::cachedRowsUntilSeenAgain()
{
    // Rows read from the offline cache say so (with when they were last seen) until a merge brings them again,
    // changed or not.
    m_model->merge(batch(numbered(4)), m_poll);
    m_model->merge(batch({Spec().withId("F1")}), m_file);
    const qint64 seen = ms("2024-05-01T11:05:00Z");
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QHash<QString, qint64> lastSeen{{"NL*STK*S0", seen}, {"nl*stk*s1", seen + 1000}, {"NL*STK*S3", seen}, {"NL*STK*F1", seen}};
    QCOMPARE(m_model->markCached(m_poll, lastSeen), 3); // F1 is another source's
    QCOMPARE(changes(changed).size(), 2);                // rows 0..1 and 3
    QCOMPARE(m_model->index(0, 0).data(CachedSeenRole).toLongLong(), seen);
    QCOMPARE(m_model->index(1, 0).data(CachedSeenRole).toLongLong(), seen + 1000);
    QCOMPARE(m_model->index(2, 0).data(CachedSeenRole).toLongLong(), 0);
    QCOMPARE(m_model->index(4, 0).data(CachedSeenRole).toLongLong(), 0);
    QCOMPARE(m_model->index(0, Status).data().toString(), QString("Active (cached)"));
    QVERIFY(m_model->index(0, Status).data(Qt::ToolTipRole).toString().contains("last seen 2024-05-01 11:05:00 UTC from poll"));
    qint64 latest = 0;
    QCOMPARE(m_model->cachedCountOf(m_poll, &latest), 3);
    QCOMPARE(latest, seen + 1000);
    QCOMPARE(m_model->cachedCountOf(m_file), 0);

    // S0 comes again unchanged, S1 changed: both are live rows again; S3 stays cached.
    changed.clear();
    m_model->merge(batch({Spec().withId("S0").withKwh(0), Spec().withId("S1").withKwh(9).updated("2024-05-01T11:30:00Z")}), m_poll);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->index(0, 0).data(CachedSeenRole).toLongLong(), 0);
    QCOMPARE(m_model->index(1, 0).data(CachedSeenRole).toLongLong(), 0);
    QCOMPARE(m_model->index(3, 0).data(CachedSeenRole).toLongLong(), seen);
    QCOMPARE(m_model->index(0, Status).data().toString(), QString("Active"));
    QCOMPARE(m_model->cachedCountOf(m_poll), 1);
}

void TestSessionTableModel::staleRowsAreKept()
{
    m_model->merge(batch(numbered(4)), m_poll);
    m_model->merge(batch({Spec().withId("F1")}), m_file);
    QCOMPARE(m_model->totalPowerKw(), 0.0); // no charging periods: no power

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // The poll now lists S0 and S3 only (keys in any case); F1 belongs to another source.
    const int marked = m_model->markMissing(m_poll, {"NL*STK*S0", "nl*stk*s3"});
    QCOMPARE(marked, 2);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changes(changed).size(), 1); // rows 1..2, one run
    QCOMPARE(changes(changed).at(0).firstRow, 1);
    QCOMPARE(changes(changed).at(0).lastRow, 2);
    QCOMPARE(changes(changed).at(0).firstColumn, 0);
    QCOMPARE(changes(changed).at(0).lastColumn, ColumnCount - 1);
    QVERIFY(m_model->index(1, 0).data(StaleRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(StaleRole).toBool());
    QVERIFY(!m_model->index(4, 0).data(StaleRole).toBool());
    QCOMPARE(m_model->index(1, Status).data().toString(), QString("Active (not listed)"));
    QVERIFY(m_model->index(1, Status).data(Qt::ToolTipRole).toString().contains("poll"));
    QCOMPARE(m_model->staleCount(), 2);

    // Marking again changes nothing.
    changed.clear();
    QCOMPARE(m_model->markMissing(m_poll, {"NL*STK*S0", "NL*STK*S3"}), 0);
    QCOMPARE(changed.count(), 0);

    // S1 is listed again, unchanged: it is no longer stale.
    const auto stats = m_model->merge(batch({numbered(2).at(1)}), m_poll);
    QCOMPARE(stats.unchanged, 1);
    QCOMPARE(stats.revived, 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_model->isStale(1));
    QCOMPARE(m_model->staleCount(), 1);

    // Hidden by the filter when asked.
    m_proxy->setFilter([] {
        SessionFilter f;
        f.setHideStale(true);
        return f;
    }());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestSessionTableModel::columns_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");

    auto add = [](const char *name, const Spec &s, Column c, const QString &display, const QVariant &raw) {
        QTest::newRow(name) << s.json() << int(c) << display << raw;
    };

    Spec s;
    add("status", s, Status, "Active", QString("ACTIVE"));
    add("id", s, Id, "S1", QString("S1"));
    add("where", s, Where, "LOC1 / EVSE1 / 1", QString("LOC1 / EVSE1 / 1"));
    add("start", s, Start, "2024-05-01 10:00:00", ms("2024-05-01T10:00:00Z"));
    add("end absent", s, End, "", QVariant());
    add("last updated", s, LastUpdated, "2024-05-01 11:00:00", ms("2024-05-01T11:00:00Z"));
    add("duration to last update", s, Duration, "1:00", qint64(3'600'000));
    add("kwh three decimals", Spec().withKwh(11.5), Kwh, "11.500", 11.5);
    add("kwh rounded", Spec().withKwh(0.12345), Kwh, "0.123", 0.12345);
    add("masked uid", s, Auth, QString::fromUtf8("RFID 04\u2022\u2022\u2022\u2022C3"), QString("RFID 04A1B2C3"));
    add("validity valid", s, Validity, "valid", 0.0);
    add("source", s, Source, "poll", QString("poll"));
    add("no cost", s, Cost, "", QVariant());
    add("no periods, no power", s, Power, "", QVariant());

    Spec completed;
    completed.status = "COMPLETED";
    completed.end = "2024-05-01T11:05:00Z";
    completed.lastUpdated = "2024-05-01T11:06:00Z";
    add("completed", completed, Status, "Completed", QString("COMPLETED"));
    add("end", completed, End, "2024-05-01 11:05:00", ms("2024-05-01T11:05:00Z"));
    add("duration h:mm", completed, Duration, "1:05", qint64(3'900'000));

    Spec longOne = completed;
    longOne.end = "2024-05-02T13:00:59Z";
    longOne.lastUpdated = "2024-05-02T13:01:00Z";
    add("duration over a day", longOne, Duration, "27:00", qint64(97'259'000));

    Spec priced;
    priced.costExcl = 2.5;
    priced.costIncl = 2.99;
    add("cost incl vat", priced, Cost, "2.99 EUR", 2.99);
    priced.costIncl = kNone;
    add("cost excl vat", priced, Cost, "2.50 EUR", 2.5);

    Spec shortUid;
    shortUid.uid = "12";
    add("short uid fully masked", shortUid, Auth, QString::fromUtf8("RFID \u2022\u2022"), QString("RFID 12"));
    Spec appUser;
    appUser.tokenType = "APP_USER";
    appUser.uid = "user-4711";
    add("app user", appUser, Auth, QString::fromUtf8("APP_USER us\u2022\u2022\u2022\u2022\u202211"), QString("APP_USER user-4711"));

    // Power: the last charging period's POWER, else MAX_POWER, else ENERGY over the period's duration.
    Spec power;
    power.periods = {period("2024-05-01T10:00:00Z", {dimension("POWER", 50), dimension("ENERGY", 2)}),
                     period("2024-05-01T10:30:00Z", {dimension("ENERGY", 2), dimension("POWER", 11.04)})};
    add("power from POWER of the last period", power, Power, "11.0", 11.04);
    Spec maxPower;
    maxPower.periods = {period("2024-05-01T10:00:00Z", {dimension("POWER", 50)}),
                        period("2024-05-01T10:30:00Z", {dimension("MAX_POWER", 22), dimension("ENERGY", 1)})};
    add("power from MAX_POWER", maxPower, Power, "22.0", 22.0);
    Spec energy; // active: the last period runs from 10:30 to last_updated 11:00, 3.5 kWh -> 7 kW
    energy.periods = {period("2024-05-01T10:00:00Z", {dimension("POWER", 50)}),
                      period("2024-05-01T10:30:00Z", {dimension("ENERGY", 3.5)})};
    add("power from ENERGY over the open period", energy, Power, "7.0", 7.0);
    Spec energyEnded = completed; // completed: the last period ends at end_date_time 11:05, 35 min, 1.75 kWh -> 3 kW
    energyEnded.kwh = 3.75;
    energyEnded.periods = {period("2024-05-01T10:00:00Z", {dimension("ENERGY", 2)}),
                           period("2024-05-01T10:30:00Z", {dimension("ENERGY", 1.75)})};
    add("power from ENERGY over the ended period", energyEnded, Power, "3.0", 3.0);

    Spec warning;
    warning.cc = "XX"; // not an assigned country code
    add("validity warnings", warning, Validity, "1 warning(s)", 1.0);
    Spec error = Spec().withKwh(-1);
    add("validity errors", error, Validity, "1 error(s)", 65536.0);
}

void TestSessionTableModel::columns()
{
    QFETCH(QByteArray, json);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);

    std::vector<Incoming> in;
    in.push_back(incoming(json));
    m_model->merge(std::move(in), m_poll);
    const QModelIndex i = m_model->index(0, column);
    QCOMPARE(i.data(Qt::DisplayRole).toString(), display);
    const QVariant got = i.data(RawValueRole);
    QCOMPARE(got.isValid(), raw.isValid());
    if (raw.isValid()) {
        QCOMPARE(got.userType(), raw.userType());
        if (raw.userType() == QMetaType::Double)
            QVERIFY2(qFuzzyCompare(got.toDouble(), raw.toDouble()), qPrintable(got.toString()));
        else
            QCOMPARE(got, raw);
    }
    // The proxy shows the same.
    QCOMPARE(m_proxy->index(0, column).data().toString(), display);
}

void TestSessionTableModel::timeZoneSetting()
{
    m_model->setClock([] { return ms("2024-01-15T12:00:00Z"); }); // the header names the zone of "now": winter
    m_model->merge(batch({Spec()}), m_poll);
    QCOMPARE(m_model->headerData(Start, Qt::Horizontal).toString(), QString("Start (UTC)"));
    QCOMPARE(m_model->headerData(End, Qt::Horizontal).toString(), QString("End (UTC)"));
    QCOMPARE(m_model->headerData(LastUpdated, Qt::Horizontal).toString(), QString("Last updated (UTC)"));
    QCOMPARE(m_model->index(0, Start).data().toString(), QString("2024-05-01 10:00:00"));

    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTimeSpec(Qt::LocalTime);
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->headerData(Start, Qt::Horizontal).toString(), QString("Start (CET)"));
    QCOMPARE(m_model->headerData(LastUpdated, Qt::Horizontal).toString(), QString("Last updated (CET)"));
    // Europe/Amsterdam is UTC+2 in May.
    QCOMPARE(m_model->index(0, Start).data().toString(), QString("2024-05-01 12:00:00"));
    // Raw values stay UTC milliseconds.
    QCOMPARE(m_model->index(0, Start).data(RawValueRole).toLongLong(), ms("2024-05-01T10:00:00Z"));
    QCOMPARE(m_model->index(0, Start).data(Qt::ToolTipRole).toString(), QString("2024-05-01T10:00:00Z"));

    m_model->setTimeSpec(Qt::LocalTime); // no change, no signal
    QCOMPARE(header.count(), 1);
}

void TestSessionTableModel::localeFormatting()
{
    Spec s = Spec().withKwh(1234.5);
    s.costExcl = 1000;
    s.periods = {period("2024-05-01T10:00:00Z", {dimension("POWER", 7.24)})};
    m_model->merge(batch({s}), m_poll);
    m_model->setLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(m_model->index(0, Kwh).data().toString(), QString("1.234,500"));
    QCOMPARE(m_model->index(0, Power).data().toString(), QString("7,2"));
    QCOMPARE(m_model->index(0, Cost).data().toString(), QString("1.000,00 EUR"));
    QCOMPARE(m_model->index(0, Kwh).data(RawValueRole).toDouble(), 1234.5);
}

void TestSessionTableModel::toolTipsAndAlignment()
{
    Spec s;
    s.costExcl = 2.5;
    s.costIncl = 3;
    s.periods = {period("2024-05-01T10:00:00Z", {dimension("MAX_POWER", 22)})};
    m_model->merge(batch({s, Spec().withId("E").withKwh(-2)}), m_poll);
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    for (int c : {Duration, Kwh, Power, Cost})
        QCOMPARE(m_model->index(0, c).data(Qt::TextAlignmentRole).toInt(), right);
    QVERIFY(!m_model->index(0, Id).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(m_model->index(0, Cost).data(Qt::ToolTipRole).toString(), QString("2.50 excl. VAT, 3.00 incl. VAT"));
    QVERIFY(m_model->index(0, Power).data(Qt::ToolTipRole).toString().startsWith("MAX_POWER"));
    QCOMPARE(m_model->index(0, Where).data(Qt::ToolTipRole).toString(), QString("Location LOC1, EVSE EVSE1, connector 1"));
    QCOMPARE(m_model->index(0, Auth).data(Qt::ToolTipRole).toString(), QString("Authorized by WHITELIST"));
    QVERIFY(!m_model->index(0, Validity).data(Qt::ToolTipRole).isValid());
    QVERIFY(m_model->index(1, Validity).data(Qt::ToolTipRole).toString().contains("negative"));
    QCOMPARE(m_model->index(1, 0).data(SeverityRole).toInt(), 2);
    QCOMPARE(m_model->index(0, 0).data(SeverityRole).toInt(), 0);
    QCOMPARE(m_model->index(0, 0).data(StatusRole).toInt(), int(Ocpi::SessionStatus::Active));
    QCOMPARE(m_model->index(0, 0).data(SourceRole).toInt(), m_poll);
    for (int c = 0; c < ColumnCount; ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!m_model->headerData(Power, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestSessionTableModel::totalsFollowMerges()
{
    using St = Ocpi::SessionStatus;
    const auto count = [&](St s) { return m_model->statusCounts()[size_t(s)]; };
    m_model->setTodayStart(ms("2024-05-01T00:00:00Z"));
    QSignalSpy totals(m_model.get(), &SessionTableModel::totalsChanged);

    Spec a = Spec().withId("A").withKwh(2); // active, 11 kW
    a.periods = {period("2024-05-01T10:00:00Z", {dimension("POWER", 11), dimension("ENERGY", 2)})};
    Spec b = Spec().withId("B").withKwh(1); // active, 7.4 kW
    b.periods = {period("2024-05-01T10:00:00Z", {dimension("POWER", 7.4), dimension("ENERGY", 1)})};
    Spec c = Spec().withId("C").withStatus("PENDING").withKwh(0);
    Spec d = Spec().withId("D").withKwh(-1); // an error; active without periods
    d.start = "2024-04-30T23:00:00Z";        // yesterday
    m_model->merge(batch({a, b, c, d}), m_poll);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(count(St::Active), 3);
    QCOMPARE(count(St::Pending), 1);
    QCOMPARE(count(St::Completed), 0);
    QCOMPARE(m_model->totalPowerKw(), 18.4);
    QCOMPARE(m_model->kwhToday(), 3.0);
    QCOMPARE(m_model->sessionsWithErrors(), 1);

    // A completes, C starts, D is fixed.
    Spec a2 = a;
    a2.status = "COMPLETED";
    a2.end = "2024-05-01T11:00:00Z";
    a2.lastUpdated = "2024-05-01T11:01:00Z";
    Spec c2 = c.withStatus("ACTIVE").updated("2024-05-01T11:01:00Z");
    Spec d2 = d.withKwh(4).updated("2024-05-01T11:01:00Z");
    m_model->merge(batch({a2, c2, d2}), m_poll);
    QCOMPARE(count(St::Active), 3);
    QCOMPARE(count(St::Completed), 1);
    QCOMPARE(count(St::Pending), 0);
    QCOMPARE(m_model->totalPowerKw(), 7.4);
    QCOMPARE(m_model->kwhToday(), 3.0); // D started yesterday
    QCOMPARE(m_model->sessionsWithErrors(), 0);

    m_model->setTodayStart(ms("2024-04-30T00:00:00Z"));
    QCOMPARE(m_model->kwhToday(), 7.0);

    // Stale sessions do not draw power.
    m_model->markMissing(m_poll, {"NL*STK*A", "NL*STK*C", "NL*STK*D"});
    QCOMPARE(m_model->totalPowerKw(), 0.0);
    QCOMPARE(count(St::Active), 3); // still counted by status
}

void TestSessionTableModel::jsonAndFindings()
{
    const Spec ok = Spec().withId("OK");
    const Spec bad = Spec().withId("BAD").withKwh(-1);
    m_model->merge(batch({ok, bad}), m_poll);
    QCOMPARE(m_model->json(0), ok.json());
    QCOMPARE(m_model->json(1), bad.json());
    QVERIFY(m_model->findings(0).isEmpty());
    QCOMPARE(m_model->findings(1).size(), 1);
    QCOMPARE(m_model->findings(1).at(0).code, QLatin1StringView("kwh.negative"));

    // Fixed: findings dropped.
    m_model->merge(batch({Spec(bad).withKwh(1).updated("2024-05-01T12:00:00Z")}), m_poll);
    QVERIFY(m_model->findings(1).isEmpty());

    m_model->setKeepJson(false);
    QVERIFY(m_model->json(0).isEmpty());
    m_model->merge(batch({Spec().withId("NEW")}), m_poll);
    QVERIFY(m_model->json(2).isEmpty());
    QVERIFY(m_model->approximateBytes() > 0);
}

void TestSessionTableModel::changedAtStamp()
{
    qint64 now = 1000;
    m_model->setClock([&] { return now; });
    m_model->merge(batch(numbered(2)), m_poll);
    QCOMPARE(m_model->index(0, 0).data(ChangedAtRole).toLongLong(), 1000);
    now = 2000;
    m_model->merge(batch({Spec(numbered(2).at(1)).updated("2024-05-01T12:00:00Z"), numbered(2).at(0)}), m_poll);
    QCOMPARE(m_model->index(0, 0).data(ChangedAtRole).toLongLong(), 1000); // unchanged
    QCOMPARE(m_model->index(1, 0).data(ChangedAtRole).toLongLong(), 2000);
}

void TestSessionTableModel::clearIsTheOnlyReset()
{
    m_model->merge(batch(numbered(3)), m_poll);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->statusCounts()[size_t(Ocpi::SessionStatus::Active)], 0);
    QCOMPARE(m_model->rowOf("NL*STK*S0"), -1);
    QCOMPARE(m_model->sourceName(m_file), QString("file")); // sources stay
    m_model->merge(batch(numbered(2)), m_poll);
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestSessionTableModel::removeSourceRemovesItsBlocks()
{
    // Rows 0-1 poll, 2-3 file, 4 poll, 5 file: the file's rows are two blocks.
    m_model->merge(batch(numbered(2)), m_poll);
    m_model->merge(batch({Spec().withId("F1").withKwh(-1), Spec().withId("F2")}), m_file);
    m_model->merge(batch({Spec().withId("P5").withKwh(-2)}), m_poll);
    m_model->merge(batch({Spec().withId("F3")}), m_file);
    QCOMPARE(m_model->rowCountOf(m_file), 3);
    QCOMPARE(m_model->sessionsWithErrors(), 2);
    m_proxy->sort(Id, Qt::AscendingOrder);

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy totals(m_model.get(), &SessionTableModel::totalsChanged);
    QCOMPARE(m_model->removeSource(m_file), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2); // the last block first
    QCOMPARE(removed.at(0).at(1).toInt(), 5);
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    QCOMPARE(removed.at(1).at(1).toInt(), 2);
    QCOMPARE(removed.at(1).at(2).toInt(), 3);
    QCOMPARE(totals.count(), 1);

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf("NL*STK*P5"), 2);
    QCOMPARE(m_model->rowOf("NL*STK*F1"), -1);
    QCOMPARE(m_model->findings(2).size(), 1); // P5's findings moved with it
    QCOMPARE(m_model->findings(2).at(0).code, QLatin1StringView("kwh.negative"));
    QCOMPARE(m_model->sessionsWithErrors(), 1);
    QCOMPARE(m_model->statusCounts()[size_t(Ocpi::SessionStatus::Active)], 3);
    QCOMPARE(m_model->rowCountOf(m_file), 0);
    QCOMPARE(m_proxy->rowCount(), 3);
    QCOMPARE(m_proxy->index(2, Id).data().toString(), QString("S1"));

    // The source stays known and can deliver again.
    m_model->merge(batch({Spec().withId("F1")}), m_file);
    QCOMPARE(m_model->rowOf("NL*STK*F1"), 3);
    QCOMPARE(m_model->removeSource(m_file), 1);
    QCOMPARE(m_model->removeSource(m_file), 0);
}

// Eight sessions whose values differ in every column, with absent values and ties.
void TestSessionTableModel::loadSortFixture()
{
    const char *statuses[] = {"ACTIVE", "COMPLETED", "pending", "RESERVATION", "INVALID", "ACTIVE", "COMPLETED", "BOGUS"};
    const double kwhs[] = {9, 10, 100, 0.5, 10, kNone, 2, 33.3};
    const char *starts[] = {"2024-05-03T10:00:00Z", "2024-05-01T09:00:00Z", "2023-12-31T23:59:59Z", "2024-05-01T10:00:00Z",
                            "2024-05-02T00:00:00Z", "2024-05-01T09:30:00Z", "2024-05-01T09:00:00.5Z", "2024-05-01T08:00:00Z"};
    const char *ids[] = {"b-2", "a-10", "A-9", "c", "B-1", "z", "aa", "0"};
    const char *uids[] = {"04A1", "ffff0001", "FFFF0002", "", "123456", "abcdef", "ABCDEE", "99"};
    QList<Spec> fromPoll, fromFile;
    for (int i = 0; i < 8; ++i) {
        Spec s;
        s.id = ids[i];
        s.status = statuses[i];
        s.kwh = kwhs[i];
        s.start = starts[i];
        s.lastUpdated = "2024-05-04T00:00:00Z";
        s.uid = uids[i];
        s.location = i % 3 ? QStringLiteral("PARK%1").arg(i) : QStringLiteral("LOC1%1").arg(i);
        s.evse = i % 2 ? "E1" : "e1";
        if (i % 3 == 0) {
            s.costExcl = 10 - i;
            if (i % 2)
                s.costIncl = 11 - i;
        }
        if (s.status == "COMPLETED")
            s.end = QStringLiteral("2024-05-03T1%1:00:00Z").arg(i);
        if (i != 3)
            s.periods = {period(starts[i], {dimension(i % 2 ? "POWER" : "MAX_POWER", 3.0 * i + (i == 4 ? 100 : 0))})};
        (i % 4 == 3 ? fromFile : fromPoll).append(s);
    }
    m_model->merge(batch(fromPoll), m_poll);
    m_model->merge(batch(fromFile), m_file);
    QCOMPARE(m_model->rowCount(), 8);
}

void TestSessionTableModel::sortByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < ColumnCount; ++c) {
        QTest::addRow("column %d ascending", c) << c << Qt::AscendingOrder;
        QTest::addRow("column %d descending", c) << c << Qt::DescendingOrder;
    }
}

void TestSessionTableModel::sortByEachColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    loadSortFixture();

    m_proxy->sort(column, order);
    QCOMPARE(m_proxy->rowCount(), 8);
    QList<int> typedOrder;
    for (int r = 0; r < 8; ++r) {
        typedOrder << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        if (r == 0)
            continue;
        const QVariant prev = m_proxy->index(r - 1, column).data(RawValueRole);
        const QVariant cur = m_proxy->index(r, column).data(RawValueRole);
        const bool inOrder = order == Qt::AscendingOrder ? !rawLess(cur, prev) : !rawLess(prev, cur);
        QVERIFY2(inOrder, qPrintable(QStringLiteral("row %1: %2 then %3").arg(r).arg(prev.toString(), cur.toString())));
    }

    // The typed comparison gives exactly the order of a stable sort on RawValueRole QVariants.
    QList<int> variantOrder;
    for (int r = 0; r < 8; ++r)
        variantOrder << r;
    std::stable_sort(variantOrder.begin(), variantOrder.end(), [&](int a, int b) {
        const QVariant va = m_model->rawValue(a, column);
        const QVariant vb = m_model->rawValue(b, column);
        return order == Qt::AscendingOrder ? rawLess(va, vb) : rawLess(vb, va);
    });
    QCOMPARE(typedOrder, variantOrder);
    for (int l = 0; l < 8; ++l) {
        for (int r = 0; r < 8; ++r) {
            QCOMPARE(m_model->lessThan(l, r, column),
                     rawLess(m_model->rawValue(l, column), m_model->rawValue(r, column)));
        }
    }
}

void TestSessionTableModel::numbersAndTimesSortByValue()
{
    loadSortFixture();
    m_proxy->sort(Kwh, Qt::AscendingOrder);
    QStringList kwh;
    for (int r = 0; r < 8; ++r)
        kwh << m_proxy->index(r, Kwh).data().toString();
    // Numerically (text order would put 100.000 before 2.000), the absent one last.
    QCOMPARE(kwh, QStringList({"0.500", "2.000", "9.000", "10.000", "10.000", "33.300", "100.000", ""}));

    m_proxy->sort(Start, Qt::AscendingOrder);
    qint64 prev = std::numeric_limits<qint64>::min();
    for (int r = 0; r < 8; ++r) {
        const qint64 t = m_proxy->index(r, Start).data(RawValueRole).toLongLong();
        QVERIFY(t >= prev);
        prev = t;
    }
    QCOMPARE(m_proxy->index(0, Start).data().toString(), QString("2023-12-31 23:59:59"));
    // 09:00:00 before 09:00:00.5 (the same text to the second).
    QCOMPARE(m_proxy->index(2, Id).data().toString(), QString("a-10"));
    QCOMPARE(m_proxy->index(3, Id).data().toString(), QString("aa"));

    // Text case-insensitively.
    m_proxy->sort(Id, Qt::AscendingOrder);
    QCOMPARE(proxyIds(), QStringList({"0", "a-10", "A-9", "aa", "B-1", "b-2", "c", "z"}));
}

// SessionTableModel::lessThan (cached keys, full text comparison on ties) against the QVariant order, for every
// column and every pair of rows, before and after merges change the values behind the cached keys.
void TestSessionTableModel::typedOrderMatchesRawOrder()
{
    const auto build = [](int i, int version) {
        Spec s;
        const int v = (i * 37 + version * 11) % 23;
        // Ids share long prefixes and differ in case.
        s.id = QStringLiteral("%1session-%2-%3").arg(i % 2 ? "S" : "s").arg(i % 7, 4, 10, QLatin1Char('0')).arg(i);
        s.kwh = v % 6 == 0 ? kNone : (v % 6 == 1 ? 0.0 : (v - 11) * 1.25);
        s.start = QStringLiteral("2024-05-0%1T1%2:00:00Z").arg(1 + v % 3).arg(v % 4);
        s.lastUpdated = QStringLiteral("2024-05-04T0%1:00:00Z").arg(version);
        s.location = QStringLiteral("Location-%1").arg(v % 4);
        s.evse = v % 3 ? QStringLiteral("EVSE-%1").arg(v % 2) : QStringLiteral("evse-%1").arg(v % 2);
        s.uid = v % 4 ? QStringLiteral("uid-%1").arg(v % 5) : QString();
        s.tokenType = v % 7 == 0 ? "BOGUS" : "APP_USER";
        s.status = v % 2 ? "ACTIVE" : "COMPLETED";
        if (s.status == "COMPLETED" && v % 3)
            s.end = QStringLiteral("2024-05-03T1%1:30:00Z").arg(v % 5);
        if (v % 3 == 0)
            s.costExcl = -v + 5;
        if (v % 4 != 1)
            s.periods = {period("2024-05-01T10:00:00Z", {dimension(v % 2 ? "POWER" : "ENERGY", v % 5 - 1.0)})};
        return s;
    };
    m_model->addSource("Poll"); // equal to "poll" case-insensitively
    QList<Spec> specs;
    for (int i = 0; i < 40; ++i)
        specs.append(build(i, 0));
    m_model->merge(batch(specs.mid(0, 30)), m_poll);
    m_model->merge(batch(specs.mid(30)), m_file);

    // The column whose keys are cached is checked first, before another column's comparison replaces them.
    const auto check = [&](const char *when, int first) {
        for (int k = 0; k < ColumnCount; ++k) {
            const int column = (first + k) % ColumnCount;
            for (int l = 0; l < m_model->rowCount(); ++l) {
                for (int r = 0; r < m_model->rowCount(); ++r) {
                    const bool typed = m_model->lessThan(l, r, column);
                    const bool raw = rawLess(m_model->rawValue(l, column), m_model->rawValue(r, column));
                    if (typed != raw) {
                        QFAIL(qPrintable(QStringLiteral("%1, column %2: rows %3 (%4) and %5 (%6): typed %7, raw %8")
                                             .arg(when)
                                             .arg(column)
                                             .arg(l)
                                             .arg(m_model->rawValue(l, column).toString())
                                             .arg(r)
                                             .arg(m_model->rawValue(r, column).toString())
                                             .arg(typed)
                                             .arg(raw)));
                    }
                }
            }
        }
    };
    check("first load", 0);

    // Keys of the column sorted last are updated in place by merges; new rows and sources come in.
    for (int column : {int(Kwh), int(Id), int(Source)}) {
        m_model->lessThan(0, 1, column);
        QList<Spec> next;
        for (int i = 0; i < 40; i += 3)
            next.append(build(i, 1 + column % 5));
        next.append(build(100 + column, 0));
        m_model->merge(batch(next), column == Source ? m_model->addSource(QStringLiteral("a source %1").arg(column)) : m_poll);
        check("after a merge", column);
    }
}

void TestSessionTableModel::filterRules()
{
    using St = Ocpi::SessionStatus;
    Spec s;
    s.id = "Sess-42";
    s.location = "Garage-North";
    s.evse = "NL*STK*E777";
    s.uid = "04A1B2C3";
    const Ocpi::Session ok = incoming(s).session;
    const Ocpi::Session warn = incoming([&] { Spec w = s; w.cc = "XX"; return w; }()).session;
    const Ocpi::Session err = incoming(Spec(s).withKwh(-1)).session;

    SessionFilter f;
    QVERIFY(f.isEmpty());
    QVERIFY(f.accepts(ok));

    f.setStatuses(SessionFilter::statusBit(St::Completed) | SessionFilter::statusBit(St::Pending));
    QVERIFY(!f.accepts(ok));
    f.setStatuses(f.statuses() | SessionFilter::statusBit(St::Active));
    QVERIFY(f.accepts(ok));
    f = {};

    f.setValidity(SessionFilter::Validity::Valid);
    QVERIFY(f.accepts(ok) && !f.accepts(warn) && !f.accepts(err));
    f.setValidity(SessionFilter::Validity::Warnings);
    QVERIFY(!f.accepts(ok) && f.accepts(warn) && !f.accepts(err));
    f.setValidity(SessionFilter::Validity::Errors);
    QVERIFY(!f.accepts(ok) && !f.accepts(warn) && f.accepts(err));
    f = {};

    for (const char *hit : {"sess-4", "SESS-42", "garage", "NORTH", "e777", "b2c", "04a1b2c3"}) {
        f.setText(QString::fromUtf8(hit));
        QVERIFY2(f.accepts(ok), hit);
    }
    for (const char *miss : {"sess-43", "WHITELIST", "EUR", "NL-TST", "LOC1"}) {
        f.setText(QString::fromUtf8(miss));
        QVERIFY2(!f.accepts(ok), miss);
    }
    f.setText(QString::fromUtf8("gäräge")); // not ASCII: the QString path
    QVERIFY(!f.accepts(ok));
    Spec umlaut = s;
    umlaut.location = QString::fromUtf8("Gärage");
    f.setText(QString::fromUtf8("GÄR"));
    QVERIFY(f.accepts(incoming(umlaut).session));
    f = {};

    f.setStartRange(ms("2024-05-01T10:00:00Z"), ms("2024-05-01T10:00:01Z"));
    QVERIFY(f.accepts(ok)); // from is inclusive
    f.setStartRange(ms("2024-04-01T00:00:00Z"), ms("2024-05-01T10:00:00Z"));
    QVERIFY(!f.accepts(ok)); // to is exclusive
    f.setStartRange(Ocpi::kNoTime, ms("2024-05-02T00:00:00Z"));
    QVERIFY(f.accepts(ok));
    f.setStartRange(ms("2024-05-02T00:00:00Z"), Ocpi::kNoTime);
    QVERIFY(!f.accepts(ok));
    f = {};

    f.setSource(1);
    QVERIFY(f.accepts(ok, 1) && !f.accepts(ok, 0));
    f = {};
    f.setHideStale(true);
    QVERIFY(f.accepts(ok, 0, false) && !f.accepts(ok, 0, true));
}

void TestSessionTableModel::proxyFilters()
{
    loadSortFixture();
    m_proxy->sort(Id, Qt::AscendingOrder);

    m_proxy->setStatusFilter(SessionFilter::statusBit(Ocpi::SessionStatus::Completed));
    QCOMPARE(proxyIds(), QStringList({"a-10", "aa"}));
    m_proxy->setStatusFilter(SessionFilter::kAllStatuses & ~SessionFilter::statusBit(Ocpi::SessionStatus::Completed));
    QCOMPARE(m_proxy->rowCount(), 6);
    m_proxy->setStatusFilter(SessionFilter::kAllStatuses);

    m_proxy->setValidityFilter(SessionFilter::Validity::Errors);
    QStringList withErrors;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->session(r).errorCount)
            withErrors << m_model->session(r).text(Ocpi::Session::Field::Id);
    }
    QVERIFY(!withErrors.isEmpty());
    QCOMPARE(m_proxy->rowCount(), withErrors.size());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QCOMPARE(m_proxy->index(r, 0).data(SeverityRole).toInt(), 2);
    m_proxy->setValidityFilter(SessionFilter::Validity::All);

    m_proxy->setTextFilter("FFFF"); // token uids ffff0001 and FFFF0002
    QCOMPARE(proxyIds(), QStringList({"a-10", "A-9"}));
    m_proxy->setTextFilter("loc1"); // LOC10, LOC13, LOC16
    QCOMPARE(proxyIds(), QStringList({"aa", "b-2", "c"}));
    m_proxy->setTextFilter(QString());

    m_proxy->setStartRange(ms("2024-05-01T00:00:00Z"), ms("2024-05-02T00:00:00Z"));
    QCOMPARE(proxyIds(), QStringList({"0", "a-10", "aa", "c", "z"}));
    m_proxy->setStartRange(Ocpi::kNoTime, Ocpi::kNoTime);

    m_proxy->setSourceFilter(m_file);
    QCOMPARE(proxyIds(), QStringList({"0", "c"}));
    m_proxy->setSourceFilter(-1);
    QCOMPARE(m_proxy->rowCount(), 8);
    QVERIFY(m_proxy->filter().isEmpty());
}

void TestSessionTableModel::proxyRebuildsOnceAfterMerge()
{
    m_model->merge(batch(numbered(6)), m_poll); // kwh 0..5
    m_proxy->sort(Kwh, Qt::DescendingOrder);
    QCOMPARE(proxyIds(), QStringList({"S5", "S4", "S3", "S2", "S1", "S0"}));
    const int before = m_proxy->rebuildCount();

    QSignalSpy proxyLayout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyInserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    // Sort column changes in scattered rows, and two new sessions.
    m_model->merge(batch({Spec().withId("S0").withKwh(10).updated("2024-05-01T12:00:00Z"),
                          Spec().withId("S3").withKwh(-0.5).updated("2024-05-01T12:00:00Z"), Spec().withId("N1").withKwh(4.5),
                          Spec().withId("N2").withKwh(0.5)}),
                   m_poll);
    QCOMPARE(m_proxy->rebuildCount(), before + 1);
    QCOMPARE(proxyLayout.count(), 1);
    QCOMPARE(proxyInserted.count(), 1); // appended as one block before the rebuild
    QCOMPARE(proxyIds(), QStringList({"S0", "S5", "N1", "S4", "S2", "S1", "N2", "S3"}));

    // A change outside the sort column and with no filter: no rebuild, rows stay.
    m_model->merge(batch({Spec().withId("S2").withKwh(2).withStatus("COMPLETED").updated("2024-05-01T12:00:00Z")}), m_poll);
    QCOMPARE(m_proxy->rebuildCount(), before + 1);
    QCOMPARE(proxyLayout.count(), 1);

    // With a status filter, a status change that leaves the filter is applied after the merge.
    m_proxy->setStatusFilter(SessionFilter::statusBit(Ocpi::SessionStatus::Active));
    QCOMPARE(proxyIds(), QStringList({"S0", "S5", "N1", "S4", "S1", "N2", "S3"}));
    m_model->merge(batch({Spec().withId("S4").withKwh(4).withStatus("COMPLETED").updated("2024-05-01T12:00:00Z")}), m_poll);
    QCOMPARE(m_proxy->rebuildCount(), before + 2);
    QCOMPARE(proxyIds(), QStringList({"S0", "S5", "N1", "S1", "N2", "S3"}));

    // A new session that does not pass the filter never shows.
    m_model->merge(batch({Spec().withId("N3").withKwh(99).withStatus("COMPLETED")}), m_poll);
    QVERIFY(!proxyIds().contains("N3"));
    // Unchanged records: nothing at all.
    const int rebuilds = m_proxy->rebuildCount();
    m_model->merge(batch({Spec().withId("N3").withKwh(99).withStatus("COMPLETED")}), m_poll);
    QCOMPARE(m_proxy->rebuildCount(), rebuilds);
}

void TestSessionTableModel::proxyFollowsRandomChanges_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("filter"); // 0 none, 1 status ACTIVE, 2 text "loc1", 3 hide stale, 4 source poll
    // Every kind of key (none, enum, text, time, number, source name) without a filter; each filter with a number
    // and a text column.
    const int columns[] = {-1, Status, Where, Start, Kwh, Source};
    for (const int c : columns) {
        for (const Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (int f = 0; f < 5; ++f) {
                if (f == 0 || c == Kwh || c == Where)
                    QTest::addRow("column %d %s filter %d", c, o == Qt::AscendingOrder ? "asc" : "desc", f) << c << o << f;
            }
        }
    }
}

// After every merge, markMissing, markCached and removeSource, in random order and amounts, the proxy holds exactly
// the accepted rows in the order of a stable sort of RawValueRole (equal values in source order), and a persistent
// index on a proxy row (what the view's selection holds) still points at the same session.
void TestSessionTableModel::proxyFollowsRandomChanges()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, filter);
    QRandomGenerator rng(quint32(1000 + column * 31 + int(order) * 7 + filter));
    m_proxy->sort(column, order);
    SessionFilter f;
    switch (filter) {
    case 1: f.setStatuses(SessionFilter::statusBit(Ocpi::SessionStatus::Active)); break;
    case 2: f.setText(QStringLiteral("loc1")); break;
    case 3: f.setHideStale(true); break;
    case 4: f.setSource(m_poll); break;
    default: break;
    }
    m_proxy->setFilter(f);

    const QStringList statuses{"ACTIVE", "COMPLETED", "PENDING", "INVALID", "RESERVATION"};
    int minute = 0;
    auto randomSpec = [&](int id) {
        Spec s = Spec().withId(QStringLiteral("R%1").arg(id)).withKwh(double(rng.bounded(8))); // ties on purpose
        s.status = statuses.at(int(rng.bounded(qint64(statuses.size()))));
        s.location = QStringLiteral("LOC%1").arg(rng.bounded(25));
        s.start = QDateTime(QDate(2024, 5, 1), QTime(rng.bounded(24), 0), Qt::UTC).toString(Qt::ISODate);
        s.lastUpdated = QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC).addSecs(60 * ++minute).toString(Qt::ISODate);
        return s;
    };
    auto randomBatch = [&](int n) {
        QList<Spec> out;
        for (int i = 0; i < n; ++i)
            out.append(randomSpec(int(rng.bounded(160))));
        return out;
    };
    auto expected = [&] {
        QList<int> rows;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (f.accepts(m_model->session(r), m_model->sourceId(r), m_model->isStale(r)))
                rows << r;
        }
        if (column >= 0) {
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                const QVariant va = m_model->rawValue(a, column);
                const QVariant vb = m_model->rawValue(b, column);
                return order == Qt::AscendingOrder ? rawLess(va, vb) : rawLess(vb, va);
            });
        } else if (order == Qt::DescendingOrder) {
            std::reverse(rows.begin(), rows.end());
        }
        return rows;
    };
    auto actual = [&] {
        QList<int> rows;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        return rows;
    };

    m_model->merge(batch(randomBatch(90)), m_poll);
    m_model->merge(batch(randomBatch(30)), m_file);
    QCOMPARE(actual(), expected());

    QPersistentModelIndex held;
    QString heldKey;
    for (int step = 0; step < 60; ++step) {
        if (!held.isValid() && m_proxy->rowCount() > 0) {
            held = m_proxy->index(int(rng.bounded(m_proxy->rowCount())), Id);
            heldKey = held.data(KeyRole).toString();
        }
        const int op = int(rng.bounded(10));
        if (op < 6) {
            m_model->merge(batch(randomBatch(1 + int(rng.bounded(20)))), rng.bounded(4) ? m_poll : m_file);
        } else if (op == 6) {
            QSet<QString> present;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (rng.bounded(3))
                    present.insert(m_model->key(r));
            }
            m_model->markMissing(m_poll, present);
        } else if (op == 7) {
            QHash<QString, qint64> seen;
            for (int r = 0; r < m_model->rowCount(); r += 1 + int(rng.bounded(5)))
                seen.insert(m_model->key(r), 1'700'000'000'000 + r);
            m_model->markCached(m_poll, seen);
        } else if (op == 8) {
            m_model->removeSource(m_file);
        } else {
            m_model->setLocale(rng.bounded(2) ? QLocale(QLocale::German) : QLocale::c());
        }
        const QList<int> want = expected();
        const QList<int> got = actual();
        QVERIFY2(got == want, qPrintable(QStringLiteral("step %1, op %2").arg(step).arg(op)));
        if (held.isValid()) {
            QCOMPARE(held.data(KeyRole).toString(), heldKey);
        } else if (!heldKey.isEmpty()) {
            const int row = m_model->rowOf(heldKey); // gone or filtered out, never just lost
            QVERIFY(row < 0 || !want.contains(row));
            heldKey.clear();
        }
    }
}

// With a reorder delay (the window's, so that the slices of one poll are placed once), merges append and change
// rows in place; the rows are placed when the delay ends, or at reorderNow(), sort() or a filter change.
void TestSessionTableModel::proxyReorderDelayPlacesMergesOnce()
{
    m_model->merge(batch(numbered(6)), m_poll); // kwh 0..5
    m_proxy->sort(Kwh, Qt::DescendingOrder);
    m_proxy->setReorderDelay(60'000); // never by itself within this test
    const int rebuilds = m_proxy->rebuildCount();
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);

    m_model->merge(batch({Spec().withId("S0").withKwh(10).updated("2024-05-01T12:00:00Z"), Spec().withId("N1").withKwh(4.5)}),
                   m_poll);
    m_model->merge(batch({Spec().withId("S5").withKwh(-1).updated("2024-05-01T12:00:00Z"), Spec().withId("N2").withKwh(7)}),
                   m_poll);
    // Not placed yet: new rows at the end, changed rows where they were, nothing repainted yet.
    QCOMPARE(proxyIds(), QStringList({"S5", "S4", "S3", "S2", "S1", "S0", "N1", "N2"}));
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_proxy->rebuildCount(), rebuilds);

    m_proxy->reorderNow(); // both merges at once
    QCOMPARE(proxyIds(), QStringList({"S0", "N2", "N1", "S4", "S3", "S2", "S1", "S5"}));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(m_proxy->rebuildCount(), rebuilds + 1);

    // The delay's end does the same.
    m_proxy->setReorderDelay(10);
    m_model->merge(batch({Spec().withId("S1").withKwh(100).updated("2024-05-01T13:00:00Z")}), m_poll);
    QCOMPARE(proxyIds().constFirst(), QString("S0"));
    QTRY_COMPARE(proxyIds().constFirst(), QString("S1"));
    QCOMPARE(layout.count(), 2);

    // A filter change places pending rows too.
    m_proxy->setReorderDelay(60'000);
    m_model->merge(batch({Spec().withId("S2").withKwh(200).updated("2024-05-01T13:00:00Z")}), m_poll);
    m_proxy->setTextFilter(QStringLiteral("S"));
    QCOMPARE(proxyIds().constFirst(), QString("S2"));
    m_proxy->setReorderDelay(0);
}

void TestSessionTableModel::dynamicPolicyGivesTheSameRows()
{
    // The model's row signals also work for a generic, dynamically sorted QSortFilterProxyModel (a listener that
    // re-sorts each dataChanged range against rows it assumes in order), and it agrees with SessionFilterProxy.
    QSortFilterProxyModel plain;
    plain.setSortRole(RawValueRole);
    plain.setDynamicSortFilter(true);
    plain.setSourceModel(m_model.get());
    QAbstractItemModelTester plainTester(&plain, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto plainIds = [&] {
        QStringList out;
        for (int r = 0; r < plain.rowCount(); ++r)
            out << plain.index(r, Id).data().toString();
        return out;
    };
    m_model->merge(batch(numbered(6)), m_poll);
    plain.sort(Kwh, Qt::DescendingOrder);
    m_proxy->sort(Kwh, Qt::DescendingOrder);
    m_model->merge(batch({Spec().withId("S0").withKwh(10).updated("2024-05-01T12:00:00Z"),
                          Spec().withId("S4").withKwh(4).withStatus("COMPLETED").updated("2024-05-01T12:00:00Z"),
                          Spec().withId("N1").withKwh(4.5)}),
                   m_poll);
    QCOMPARE(plainIds(), QStringList({"S0", "S5", "N1", "S4", "S3", "S2", "S1"}));
    QCOMPARE(proxyIds(), plainIds());

    // Scattered changes of the sort column in one merge: each range is announced before the next one's rows
    // change.
    m_model->merge(batch({Spec().withId("S1").withKwh(20).updated("2024-05-01T13:00:00Z"),
                          Spec().withId("S3").withKwh(0.5).updated("2024-05-01T13:00:00Z"),
                          Spec().withId("S5").withKwh(2.5).updated("2024-05-01T13:00:00Z"),
                          Spec().withId("N1").withKwh(9).updated("2024-05-01T13:00:00Z")}),
                   m_poll);
    QCOMPARE(plainIds(), QStringList({"S1", "S0", "N1", "S4", "S5", "S2", "S3"}));
    QCOMPARE(proxyIds(), plainIds());

    // Many: 60 rows, every other one changed to a value that moves it far.
    m_model->clear();
    m_model->merge(batch(numbered(60)), m_poll);
    QList<Spec> moved;
    for (int i = 0; i < 60; i += 2)
        moved.append(Spec().withId(QStringLiteral("S%1").arg(i)).withKwh((i * 37) % 61).updated("2024-05-01T13:00:00Z"));
    m_model->merge(batch(moved), m_poll);
    QCOMPARE(plain.rowCount(), 60);
    for (int r = 1; r < 60; ++r) {
        const double prev = plain.index(r - 1, Kwh).data(RawValueRole).toDouble();
        const double cur = plain.index(r, Kwh).data(RawValueRole).toDouble();
        QVERIFY2(prev >= cur, qPrintable(QStringLiteral("row %1: %2 then %3").arg(r).arg(prev).arg(cur)));
        // Ours: the same values row by row; equal values in source order (the plain proxy keeps them as they came).
        QCOMPARE(m_proxy->index(r, Kwh).data(RawValueRole).toDouble(), cur);
        if (m_proxy->index(r - 1, Kwh).data(RawValueRole).toDouble() == cur) {
            QVERIFY(m_proxy->mapToSource(m_proxy->index(r - 1, 0)).row()
                    < m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        }
    }
}

void TestSessionTableModel::formatters()
{
    // Zone names for labels (TZ is Europe/Amsterdam here).
    QCOMPARE(SessionFormat::zoneName(Qt::UTC, ms("2024-07-01T00:00:00Z")), QString("UTC"));
    QCOMPARE(SessionFormat::zoneName(Qt::LocalTime, ms("2024-01-01T00:00:00Z")), QString("CET"));
    QCOMPARE(SessionFormat::zoneName(Qt::LocalTime, ms("2024-07-01T00:00:00Z")), QString("CEST"));
    qputenv("TZ", "America/Sao_Paulo"); // abbreviated "-03": written as an offset
    tzset();
    QCOMPARE(SessionFormat::zoneName(Qt::LocalTime, ms("2024-07-01T00:00:00Z")), QString("UTC-03:00"));
    qputenv("TZ", "Europe/Amsterdam");
    tzset();

    QCOMPARE(SessionFormat::maskUid(u"04A1B2C3"), QString::fromUtf8("04\u2022\u2022\u2022\u2022C3"));
    QCOMPARE(SessionFormat::maskUid(u"12345"), QString::fromUtf8("12\u202245"));
    QCOMPARE(SessionFormat::maskUid(u"1234"), QString::fromUtf8("\u2022\u2022\u2022\u2022"));
    QCOMPARE(SessionFormat::maskUid(u""), QString());
    QCOMPARE(SessionFormat::formatDuration(0), QString("0:00"));
    QCOMPARE(SessionFormat::formatDuration(59'999), QString("0:00"));
    QCOMPARE(SessionFormat::formatDuration(3'900'000), QString("1:05"));
    QCOMPARE(SessionFormat::formatDuration(-1), QString());
    QCOMPARE(SessionFormat::formatDateTime(Ocpi::kNoTime, Qt::UTC), QString());
    QCOMPARE(SessionFormat::utcDayStart(ms("2024-05-01T23:59:59Z")), ms("2024-05-01T00:00:00Z"));
    QCOMPARE(SessionFormat::utcDayStart(ms("1969-12-31T12:00:00Z")), ms("1969-12-31T00:00:00Z"));
}

QTEST_GUILESS_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
