// The sessions table behind a real QTableView (offscreen): the selected session stays selected and current while
// merges re-sort and re-filter the proxy around it, and clicking a header sorts on raw values.
#include "sessionfilterproxy.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"

#include "ocpi/sessionvalidator.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>

using namespace SessionModel;
using Incoming = SessionTableModel::Incoming;

namespace {

QByteArray sessionJson(const QString &id, double kwh, const char *status, const char *updated)
{
    return QStringLiteral(R"({"country_code":"NL","party_id":"STK","id":"%1","start_date_time":"2024-05-01T10:00:00Z",)"
                          R"("kwh":%2,"cdr_token":{"country_code":"NL","party_id":"TST","uid":"04A1B2C3","type":"RFID",)"
                          R"("contract_id":"NL-TST-C12345678-S"},"auth_method":"WHITELIST","location_id":"LOC1",)"
                          R"("evse_uid":"E1","connector_id":"1","currency":"EUR","status":"%3","last_updated":"%4"})")
        .arg(id)
        .arg(kwh)
        .arg(QLatin1StringView(status), QLatin1StringView(updated))
        .toUtf8();
}

std::vector<Incoming> batch(const QList<QByteArray> &texts)
{
    Ocpi::SessionValidator validator;
    std::vector<Incoming> out;
    for (const QByteArray &t : texts) {
        Incoming in;
        in.session = validator.validate(std::string_view(t.constData(), size_t(t.size())), &in.findings);
        in.json = t;
        out.push_back(std::move(in));
    }
    return out;
}

} // namespace

class TestSessionTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectionSurvivesMerges();
    void headerClickSortsOnRawValues();
};

void TestSessionTableView::selectionSurvivesMerges()
{
    SessionTableModel model;
    const int source = model.addSource("poll");
    SessionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(Kwh, Qt::DescendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QList<QByteArray> first;
    for (int i = 0; i < 200; ++i)
        first << sessionJson(QStringLiteral("S%1").arg(i), i, "ACTIVE", "2024-05-01T11:00:00Z");
    model.merge(batch(first), source);
    QCOMPARE(proxy.rowCount(), 200);

    // Select S50 (row 149 when sorted by kWh descending).
    const QModelIndex s50 = proxy.mapFromSource(model.index(model.rowOf("NL*STK*S50"), Id));
    QCOMPARE(s50.row(), 149);
    view.setCurrentIndex(s50);
    view.selectRow(s50.row());
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);

    // Every tenth session gets more energy: S50 moves to the top.
    QList<QByteArray> poll;
    for (int i = 0; i < 200; i += 10)
        poll << sessionJson(QStringLiteral("S%1").arg(i), 500 + i, "ACTIVE", "2024-05-01T11:30:00Z");
    poll << sessionJson("NEW", 250, "ACTIVE", "2024-05-01T11:30:00Z");
    model.merge(batch(poll), source);
    QCoreApplication::processEvents();

    const QModelIndex current = view.currentIndex();
    QCOMPARE(current.data(KeyRole).toString(), QString("NL*STK*S50"));
    QCOMPARE(current.row(), 14); // 500 + 190 ... 500 + 50: the 15th
    const QModelIndexList selected = view.selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).data(KeyRole).toString(), QString("NL*STK*S50"));
    QCOMPARE(proxy.index(0, Id).data().toString(), QString("S190"));
    QCOMPARE(proxy.index(20, Id).data().toString(), QString("NEW"));

    // Filtered out, then back: the selection follows what the view keeps.
    proxy.setStatusFilter(SessionFilter::statusBit(Ocpi::SessionStatus::Completed));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStatusFilter(SessionFilter::kAllStatuses);
    QCOMPARE(proxy.rowCount(), 201);
}

void TestSessionTableView::headerClickSortsOnRawValues()
{
    SessionTableModel model;
    const int source = model.addSource("poll");
    SessionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.merge(batch({sessionJson("A", 9, "ACTIVE", "2024-05-01T11:00:00Z"), sessionJson("B", 100, "ACTIVE", "2024-05-01T11:00:00Z"),
                       sessionJson("C", 10, "ACTIVE", "2024-05-01T11:00:00Z")}),
                source);

    QHeaderView *header = view.horizontalHeader();
    const QPoint kwhHeader(header->sectionViewportPosition(Kwh) + header->sectionSize(Kwh) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, kwhHeader);
    QCOMPARE(proxy.sortColumn(), int(Kwh));
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, Id).data().toString();
    const QStringList ascending{"A", "C", "B"}; // 9, 10, 100: by number, not by text
    const QStringList descending{"B", "C", "A"};
    QVERIFY2(order == (proxy.sortOrder() == Qt::AscendingOrder ? ascending : descending), qPrintable(order.join(',')));
}

QTEST_MAIN(TestSessionTableView)
#include "tst_sessiontableview.moc"
