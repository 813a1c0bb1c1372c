// Exports of the sessions table, written to real files: the filtered, sorted rows as CSV (machine values, RFC 4180
// quoting, no formula injection), the findings as CSV, and the findings as the validate JSON report.
#include "sessionexport.h"
#include "sessionfilter.h"
#include "sessionfilterproxy.h"
#include "sessionroles.h"
#include "sessiontablemodel.h"

#include "ocpi/sessionvalidator.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace SessionModel;


class TestSessionExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void csvField_data();
    void csvField();
    void tableCsvHasTheViewsRows();
    void findingsCsv();
    void findingsJsonIsTheValidateReport();

private:
    QString write(const std::function<void(QIODevice &)> &fn);
    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<SessionFilterProxy> m_proxy;
    QTemporaryDir m_dir;
    int m_file = 0;
    int m_poll = 0;
};

// Raw strings after the class: moc stops at them.
namespace {

QByteArray record(const QByteArray &id, const QByteArray &status, const QByteArray &kwh, const QByteArray &extra = {})
{
    return R"({"country_code":"NL","party_id":"STK","id":")" + id + R"(","start_date_time":"2024-05-01T10:00:00Z",)"
           R"("end_date_time":"2024-05-01T11:30:00Z","kwh":)" + kwh + R"(,"cdr_token":{"country_code":"NL","party_id":"TST",)"
           R"("uid":"04A1B2C3","type":"RFID","contract_id":"NL-TST-C12345678-S"},"auth_method":"WHITELIST",)"
           R"("location_id":"LOC,1","evse_uid":"EVSE1","connector_id":"1","currency":"EUR","status":")" + status + '"'
           + extra + R"(,"last_updated":"2024-05-01T11:30:00.250Z"})";
}

SessionTableModel::Incoming incoming(const QByteArray &json)
{
    Ocpi::SessionValidator validator;
    SessionTableModel::Incoming in;
    in.session = validator.validate(std::string_view(json.constData(), size_t(json.size())), &in.findings);
    in.json = json;
    return in;
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    if (all.endsWith("\r\n"))
        all.chop(2);
    return all.split('\n');
}

} // namespace

void TestSessionExport::init()
{
    QVERIFY(m_dir.isValid());
    m_model = std::make_unique<SessionTableModel>();
    m_poll = m_model->addSource("poll: cpo.example");
    m_file = m_model->addSource("file: a,b.json");
    std::vector<SessionTableModel::Incoming> poll;
    poll.push_back(incoming(record("S1", "COMPLETED", "12.5")));
    poll.push_back(incoming(record("=HYPERLINK(1)", "ACTIVE", "3")));
    m_model->merge(std::move(poll), m_poll);
    std::vector<SessionTableModel::Incoming> file;
    file.push_back(incoming(record("F1", "ACTIVE", "-1", R"(,"total_cost":{"excl_vat":"x"})")));
    m_model->merge(std::move(file), m_file);
    m_proxy = std::make_unique<SessionFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
}

QString TestSessionExport::write(const std::function<void(QIODevice &)> &fn)
{
    const QString path = m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".out");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    fn(f);
    return path;
}

void TestSessionExport::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << "abc" << QByteArray("abc");
    QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
    QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << "a\nb" << QByteArray("\"a\nb\"");
    QTest::newRow("formula") << "=1+1" << QByteArray("'=1+1");
    QTest::newRow("plus") << "+31" << QByteArray("'+31");
    QTest::newRow("minus") << "-2" << QByteArray("'-2");
    QTest::newRow("at") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
    QTest::newRow("utf8") << QString::fromUtf8("Zürich") << QByteArray("Z\xc3\xbcrich");
    QTest::newRow("empty") << "" << QByteArray();
}

void TestSessionExport::csvField()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(SessionExport::csvField(text), field);
}

