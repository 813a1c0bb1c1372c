// Writes validation results as text or as the JSON document of `ocpi-session-monitor validate`, streaming,
// so a report on a file of any size is written as it is read.
#pragma once

#include "sessionreader.h"

#include <QtCore/QCoreApplication>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Ocpi {

struct ValidationTotals
{
    qint64 files = 0;
    qint64 unreadableFiles = 0; // files with a file-level error
    qint64 sessions = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    qint64 infos = 0;
    qint64 fileErrors = 0; // error-level findings about files (e.g. an envelope status_code other than 1000)

    // 0: everything valid; 1: some session invalid; 2: some file unreadable or not JSON.
    int exitCode() const { return unreadableFiles ? 2 : (invalid || fileErrors) ? 1 : 0; }
};

class ValidationReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::ValidationReportWriter)
public:
    enum class Format { Text, Json };
    ValidationReportWriter(QIODevice &out, Format format);

    void beginFile(const QString &path);
    void addRecords(const std::vector<RecordResult> &records);
    void endFile(const ReadSummary &summary);
    void finish();
    const ValidationTotals &totals() const { return m_totals; }

    static QByteArray jsonString(QStringView s);

private:
    void write(const QByteArray &bytes);
    void writeFindingsJson(const Findings &findings);

    QIODevice &m_out;
    Format m_format;
    ValidationTotals m_totals;
    bool m_firstFile = true;
    bool m_firstSession = true;
};

} // namespace Ocpi
