#include "sessionexport.h"

#include "sessionroles.h"
#include "sessiontablemodel.h"

#include "ocpi/datetime.h"
#include "ocpi/validationreport.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QDateTime>
#include <QtCore/QIODevice>

#include <map>

using namespace SessionModel;

namespace {

// Column names for machines: stable, English, with the unit the values are written in.
QByteArray columnName(int column)
{
    switch (column) {
    case Status: return "status";
    case Id: return "session_id";
    case Where: return "location_evse_connector";
    case Start: return "start_utc";
    case End: return "end_utc";
    case Duration: return "duration_s";
    case Kwh: return "energy_kwh";
    case Power: return "power_kw";
    case Cost: return "cost";
    case Auth: return "authorization";
    case Validity: return "validity";
    case LastUpdated: return "last_updated_utc";
    case Source: return "source";
    default: return "column_" + QByteArray::number(column);
    }
}

QByteArray isoUtc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray cell(const QModelIndex &index)
{
    const QVariant raw = index.data(RawValueRole);
    if (!raw.isValid())
        return {};
    switch (index.column()) {
    case Start:
    case End:
    case LastUpdated:
        return isoUtc(raw.toLongLong());
    case Duration:
        return QByteArray::number(raw.toLongLong() / 1000);
    case Kwh:
    case Power:
    case Cost:
        return QByteArray::number(raw.toDouble(), 'g', 15);
    default:
        // Status, validity, authorization are written as people read them (the masked uid stays masked).
        return SessionExport::csvField(index.data(Qt::DisplayRole).toString());
    }
}

void writeLine(QIODevice &out, const QList<QByteArray> &fields)
{
    out.write(fields.join(','));
    out.write("\r\n");
}

} // namespace

QByteArray SessionExport::csvField(QStringView text)
{
    QString t = text.toString();
    if (!t.isEmpty() && (t.front() == u'=' || t.front() == u'+' || t.front() == u'-' || t.front() == u'@'))
        t.prepend(u'\'');
    QByteArray utf8 = t.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

qint64 SessionExport::writeTableCsv(QIODevice &out, const QAbstractItemModel &view, const QList<int> &columns)
{
    QList<QByteArray> header;
    for (int c : columns)
        header.append(columnName(c));
    writeLine(out, header);
    const int rows = view.rowCount();
    QList<QByteArray> fields;
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (int c : columns)
            fields.append(cell(view.index(row, c)));
        writeLine(out, fields);
    }
    return rows;
}

qint64 SessionExport::writeFindingsCsv(QIODevice &out, const SessionTableModel &model, const QList<int> &rows)
{
    writeLine(out, {"source", "session", "severity", "path", "code", "message", "spec"});
    qint64 lines = 0;
    for (int row : rows) {
        const QByteArray source = csvField(model.sourceName(model.sourceId(row)));
        const QByteArray key = csvField(model.key(row));
        for (const Ocpi::Finding &f : model.findings(row)) {
            writeLine(out, {source, key, QString(Ocpi::severityName(f.severity)).toUtf8(), csvField(f.path),
                            csvField(QString(f.code)), csvField(f.message), csvField(QString(f.spec))});
            ++lines;
        }
    }
    return lines;
}

void SessionExport::writeFindingsJson(QIODevice &out, const SessionTableModel &model, const QList<int> &rows)
{
    // The report lists sessions per "file": here, per source, in the order the rows were given.
    std::map<int, std::vector<Ocpi::RecordResult>> bySource;
    for (int row : rows) {
        Ocpi::RecordResult r;
        r.index = row;
        r.session = model.session(row);
        r.findings = model.findings(row);
        bySource[model.sourceId(row)].push_back(std::move(r));
    }
    Ocpi::ValidationReportWriter writer(out, Ocpi::ValidationReportWriter::Format::Json);
    for (const auto &[sourceId, records] : bySource) {
        writer.beginFile(model.sourceName(sourceId));
        writer.addRecords(records);
        Ocpi::ReadSummary summary;
        summary.records = qint64(records.size());
        writer.endFile(summary);
    }
    writer.finish();
}
