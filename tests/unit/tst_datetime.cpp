// Tests of the OCPI DateTime parser (types 16.2): the six patterns the spec allows, and what it rejects.
#include "ocpi/datetime.h"

#include <QtCore/QDateTime>
#include <QtTest/QTest>

#include <string>

using Ocpi::DateTimeParse;
using Ocpi::parseDateTime;

Q_DECLARE_METATYPE(DateTimeParse::Error)

namespace {
// Keeps the exact bytes of a QByteArray (which may hold a NUL) as the parser's input.
std::string_view bytes(const QByteArray &a) { return std::string_view(a.constData(), size_t(a.size())); }
} // namespace

class TestDateTime : public QObject
{
    Q_OBJECT

private slots:
    void acceptsSpecPatterns_data();
    void acceptsSpecPatterns();
    void rejects_data();
    void rejects();
    void tooLongStillConverts();
    void daysFromCivil_data();
    void daysFromCivil();
    void formatsUtc_data();
    void formatsUtc();
    void formatsLikeQDateTime();
};

void TestDateTime::acceptsSpecPatterns_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<bool>("hasZ");
    QTest::addColumn<int>("fractionDigits");

    // The six examples of types 16.2, verbatim.
    QTest::newRow("spec 1: seconds, Z") << QByteArray("2015-06-29T20:39:09Z") << Q_INT64_C(1435610349000) << true << 0;
    QTest::newRow("spec 2: seconds, no designator") << QByteArray("2015-06-29T20:39:09") << Q_INT64_C(1435610349000) << false << 0;
    QTest::newRow("spec 3: tenths, Z") << QByteArray("2016-12-29T17:45:09.2Z") << Q_INT64_C(1483033509200) << true << 1;
    QTest::newRow("spec 4: tenths, no designator") << QByteArray("2016-12-29T17:45:09.2") << Q_INT64_C(1483033509200) << false << 1;
    QTest::newRow("spec 5: millis, Z") << QByteArray("2018-01-01T01:08:01.123Z") << Q_INT64_C(1514768881123) << true << 3;
    QTest::newRow("spec 6: millis, no designator") << QByteArray("2018-01-01T01:08:01.123") << Q_INT64_C(1514768881123) << false << 3;

    // Same patterns at the edges of the calendar.
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << Q_INT64_C(0) << true << 0;
    QTest::newRow("one second before the epoch") << QByteArray("1969-12-31T23:59:59Z") << Q_INT64_C(-1000) << true << 0;
    QTest::newRow("year 0000") << QByteArray("0000-01-01T00:00:00Z") << Q_INT64_C(-62167219200000) << true << 0;
    QTest::newRow("last millisecond of 9999") << QByteArray("9999-12-31T23:59:59.999Z") << Q_INT64_C(253402300799999)
                                              << true << 3;
    QTest::newRow("leap day 2020") << QByteArray("2020-02-29T00:00:00Z") << Q_INT64_C(1582934400000) << true << 0;
    QTest::newRow("leap day 2000 (divisible by 400)") << QByteArray("2000-02-29T12:00:00Z") << Q_INT64_C(951825600000)
                                                      << true << 0;
    QTest::newRow("two fraction digits") << QByteArray("2016-12-29T17:45:09.12Z") << Q_INT64_C(1483033509120) << true << 2;
    // string(25) leaves room for four fraction digits with 'Z'; below a millisecond is truncated.
    QTest::newRow("four fraction digits, 25 characters") << QByteArray("2016-12-29T17:45:09.1239Z")
                                                         << Q_INT64_C(1483033509123) << true << 4;
    QTest::newRow("five fraction digits, no Z, 25 characters") << QByteArray("2016-12-29T17:45:09.12399")
                                                               << Q_INT64_C(1483033509123) << false << 5;
}

void TestDateTime::acceptsSpecPatterns()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, msecs);
    QFETCH(bool, hasZ);
    QFETCH(int, fractionDigits);

    const DateTimeParse r = parseDateTime(bytes(text));
    QCOMPARE(r.error, DateTimeParse::Error::None);
    QVERIFY(r.ok());
    QCOMPARE(r.msecs, msecs);
    QCOMPARE(r.hasZ, hasZ);
    QCOMPARE(int(r.fractionDigits), fractionDigits);
    QCOMPARE(int(r.errorColumn), 0);
}

