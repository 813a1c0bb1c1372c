// Fault matrix, TLS: a real HTTPS server on 127.0.0.1 presenting a self-signed, an expired and a wrong-host
// certificate (tests/fixtures/tls, see its README). Each is refused with an error that names the cause, nothing is
// read, the watermark stays; once the server presents a good certificate the same poller reads every session the
// server holds. Verification is never switched off.
#include "polltesthelpers.h"

#include "net/client/clientconfig.h"
#include "net/client/sessionpoller.h"

#include "ocpi/datetime.h"

#include <QtCore/QFile>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtTest/QtTest>

using namespace Ocpi::Net;
using namespace PollTest;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(OSM_FIXTURES "/tls/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sessionJson(int n)
{
    const QByteArray ts = Ocpi::formatDateTimeUtc(Q_INT64_C(1767225600000) + n * 1000).toLatin1();
    return "{\"country_code\":\"NL\",\"party_id\":\"TLS\",\"id\":\"T" + QByteArray::number(n)
           + "\",\"start_date_time\":\"" + ts + "\",\"kwh\":1.5,\"cdr_token\":{\"country_code\":\"NL\",\"party_id\":\"MSP\","
             "\"uid\":\"U1\",\"type\":\"RFID\",\"contract_id\":\"NL-MSP-C12345678-X\"},\"auth_method\":\"WHITELIST\","
             "\"location_id\":\"LOC1\",\"evse_uid\":\"EVSE1\",\"connector_id\":\"1\",\"currency\":\"EUR\","
             "\"status\":\"ACTIVE\",\"last_updated\":\"" + ts + "\"}";
}

// An OCPI sessions endpoint over HTTPS holding `sessions`, all on one page; the certificate it presents can be
// changed between connections.
class HttpsCpo : public QObject
{
public:
    QList<QByteArray> sessions;
    int requests = 0;

    void present(const QString &certFile)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks for no client certificate
        const bool faultCert = certFile.startsWith(QLatin1StringView("fault-"));
        conf.setLocalCertificate(QSslCertificate(readFixture(certFile)));
        conf.setPrivateKey(QSslKey(readFixture(faultCert ? QStringLiteral("fault-leaf.key") : QStringLiteral("test-server.key")),
                                   QSsl::Rsa));
        m_server.setSslConfiguration(conf);
    }
    bool listen()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [socket, this] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const QByteArray body = "{\"data\":[" + sessions.join(',')
                                            + "],\"status_code\":1000,\"timestamp\":\"2026-01-01T00:00:00Z\"}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Total-Count: "
                                  + QByteArray::number(sessions.size()) + "\r\nContent-Length: " + QByteArray::number(body.size())
                                  + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl sessionsUrl() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/ocpi/cpo/2.2.1/sessions").arg(m_server.serverPort()));
    }

private:
    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestTlsFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badCertificateIsRefusedThenRecovered_data();
    void badCertificateIsRefusedThenRecovered();
};

void TestTlsFaults::initTestCase()
{
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.client.warning=false");
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    for (const char *f : {"fault-ca.pem", "fault-expired.pem", "fault-wronghost.pem", "test-server.pem"})
        QVERIFY2(!QSslCertificate(readFixture(QLatin1StringView(f))).isNull(), f);
    QVERIFY(!QSslKey(readFixture("fault-leaf.key"), QSsl::Rsa).isNull());
}

void TestTlsFaults::badCertificateIsRefusedThenRecovered_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<bool>("trustFaultCa");
    QTest::addColumn<QString>("cause"); // what the error must say
    QTest::newRow("self-signed, not trusted") << "test-server.pem" << false << "self-signed";
    QTest::newRow("expired") << "fault-expired.pem" << true << "expired";
    QTest::newRow("wrong host name") << "fault-wronghost.pem" << true << "host name did not match";
}

void TestTlsFaults::badCertificateIsRefusedThenRecovered()
{
    QFETCH(QString, cert);
    QFETCH(bool, trustFaultCa);
    QFETCH(QString, cause);
    HttpsCpo cpo;
    for (int i = 1; i <= 3; ++i)
        cpo.sessions.append(sessionJson(i));
    cpo.present(cert);
    QVERIFY(cpo.listen());

    ClientConfig c;
    c.url = cpo.sessionsUrl();
    c.token = "tls-test-token";
    c.endpointKind = EndpointKind::Sessions;
    c.maxRetries = 1;
    c.retryBaseDelayMs = 5;
    c.connectTimeoutMs = 30000;
    if (trustFaultCa)
        c.caCertificates.append(QSslCertificate(readFixture("fault-ca.pem")));
    SessionPoller poller(c);

    PollResult r = poll(poller);
    QVERIFY(!r.complete);
    QCOMPARE(r.errors.size(), 1);
    const PollError &e = r.errors.constFirst();
    QCOMPARE(int(e.kind), int(PollError::Kind::Network));
    QVERIFY2(e.message.contains("TLS handshake failed") && e.message.contains(cause, Qt::CaseInsensitive),
             qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("127.0.0.1:%1").arg(cpo.sessionsUrl().port())), qPrintable(e.message));
    QVERIFY(!e.message.contains("tls-test-token"));
    // A certificate does not fix itself in a second: no retry, nothing was sent over the refused connection.
    QCOMPARE(r.retries, 0);
    QCOMPARE(cpo.requests, 0);
    QCOMPARE(r.records, 0);
    QCOMPARE(poller.sessions().size(), 0);
    QCOMPARE(poller.watermark(), Ocpi::kNoTime);

    // The server gets a certificate the client trusts: the next poll reads everything the server holds.
    cpo.present(QStringLiteral("test-server.pem"));
    ClientConfig fixed = c;
    fixed.caCertificates.append(QSslCertificate(readFixture("test-server.pem")));
    QVERIFY(poller.setConfig(fixed));
    r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(poller.sessions().size(), cpo.sessions.size());
    for (const QByteArray &json : std::as_const(cpo.sessions)) {
        const QString id = QString::fromLatin1(json.mid(json.indexOf("\"id\":\"") + 6).split('"').value(0));
        const StoredSession *held = poller.sessions().find(SessionKey{"NL", "TLS", id});
        QVERIFY2(held && held->json == json, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestTlsFaults)
#include "tst_tlsfaults.moc"
