// PrettyJson: the pretty text keeps member order and spellings with a 2-space indent; every JSON Pointer finds
// exactly its value (nested arrays, escaped member names, non-ASCII text before it); a missing member marks the
// nearest ancestor; invalid JSON comes back unchanged with an error; 10,000 charging periods format quickly.
#include "ocpi/jsonpretty.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

#include <limits>

using namespace Ocpi;

namespace {

PrettyJson format(const QByteArray &json)
{
    return PrettyJson::format(std::string_view(json.constData(), size_t(json.size())));
}

QString textAt(const PrettyJson &p, const JsonRange &r)
{
    return r.isValid() ? p.text().mid(r.offset, r.length) : QString();
}

constexpr char kRecord[] = R"json({"b":1,"a":{"x":[1,[2,3],{"y":"z"}],"e":{},"f":[]},"a/b":true,"m~n":null,)json"
                           R"json("\u00e9t\u00e9":"d\u00e9j\u00e0 vu","n":"caf\u00e9 \ud83d\ude00","k":-1.50e3})json";

} // namespace

class TestJsonPretty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prettyText()
    {
        const PrettyJson p = format(R"json({"b": 1,"a":{"x":[1, 2],"e":{},"f":[ ]},"s":"x\ny"})json");
        QVERIFY(p.isValid());
        QCOMPARE(p.text(), QStringLiteral("{\n  \"b\": 1,\n  \"a\": {\n    \"x\": [\n      1,\n      2\n    ],\n"
                                          "    \"e\": {},\n    \"f\": []\n  },\n  \"s\": \"x\\ny\"\n}"));
    }

    void pointers_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::newRow("root member") << "/b" << "1";
        QTest::newRow("nested array") << "/a/x/1/0" << "2";
        QTest::newRow("array in array") << "/a/x/1" << "[\n        2,\n        3\n      ]";
        QTest::newRow("object in array") << "/a/x/2/y" << "\"z\"";
        QTest::newRow("empty object") << "/a/e" << "{}";
        QTest::newRow("empty array") << "/a/f" << "[]";
        QTest::newRow("~1 is a slash") << "/a~1b" << "true";
        QTest::newRow("~0 is a tilde") << "/m~0n" << "null";
        QTest::newRow("escaped name") << QStringLiteral("/\u00e9t\u00e9") << "\"d\\u00e9j\\u00e0 vu\"";
        QTest::newRow("number spelling kept") << "/k" << "-1.50e3";
    }
    void pointers()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        const PrettyJson p = format(kRecord);
        QVERIFY(p.isValid());
        const JsonRange r = p.range(pointer);
        QCOMPARE(textAt(p, r), value);
        const JsonLocation loc = p.locate(pointer);
        QVERIFY(loc.exact);
        QCOMPARE(loc.pointer, pointer);
        QCOMPARE(loc.range, r);
    }

    void memberName()
    {
        const PrettyJson p = format(kRecord);
        const JsonRange r = p.range(u"/a/x/2/y");
        QCOMPARE(p.text().mid(r.nameOffset, r.offset + r.length - r.nameOffset), QStringLiteral("\"y\": \"z\""));
        QCOMPARE(p.range(u"/a/x/0").nameOffset, -1);
        QCOMPARE(p.range(u"").nameOffset, -1);
    }

    void nonAsciiOffsets()
    {
        // Text before a value holds 2-, 3- and 4-byte UTF-8 characters: offsets are in UTF-16 units.
        const PrettyJson p = format(R"json({"é":"€𝄞","v":7})json");
        QCOMPARE(textAt(p, p.range(u"/v")), QStringLiteral("7"));
        QCOMPARE(textAt(p, p.range(u"/\u00e9")), QStringLiteral("\"\u20ac\U0001D11E\""));
    }

    void missing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("ancestor");
        QTest::newRow("missing member") << "/a/missing" << "/a";
        QTest::newRow("missing at the root") << "/connector_id" << "";
        QTest::newRow("below a scalar") << "/b/c" << "/b";
        QTest::newRow("index past the end") << "/a/x/7" << "/a/x";
        QTest::newRow("name for an array") << "/a/x/y" << "/a/x";
        QTest::newRow("leading zero") << "/a/x/01" << "/a/x";
        QTest::newRow("deep missing") << "/a/x/2/q/r" << "/a/x/2";
        QTest::newRow("malformed escape") << "/a/~2" << "/a";
    }
    void missing()
    {
        QFETCH(QString, path);
        QFETCH(QString, ancestor);
        const PrettyJson p = format(kRecord);
        QVERIFY(!p.range(path).isValid());
        const JsonLocation loc = p.locate(path);
        QVERIFY(!loc.exact);
        QCOMPARE(loc.pointer, ancestor);
        QCOMPARE(loc.range, p.range(ancestor));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1\n \"b\": 2}")
                                       << "not valid JSON at line 2, column 2: unexpected '\"' where ',' or '}' was expected";
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2")
                                   << "not valid JSON at line 1, column 12: unexpected end of data: ',' or ']' was expected";
        QTest::newRow("empty") << QByteArray() << "not valid JSON at line 1, column 1: unexpected end of data: the data is empty";
    }
    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const PrettyJson p = format(json);
        QVERIFY(!p.isValid());
        QCOMPARE(p.error(), error);
        QCOMPARE(p.text(), QString::fromUtf8(json));
        QVERIFY(!p.range(u"").isValid());
        QVERIFY(!p.locate(u"/a").range.isValid());
    }

    void sameDocument()
    {
        const PrettyJson p = format(kRecord);
        QCOMPARE(QJsonDocument::fromJson(p.text().toUtf8()), QJsonDocument::fromJson(kRecord));
    }

    void tenThousandPeriods()
    {
        QByteArray json = R"json({"id":"1","charging_periods":[)json";
        for (int i = 0; i < 10000; ++i) {
            if (i)
                json += ',';
            json += R"json({"start_date_time":"2024-05-01T10:00:00Z","dimensions":[{"type":"ENERGY","volume":1.5},)json"
                    R"json({"type":"MAX_CURRENT","volume":32}],"tariff_id":"T1"})json";
        }
        json += "]}";
        // Correctness at size. How long it takes is not asserted here: speed is measured in benchmarks.
        const PrettyJson p = format(json);
        QCOMPARE(textAt(p, p.range(u"/charging_periods/9999/dimensions/1/volume")), QStringLiteral("32"));
        QCOMPARE(textAt(p, p.range(u"/charging_periods/0/tariff_id")), QStringLiteral("\"T1\""));
    }
};

QTEST_GUILESS_MAIN(TestJsonPretty)
#include "tst_jsonpretty.moc"
