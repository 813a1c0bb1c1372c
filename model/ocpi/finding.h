// One validation finding: what is wrong, where (RFC 6901 JSON Pointer), and which spec section says so.
#pragma once

#include <QtCore/QLatin1StringView>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Ocpi {

enum class Severity : quint8 { Info, Warning, Error };

QLatin1StringView severityName(Severity s); // "info", "warning", "error"

struct Finding
{
    Severity severity = Severity::Error;
    QString path;            // JSON Pointer into the record, "" for the record itself
    QLatin1StringView code;  // stable rule identifier, e.g. "string.too_long"
    QString message;         // plain words, translated
    QLatin1StringView spec;  // e.g. "mod_sessions 9.3.1 Session Object"
};

using Findings = QList<Finding>;

// RFC 6901 escaping of one reference token ('~' -> "~0", '/' -> "~1").
QString escapeJsonPointerToken(QStringView token);

} // namespace Ocpi