void TestSessionExport::tableCsvHasTheViewsRows()
{
    // Only ACTIVE sessions, sorted by id: the export follows the view, not the model.
    SessionFilter filter;
    filter.setStatuses(SessionFilter::statusBit(Ocpi::SessionStatus::Active));
    m_proxy->setFilter(filter);
    m_proxy->sort(Id, Qt::AscendingOrder);
    QCOMPARE(m_proxy->rowCount(), 2);

    qint64 written = 0;
    const QString path = write([&](QIODevice &out) {
        written = SessionExport::writeTableCsv(out, *m_proxy, {Id, Status, Start, Duration, Kwh, Where, LastUpdated, Source});
    });
    QCOMPARE(written, 2);
    const QList<QByteArray> l = lines(path);
    QCOMPARE(l.size(), 3);
    QCOMPARE(l[0], QByteArray("session_id,status,start_utc,duration_s,energy_kwh,location_evse_connector,last_updated_utc,source\r"));
    // The formula-looking id is defused; times in ISO UTC with milliseconds; 90 minutes = 5400 s; '.' decimals.
    QVERIFY2(l[1].startsWith("'=HYPERLINK(1),Active,2024-05-01T10:00:00.000Z,5400,3,\"LOC,1"), l[1].constData());
    QVERIFY2(l[2].startsWith("F1,Active,2024-05-01T10:00:00.000Z,5400,-1,"), l[2].constData());
    QVERIFY2(l[2].endsWith(",2024-05-01T11:30:00.250Z,\"file: a,b.json\""), l[2].constData()); // the last line

    // A number in a locale with a decimal comma is still written with a point.
    m_model->setLocale(QLocale(QLocale::German));
    filter.setStatuses(SessionFilter::statusBit(Ocpi::SessionStatus::Completed));
    m_proxy->setFilter(filter);
    const QString path2 = write([&](QIODevice &out) { SessionExport::writeTableCsv(out, *m_proxy, {Kwh}); });
    QCOMPARE(lines(path2).value(1), QByteArray("12.5"));
}

void TestSessionExport::findingsCsv()
{
    const int f1 = m_model->rowOf("NL*STK*F1");
    const int s1 = m_model->rowOf("NL*STK*S1");
    QVERIFY(m_model->findings(f1).size() >= 2);
    QVERIFY(m_model->findings(s1).isEmpty());
    qint64 written = 0;
    const QString path = write([&](QIODevice &out) { written = SessionExport::writeFindingsCsv(out, *m_model, {s1, f1}); });
    QCOMPARE(written, qint64(m_model->findings(f1).size()));
    const QList<QByteArray> l = lines(path);
    QCOMPARE(l.size(), 1 + m_model->findings(f1).size());
    QCOMPARE(l[0], QByteArray("source,session,severity,path,code,message,spec\r"));
    bool sawKwh = false;
    for (int i = 1; i < l.size(); ++i) {
        QVERIFY2(l[i].startsWith("\"file: a,b.json\",NL*STK*F1,"), l[i].constData());
        sawKwh |= l[i].contains(",/kwh,kwh.negative,");
    }
    QVERIFY(sawKwh);
}

void TestSessionExport::findingsJsonIsTheValidateReport()
{
    QList<int> all;
    for (int r = 0; r < m_model->rowCount(); ++r)
        all << r;
    const QString path = write([&](QIODevice &out) { SessionExport::writeFindingsJson(out, *m_model, all); });
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray files = doc.object().value("files").toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].toObject().value("file").toString(), QString("poll: cpo.example"));
    QCOMPARE(files[0].toObject().value("sessions").toArray().size(), 2);
    const QJsonObject fileSource = files[1].toObject();
    QCOMPARE(fileSource.value("file").toString(), QString("file: a,b.json"));
    const QJsonObject f1 = fileSource.value("sessions").toArray().at(0).toObject();
    QCOMPARE(f1.value("id").toString(), QString("F1"));
    QCOMPARE(f1.value("valid").toBool(), false);
    bool sawKwh = false;
    for (const QJsonValue &finding : f1.value("findings").toArray())
        sawKwh |= finding.toObject().value("code").toString() == "kwh.negative";
    QVERIFY(sawKwh);
    QCOMPARE(doc.object().value("summary").toObject().value("invalid").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSessionExport)
#include "tst_sessionexport.moc"
