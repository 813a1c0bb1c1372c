// The traffic log of the client (model/net/client/trafficlog, redaction) and its table model and exports
// (model/traffic): what a poll of the real simulator records, the ring's bounds, the redaction rule, and a
// hostile server that echoes the token back: no output may hold the token, plain or Base64.
#include "net/client/redaction.h"
#include "net/client/sessionpoller.h"
#include "net/client/trafficlog.h"
#include "net/simulator/simulator.h"
#include "trafficexport.h"
#include "trafficmodel.h"

#include "polltesthelpers.h"
#include "scriptedserver.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMutex>
#include <QtCore/QThread>
#include <QtCore/QUuid>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <memory>

using namespace Ocpi::Net;

namespace {

const QString kToken = QStringLiteral("Tr4ffic-S3cret-7oken-9f2c");

QString base64(const QString &token)
{
    return QString::fromLatin1(token.toUtf8().toBase64());
}

// Every text a model offers: all rows, columns and the roles a view or an accessibility tool asks.
QString everythingIn(const QAbstractItemModel &model)
{
    QString out;
    for (int c = 0; c < model.columnCount(); ++c)
        out += model.headerData(c, Qt::Horizontal).toString() + u'\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                             int(Qt::StatusTipRole), int(Qt::WhatsThisRole), int(Qt::EditRole),
                             int(TrafficModel::SortRole), int(TrafficModel::ExchangeIdRole)})
                out += model.index(r, c).data(role).toString() + u'\n';
        }
    }
    return out;
}

// Messages logged while the test runs (qDebug/qInfo/qWarning of every category).
QStringList g_messages;
QMutex g_messagesMutex;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.append(message);
    }
    if (g_previous && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        g_previous(type, context, message);
}

} // namespace

class TestTraffic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redactBody_data();
    void redactBody();
    void redactUrlAndHeaders();
    void ringKeepsTheLastN();
    void bodiesAreBounded();
    void modelFollowsTheRing();
    void recordsFromAnotherThread();
    void pollOfTheSimulator();
    void hostileServerEchoesTheToken();
};

void TestTraffic::initTestCase()
{
    // Everything the client logs, at every level, goes through the capture.
    QLoggingCategory::setFilterRules(QStringLiteral("ocpi.*=true\nocpi.sim.debug=false\nocpi.sim.info=false"));
    g_previous = qInstallMessageHandler(captureMessage);
}

void TestTraffic::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void TestTraffic::redactBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray tok = kToken.toUtf8();
    const QByteArray b64 = tok.toBase64();
    QTest::newRow("credentials token")
        << QByteArray(R"({"data":{"token":"abcdef123","url":"https://x/"},"status_code":1000})") << false
        << QByteArray(R"({"data":{"token":"[redacted]","url":"https://x/"},"status_code":1000})");
    QTest::newRow("any case, spaces") << QByteArray("{ \"Token\" :\n \"a\\\"b\" }") << false
                                      << QByteArray("{ \"Token\" :\n \"[redacted]\" }");
    QTest::newRow("authorization and password")
        << QByteArray(R"({"authorization":"Token zz","password":"p","other":"token"})") << false
        << QByteArray(R"({"authorization":"[redacted]","password":"[redacted]","other":"token"})");
    // A Session's cdr_token identifies the card: support needs it, it is no secret.
    QTest::newRow("cdr_token kept")
        << QByteArray(R"({"cdr_token":{"uid":"04A1B2C3","type":"RFID","contract_id":"NL-TST-C1"}})") << false
        << QByteArray(R"({"cdr_token":{"uid":"04A1B2C3","type":"RFID","contract_id":"NL-TST-C1"}})");
    QTest::newRow("token as a value is kept") << QByteArray(R"({"type":"token"})") << false
                                              << QByteArray(R"({"type":"token"})");
    QTest::newRow("verbatim plain and base64") << QByteArray("x " + tok + " y " + b64 + " z") << false
                                               << QByteArray("x *** y *** z");
    QTest::newRow("not JSON") << QByteArray("<html>token: " + tok + "</html>") << false
                              << QByteArray("<html>token: ***</html>");
    QTest::newRow("cut inside a token value") << QByteArray(R"({"a":1,"token":"abcd)") << true
                                              << QByteArray(R"({"a":1,"token":"[redacted])");
    QTest::newRow("cut inside the token") << QByteArray("echo " + tok.left(9)) << true << QByteArray("echo ***");
    QTest::newRow("cut inside the base64") << QByteArray("echo " + b64.left(12)) << true << QByteArray("echo ***");
}

void TestTraffic::redactBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, truncated);
    QFETCH(QByteArray, expected);
    QCOMPARE(Ocpi::Net::redactBody(body, Redactor(kToken), truncated), expected);
}

