// Exports from the sessions table: the rows a view shows as CSV, and the findings of chosen rows as CSV or as the
// JSON report of `ocpi-session-monitor validate`. Widget-free; the window picks the file and the rows.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QIODevice;
QT_END_NAMESPACE

class SessionTableModel;

class SessionExport
{
    Q_DECLARE_TR_FUNCTIONS(SessionExport)
public:
    // Every row of `view` (a sorted, filtered proxy of the sessions model, or the model itself) as RFC 4180 CSV,
    // the `columns` (SessionModel::Column) in that order. Values are for machines, not for one locale: times in
    // ISO 8601 UTC, durations in seconds, numbers with a '.' decimal point; text that a spreadsheet would run as
    // a formula (=, +, -, @) is prefixed with ' so a server cannot plant one. Returns the number of rows written.
    static qint64 writeTableCsv(QIODevice &out, const QAbstractItemModel &view, const QList<int> &columns);

    // One CSV line per finding of the model's `rows`: source, session key, severity, path, code, message, spec.
    static qint64 writeFindingsCsv(QIODevice &out, const SessionTableModel &model, const QList<int> &rows);

    // The `validate --format json` report of the model's `rows`, one "file" entry per source.
    static void writeFindingsJson(QIODevice &out, const SessionTableModel &model, const QList<int> &rows);

    static QByteArray csvField(QStringView text);
};
