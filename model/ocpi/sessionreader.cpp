#include "sessionreader.h"

#include "jsonsyntax.h"
#include "sessionvalidator.h"
#include "specrefs.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <algorithm>
#include <cstring>
#include <memory>

namespace Ocpi {

using std::string_view;

QLatin1StringView inputFormatName(InputFormat f)
{
    switch (f) {
    case InputFormat::Object:
        return QLatin1StringView("object");
    case InputFormat::Array:
        return QLatin1StringView("array");
    case InputFormat::Envelope:
        return QLatin1StringView("envelope");
    case InputFormat::Stream:
        return QLatin1StringView("stream");
    case InputFormat::Unknown:
        break;
    }
    return QLatin1StringView("unknown");
}

namespace {

bool isWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The read buffer. Unlike std::vector<char>::resize, growing it does not zero the new bytes: each chunk
// is overwritten by the read that follows, and only the padding after the data is zeroed.
class ReadBuffer
{
public:
    char *data() { return m_data.get(); }
    const char *data() const { return m_data.get(); }
    char operator[](size_t i) const { return m_data[i]; }
    // Makes room for `size` bytes, keeping the first `keep`.
    void reserve(size_t size, size_t keep)
    {
        if (size <= m_capacity)
            return;
        const size_t capacity = std::max(size, m_capacity + m_capacity / 2);
        auto grown = std::make_unique_for_overwrite<char[]>(capacity);
        if (keep > 0)
            std::memcpy(grown.get(), m_data.get(), keep);
        m_data = std::move(grown);
        m_capacity = capacity;
    }

private:
    std::unique_ptr<char[]> m_data;
    size_t m_capacity = 0;
};

// Number of '\n' in [p, end). Pretty-printed files have a line break every 20 bytes or so, too often for
// a memchr per line: blocks of 64 bytes with a byte-sized count let the compiler vectorise the loop.
qint64 countLineBreaks(const char *p, const char *end)
{
    // Compact files have no line break for megabytes: memchr says so fastest.
    p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    if (!p)
        return 0;
    qint64 n = 0;
    while (end - p >= 64) {
        unsigned char block = 0;
        for (int i = 0; i < 64; ++i)
            block += p[i] == '\n';
        n += block;
        p += 64;
    }
    for (; p < end; ++p)
        n += *p == '\n';
    return n;
}

// The scanning state of one read. Offsets are absolute byte offsets in the input.
class Scan
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::SessionReader)
public:
    Scan(QIODevice &dev, const SessionReader::RecordsFn &onRecords, const SessionReader::ProgressFn &onProgress,
         int batchSize, qint64 chunkSize, qint64 maxRecord, bool collect, bool keepJson, const std::atomic_bool *cancel)
        : dev(dev), onRecords(onRecords), onProgress(onProgress), batchSize(batchSize), chunkSize(chunkSize),
          maxRecord(maxRecord), collect(collect), keepJson(keepJson), cancel(cancel)
    {
    }

    ReadSummary run();

private:
    enum class Ctx : quint8 { TopArray, TopObject, DataArray };
    enum class Expect : quint8 { ValueOrEnd, Value, CommaOrEnd, KeyOrEnd, Key, Colon };
    enum class Purpose : quint8 { Record, Member, TopScalar };
    struct Frame
    {
        Ctx ctx;
        Expect expect;
        qint64 start;
        TextPosition startAt{}; // of a top-level object: its bytes may be dropped before an error names it
    };

    // Buffer access by absolute offset.
    char at(qint64 abs) const { return buf[size_t(abs - bufAbs)]; }
    const char *ptr(qint64 abs) const { return buf.data() + (abs - bufAbs); }
    qint64 end() const { return bufAbs + qint64(bufSize); }

