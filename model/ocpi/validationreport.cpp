#include "validationreport.h"

#include <QtCore/QIODevice>

namespace Ocpi {

ValidationReportWriter::ValidationReportWriter(QIODevice &out, Format format) : m_out(out), m_format(format)
{
    if (m_format == Format::Json)
        write("{\"files\":[");
}

void ValidationReportWriter::write(const QByteArray &bytes)
{
    m_out.write(bytes);
}

QByteArray ValidationReportWriter::jsonString(QStringView s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

void ValidationReportWriter::beginFile(const QString &path)
{
    ++m_totals.files;
    m_firstSession = true;
    if (m_format == Format::Json) {
        write((m_firstFile ? QByteArray() : QByteArray(",")) + "{\"file\":" + jsonString(path) + ",\"sessions\":[");
    } else {
        write(tr("%1:\n").arg(path).toUtf8());
    }
    m_firstFile = false;
}

void ValidationReportWriter::writeFindingsJson(const Findings &findings)
{
    write("[");
    bool first = true;
    for (const Finding &f : findings) {
        QByteArray line = first ? QByteArray() : QByteArray(",");
        line += "{\"severity\":\"" + QByteArray(severityName(f.severity).data(), severityName(f.severity).size())
                + "\",\"path\":" + jsonString(f.path) + ",\"code\":" + jsonString(QString(f.code))
                + ",\"message\":" + jsonString(f.message) + ",\"spec\":" + jsonString(QString(f.spec)) + "}";
        write(line);
        first = false;
    }
    write("]");
}

void ValidationReportWriter::addRecords(const std::vector<RecordResult> &records)
{
    for (const RecordResult &r : records) {
        const Session &s = r.session;
        ++m_totals.sessions;
        if (s.isValid())
            ++m_totals.valid;
        else
            ++m_totals.invalid;
        m_totals.errors += s.errorCount;
        m_totals.warnings += s.warningCount;
        m_totals.infos += s.infoCount;
        const QString id = s.has(Session::Field::Id) ? s.text(Session::Field::Id) : QString();

        if (m_format == Format::Json) {
            QByteArray head = m_firstSession ? QByteArray() : QByteArray(",");
            head += "{\"index\":" + QByteArray::number(r.index) + ",\"id\":"
                    + (s.has(Session::Field::Id) ? jsonString(id) : QByteArray("null"))
                    + ",\"valid\":" + (s.isValid() ? "true" : "false") + ",\"line\":" + QByteArray::number(s.source.line)
                    + ",\"errors\":" + QByteArray::number(s.errorCount) + ",\"warnings\":" + QByteArray::number(s.warningCount)
                    + ",\"findings\":";
            write(head);
            writeFindingsJson(r.findings);
            write("}");
            m_firstSession = false;
            continue;
        }

        QString line;
        const QString idText = s.has(Session::Field::Id) ? tr("id %1").arg(id) : tr("no id");
        if (s.isValid() && r.findings.isEmpty())
            line = tr("  session %1 (%2, line %3): valid\n").arg(r.index).arg(idText).arg(s.source.line);
        else if (s.isValid())
            line = tr("  session %1 (%2, line %3): valid, %4 warning(s), %5 note(s)\n")
                       .arg(r.index)
                       .arg(idText)
                       .arg(s.source.line)
                       .arg(s.warningCount)
                       .arg(s.infoCount);
        else
            line = tr("  session %1 (%2, line %3): INVALID, %4 error(s), %5 warning(s)\n")
                       .arg(r.index)
                       .arg(idText)
                       .arg(s.source.line)
                       .arg(s.errorCount)
                       .arg(s.warningCount);
        for (const Finding &f : r.findings) {
            line += QLatin1String("    ") + severityName(f.severity) + QLatin1Char(' ')
                    + (f.path.isEmpty() ? QStringLiteral("-") : f.path) + QLatin1Char(' ') + f.code + QLatin1Char(' ')
                    + f.message + QLatin1String(" [") + f.spec + QLatin1String("]\n");
        }
        write(line.toUtf8());
    }
}

void ValidationReportWriter::endFile(const ReadSummary &summary)
{
    if (summary.error)
        ++m_totals.unreadableFiles;
    for (const Finding &f : summary.fileFindings) {
        if (f.severity == Severity::Error)
            ++m_totals.fileErrors;
    }
    if (m_format == Format::Json) {
        QByteArray tail = "],\"error\":" + (summary.error ? jsonString(summary.error->message) : QByteArray("null"));
        if (summary.error) {
            tail += ",\"error_code\":" + jsonString(QString(summary.error->code)) + ",\"error_line\":"
                    + QByteArray::number(summary.error->line) + ",\"error_column\":" + QByteArray::number(summary.error->column)
                    + ",\"error_offset\":" + QByteArray::number(summary.error->offset);
        }
        const QLatin1StringView fmt = inputFormatName(summary.format);
        tail += ",\"format\":\"" + QByteArray(fmt.data(), fmt.size()) + "\",\"records\":" + QByteArray::number(summary.records)
                + ",\"bytes\":" + QByteArray::number(summary.bytesRead) + ",\"findings\":";
        write(tail);
        writeFindingsJson(summary.fileFindings);
        write("}");
        return;
    }
    QString text;
    for (const Finding &f : summary.fileFindings)
        text += QLatin1String("  file ") + severityName(f.severity) + QLatin1Char(' ') + f.code + QLatin1Char(' ')
                + f.message + QLatin1String(" [") + f.spec + QLatin1String("]\n");
    if (summary.error)
        text += tr("  file error %1: %2\n").arg(QString(summary.error->code), summary.error->message);
    text += tr("  %n session(s) read as %1, %2 bytes\n", nullptr, int(std::min<qint64>(summary.records, INT_MAX)))
                .arg(inputFormatName(summary.format))
                .arg(summary.bytesRead);
    write(text.toUtf8());
}

void ValidationReportWriter::finish()
{
    const ValidationTotals &t = m_totals;
    if (m_format == Format::Json) {
        write("],\"summary\":{\"files\":" + QByteArray::number(t.files) + ",\"sessions\":" + QByteArray::number(t.sessions)
              + ",\"valid\":" + QByteArray::number(t.valid) + ",\"invalid\":" + QByteArray::number(t.invalid)
              + ",\"errors\":" + QByteArray::number(t.errors) + ",\"warnings\":" + QByteArray::number(t.warnings)
              + ",\"infos\":" + QByteArray::number(t.infos) + ",\"unreadable_files\":" + QByteArray::number(t.unreadableFiles)
              + "}}\n");
        return;
    }
    write(tr("summary: %1 file(s), %2 session(s), %3 valid, %4 invalid, %5 error(s), %6 warning(s), %7 unreadable "
             "file(s)\n")
              .arg(t.files)
              .arg(t.sessions)
              .arg(t.valid)
              .arg(t.invalid)
              .arg(t.errors)
              .arg(t.warnings)
              .arg(t.unreadableFiles)
              .toUtf8());
}

} // namespace Ocpi
