// The fuzz regressions: each file under tests/fixtures/fuzz/<target>/ is an input on which a fuzz target
// (tests/fuzz/fuzz_<target>.cpp) once crashed or failed a check; it is fed here through the same product
// functions, with the same checks, so the fix stays fixed in the dev and asan suites without clang or libFuzzer.
// The committed seeds (tests/fuzz/seeds/<target>/) are replayed too. Each input must end in a sensible outcome:
// a result, or an error in words — never a crash.
#include "httpinput.h"

#include "net/client/discovery.h"
#include "net/client/envelope.h"
#include "net/client/ocpistatus.h"
#include "net/client/pagination.h"
#include "net/client/urlutil.h"
#include "ocpi/datetime.h"
#include "ocpi/jsonpretty.h"
#include "ocpi/jsonsyntax.h"
#include "ocpi/sessionreader.h"
#include "ocpi/sessionvalidator.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtTest/QtTest>

#include <cstring>
#include <limits>
#include <string>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputsExist();
    void datetime_data() { addInputs("datetime"); }
    void datetime();
    void reader_data() { addInputs("reader"); }
    void reader();
    void validator_data() { addInputs("validator"); }
    void validator();
    void httpResponse_data() { addInputs("http_response"); }
    void httpResponse();
    void jsonpretty_data() { addInputs("jsonpretty"); }
    void jsonpretty();

private:
    static void addInputs(const char *target);
};

void TestFuzzRegressions::addInputs(const char *target)
{
    QTest::addColumn<QByteArray>("input");
    const QString name = QString::fromLatin1(target);
    for (const QString &root : {QStringLiteral(OSM_FIXTURES "/fuzz/"), QStringLiteral(OSM_FUZZ_SEEDS "/")}) {
        const QDir dir(root + name);
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(f.fileName()))) << f.readAll();
        }
    }
}

// The fixtures are where the tests expect them (an empty replay would pass without checking anything).
void TestFuzzRegressions::inputsExist()
{
    QVERIFY(QFile::exists(QStringLiteral(OSM_FIXTURES "/fuzz/datetime/year-zero-formats-back")));
    QVERIFY(QDir(QStringLiteral(OSM_FUZZ_SEEDS "/http_response")).entryList(QDir::Files).size() >= 10);
}

// DateTime: an error names a column inside the text; an accepted time formats back to a text that reads as the same
// instant (year 0000 once came back as a year -1 text the parser refused).
void TestFuzzRegressions::datetime()
{
    QFETCH(QByteArray, input);
    const std::string_view text(input.constData(), size_t(input.size()));
    const Ocpi::DateTimeParse p = Ocpi::parseDateTime(text);
    if (!p.ok())
        QVERIFY(p.errorColumn <= input.size());
    if (!p.ok() && p.error != Ocpi::DateTimeParse::Error::TooLong) {
        QCOMPARE(p.msecs, Ocpi::kNoTime);
        return;
    }
    const QByteArray again = Ocpi::formatDateTimeUtc(p.msecs).toUtf8();
    const Ocpi::DateTimeParse q = Ocpi::parseDateTime(std::string_view(again.constData(), size_t(again.size())));
    QVERIFY2(q.ok(), again.constData());
    QCOMPARE(q.msecs, p.msecs);
    if (p.ok() && p.hasZ && p.fractionDigits == 0)
        QCOMPARE(again, input); // the canonical spelling comes back unchanged
}

// The file reader, with the settings byte 0 chooses (see fuzz_reader.cpp).
void TestFuzzRegressions::reader()
{
    QFETCH(QByteArray, input);
    QVERIFY(!input.isEmpty());
    const quint8 mode = quint8(input[0]);
    const QByteArrayView file = QByteArrayView(input).sliced(1);
    static constexpr qint64 kChunks[] = {qint64(4) << 20, 1, 2, 3, 7, 64, 4096, 65536};
    Ocpi::SessionReader reader;
    reader.setChunkSize(kChunks[mode & 7]);
    reader.setBatchSize((mode & 8) ? 1 : 1000);
    reader.setKeepJson(mode & 16);
    reader.setCollectFindings(!(mode & 32));
    if (mode & 64)
        reader.setMaxRecordSize(256);
    qint64 next = 0;
    bool spansInside = true;
    const Ocpi::ReadSummary summary = reader.readBytes(file, [&](std::vector<Ocpi::RecordResult> &&batch) {
        for (const Ocpi::RecordResult &r : batch) {
            spansInside &= r.index == next++ && r.session.source.offset >= 0
                           && r.session.source.offset + r.session.source.length <= file.size();
        }
    });
    QVERIFY(spansInside);
    QCOMPARE(summary.records, next);
    QVERIFY(summary.bytesRead <= file.size());
    if (summary.error) {
        QVERIFY(!summary.error->message.isEmpty());
        QVERIFY(summary.error->offset >= 0 && summary.error->offset <= file.size());
        QVERIFY(summary.error->line >= 1 && summary.error->column >= 1);
    }
}