    bool fill();
    void compact();
    bool checkEncoding();
    bool step();
    bool skipValue(); // returns true when the value is complete
    void finishValue(qint64 valueEnd);
    void emitRecord(qint64 start, qint64 stop);
    void flush();
    void fail(QLatin1StringView code, const QString &what, qint64 offset);
    void fail(QLatin1StringView code, const QString &what, qint64 offset, TextPosition p);
    void addFileFinding(Severity sev, QLatin1StringView code, QLatin1StringView spec, const QString &msg);
    TextPosition positionOf(qint64 offset);
    void advanceLines(qint64 offset);

    QIODevice &dev;
    const SessionReader::RecordsFn &onRecords;
    const SessionReader::ProgressFn &onProgress;
    int batchSize;
    qint64 chunkSize;
    qint64 maxRecord;
    bool collect;
    bool keepJson;
    const std::atomic_bool *cancel;

    ReadBuffer buf; // holds [bufAbs, bufAbs + bufSize) plus padding
    size_t bufSize = 0;
    qint64 bufAbs = 0;
    bool eof = false;

    qint64 pos = 0; // next byte to look at
    std::vector<Frame> stack;
    int topValues = 0;
    bool inValue = false;
    Purpose purpose = Purpose::Record;
    qint64 valueStart = 0;
    int depth = 0;
    bool inString = false;
    bool scalar = false;
    bool topScalar = false; // the file starts with a complete JSON scalar (at valueStart)
    std::string memberKey;     // key of the top-level object member being read
    bool topIsEnvelope = false;
    bool topHadData = false;
    bool topHasStatusCode = false; // envelope members seen in a top-level object...
    bool topHasSessionKey = false; // ...and Session members
    bool notUtf8Reported = false;
    bool fatal = false;

    // Line tracking: the line number of `lineAbs`, and where that line starts.
    qint64 lineAbs = 0;
    qint64 lineNo = 1;
    qint64 lineStart = 0;

    SessionValidator validator;
    std::vector<RecordResult> batch;
    ReadSummary summary;
};

bool Scan::fill()
{
    if (eof)
        return false;
    size_t want = size_t(chunkSize);
    // A device that knows its size (a file, a response body in memory) is read in chunks no larger than what is
    // left of it, so that reading a 2 KB page does not allocate a 4 MB buffer; at the end one byte is asked, and
    // the read that returns none ends the input as before.
    if (!dev.isSequential()) {
        const qint64 left = dev.size() - dev.pos();
        if (left >= 0)
            want = size_t(std::clamp<qint64>(left, 1, chunkSize));
    }
    buf.reserve(bufSize + want + SessionValidator::kPadding, bufSize);
    const qint64 n = dev.read(buf.data() + bufSize, qint64(want));
    if (n <= 0) {
        eof = true;
        std::memset(buf.data() + bufSize, 0, SessionValidator::kPadding);
        if (n < 0)
            fail(QLatin1StringView("file.read"), tr("the file could not be read: %1").arg(dev.errorString()), end());
        return false;
    }
    bufSize += size_t(n);
    summary.bytesRead += n;
    std::memset(buf.data() + bufSize, 0, SessionValidator::kPadding);
    if (onProgress)
        onProgress(summary.bytesRead, summary.totalBytes);
    return true;
}

// Drops bytes that are no longer needed: everything before the value or object being read.
void Scan::compact()
{
    qint64 keep = pos;
    if (inValue || topScalar) // a valid top-level scalar is named at its place once the file ends
        keep = std::min(keep, valueStart);
    for (const Frame &f : stack) {
        if (f.ctx == Ctx::TopObject && !topIsEnvelope)
            keep = std::min(keep, f.start); // may still turn out to be one Session
    }
    advanceLines(keep);
    const size_t drop = size_t(keep - bufAbs);
    if (drop == 0)
        return;
    std::memmove(buf.data(), buf.data() + drop, bufSize - drop);
    bufSize -= drop;
    bufAbs = keep;
}

