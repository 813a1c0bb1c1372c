// TLS against a real HTTPS server on 127.0.0.1 with a self-signed certificate (tests/fixtures/tls, a test-only
// key): the client refuses it by default and says why, and trusts it only when it is given as one of the
// endpoint's certificates (ClientConfig::caCertificates, from a profile's CA file). Verification is never off.
#include "polltesthelpers.h"

#include "net/client/clientconfig.h"
#include "net/client/sessionpoller.h"

#include <QtCore/QFile>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtTest/QtTest>

using namespace Ocpi::Net;
using namespace PollTest;

namespace {

QByteArray readFixture(const char *name)
{
    QFile f(QStringLiteral(OSM_FIXTURES "/tls/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An OCPI sessions endpoint with no sessions, over HTTPS.
class HttpsCpo : public QObject
{
public:
    bool listen()
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks for no client certificate
        conf.setLocalCertificate(QSslCertificate(readFixture("test-server.pem")));
        conf.setPrivateKey(QSslKey(readFixture("test-server.key"), QSsl::Rsa));
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [socket, this] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const QByteArray body = R"({"data":[],"status_code":1000,"timestamp":"2026-01-01T00:00:00Z"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Total-Count: 0\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
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
    int requests = 0;

private:
    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

ClientConfig config(const QUrl &url)
{
    ClientConfig c;
    c.url = url;
    c.token = "tls-test-token";
    c.endpointKind = EndpointKind::Sessions;
    c.maxRetries = 0;
    c.connectTimeoutMs = 30000;
    return c;
}

} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selfSignedIsRefusedByDefault();
    void trustedWhenGiven();
    void trustIsPerEndpoint();
};

void TestTlsTrust::initTestCase()
{
    QLoggingCategory::setFilterRules("ocpi.client.info=false\nocpi.client.warning=false");
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    QVERIFY(!QSslCertificate(readFixture("test-server.pem")).isNull());
}

void TestTlsTrust::selfSignedIsRefusedByDefault()
{
    HttpsCpo cpo;
    QVERIFY(cpo.listen());
    SessionPoller poller(config(cpo.sessionsUrl()));
    const PollResult r = poll(poller);
    QVERIFY(!r.ok());
    QCOMPARE(r.records, 0);
    const QString why = errorsOf(r);
    QVERIFY2(why.contains("certificate", Qt::CaseInsensitive) || why.contains("SSL", Qt::CaseInsensitive)
                 || why.contains("TLS", Qt::CaseInsensitive),
             qPrintable(why));
    QVERIFY(!why.contains("tls-test-token"));
}

void TestTlsTrust::trustedWhenGiven()
{
    HttpsCpo cpo;
    QVERIFY(cpo.listen());
    ClientConfig c = config(cpo.sessionsUrl());
    c.caCertificates = {QSslCertificate(readFixture("test-server.pem"))};
    SessionPoller poller(c);
    const PollResult r = poll(poller);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QVERIFY(cpo.requests >= 1);
}

// The certificate trusted for one endpoint is trusted for that endpoint's requests only: in the same process, at the
// same time, a poller of the same server without it is still refused, and the process-wide TLS defaults are untouched.
void TestTlsTrust::trustIsPerEndpoint()
{
    const QList<QSslCertificate> defaultsBefore = QSslConfiguration::defaultConfiguration().caCertificates();
    HttpsCpo cpo;
    QVERIFY(cpo.listen());
    ClientConfig trusting = config(cpo.sessionsUrl());
    trusting.caCertificates = {QSslCertificate(readFixture("test-server.pem"))};
    SessionPoller withTrust(trusting);
    SessionPoller without(config(cpo.sessionsUrl()));
    const PollResult trusted = poll(withTrust);
    QVERIFY2(trusted.ok(), qPrintable(errorsOf(trusted)));
    const PollResult refused = poll(without);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.records, 0);
    QVERIFY2(errorsOf(refused).contains("self-signed", Qt::CaseInsensitive), qPrintable(errorsOf(refused)));
    QVERIFY2(poll(withTrust).ok(), "the trusting endpoint still works beside it");
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), defaultsBefore);
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(trusting.caCertificates.first()));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
