// Fuzz target: the file reader (model/ocpi/sessionreader.h) in all its formats — one Session object, a JSON
// array, an OCPI envelope, NDJSON or any stream of them, with BOMs and other encodings — and the validation of
// every record it finds.
//
// Input: byte 0 chooses the reader's settings, the rest is the file:
//   bits 0-2  chunk size: 4 MiB (the default), 1, 2, 3, 7, 64, 4096, 65536 bytes, so that chunk boundaries
//             fall everywhere in the text
//   bit 3     batch size 1 (else 1000)
//   bit 4     keep each record's JSON text
//   bit 5     no findings collected
//   bit 6     maximum record size 256 bytes
// Checks: records come in order with consecutive indexes, each record's source span lies inside the file, the
// summary counts them and has read no more than the file; a file-level error has a code, a message and a place
// inside the file.
#include "fuzzsupport.h"

#include "ocpi/sessionreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QByteArrayView file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    static constexpr qint64 kChunks[] = {qint64(4) << 20, 1, 2, 3, 7, 64, 4096, 65536};
    Ocpi::SessionReader reader;
    reader.setChunkSize(kChunks[mode & 7]);
    reader.setBatchSize((mode & 8) ? 1 : 1000);
    reader.setKeepJson(mode & 16);
    reader.setCollectFindings(!(mode & 32));
    if (mode & 64)
        reader.setMaxRecordSize(256);

    qint64 next = 0;
    const Ocpi::ReadSummary summary = reader.readBytes(file, [&](std::vector<Ocpi::RecordResult> &&batch) {
        FUZZ_CHECK(!batch.empty());
        for (const Ocpi::RecordResult &r : batch) {
            FUZZ_CHECK(r.index == next);
            ++next;
            const Ocpi::SourceSpan &src = r.session.source;
            FUZZ_CHECK(src.offset >= 0 && src.length >= 0 && src.offset + src.length <= file.size());
            FUZZ_CHECK(src.line >= 1);
            if (!(mode & 32))
                FUZZ_CHECK(r.findings.size() >= r.session.errorCount);
        }
    });
    FUZZ_CHECK(summary.records == next);
    FUZZ_CHECK(summary.bytesRead >= 0 && summary.bytesRead <= file.size());
    if (summary.error) {
        FUZZ_CHECK(!summary.error->code.isEmpty());
        FUZZ_CHECK(!summary.error->message.isEmpty());
        FUZZ_CHECK(summary.error->offset >= 0 && summary.error->offset <= file.size());
        FUZZ_CHECK(summary.error->line >= 1 && summary.error->column >= 1);
    }
    FUZZ_CHECK(!Ocpi::inputFormatName(summary.format).isEmpty() || summary.format == Ocpi::InputFormat::Unknown);
    return 0;
}