void TestDateTime::rejects_data()
{
    using E = DateTimeParse::Error;
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<E>("error");
    QTest::addColumn<int>("column");

    QTest::newRow("empty") << QByteArray("") << E::Empty << 0;

    QTest::newRow("space for T") << QByteArray("2015-06-29 20:39:09Z") << E::SpaceSeparator << 10;
    QTest::newRow("lower-case t") << QByteArray("2015-06-29t20:39:09Z") << E::LowercaseDesignator << 10;
    QTest::newRow("lower-case z") << QByteArray("2015-06-29T20:39:09z") << E::LowercaseDesignator << 19;
    QTest::newRow("lower-case z after fraction") << QByteArray("2015-06-29T20:39:09.5z") << E::LowercaseDesignator << 21;

    // "NOTE: +00:00 is not the same as UTC."
    QTest::newRow("+00:00") << QByteArray("2015-06-29T20:39:09+00:00") << E::Offset << 19;
    QTest::newRow("+01:00") << QByteArray("2015-06-29T20:39:09+01:00") << E::Offset << 19;
    QTest::newRow("-05:00") << QByteArray("2015-06-29T20:39:09-05:00") << E::Offset << 19;
    QTest::newRow("offset after fraction") << QByteArray("2018-01-01T01:08:01.123+01:00") << E::Offset << 23;
    QTest::newRow("Z then offset") << QByteArray("2015-06-29T20:39:09Z+00:00") << E::Pattern << 20;

    QTest::newRow("date only") << QByteArray("2015-06-29") << E::Pattern << 10;
    QTest::newRow("two-digit year") << QByteArray("15-06-29T20:39:09Z") << E::Pattern << 0;
    QTest::newRow("leading space") << QByteArray(" 2015-06-29T20:39:09Z") << E::Pattern << 0;
    QTest::newRow("negative year") << QByteArray("-2015-06-29T20:39:09Z") << E::Pattern << 0;
    QTest::newRow("slashes") << QByteArray("2015/06/29T20:39:09Z") << E::Pattern << 4;
    QTest::newRow("basic format") << QByteArray("20150629T203909Z") << E::Pattern << 4;
    QTest::newRow("one-digit month") << QByteArray("2015-6-29T20:39:09Z") << E::Pattern << 5;
    QTest::newRow("one-digit day") << QByteArray("2015-06-9T20:39:09Z") << E::Pattern << 8;
    QTest::newRow("date then junk") << QByteArray("2015-06-29X20:39:09Z") << E::Pattern << 10;
    QTest::newRow("one-digit hour") << QByteArray("2015-06-29T2:39:09Z") << E::Pattern << 11;
    QTest::newRow("no seconds") << QByteArray("2015-06-29T20:39Z") << E::Pattern << 16;
    QTest::newRow("dot for colon") << QByteArray("2015-06-29T20.39:09Z") << E::Pattern << 13;
    QTest::newRow("one-digit second") << QByteArray("2015-06-29T20:39:9Z") << E::Pattern << 17;
    QTest::newRow("dot without digits") << QByteArray("2015-06-29T20:39:09.") << E::Pattern << 20;
    QTest::newRow("dot without digits, Z") << QByteArray("2015-06-29T20:39:09.Z") << E::Pattern << 20;
    QTest::newRow("comma fraction") << QByteArray("2015-06-29T20:39:09,5Z") << E::Pattern << 19;
    QTest::newRow("double Z") << QByteArray("2015-06-29T20:39:09ZZ") << E::Pattern << 20;
    QTest::newRow("trailing space") << QByteArray("2015-06-29T20:39:09Z ") << E::Pattern << 20;
    QTest::newRow("trailing space, no Z") << QByteArray("2015-06-29T20:39:09 ") << E::Pattern << 19;
    QTest::newRow("UTC word") << QByteArray("2015-06-29T20:39:09 UTC") << E::Pattern << 19;
    QTest::newRow("embedded NUL") << QByteArray("2015-06-29T20:39:09\0Z", 21) << E::Pattern << 19;
    QTest::newRow("unix seconds as text") << QByteArray("1435610349") << E::Pattern << 4;

    QTest::newRow("2019-02-29 (not a leap year)") << QByteArray("2019-02-29T00:00:00Z") << E::ImpossibleDate << 8;
    QTest::newRow("2019-02-30") << QByteArray("2019-02-30T10:00:00Z") << E::ImpossibleDate << 8;
    QTest::newRow("1900-02-29 (century)") << QByteArray("1900-02-29T00:00:00Z") << E::ImpossibleDate << 8;
    QTest::newRow("April 31") << QByteArray("2019-04-31T00:00:00Z") << E::ImpossibleDate << 8;
    QTest::newRow("day 00") << QByteArray("2019-01-00T00:00:00Z") << E::ImpossibleDate << 8;
    QTest::newRow("month 00") << QByteArray("2019-00-10T00:00:00Z") << E::ImpossibleDate << 5;
    QTest::newRow("month 13") << QByteArray("2019-13-01T00:00:00Z") << E::ImpossibleDate << 5;
    QTest::newRow("hour 24") << QByteArray("2019-01-01T24:00:00Z") << E::ImpossibleDate << 11;
    QTest::newRow("minute 60") << QByteArray("2019-01-01T23:60:00Z") << E::ImpossibleDate << 14;
    QTest::newRow("second 60") << QByteArray("2019-01-01T23:59:60Z") << E::ImpossibleDate << 17;
    QTest::newRow("impossible and too long") << QByteArray("2019-02-30T10:00:00.12345Z") << E::ImpossibleDate << 8;

    QTest::newRow("five fraction digits with Z (26)") << QByteArray("2016-12-29T17:45:09.12345Z") << E::TooLong << 25;
    QTest::newRow("nanoseconds with Z") << QByteArray("2016-12-29T17:45:09.123456789Z") << E::TooLong << 25;
}