// One record validated with and without padding, the counts agreeing with the findings, each finding in words.
void TestFuzzRegressions::validator()
{
    QFETCH(QByteArray, input);
    Ocpi::SessionValidator validator;
    const std::string_view json(input.constData(), size_t(input.size()));
    Ocpi::Findings findings;
    const Ocpi::Session s = validator.validate(json, &findings);
    std::string padded(json.size() + Ocpi::SessionValidator::kPadding, '\0');
    std::memcpy(padded.data(), json.data(), json.size());
    const Ocpi::Session t = validator.validate(std::string_view(padded.data(), json.size()), nullptr, {}, padded.size());
    QCOMPARE(t.errorCount, s.errorCount);
    QCOMPARE(t.warningCount, s.warningCount);
    qsizetype errors = 0;
    for (const Ocpi::Finding &f : findings) {
        QVERIFY(!f.message.isEmpty());
        errors += f.severity == Ocpi::Severity::Error;
    }
    QCOMPARE(qsizetype(s.errorCount), std::min<qsizetype>(errors, 0xffff));
    const Ocpi::PrettyJson pretty = Ocpi::PrettyJson::format(json);
    for (const Ocpi::Finding &f : findings) {
        const Ocpi::JsonLocation at = pretty.locate(f.path);
        QVERIFY(!at.range.isValid() || at.range.offset + at.range.length <= pretty.text().size());
    }
}

// A page answer handled as SessionSync::onPage does: envelope, records, server time, paging and the next page.
void TestFuzzRegressions::httpResponse()
{
    using namespace Ocpi::Net;
    QFETCH(QByteArray, input);
    const FuzzHttp::Input in = FuzzHttp::split(input);
    const HttpResponse &response = in.response;
    const QUrl sessionsUrl = response.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    (void)parseDiscovery(response.body, response.url);
    const EnvelopeInfo env = probeEnvelope(response.body);
    if (env.isEnvelope() && env.hasStatusCode && !OcpiStatus::isSuccess(env.statusCode)) {
        QVERIFY(!OcpiStatus::errorText(env.statusCode, env.statusMessage).isEmpty());
        return;
    }
    Ocpi::SessionReader reader;
    reader.setBatchSize(std::numeric_limits<int>::max());
    qint64 count = 0;
    bool spansInside = true;
    const Ocpi::ReadSummary summary = reader.readBytes(response.body, [&](std::vector<Ocpi::RecordResult> &&batch) {
        for (const Ocpi::RecordResult &r : batch)
            spansInside &= r.session.source.offset >= 0 && r.session.source.offset + r.session.source.length <= response.body.size();
        count += qint64(batch.size());
    });
    QVERIFY(spansInside);
    if (summary.error) {
        QVERIFY(!summary.error->message.isEmpty());
        if (!(summary.error->code == QLatin1StringView("file.no_data") && env.isEnvelope()))
            return;
    }
    if (const auto t = serverTime(response, env.timestamp))
        QVERIFY(Ocpi::parseDateTime(dateTimeQueryValue(*t).toStdString()).ok() || *t < 0);
    const PageHeaders paging = readPageHeaders(response);
    const qint64 offset = pageOffset(response.url, in.position);
    const NextPage next = nextPage(response.url, sessionsUrl, paging, offset, count);
    switch (next.kind) {
    case NextPage::Kind::None:
    case NextPage::Kind::Short:
    case NextPage::Kind::BadLink:
        QVERIFY(next.url.isEmpty());
        break;
    case NextPage::Kind::Link:
        QVERIFY(next.url.isValid());
        QVERIFY(sameOrigin(next.url, sessionsUrl));
        break;
    case NextPage::Kind::OtherOrigin:
        QVERIFY(!sameOrigin(next.url, sessionsUrl));
        break;
    case NextPage::Kind::Offset:
        QCOMPARE(queryItem(next.url, "offset").value_or(QByteArray()).toLongLong(), offset + count);
        break;
    }
}

// A pointer line, then the JSON: the syntax error inside the text and in words; ranges inside the pretty text.
void TestFuzzRegressions::jsonpretty()
{
    QFETCH(QByteArray, input);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray pointer = newline < 0 ? QByteArray() : input.first(newline);
    const QByteArray json = newline < 0 ? input : input.sliced(newline + 1);
    const std::string_view text(json.constData(), size_t(json.size()));
    if (const auto error = Ocpi::JsonSyntax::firstError(text)) {
        QVERIFY(error->offset <= text.size());
        QVERIFY(!error->message.isEmpty());
    }
    const Ocpi::PrettyJson pretty = Ocpi::PrettyJson::format(text);
    if (!pretty.isValid())
        return;
    const Ocpi::JsonLocation at = pretty.locate(QString::fromUtf8(pointer));
    QVERIFY(!at.range.isValid() || at.range.offset + at.range.length <= pretty.text().size());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
