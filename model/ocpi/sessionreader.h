// Reads Session records from a file or buffer in any of the shapes found in the wild, tolerantly.
//
// Accepted, detected by content: one Session object; a JSON array of Sessions; an OCPI response envelope
// ({"data": [...] | {...}, "status_code": ...}); NDJSON or any stream of the above. The input is scanned in
// chunks, so memory stays bounded by the largest record, and records are handed out in batches as soon as they
// are read. A damaged record gets its own findings; damage to the file's structure stops the reading with a
// file-level error that names the line and column, and the records before it are kept.
#pragma once

#include "finding.h"
#include "session.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Ocpi {

struct RecordResult
{
    qint64 index = 0; // 0-based position of the record in the input
    Session session;
    Findings findings;
    QByteArray json; // the record's text (UTF-8), when SessionReader::setKeepJson(true)
};

enum class InputFormat : quint8 { Unknown, Object, Array, Envelope, Stream };
QLatin1StringView inputFormatName(InputFormat f); // "object", "array", "envelope", "stream"

struct FileError
{
    QLatin1StringView code; // e.g. "file.empty", "file.truncated", "file.not_json", "file.encoding"
    QString message;        // plain words, with line and column where there is one
    qint64 offset = -1;
    qint64 line = 0;
    qint64 column = 0;
};

struct ReadSummary
{
    InputFormat format = InputFormat::Unknown;
    qint64 bytesRead = 0;
    qint64 totalBytes = -1;
    qint64 records = 0;
    bool cancelled = false;
    std::optional<FileError> error;
    Findings fileFindings; // about the file rather than a record (envelope status, trailing commas, BOM...)
    int envelopeStatusCode = -1;
    QString envelopeStatusMessage;
};

class SessionReader
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::SessionReader)
public:
    using RecordsFn = std::function<void(std::vector<RecordResult> &&)>;
    using ProgressFn = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    SessionReader();
    ~SessionReader();

    void setBatchSize(int records) { m_batchSize = std::max(1, records); }
    void setChunkSize(qint64 bytes) { m_chunkSize = std::max<qint64>(1, bytes); }
    void setMaxRecordSize(qint64 bytes) { m_maxRecordSize = bytes; }
    void setCollectFindings(bool on) { m_collectFindings = on; }
    // Keep each record's text in RecordResult::json (for a details pane); off by default.
    void setKeepJson(bool on) { m_keepJson = on; }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    ReadSummary read(QIODevice &device, const RecordsFn &onRecords, const ProgressFn &onProgress = {});
    ReadSummary readFile(const QString &path, const RecordsFn &onRecords, const ProgressFn &onProgress = {});
    ReadSummary readBytes(QByteArrayView data, const RecordsFn &onRecords, const ProgressFn &onProgress = {});

private:
    int m_batchSize = 1000;
    qint64 m_chunkSize = 4 << 20;
    qint64 m_maxRecordSize = qint64(512) << 20;
    bool m_collectFindings = true;
    bool m_keepJson = false;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Ocpi