void Scan::advanceLines(qint64 offset)
{
    offset = std::min(offset, end());
    if (lineAbs >= offset)
        return;
    const char *const from = ptr(lineAbs);
    const char *last = ptr(offset);
    if (const qint64 breaks = countLineBreaks(from, last)) {
        while (last[-1] != '\n')
            --last;
        lineNo += breaks;
        lineStart = bufAbs + (last - buf.data());
    }
    lineAbs = offset;
}

TextPosition Scan::positionOf(qint64 offset)
{
    // Only what is still in the buffer can be placed: an object whose bytes may be dropped keeps its place
    // (Frame::startAt). An earlier offset would count back from the line tracked so far: placed there instead.
    offset = std::max(offset, lineAbs);
    advanceLines(offset);
    // Column in characters when the line start is still in the buffer, else in bytes.
    if (lineStart >= bufAbs) {
        const string_view line(ptr(lineStart), size_t(offset - lineStart));
        return JsonSyntax::positionOf(line, line.size(), TextPosition{lineNo, 1});
    }
    return TextPosition{lineNo, offset - lineStart + 1};
}

void Scan::fail(QLatin1StringView code, const QString &what, qint64 offset)
{
    if (!fatal)
        fail(code, what, offset, positionOf(std::min(offset, end())));
}

void Scan::fail(QLatin1StringView code, const QString &what, qint64 offset, TextPosition p)
{
    if (fatal)
        return;
    fatal = true;
    FileError e;
    e.code = code;
    e.offset = offset;
    e.line = p.line;
    e.column = p.column;
    e.message = tr("%1 (line %2, column %3, byte %4)").arg(what).arg(p.line).arg(p.column).arg(offset);
    summary.error = e;
}

void Scan::addFileFinding(Severity sev, QLatin1StringView code, QLatin1StringView spec, const QString &msg)
{
    summary.fileFindings.append(Finding{sev, QString(), code, msg, spec});
}

bool Scan::checkEncoding()
{
    // Needs the first bytes; called once after the first fill.
    const auto b = [&](size_t i) { return i < bufSize ? static_cast<unsigned char>(buf[i]) : 0x100u; };
    if (bufSize >= 4 && b(0) == 0x00 && b(1) == 0x00 && b(2) == 0xFE && b(3) == 0xFF) {
        fail(QLatin1StringView("file.encoding"), tr("the file is UTF-32 (big-endian); OCPI JSON must be UTF-8"), 0);
        return false;
    }
    if (bufSize >= 4 && b(0) == 0xFF && b(1) == 0xFE && b(2) == 0x00 && b(3) == 0x00) {
        fail(QLatin1StringView("file.encoding"), tr("the file is UTF-32 (little-endian); OCPI JSON must be UTF-8"), 0);
        return false;
    }
    if (bufSize >= 2 && b(0) == 0xFE && b(1) == 0xFF) {
        fail(QLatin1StringView("file.encoding"), tr("the file is UTF-16 (big-endian); OCPI JSON must be UTF-8"), 0);
        return false;
    }
    if (bufSize >= 2 && b(0) == 0xFF && b(1) == 0xFE) {
        fail(QLatin1StringView("file.encoding"), tr("the file is UTF-16 (little-endian); OCPI JSON must be UTF-8"), 0);
        return false;
    }
    if (bufSize >= 2 && b(0) != 0 && b(1) == 0x00) {
        fail(QLatin1StringView("file.encoding"),
             tr("the file looks like UTF-16 (little-endian) without a byte order mark; OCPI JSON must be UTF-8"), 0);
        return false;
    }
    if (bufSize >= 2 && b(0) == 0x00 && b(1) != 0) {
        fail(QLatin1StringView("file.encoding"),
             tr("the file looks like UTF-16 (big-endian) without a byte order mark; OCPI JSON must be UTF-8"), 0);
        return false;
    }
    if (bufSize >= 2 && b(0) == 0x1F && b(1) == 0x8B) {
        fail(QLatin1StringView("file.compressed"), tr("the file is gzip-compressed; decompress it first"), 0);
        return false;
    }
    if (bufSize >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
        addFileFinding(Severity::Info, QLatin1StringView("file.bom"), Spec::Json,
                       tr("the file starts with a UTF-8 byte order mark (skipped)"));
        pos = 3;
        lineAbs = 3;
        lineStart = 3;
    }
    return true;
}

