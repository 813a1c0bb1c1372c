// The OCPI client's pure parts: Link headers, verbatim query handling, the envelope probe, discovery
// documents, status code meanings, the session store's merge rules and the token redactor.
#include "net/client/discovery.h"
#include "net/client/envelope.h"
#include "net/client/ocpistatus.h"
#include "net/client/pollresult.h"
#include "net/client/sessionstore.h"
#include "net/client/urlutil.h"

#include "ocpi/sessionreader.h"

#include <QtTest/QtTest>

using namespace Ocpi::Net;

namespace {
Ocpi::RecordResult record(const QByteArray &json)
{
    Ocpi::SessionReader reader;
    Ocpi::RecordResult out;
    reader.readBytes(json, [&](std::vector<Ocpi::RecordResult> &&b) { out = std::move(b.front()); });
    return out;
}
QByteArray session(const char *cc, const char *pid, const char *id, const char *lastUpdated, double kwh = 1)
{
    return QByteArray("{\"country_code\":\"") + cc + "\",\"party_id\":\"" + pid + "\",\"id\":\"" + id
           + "\",\"kwh\":" + QByteArray::number(kwh) + ",\"last_updated\":\"" + lastUpdated + "\"}";
}
} // namespace

class TestClientParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextLink_data();
    void nextLink();
    void resolveLink_data();
    void resolveLink();
    void queryItems();
    void sameOrigin_data();
    void sameOrigin();
    void envelope_data();
    void envelope();
    void discoveryVersions();
    void discoveryPicksBestVersion_data();
    void discoveryPicksBestVersion();
    void discoveryDetailsSenderBesideReceiver();
    void discoveryShapes_data();
    void discoveryShapes();
    void statusMeanings_data();
    void statusMeanings();
    void storeMerge();
    void storeKeyIsCaseInsensitive();
    void redactor();
    void summaryText();
};

void TestClientParts::nextLink_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("expected"); // null: no next link
    QTest::newRow("spec example") << QByteArray("<https://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50>; rel=\"next\"")
                                  << QByteArray("https://www.server.com/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50");
    QTest::newRow("unquoted rel") << QByteArray("</s?offset=10>;rel=next") << QByteArray("/s?offset=10");
    QTest::newRow("upper case") << QByteArray("</s?offset=10>; REL=\"NEXT\"") << QByteArray("/s?offset=10");
    QTest::newRow("prev then next") << QByteArray("</s?offset=0>; rel=\"prev\", </s?offset=20>; rel=\"next\"")
                                    << QByteArray("/s?offset=20");
    QTest::newRow("relation list") << QByteArray("</s?o=1>; title=\"a, b; c\"; rel=\"last next\"") << QByteArray("/s?o=1");
    QTest::newRow("comma in target") << QByteArray("</s?ids=1,2,3>; rel=\"next\"") << QByteArray("/s?ids=1,2,3");
    QTest::newRow("only prev") << QByteArray("</s?offset=0>; rel=\"prev\"") << QByteArray();
    QTest::newRow("empty") << QByteArray("") << QByteArray();
    QTest::newRow("garbage") << QByteArray("next: /s?offset=10") << QByteArray();
    QTest::newRow("unclosed") << QByteArray("</s?offset=10; rel=\"next\"") << QByteArray();
}

void TestClientParts::nextLink()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expected);
    const auto got = nextLinkTarget(header);
    QCOMPARE(got.has_value(), !expected.isNull());
    if (got)
        QCOMPARE(*got, expected);
}

void TestClientParts::resolveLink_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("absolute") << QByteArray("http://h:81/ocpi/cpo/2.2.1/sessions/?offset=10&limit=10")
                              << QByteArray("http://h:81/ocpi/cpo/2.2.1/sessions/?offset=10&limit=10");
    QTest::newRow("path only") << QByteArray("/ocpi/cpo/2.2.1/sessions/?offset=10")
                               << QByteArray("http://h:81/ocpi/cpo/2.2.1/sessions/?offset=10");
    QTest::newRow("query only") << QByteArray("?offset=10") << QByteArray("http://h:81/ocpi/cpo/2.2.1/sessions/?offset=10");
    QTest::newRow("opaque params verbatim") << QByteArray("/p?cursor=a%2Bb%3D%3D&sig=x%26y&v=1+2&date_from=2020-01-01T00:00:00Z")
                                            << QByteArray("http://h:81/p?cursor=a%2Bb%3D%3D&sig=x%26y&v=1+2&date_from=2020-01-01T00:00:00Z");
    QTest::newRow("other host stays other") << QByteArray("https://evil.example/steal")
                                            << QByteArray("https://evil.example/steal");
}

