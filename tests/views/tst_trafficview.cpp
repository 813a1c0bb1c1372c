// The Traffic view (views/trafficview) over a real poll of the simulator with a known token: the table, the
// details of each exchange with its pretty-printed body, the copy on the clipboard and the HAR file on disk,
// the capacity remembered; and none of them holds the token, plain or Base64.
#include "trafficmodel.h"
#include "trafficview.h"

#include "net/client/sessionpoller.h"
#include "net/client/trafficlog.h"
#include "net/simulator/simulator.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableView>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace Ocpi::Net;

namespace {
const QString kToken = QStringLiteral("View-Tr4ffic-T0ken-31ab");
}

class TestTrafficView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void showsCopiesAndExportsRedacted();
    void capacityIsRemembered();

private:
    QTemporaryDir m_dir;
};

void TestTrafficView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ocpi-session-monitor-test");
    QCoreApplication::setApplicationName("tst_trafficview");
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.sim.info=false");
    QVERIFY(m_dir.isValid());
}

void TestTrafficView::init()
{
    QSettings().clear();
}

void TestTrafficView::showsCopiesAndExportsRedacted()
{
    Ocpi::Sim::Simulator sim;
    Ocpi::Sim::Options options;
    options.token = kToken;
    options.sessions = 15;
    options.maxPageSize = 10;
    sim.setOptions(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    Views::TrafficView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto log = std::make_shared<TrafficLog>();
    view.setLog(log);
    view.resize(1000, 700);
    view.show();
    QVERIFY(!view.copyAction()->isEnabled());
    QVERIFY(!view.exportAction()->isEnabled());

    ClientConfig config;
    config.url = sim.versionsUrl();
    config.token = kToken;
    config.traffic = log;
    config.trafficSource = "demo";
    SessionPoller poller(config);
    QSignalSpy done(&poller, &SessionPoller::pollFinished);
    poller.pollNow();
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().value<PollResult>().ok());
    QTRY_COMPARE(view.model()->rowCount(), log->size());
    QVERIFY(view.model()->rowCount() >= 4); // versions, details, two pages
    QVERIFY(view.exportAction()->isEnabled());

    QString outputs;
    // The details of every exchange, with and without the body.
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        view.table()->setCurrentIndex(view.model()->index(row, 0));
        QVERIFY(view.copyAction()->isEnabled());
        const QString text = view.details()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Authorization: Token [redacted]")));
        QVERIFY(text.contains(QStringLiteral("X-Request-ID: ") + view.model()->exchangeAt(row).requestId));
        QVERIFY(text.contains(QStringLiteral("OCPI status_code 1000")));
        QVERIFY2(text.contains(QStringLiteral("\n  \"status_code\": 1000")), qPrintable(text.left(2000))); // pretty
        outputs += text;
        view.showBodyBox()->setChecked(false);
        QVERIFY(!view.details()->toPlainText().contains(QStringLiteral("\"status_code\"")));
        view.showBodyBox()->setChecked(true);
        // The copy: by the action (Ctrl+C in the table) as the user does it.
        QApplication::clipboard()->clear();
        view.table()->setFocus();
        view.copyAction()->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("GET ") + view.model()->exchangeAt(row).url));
        outputs += copied;
    }
    // The table, every column and role.
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        for (int c = 0; c < view.model()->columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(TrafficModel::SortRole)})
                outputs += view.model()->index(r, c).data(role).toString() + u'\n';
        }
    }
    // The HAR file on disk.
    const QString path = m_dir.filePath("traffic.har");
    QString error;
    QVERIFY2(view.exportHar(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray har = file.readAll();
    const QJsonArray entries = QJsonDocument::fromJson(har).object()["log"].toObject()["entries"].toArray();
    QCOMPARE(entries.size(), view.model()->rowCount());
    QCOMPARE(entries.first().toObject()["_source"].toString(), QStringLiteral("demo"));
    outputs += QString::fromUtf8(har);

    QVERIFY(outputs.contains(QStringLiteral("Token [redacted]")));
    QVERIFY2(!outputs.contains(kToken), "the token is in no output");
    QVERIFY2(!outputs.contains(QString::fromLatin1(kToken.toUtf8().toBase64())), "the Base64 token is in no output");
    QVERIFY(!har.contains(kToken.toUtf8().toBase64()));

    // Clear empties the table and the details.
    view.clearAction()->trigger();
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.details()->toPlainText().isEmpty());
    QVERIFY(!view.exportAction()->isEnabled());
}

void TestTrafficView::capacityIsRemembered()
{
    auto log = std::make_shared<TrafficLog>();
    {
        Views::TrafficView view;
        view.setLog(log);
        QCOMPARE(view.capacityBox()->value(), TrafficLog::kDefaultCapacity);
        QCOMPARE(log->capacity(), TrafficLog::kDefaultCapacity);
        for (int i = 0; i < 30; ++i)
            log->record(Exchange{});
        QTRY_COMPARE(view.model()->rowCount(), 30);
        view.capacityBox()->setValue(20);
        QCOMPARE(log->capacity(), 20);
        QCOMPARE(view.model()->rowCount(), 20);
    }
    auto other = std::make_shared<TrafficLog>();
    Views::TrafficView again;
    again.setLog(other);
    QCOMPARE(again.capacityBox()->value(), 20);
    QCOMPARE(other->capacity(), 20);
}

QTEST_MAIN(TestTrafficView)
#include "tst_trafficview.moc"