void TestTraffic::redactUrlAndHeaders()
{
    const Redactor r(kToken);
    QUrl url(QStringLiteral("https://user:pw@cpo.example/ocpi/versions"));
    url.setQuery(QStringLiteral("offset=10&access_token=abc&date_from=2024-01-01T00:00:00Z&x=") + kToken);
    const QString shown = redactUrl(url, r);
    QCOMPARE(shown, QStringLiteral("https://cpo.example/ocpi/versions?offset=10&access_token=[redacted]"
                                   "&date_from=2024-01-01T00:00:00Z&x=***"));

    const HeaderList headers{{"Authorization", "Token " + kToken.toUtf8().toBase64()},
                             {"X-Request-ID", "r-1"},
                             {"Set-Cookie", "session=abc"},
                             {"X-Echo", "you sent " + kToken.toUtf8()}};
    const HeaderList out = redactHeaders(headers, r);
    QCOMPARE(out.at(0).second, QByteArray("Token [redacted]"));
    QCOMPARE(out.at(1).second, QByteArray("r-1"));
    QCOMPARE(out.at(2).second, QByteArray("[redacted]"));
    QCOMPARE(out.at(3).second, QByteArray("you sent ***"));
}

void TestTraffic::ringKeepsTheLastN()
{
    TrafficLog log(5);
    QSignalSpy added(&log, &TrafficLog::exchangesAdded);
    for (int i = 0; i < 12; ++i) {
        Exchange e;
        e.url = QStringLiteral("http://x/%1").arg(i);
        QCOMPARE(log.record(e), quint64(i + 1));
    }
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.firstId(), quint64(8));
    QCOMPARE(log.lastId(), quint64(12));
    const QList<Exchange> all = log.exchanges();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first().url, QStringLiteral("http://x/7"));
    QCOMPARE(all.last().url, QStringLiteral("http://x/11"));
    QCOMPARE(log.exchangesAfter(10).size(), 2);
    QCOMPARE(log.exchangesAfter(12).size(), 0);
    QVERIFY(!log.exchange(3));
    QCOMPARE(log.exchange(9)->url, QStringLiteral("http://x/8"));
    // One queued notification for the whole batch.
    QVERIFY(added.isEmpty());
    QTRY_COMPARE(added.size(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(added.size(), 1);

    log.setCapacity(2);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.firstId(), quint64(11));
    log.clear();
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.lastId(), quint64(12)); // ids go on
}

void TestTraffic::bodiesAreBounded()
{
    TrafficLog log(100);
    log.setMaxBodyBytes(1000);
    log.setMaxTotalBodyBytes(5000);
    for (int i = 0; i < 30; ++i) {
        Exchange e;
        e.body = QByteArray(1500, 'a');
        e.bytes = e.body.size();
        log.record(e);
        QVERIFY(log.bodyBytesKept() <= 5000);
    }
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.bodyBytesKept(), 5000);
    const Exchange last = *log.exchange(log.lastId());
    QCOMPARE(last.body.size(), 1000);
    QVERIFY(last.bodyTruncated);
    QCOMPARE(last.bytes, 1500);
    QVERIFY(TrafficExport::bodyText(last).contains(QStringLiteral("the first 1000 of 1500 bytes")));
}