void Scan::flush()
{
    if (batch.empty())
        return;
    if (onRecords)
        onRecords(std::move(batch));
    batch.clear();
}

void Scan::emitRecord(qint64 start, qint64 stop)
{
    advanceLines(start);
    RecordResult r;
    r.index = summary.records++;
    const string_view text(ptr(start), size_t(stop - start));
    const size_t capacity = size_t(end() - start) + SessionValidator::kPadding;
    r.session = validator.validate(text, collect ? &r.findings : nullptr, TextPosition{lineNo, start - lineStart + 1}, capacity);
    r.session.source = SourceSpan{start, stop - start, lineNo};
    if (keepJson)
        r.json = QByteArray(text.data(), qsizetype(text.size()));
    if (!notUtf8Reported && !r.session.isValid()) {
        for (const Finding &f : r.findings) {
            if (f.code == QLatin1StringView("encoding.not_utf8")) {
                notUtf8Reported = true;
                addFileFinding(Severity::Error, f.code, Spec::Json,
                               tr("the file is not UTF-8 (first seen in record %1): %2").arg(r.index).arg(f.message));
                break;
            }
        }
    }
    r.session.shrinkToFit();
    batch.push_back(std::move(r));
    if (int(batch.size()) >= batchSize)
        flush();
}

// Skips the value that starts at valueStart, resuming at pos. True when it is complete.
bool Scan::skipValue()
{
    const qint64 e = end();
    if (scalar) {
        while (pos < e) {
            const char c = at(pos);
            if (c == ',' || c == ']' || c == '}' || isWs(c))
                return true;
            ++pos;
        }
        return eof;
    }
    while (pos < e) {
        if (inString) {
            // Find the closing quote: the next '"' not preceded by an odd number of backslashes.
            const void *q = std::memchr(ptr(pos), '"', size_t(e - pos));
            if (!q) {
                pos = e;
                return false;
            }
            const qint64 quote = bufAbs + (static_cast<const char *>(q) - buf.data());
            qint64 k = quote - 1;
            while (k >= valueStart && at(k) == '\\')
                --k;
            pos = quote + 1;
            if (((quote - 1 - k) & 1) == 0) {
                inString = false;
                if (depth == 0)
                    return true; // the value was a string
            }
            continue;
        }
        const char *p = ptr(pos);
        const char *const stop = ptr(e);
        for (; p < stop; ++p) {
            const char c = *p;
            if (c == '"') {
                inString = true;
                ++p;
                break;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    pos = bufAbs + (p + 1 - buf.data());
                    return true;
                }
            }
        }
        pos = bufAbs + (p - buf.data());
    }
    return false;
}

void Scan::finishValue(qint64 valueEnd)
{
    inValue = false;
    if (purpose == Purpose::TopScalar) {
        // The file starts with a string, number or literal. Only when that is one valid JSON value and nothing else
        // follows is the file JSON (but not Sessions); "nothing" or a CSV header is not JSON at its first bad byte.
        const string_view text(ptr(valueStart), size_t(valueEnd - valueStart));
        if (const auto err = JsonSyntax::firstError(text)) {
            if (err->offset == 0)
                fail(QLatin1StringView("file.not_json"),
                     tr("this is not JSON: it starts with %1").arg(JsonSyntax::describeByte(text.front())), valueStart);
            else
                fail(QLatin1StringView("file.not_json"), tr("this is not JSON: %1").arg(err->message),
                     valueStart + qint64(err->offset));
            return;
        }
        topScalar = true;
        ++topValues;
        return;
    }
    Frame *top = stack.empty() ? nullptr : &stack.back();
    if (purpose == Purpose::Record) {
        emitRecord(valueStart, valueEnd);
        if (top)
            top->expect = Expect::CommaOrEnd;
        return;
    }
    // A member of a top-level object that is not (yet) known to be an envelope.
    const string_view text(ptr(valueStart), size_t(valueEnd - valueStart));
    if (memberKey == "status_code") {
        summary.envelopeStatusCode = QByteArrayView(text.data(), qsizetype(text.size())).toInt();
    } else if (memberKey == "status_message" && text.size() >= 2 && text.front() == '"') {
        summary.envelopeStatusMessage = QString::fromUtf8(text.data() + 1, qsizetype(text.size()) - 2);
    } else if (memberKey == "data") {
        topIsEnvelope = true;
        topHadData = text != "null";
    }
    if (top)
        top->expect = Expect::CommaOrEnd;
}

