// Fuzz target: a Session validation round — one record's JSON text parsed and checked against OCPI 2.2.1
// (model/ocpi/sessionvalidator.h), its findings written back out as the JSON report of `validate`
// (validationreport.h), and each finding's JSON Pointer located in the pretty-printed record, as the details
// pane does (jsonpretty.h).
//
// Input: the record's JSON text. It is validated twice: in place with the padding simdjson reads past the end,
// and from a buffer without it (the validator copies).
// Checks: both ways give the same counts; the counts agree with the findings; a finding has a code, a message
// and a well-formed pointer; the report is valid JSON holding the session; every pointer resolves to a range
// inside the pretty text.
#include "fuzzsupport.h"

#include "ocpi/jsonpretty.h"
#include "ocpi/sessionvalidator.h"
#include "ocpi/validationreport.h"

#include <QtCore/QBuffer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cstring>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Ocpi::SessionValidator validator; // reused, as the reader does
    const std::string_view json(reinterpret_cast<const char *>(data), size);

    Ocpi::Findings findings;
    const Ocpi::Session session = validator.validate(json, &findings);

    std::string padded(size + Ocpi::SessionValidator::kPadding, '\0');
    if (size)
        std::memcpy(padded.data(), data, size);
    const Ocpi::Session inPlace = validator.validate(std::string_view(padded.data(), size), nullptr, {}, padded.size());
    FUZZ_CHECK(inPlace.errorCount == session.errorCount);
    FUZZ_CHECK(inPlace.warningCount == session.warningCount);
    FUZZ_CHECK(inPlace.infoCount == session.infoCount);

    qsizetype errors = 0, warnings = 0, infos = 0;
    for (const Ocpi::Finding &f : findings) {
        FUZZ_CHECK(!f.code.isEmpty());
        FUZZ_CHECK(!f.message.isEmpty());
        FUZZ_CHECK(f.path.isEmpty() || f.path.startsWith(QLatin1Char('/')));
        errors += f.severity == Ocpi::Severity::Error;
        warnings += f.severity == Ocpi::Severity::Warning;
        infos += f.severity == Ocpi::Severity::Info;
    }
    // The counts are quint16 and saturate; the findings are all kept.
    FUZZ_CHECK(session.errorCount == std::min<qsizetype>(errors, 0xffff));
    FUZZ_CHECK(session.warningCount == std::min<qsizetype>(warnings, 0xffff));
    FUZZ_CHECK(session.infoCount == std::min<qsizetype>(infos, 0xffff));

    // The round: the report of `validate --format json`...
    QByteArray report;
    {
        QBuffer out(&report);
        out.open(QIODevice::WriteOnly);
        Ocpi::ValidationReportWriter writer(out, Ocpi::ValidationReportWriter::Format::Json);
        writer.beginFile(QStringLiteral("fuzz.json"));
        std::vector<Ocpi::RecordResult> records(1);
        records[0].session = session;
        records[0].findings = findings;
        writer.addRecords(records);
        writer.endFile(Ocpi::ReadSummary());
        writer.finish();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(report, &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError);
    FUZZ_CHECK(doc.object().value(QLatin1StringView("summary")).toObject().value(QLatin1StringView("sessions")).toInt() == 1);

    // ...and the details pane: the pretty text, with each finding's place marked in it.
    const Ocpi::PrettyJson pretty = Ocpi::PrettyJson::format(json);
    for (const Ocpi::Finding &f : findings) {
        const Ocpi::JsonLocation at = pretty.locate(f.path);
        if (at.range.isValid())
            FUZZ_CHECK(at.range.offset + at.range.length <= pretty.text().size());
    }
    return 0;
}
