// Writes seeded, valid OCPI 2.2.1 Session files for the benchmark, quickly and without QJsonDocument.
#pragma once

#include <cstdint>
#include <string>

namespace Bench {

enum class FileFormat : std::uint8_t { Array, Envelope, Ndjson };

struct GeneratorOptions
{
    std::int64_t sessions = 100000;
    int periods = 10;           // charging periods of each charging or finished session
    std::uint64_t seed = 42;
    FileFormat format = FileFormat::Array;
    int indent = 2;             // spaces per level, 0 for one line per session (NDJSON is always 0)
};

struct GeneratedFile
{
    bool ok = false;
    std::string error;
    std::int64_t bytes = 0;
    std::int64_t sessions = 0;
};

// Writes `options.sessions` sessions to `path`. The same options always give the same bytes.
GeneratedFile generateSessionFile(const std::string &path, const GeneratorOptions &options);

bool parseFileFormat(const std::string &name, FileFormat &out);
const char *fileFormatName(FileFormat f);

} // namespace Bench