// Advances the structural scan by one token outside values. False when more input is needed or it failed.
bool Scan::step()
{
    const qint64 e = end();
    while (pos < e && isWs(at(pos)))
        ++pos;
    if (pos >= e)
        return false;
    const char c = at(pos);

    if (stack.empty()) {
        if (topScalar) {
            fail(QLatin1StringView("file.not_json"),
                 tr("this is not JSON: %1")
                     .arg(JsonSyntax::tr("unexpected %1 after the end of the JSON value").arg(JsonSyntax::describeByte(c))),
                 pos);
            return false;
        }
        if (c == '[' || c == '{') {
            ++topValues;
            if (topValues == 2)
                summary.format = InputFormat::Stream;
            stack.push_back(Frame{c == '[' ? Ctx::TopArray : Ctx::TopObject, c == '[' ? Expect::ValueOrEnd : Expect::KeyOrEnd, pos,
                                  c == '{' ? positionOf(pos) : TextPosition{}});
            if (topValues == 1)
                summary.format = c == '[' ? InputFormat::Array : InputFormat::Object;
            topIsEnvelope = false;
            topHadData = false;
            topHasStatusCode = false;
            topHasSessionKey = false;
            ++pos;
            return true;
        }
        if (topValues > 0) {
            fail(QLatin1StringView("file.not_json"),
                 tr("unexpected %1 after a complete JSON value; expected another object or array (NDJSON) or the "
                    "end of the file")
                     .arg(JsonSyntax::describeByte(c)),
                 pos);
        } else if (c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
            // Read the whole token first: finishValue decides whether it is JSON at all.
            inValue = true;
            purpose = Purpose::TopScalar;
            valueStart = pos;
            depth = 0;
            inString = c == '"';
            scalar = !inString;
            if (inString)
                ++pos;
            return true;
        } else {
            fail(QLatin1StringView("file.not_json"),
                 tr("this is not JSON: it starts with %1").arg(JsonSyntax::describeByte(c)), pos);
        }
        return false;
    }

    Frame &f = stack.back();
    auto startValue = [&](Purpose p) {
        inValue = true;
        purpose = p;
        valueStart = pos;
        depth = 0;
        inString = false;
        scalar = false;
        if (c == '{' || c == '[') {
            depth = 1;
            ++pos;
        } else if (c == '"') {
            inString = true;
            ++pos;
        } else {
            scalar = true;
        }
    };
    auto closeFrame = [&] {
        const Frame closed = stack.back();
        stack.pop_back();
        ++pos;
        if (closed.ctx == Ctx::DataArray) {
            stack.back().expect = Expect::CommaOrEnd;
        } else if (closed.ctx == Ctx::TopObject) {
            // status_code without Session fields: an envelope without data, e.g. an error response (transport_and_format 4.1.7).
            const bool envelope = topIsEnvelope || (topHasStatusCode && !topHasSessionKey);
            if (!envelope) {
                emitRecord(closed.start, pos); // the object was a Session itself
                return;
            }
            if (topValues == 1)
                summary.format = InputFormat::Envelope;
            if (!topHadData) {
                fail(QLatin1StringView("file.no_data"),
                     tr("the OCPI response has no data (status_code %1%2)")
                         .arg(summary.envelopeStatusCode)
                         .arg(summary.envelopeStatusMessage.isEmpty() ? QString()
                                                                      : QLatin1String(": ") + summary.envelopeStatusMessage),
                     closed.start, closed.startAt);
            }
        }
    };

    switch (f.expect) {
    case Expect::ValueOrEnd:
    case Expect::Value:
        if (c == ']' && f.ctx != Ctx::TopObject) {
            if (f.expect == Expect::Value)
                addFileFinding(Severity::Warning, QLatin1StringView("json.trailing_comma"), Spec::Json,
                               tr("a trailing comma before ']' at line %1 (not allowed in JSON; tolerated)")
                                   .arg(positionOf(pos).line));
            closeFrame();
            return true;
        }
        if (c == ',' || c == ']' || c == '}' || c == ':') {
            fail(QLatin1StringView("file.syntax"),
                 tr("unexpected %1 where a value was expected").arg(JsonSyntax::describeByte(c)), pos);
            return false;
        }
        if (f.ctx == Ctx::TopObject) {
            if (memberKey == "data" && (c == '[' || c == '{')) {
                topIsEnvelope = true;
                topHadData = true;
                f.expect = Expect::CommaOrEnd;
                if (c == '[') {
                    stack.push_back(Frame{Ctx::DataArray, Expect::ValueOrEnd, pos});
                    ++pos;
                } else {
                    startValue(Purpose::Record); // a single Session as data
                }
                return true;
            }
            startValue(Purpose::Member);
            return true;
        }
        startValue(Purpose::Record);
        return true;
    case Expect::CommaOrEnd: {
        const char close = f.ctx == Ctx::TopObject ? '}' : ']';
        if (c == ',') {
            f.expect = f.ctx == Ctx::TopObject ? Expect::Key : Expect::Value;
            ++pos;
            return true;
        }
        if (c == close) {
            closeFrame();
            return !fatal;
        }
        fail(QLatin1StringView("file.syntax"),
             tr("unexpected %1 where ',' or '%2' was expected").arg(JsonSyntax::describeByte(c), QChar(QLatin1Char(close))),
             pos);
        return false;
    }
    case Expect::KeyOrEnd:
        if (c == '}') {
            closeFrame();
            return !fatal;
        }
        [[fallthrough]];
    case Expect::Key: {
        if (c != '"') {
            fail(QLatin1StringView("file.syntax"),
                 tr("unexpected %1 where a member name in double quotes was expected").arg(JsonSyntax::describeByte(c)),
                 pos);
            return false;
        }
        // Keys are short: read the whole key, or wait for more input.
        qint64 k = pos + 1;
        while (k < e && at(k) != '"') {
            if (at(k) == '\\')
                ++k;
            ++k;
        }
        if (k >= e)
            return false;
        memberKey.assign(ptr(pos + 1), size_t(k - pos - 1));
        if (stack.size() == 1 && f.ctx == Ctx::TopObject) {
            if (memberKey == "status_code")
                topHasStatusCode = true;
            else if (memberKey == "id" || memberKey == "country_code" || memberKey == "party_id" || memberKey == "kwh"
                     || memberKey == "status" || memberKey == "cdr_token" || memberKey == "start_date_time")
                topHasSessionKey = true;
        }
        pos = k + 1;
        f.expect = Expect::Colon;
        return true;
    }
    case Expect::Colon:
        if (c != ':') {
            fail(QLatin1StringView("file.syntax"),
                 tr("unexpected %1 where ':' was expected").arg(JsonSyntax::describeByte(c)), pos);
            return false;
        }
        ++pos;
        f.expect = Expect::Value;
        return true;
    }
    return false;
}