void TestClientParts::resolveLink()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    const QUrl page = QUrl::fromEncoded("http://h:81/ocpi/cpo/2.2.1/sessions/?offset=0&limit=10");
    QCOMPARE(Ocpi::Net::resolveLink(page, target).toEncoded(), expected);
}

void TestClientParts::queryItems()
{
    const QUrl u = QUrl::fromEncoded("http://h/s/?cursor=a%2Bb&offset=10&flag&limit=5");
    QCOMPARE(queryItem(u, "offset").value_or("?"), QByteArray("10"));
    QCOMPARE(queryItem(u, "cursor").value_or("?"), QByteArray("a%2Bb"));
    QCOMPARE(queryItem(u, "flag").value_or("?"), QByteArray(""));
    QVERIFY(!queryItem(u, "date_to").has_value());
    // Replacing one item keeps the others, and their order and encoding.
    QCOMPARE(withQueryItem(u, "offset", "20").toEncoded(), QByteArray("http://h/s/?cursor=a%2Bb&offset=20&flag&limit=5"));
    QCOMPARE(withQueryItem(u, "date_to", dateTimeQueryValue(1583749029000)).toEncoded(),
             QByteArray("http://h/s/?cursor=a%2Bb&offset=10&flag&limit=5&date_to=2020-03-09T10:17:09Z"));
    QCOMPARE(withQueryItem(QUrl::fromEncoded("http://h/s"), "limit", "5").toEncoded(), QByteArray("http://h/s?limit=5"));
    QCOMPARE(withQueryItem(QUrl::fromEncoded("http://h/s/"), "limit", "5").toEncoded(), QByteArray("http://h/s/?limit=5"));
}

void TestClientParts::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same") << "http://h:81/a" << "http://h:81/b?x" << true;
    QTest::newRow("host case") << "https://H.example/a" << "https://h.EXAMPLE/b" << true;
    QTest::newRow("default port") << "https://h/a" << "https://h:443/b" << true;
    QTest::newRow("other port") << "http://h:81/a" << "http://h:82/a" << false;
    QTest::newRow("other host") << "http://h/a" << "http://evil/a" << false;
    QTest::newRow("other scheme") << "https://h/a" << "http://h/a" << false;
}

void TestClientParts::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Ocpi::Net::sameOrigin(QUrl(a), QUrl(b)), same);
}

void TestClientParts::envelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isEnvelope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<int>("data");
    QTest::newRow("success") << QByteArray("{\"data\":[{\"a\":\"}]\"}],\"status_code\":1000,\"timestamp\":\"2020-01-01T00:00:00Z\"}")
                             << true << 1000 << QString() << QByteArray("2020-01-01T00:00:00Z") << int(EnvelopeInfo::Data::Array);
    QTest::newRow("error without data") << QByteArray(" {\"status_code\": 2001, \"status_message\": \"Missing \\\"type\\\"\", \"timestamp\": \"2015-06-30T21:59:59Z\"}")
                                        << true << 2001 << QString("Missing \"type\"") << QByteArray("2015-06-30T21:59:59Z")
                                        << int(EnvelopeInfo::Data::Absent);
    QTest::newRow("timestamp first, object data") << QByteArray("\xEF\xBB\xBF{\"timestamp\":\"2020-01-01T00:00:00\",\"data\":{\"x\":[1,2]},\"status_code\":1000}")
                                                  << true << 1000 << QString() << QByteArray("2020-01-01T00:00:00")
                                                  << int(EnvelopeInfo::Data::Object);
    QTest::newRow("null data") << QByteArray("{\"data\":null,\"status_code\":1000}") << true << 1000 << QString() << QByteArray()
                               << int(EnvelopeInfo::Data::Null);
    QTest::newRow("bare array") << QByteArray("[{\"id\":\"1\"}]") << false << -1 << QString() << QByteArray()
                                << int(EnvelopeInfo::Data::Absent);
    QTest::newRow("a session") << QByteArray("{\"id\":\"1\",\"kwh\":1}") << false << -1 << QString() << QByteArray()
                               << int(EnvelopeInfo::Data::Absent);
    QTest::newRow("truncated after status") << QByteArray("{\"status_code\":1000,\"data\":[{\"id\":") << true << 1000 << QString()
                                            << QByteArray() << int(EnvelopeInfo::Data::Absent);
    QTest::newRow("html") << QByteArray("<html>502</html>") << false << -1 << QString() << QByteArray()
                          << int(EnvelopeInfo::Data::Absent);
}

void TestClientParts::envelope()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isEnvelope);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QByteArray, timestamp);
    QFETCH(int, data);
    const EnvelopeInfo e = probeEnvelope(body);
    QCOMPARE(e.isEnvelope(), isEnvelope);
    QCOMPARE(e.statusCode, status);
    QCOMPARE(e.statusMessage, message);
    QCOMPARE(e.timestamp, timestamp);
    QCOMPARE(int(e.data), data);
}

