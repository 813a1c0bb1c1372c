// Pretty-prints one record's JSON text (member order and value spellings kept, 2-space indent) and indexes where
// every value landed in the pretty text, so a finding's JSON Pointer (RFC 6901) can mark the place it names.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <string>
#include <string_view>
#include <vector>

namespace Ocpi {

// A span of the pretty text, in QString (UTF-16) units, ready for a QTextCursor.
struct JsonRange
{
    qsizetype offset = -1;
    qsizetype length = 0;
    qsizetype nameOffset = -1; // the opening quote of the member's name; -1 for array elements and the root
    bool isValid() const { return offset >= 0; }
    friend bool operator==(const JsonRange &, const JsonRange &) = default;
};

// Where a pointer led: the value it names, or the nearest ancestor that exists (a missing member marks the object
// that should hold it).
struct JsonLocation
{
    JsonRange range;
    QString pointer;    // the pointer of the value marked (the path itself when exact)
    bool exact = false; // the value named by the path exists
};

class PrettyJson
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::PrettyJson)
public:
    // Formats `json`. When it is not valid JSON the text is kept unchanged, error() says why and nothing resolves.
    static PrettyJson format(std::string_view json);

    const QString &text() const { return m_text; }
    const QString &error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }

    // The value at `pointer` ("" is the whole record); invalid when it does not exist or the pointer is malformed.
    JsonRange range(QStringView pointer) const;
    // The best place for a finding's path: the exact value, else its nearest existing ancestor.
    JsonLocation locate(QStringView path) const;

private:
    struct Node
    {
        qint32 firstChild = -1;
        qint32 nextSibling = -1;
        quint32 keyOffset = 0; // the unescaped member name in m_keys
        quint32 keyLength = 0;
        qint32 nameStart = -1; // offsets in UTF-16 units of the pretty text (a record is far below 2 GB)
        qint32 start = 0;
        qint32 end = 0;
        bool isArray = false;
    };
    class Writer;

    // The node of each reference token of `pointer`, as far as they exist (first: the root).
    std::vector<qint32> walk(QStringView pointer, bool *malformed) const;
    JsonRange rangeOf(qint32 node) const;

    QString m_text;
    QString m_error;
    std::vector<Node> m_nodes; // in document order; node 0 is the root
    std::string m_keys;
};

} // namespace Ocpi