void TestDateTime::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(DateTimeParse::Error, error);
    QFETCH(int, column);

    const DateTimeParse r = parseDateTime(bytes(text));
    QCOMPARE(r.error, error);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.errorColumn), column);
    if (error != DateTimeParse::Error::TooLong)
        QCOMPARE(r.msecs, Ocpi::kNoTime);
}

void TestDateTime::tooLongStillConverts()
{
    // Too long for string(25), but still a readable time: the value is kept so the session can be shown.
    const DateTimeParse r = parseDateTime("2016-12-29T17:45:09.123456789Z");
    QCOMPARE(r.error, DateTimeParse::Error::TooLong);
    QCOMPARE(r.msecs, Q_INT64_C(1483033509123));
    QVERIFY(r.hasZ);
    QCOMPARE(int(r.fractionDigits), 9);

    // A fraction so long that the column must be clamped into a quint8.
    const std::string huge = "2016-12-29T17:45:09." + std::string(400, '7') + 'Z';
    const DateTimeParse h = parseDateTime(huge);
    QCOMPARE(h.error, DateTimeParse::Error::TooLong);
    QCOMPARE(h.msecs, Q_INT64_C(1483033509777));
    QCOMPARE(int(h.fractionDigits), 255);
    QCOMPARE(int(h.errorColumn), 25);
}

void TestDateTime::daysFromCivil_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<qint64>("days");

    QTest::newRow("epoch") << 1970 << 1 << 1 << Q_INT64_C(0);
    QTest::newRow("day before the epoch") << 1969 << 12 << 31 << Q_INT64_C(-1);
    QTest::newRow("2000-03-01") << 2000 << 3 << 1 << Q_INT64_C(11017);
    QTest::newRow("2020-02-29") << 2020 << 2 << 29 << Q_INT64_C(18321);
    QTest::newRow("0000-01-01") << 0 << 1 << 1 << Q_INT64_C(-719528);
}

void TestDateTime::daysFromCivil()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(qint64, days);
    QCOMPARE(Ocpi::daysFromCivil(year, unsigned(month), unsigned(day)), days);
}

void TestDateTime::formatsUtc_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole seconds") << Q_INT64_C(1435610349000) << QStringLiteral("2015-06-29T20:39:09Z");
    QTest::newRow("milliseconds") << Q_INT64_C(1514768881123) << QStringLiteral("2018-01-01T01:08:01.123Z");
    QTest::newRow("tenths keep three digits") << Q_INT64_C(1483033509200) << QStringLiteral("2016-12-29T17:45:09.200Z");
    QTest::newRow("no time") << Ocpi::kNoTime << QString();
    // Found by fuzz_datetime: the parser reads year 0000 (proleptic Gregorian), QDateTime has no year 0.
    QTest::newRow("year zero") << Q_INT64_C(-62167219200000) << QStringLiteral("0000-01-01T00:00:00Z");
    QTest::newRow("before 1970") << Q_INT64_C(-1) << QStringLiteral("1969-12-31T23:59:59.999Z");
    QTest::newRow("year 999") << Q_INT64_C(-30610267199995) << QStringLiteral("0999-12-31T12:00:00.005Z");
    QTest::newRow("last instant") << Q_INT64_C(253402300799999) << QStringLiteral("9999-12-31T23:59:59.999Z");
}

void TestDateTime::formatsUtc()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    const QString formatted = Ocpi::formatDateTimeUtc(msecs);
    QCOMPARE(formatted, text);
    if (msecs != Ocpi::kNoTime) {
        // What we write, we read back to the same instant.
        const QByteArray utf8 = formatted.toUtf8();
        const DateTimeParse r = parseDateTime(bytes(utf8));
        QVERIFY(r.ok());
        QCOMPARE(r.msecs, msecs);
    }
}

// The formatting by hand spells every time of the years 1..9999 as QDateTime did before it.
void TestDateTime::formatsLikeQDateTime()
{
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    const qint64 step = (last - first) / 20011; // about 2 weeks, not a whole number of days or seconds
    for (qint64 ms = first; ms <= last; ms += step) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString expected = dt.toString(ms % 1000 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ") : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        QCOMPARE(Ocpi::formatDateTimeUtc(ms), expected);
    }
}

QTEST_APPLESS_MAIN(TestDateTime)

#include "tst_datetime.moc"