void TestClientParts::discoveryVersions()
{
    // The spec's example, enveloped, with relative and unknown fields.
    const QByteArray body = R"({"data":[{"version":"2.1.1","url":"https://example.com/ocpi/cpo/2.1.1"},
        {"version":"2.2.1","url":"/ocpi/cpo/2.2.1","extra":1}],"status_code":1000,"status_message":"Success",
        "timestamp":"2015-06-30T21:59:59Z"})";
    const DiscoveryDocument d = parseDiscovery(body, QUrl("https://example.com/ocpi/versions"));
    QCOMPARE(d.shape, DiscoveryDocument::Shape::VersionList);
    QVERIFY(d.enveloped);
    QCOMPARE(d.statusCode, 1000);
    QCOMPARE(d.versions.size(), 2);
    QCOMPARE(d.versions[1].url, QUrl("https://example.com/ocpi/cpo/2.2.1"));
    QCOMPARE(pickVersion(d.versions)->version, QString("2.2.1"));
}

void TestClientParts::discoveryPicksBestVersion_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("picked"); // empty: none
    QTest::newRow("2.1.1 listed first") << QStringList{"2.1.1", "2.2.1"} << "2.2.1";
    QTest::newRow("2.2 and 2.2.1") << QStringList{"2.2", "2.2.1"} << "2.2.1";
    QTest::newRow("2.2 only") << QStringList{"2.2"} << "2.2";
    QTest::newRow("2.1.1 only") << QStringList{"2.1.1"} << "";
    QTest::newRow("2.0 and 2.1.1") << QStringList{"2.0", "2.1.1"} << "";
    QTest::newRow("future only") << QStringList{"3.0"} << "";
}

void TestClientParts::discoveryPicksBestVersion()
{
    QFETCH(QStringList, offered);
    QFETCH(QString, picked);
    QList<VersionEntry> list;
    for (const QString &v : offered)
        list.append(VersionEntry{v, QUrl("http://h/" + v)});
    const auto got = pickVersion(list);
    QCOMPARE(got ? got->version : QString(), picked);
    if (picked.isEmpty() && offered.contains("2.1.1"))
        QVERIFY(std::all_of(offered.cbegin(), offered.cend(), isOlderThan22));
}

void TestClientParts::discoveryDetailsSenderBesideReceiver()
{
    const QByteArray body = R"({"data":{"version":"2.2.1","endpoints":[
        {"identifier":"sessions","role":"RECEIVER","url":"https://h/emsp/sessions"},
        {"identifier":"credentials","role":"SENDER","url":"https://h/credentials"},
        {"identifier":"sessions","role":"sender","url":"sessions/","x":"y"}]},"status_code":1000})";
    const DiscoveryDocument d = parseDiscovery(body, QUrl("https://h/ocpi/cpo/2.2.1/"));
    QCOMPARE(d.shape, DiscoveryDocument::Shape::VersionDetails);
    QCOMPARE(d.detailsVersion, QString("2.2.1"));
    const auto s = findSessionsSender(d.endpoints);
    QVERIFY(s);
    QCOMPARE(s->url, QUrl("https://h/ocpi/cpo/2.2.1/sessions/"));
    // RECEIVER only: nothing to read from.
    QVERIFY(!findSessionsSender({EndpointEntry{"sessions", "RECEIVER", QUrl("https://h/x")}}));
    // No role at all (2.1.1 style) is taken when there is no SENDER.
    QCOMPARE(findSessionsSender({EndpointEntry{"sessions", "", QUrl("https://h/y")}})->url, QUrl("https://h/y"));
}

void TestClientParts::discoveryShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("shape");
    QTest::newRow("bare versions list") << QByteArray(R"([{"version":"2.2.1","url":"http://h/2.2.1"}])")
                                        << int(DiscoveryDocument::Shape::VersionList);
    QTest::newRow("bare details") << QByteArray(R"({"version":"2.2.1","endpoints":[]})")
                                  << int(DiscoveryDocument::Shape::VersionDetails);
    QTest::newRow("sessions page") << QByteArray(R"({"data":[{"id":"1","country_code":"NL"}],"status_code":1000})")
                                   << int(DiscoveryDocument::Shape::Other);
    QTest::newRow("empty list") << QByteArray(R"({"data":[],"status_code":1000})") << int(DiscoveryDocument::Shape::Other);
    QTest::newRow("not json") << QByteArray("<html>") << int(DiscoveryDocument::Shape::NotJson);
}

void TestClientParts::discoveryShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, shape);
    QCOMPARE(int(parseDiscovery(body, QUrl("http://h/")).shape), shape);
}