void TestTraffic::modelFollowsTheRing()
{
    TrafficLog log(4);
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Exchange first;
    first.url = QStringLiteral("http://x/0");
    log.record(first);
    model.setLog(&log); // takes what the log holds
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 1; i < 7; ++i) {
        Exchange e;
        e.url = QStringLiteral("http://x/%1").arg(i);
        e.httpStatus = 200;
        e.reason = QStringLiteral("OK");
        e.ocpiStatus = 1000;
        e.started = 1717401600000;
        log.record(e);
    }
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1); // one batch
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.index(0, TrafficModel::Url).data().toString(), QStringLiteral("http://x/3"));
    QCOMPARE(model.index(3, TrafficModel::Url).data().toString(), QStringLiteral("http://x/6"));
    QCOMPARE(model.index(3, TrafficModel::Status).data().toString(), QStringLiteral("200 OK"));
    QCOMPARE(model.index(3, TrafficModel::OcpiStatus).data().toString(), QStringLiteral("1000"));
    QCOMPARE(model.index(3, TrafficModel::Time).data().toString(), QStringLiteral("2024-06-03 08:00:00 UTC"));
    QCOMPARE(model.rowOf(log.lastId()), 3);

    // More than the ring holds between two notifications: every old row goes, only the kept ones come.
    for (int i = 0; i < 10; ++i)
        log.record(Exchange{});
    QTRY_COMPARE(model.exchangeAt(0).id, log.firstId());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(resets.size(), 0);

    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTraffic::recordsFromAnotherThread()
{
    TrafficLog log(1000);
    TrafficModel model;
    model.setLog(&log);
    QThread *writer = QThread::create([&log] {
        for (int i = 0; i < 300; ++i) {
            Exchange e;
            e.body = QByteArray(100, 'b');
            log.record(e);
        }
    });
    writer->start();
    QVERIFY(writer->wait(30000));
    delete writer;
    QTRY_COMPARE(model.rowCount(), 300);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.exchangeAt(r).id, quint64(r + 1));
}