ReadSummary Scan::run()
{
    summary.totalBytes = dev.isSequential() ? -1 : dev.size() - dev.pos();
    // The encoding check needs the first four bytes, whatever the chunk size.
    while (bufSize < 4 && fill()) {
    }
    if (bufSize == 0) {
        if (!fatal)
            fail(QLatin1StringView("file.empty"), tr("the file is empty"), 0);
        return summary;
    }
    if (!checkEncoding())
        return summary;

    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            summary.cancelled = true;
            break;
        }
        bool progressed = true;
        while (progressed && !fatal) {
            if (inValue) {
                if (skipValue())
                    finishValue(pos);
                else
                    progressed = false;
            } else {
                progressed = step();
            }
            if (inValue && pos - valueStart > maxRecord) {
                fail(QLatin1StringView("file.record_too_large"),
                     tr("a record is larger than %1 MB; reading stopped").arg(maxRecord >> 20), valueStart);
            }
        }
        if (fatal)
            break;
        flush(); // what this chunk held goes out now: the first rows never wait for the whole file
        compact();
        if (!fill()) {
            if (fatal)
                break;
            // End of input: finish a trailing scalar, then check that nothing is left open.
            if (inValue && scalar) {
                finishValue(pos);
                while (!fatal && step()) {
                }
            }
            while (pos < end() && isWs(at(pos)))
                ++pos;
            if (inValue || !stack.empty()) {
                QString what;
                if (inValue && inString)
                    what = tr("the file ends inside a string");
                else if (inValue)
                    what = tr("the file ends inside a record");
                else if (stack.back().ctx == Ctx::TopObject)
                    what = tr("the file ends before the closing '}'");
                else
                    what = tr("the file ends before the closing ']'");
                fail(QLatin1StringView("file.truncated"), tr("truncated: %1").arg(what), end());
            } else if (topValues == 0 && !fatal) {
                fail(QLatin1StringView("file.empty"), tr("the file holds only white space"), end());
            } else if (topScalar && !fatal) {
                fail(QLatin1StringView("file.not_sessions"),
                     tr("the file holds a single JSON scalar, not Session objects"), valueStart);
            }
            break;
        }
    }
    flush();
    if (summary.envelopeStatusCode >= 0 && summary.envelopeStatusCode != 1000 && !summary.error) {
        addFileFinding(Severity::Error, QLatin1StringView("envelope.status"), Spec::ResponseFormat,
                       tr("the OCPI response has status_code %1, not 1000 (success)%2")
                           .arg(summary.envelopeStatusCode)
                           .arg(summary.envelopeStatusMessage.isEmpty() ? QString()
                                                                        : QLatin1String(": ") + summary.envelopeStatusMessage));
    }
    if (onProgress)
        onProgress(summary.bytesRead, summary.totalBytes);
    return summary;
}

} // namespace

SessionReader::SessionReader() = default;
SessionReader::~SessionReader() = default;

ReadSummary SessionReader::read(QIODevice &device, const RecordsFn &onRecords, const ProgressFn &onProgress)
{
    Scan scan(device, onRecords, onProgress, m_batchSize, m_chunkSize, m_maxRecordSize, m_collectFindings, m_keepJson, m_cancel);
    return scan.run();
}

ReadSummary SessionReader::readFile(const QString &path, const RecordsFn &onRecords, const ProgressFn &onProgress)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ReadSummary s;
        FileError e;
        e.code = QLatin1StringView("file.open");
        e.message = QFileInfo(path).isDir() ? tr("%1 is a directory").arg(path)
                                            : tr("cannot open %1: %2").arg(path, file.errorString());
        s.error = e;
        return s;
    }
    return read(file, onRecords, onProgress);
}

ReadSummary SessionReader::readBytes(QByteArrayView data, const RecordsFn &onRecords, const ProgressFn &onProgress)
{
    QByteArray copy = QByteArray::fromRawData(data.data(), data.size());
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, onRecords, onProgress);
}

} // namespace Ocpi