void TestClientParts::statusMeanings_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("meaning");
    QTest::newRow("1000") << 1000 << true << "generic success";
    QTest::newRow("1901 custom") << 1901 << true << "custom success code";
    QTest::newRow("1001") << 1001 << false << "success range, but not a code the specification defines";
    QTest::newRow("2001") << 2001 << false << "invalid or missing parameters";
    QTest::newRow("2950") << 2950 << false << "custom client error";
    QTest::newRow("3000") << 3000 << false << "generic server error";
    QTest::newRow("3002") << 3002 << false << "unsupported version";
    QTest::newRow("4001") << 4001 << false << "unknown receiver (the Hub does not know the TO address)";
    QTest::newRow("200") << 200 << false << "not an OCPI status code (they have four digits, 1xxx to 4xxx)";
}

void TestClientParts::statusMeanings()
{
    QFETCH(int, code);
    QFETCH(bool, success);
    QFETCH(QString, meaning);
    QCOMPARE(OcpiStatus::isSuccess(code), success);
    QCOMPARE(OcpiStatus::describe(code), meaning);
    QVERIFY(OcpiStatus::errorText(code, "boom").contains(QString::number(code)));
    QVERIFY(OcpiStatus::errorText(code, "boom").contains("boom"));
}

void TestClientParts::storeMerge()
{
    SessionStore store;
    const QByteArray a1 = session("NL", "CPO", "1", "2020-01-01T10:00:00Z", 1);
    const QByteArray a2 = session("NL", "CPO", "1", "2020-01-01T11:00:00Z", 2);
    const QByteArray a0 = session("NL", "CPO", "1", "2020-01-01T09:00:00Z", 0.5);
    QCOMPARE(store.merge(record(a1), a1), ChangeKind::Added);
    QCOMPARE(store.merge(record(a1), a1), ChangeKind::Unchanged); // idempotent
    QCOMPARE(store.merge(record(a2), a2), ChangeKind::Changed);
    QCOMPARE(store.merge(record(a0), a0), ChangeKind::Outdated); // an older copy never replaces a newer one
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.find(SessionKey{"NL", "CPO", "1"})->json, a2);
    // Same id under another party is another session.
    const QByteArray b = session("DE", "CPO", "1", "2020-01-01T10:00:00Z");
    QCOMPARE(store.merge(record(b), b), ChangeKind::Added);
    QCOMPARE(store.size(), 2);
    // No id: not kept.
    const QByteArray noId = R"({"country_code":"NL","party_id":"CPO","kwh":1})";
    QCOMPARE(store.merge(record(noId), noId), ChangeKind::Unidentified);
    const QByteArray broken = R"({"id":)";
    QCOMPARE(store.merge(record("[" + broken + "]"), broken), ChangeKind::Unidentified);
    QCOMPARE(store.size(), 2);
}

void TestClientParts::storeKeyIsCaseInsensitive()
{
    SessionStore store;
    const QByteArray upper = session("NL", "CPO", "ABC", "2020-01-01T10:00:00Z", 1);
    const QByteArray lower = session("nl", "cpo", "abc", "2020-01-01T11:00:00Z", 2);
    QCOMPARE(store.merge(record(upper), upper), ChangeKind::Added);
    QCOMPARE(store.merge(record(lower), lower), ChangeKind::Changed);
    QCOMPARE(store.size(), 1);
}

void TestClientParts::redactor()
{
    const QString token = "ebf3b399-779f-4497-9b9d-ac6ad3cc44d2";
    const Redactor r(token + "\n");
    const QString b64 = QString::fromLatin1(token.toUtf8().toBase64());
    const QString text = "bad token " + token + " / Token " + b64 + " / " + QString::fromLatin1((token + "\n").toUtf8().toBase64());
    const QString out = r(text);
    QVERIFY2(!out.contains(token) && !out.contains(b64), qPrintable(out));
    QVERIFY(out.contains("***"));
    QCOMPARE(r("nothing secret"), QString("nothing secret"));
    QCOMPARE(displayUrl(QUrl("https://user:" + token + "@h/x?y=1")), QString("https://h/x?y=1"));
}

void TestClientParts::summaryText()
{
    PollResult r;
    r.added = 3;
    r.changed = 1;
    r.unchanged = 40;
    r.pages = 2;
    r.bytes = 12 * 1024;
    r.durationMs = 400;
    r.complete = true;
    QCOMPARE(r.summaryText(), QString("3 added, 1 changed, 40 unchanged in 2 page(s) (12 KB, 0.4 s)"));
    r.complete = false;
    r.retries = 2;
    QVERIFY(r.summaryText().endsWith(", 2 retry(ies), incomplete"));
}

QTEST_GUILESS_MAIN(TestClientParts)
#include "tst_clientparts.moc"