void TestTraffic::pollOfTheSimulator()
{
    Ocpi::Sim::Simulator sim;
    Ocpi::Sim::Options options;
    options.token = kToken;
    options.sessions = 25;
    options.maxPageSize = 10;
    sim.setOptions(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    auto log = std::make_shared<TrafficLog>();
    ClientConfig config;
    config.url = sim.versionsUrl();
    config.token = kToken;
    config.traffic = log;
    config.trafficSource = QStringLiteral("sim");
    SessionPoller poller(config);
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.clear();
    }
    const PollResult r = PollTest::poll(poller);
    QVERIFY2(r.ok(), qPrintable(PollTest::errorsOf(r)));

    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(log.get());
    const QList<Exchange> all = log->exchanges();
    QCOMPARE(model.rowCount(), all.size());
    QCOMPARE(qsizetype(r.requests), all.size());
    QVERIFY(all.size() >= 5); // versions, details, 3 pages of 10

    const auto find = [&](const QString &suffix) {
        for (const Exchange &e : all) {
            if (QUrl(e.url).path().endsWith(suffix))
                return e;
        }
        return Exchange{};
    };
    const Exchange versions = find(QStringLiteral("/ocpi/versions"));
    const Exchange details = find(QStringLiteral("/ocpi/cpo/2.2.1"));
    const Exchange page = find(QStringLiteral("/sessions"));
    for (const Exchange &e : {versions, details, page}) {
        QVERIFY2(e.id > 0, "every step of the poll is recorded");
        QCOMPARE(e.source, QStringLiteral("sim"));
        QCOMPARE(e.method, QByteArray("GET"));
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.ocpiStatus, 1000);
        QVERIFY(e.durationMs >= 0);
        QVERIFY(e.started > 0);
        QVERIFY(e.bytes > 0);
        QCOMPARE(e.body.size(), e.bytes); // small enough to be kept whole
        QVERIFY(!e.bodyTruncated);
        QVERIFY(!QUuid::fromString(e.requestId).isNull());
        QCOMPARE(QString::fromLatin1(Exchange::headerValue(e.requestHeaders, "X-Request-ID")), e.requestId);
        QCOMPARE(QString::fromLatin1(Exchange::headerValue(e.requestHeaders, "X-Correlation-ID")), e.correlationId);
        QCOMPARE(Exchange::headerValue(e.requestHeaders, "Authorization"), QByteArray("Token [redacted]"));
        QVERIFY(e.mimeType.contains("json"));
        QVERIFY(e.error.isEmpty());
    }
    QVERIFY(versions.id < details.id && details.id < page.id);
    QVERIFY(!Exchange::headerValue(page.responseHeaders, "X-Total-Count").isEmpty());
    const int row = model.rowOf(page.id);
    QCOMPARE(model.index(row, TrafficModel::Status).data().toString(), QStringLiteral("200 OK"));
    QCOMPARE(model.index(row, TrafficModel::OcpiStatus).data().toString(), QStringLiteral("1000"));
    QCOMPARE(model.index(row, TrafficModel::RequestId).data().toString(), page.requestId);
    QCOMPARE(model.index(row, TrafficModel::Source).data().toString(), QStringLiteral("sim"));
    // The body is shown pretty-printed.
    QVERIFY(TrafficExport::bodyText(page).contains(QStringLiteral("\n  \"status_code\": 1000")));

    // HAR: the entries and what support reads in them.
    const QByteArray har = TrafficExport::har(all, QStringLiteral("1.0"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(har, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject harLog = doc.object().value(QStringLiteral("log")).toObject();
    QCOMPARE(harLog.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    const QJsonArray entries = harLog.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), all.size());
    const QJsonObject first = entries.first().toObject();
    QCOMPARE(first.value(QStringLiteral("_ocpiStatusCode")).toInt(), 1000);
    QCOMPARE(first.value(QStringLiteral("_source")).toString(), QStringLiteral("sim"));
    QCOMPARE(first.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(first.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(), versions.url);
    QVERIFY(first.value(QStringLiteral("response")).toObject().value(QStringLiteral("content")).toObject()
                .value(QStringLiteral("text")).toString().contains(QStringLiteral("\"versions\"")) ||
            first.value(QStringLiteral("response")).toObject().value(QStringLiteral("content")).toObject()
                .value(QStringLiteral("text")).toString().contains(QStringLiteral("2.2.1")));

    // Redaction: no output holds the token, in any form.
    QString outputs = everythingIn(model) + QString::fromUtf8(har);
    for (const Exchange &e : all)
        outputs += TrafficExport::exchangeText(e, Qt::UTC) + TrafficExport::exchangeText(e, Qt::LocalTime, false);
    {
        QMutexLocker lock(&g_messagesMutex);
        QVERIFY(!g_messages.isEmpty()); // the client did log
        outputs += g_messages.join(u'\n');
    }
    QVERIFY(outputs.contains(QStringLiteral("Authorization: Token [redacted]")));
    QVERIFY(outputs.contains(QStringLiteral("\"value\": \"Token [redacted]\"")));
    QVERIFY2(!outputs.contains(kToken), "the token is redacted everywhere");
    QVERIFY2(!outputs.contains(base64(kToken)), "the Base64 token is redacted everywhere");

    // The ring at N with real polls: the newest N kept, bodies cut at the limit, the table following without
    // a reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    log->setCapacity(3);
    log->setMaxBodyBytes(50);
    const PollResult again = PollTest::poll(poller);
    QVERIFY2(again.ok(), qPrintable(PollTest::errorsOf(again)));
    model.refresh();
    QCOMPARE(log->size(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.exchangeAt(0).id, log->firstId());
    QCOMPARE(model.exchangeAt(2).id, log->lastId());
    QCOMPARE(resets.size(), 0);
    const Exchange newest = model.exchangeAt(2);
    QVERIFY(newest.bodyTruncated);
    QVERIFY(newest.body.size() <= 50);
    QVERIFY(newest.bytes > 50);
    QVERIFY(log->bodyBytesKept() <= log->maxTotalBodyBytes());
}

void TestTraffic::hostileServerEchoesTheToken()
{
    // A server that puts what it was sent everywhere it can: a credentials object, the body's text, headers,
    // a cookie, and an error page.
    const QByteArray tok = kToken.toUtf8();
    const QByteArray b64 = tok.toBase64();
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const HttpRequest &req) {
        const QByteArray auth = req.header("Authorization");
        // Versions: the Base64 form is refused (echoed in an error page), the plain one accepted (and echoed).
        if (req.path().endsWith("/versions") && auth != "Token " + b64) {
            return HttpReply::json(R"({"data":[{"version":"2.2.1","url":")" + server.url("/ocpi/2.2.1").toEncoded()
                                   + R"("}],"status_code":1000,"timestamp":"2024-06-03T08:00:00Z",)"
                                     R"("credentials":{"token":")" + tok + R"(","url":"x","roles":[]},)"
                                     R"("status_message":"you sent )" + auth + R"("})")
                .header("X-Echo-Authorization", auth)
                .header("Set-Cookie", "sid=" + tok)
                .header("X-Token", tok);
        }
        return HttpReply::json("<html>Unauthorized: " + auth + " is not " + tok + "</html>", 401)
            .header("Content-Type", "text/html")
            .header("WWW-Authenticate", "Token realm=\"" + b64 + "\"");
    });

    auto log = std::make_shared<TrafficLog>();
    ClientConfig config;
    QUrl url = server.url("/ocpi/versions");
    url.setQuery("token=" + kToken + "&page=1");
    config.url = url;
    config.token = kToken;
    config.traffic = log;
    config.maxRetries = 0;
    SessionPoller poller(config);
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.clear();
    }
    const PollResult r = PollTest::poll(poller);
    QVERIFY(!r.ok()); // the version details answer 401

    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(log.get());
    const QList<Exchange> all = log->exchanges();
    // Versions with Base64 (401), with the plain token (200), the details (401).
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).httpStatus, 401);
    QCOMPARE(all.at(1).httpStatus, 200);
    QCOMPARE(all.at(2).httpStatus, 401);
    const Exchange &versions = all.at(1);
    QVERIFY(versions.url.contains(QStringLiteral("token=[redacted]")));
    QVERIFY(versions.url.contains(QStringLiteral("page=1")));
    QVERIFY(versions.body.contains(R"("token":"[redacted]")"));
    QVERIFY(versions.body.contains("you sent Token ***"));
    QCOMPARE(versions.ocpiStatus, 1000);
    QCOMPARE(Exchange::headerValue(versions.responseHeaders, "X-Echo-Authorization"), QByteArray("Token ***"));
    QCOMPARE(Exchange::headerValue(versions.responseHeaders, "X-Token"), QByteArray("***"));
    QCOMPARE(Exchange::headerValue(versions.responseHeaders, "Set-Cookie"), QByteArray("[redacted]"));
    QVERIFY(all.at(0).body.contains("Unauthorized: Token *** is not ***"));

    QString outputs = everythingIn(model) + QString::fromUtf8(TrafficExport::har(all));
    for (const Exchange &e : all)
        outputs += TrafficExport::exchangeText(e, Qt::UTC) + TrafficExport::bodyText(e);
    for (const PollError &e : r.errors)
        outputs += e.message;
    {
        QMutexLocker lock(&g_messagesMutex);
        outputs += g_messages.join(u'\n');
    }
    QVERIFY(outputs.contains(QStringLiteral("Authorization: Token [redacted]")));
    QVERIFY2(!outputs.contains(kToken), "the token is redacted everywhere");
    QVERIFY2(!outputs.contains(base64(kToken)), "the Base64 token is redacted everywhere");
}

QTEST_GUILESS_MAIN(TestTraffic)
#include "tst_traffic.moc"
