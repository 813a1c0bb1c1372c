// Parses one Session record (JSON text) into a Session and checks it against OCPI 2.2.1, field by field.
#pragma once

#include "finding.h"
#include "jsonsyntax.h"
#include "session.h"

#include <QtCore/QCoreApplication>

#include <memory>
#include <string_view>

namespace Ocpi {

class SessionValidator
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::SessionValidator)
public:
    // Bytes that must be readable after the record for it to be parsed in place (simdjson padding).
    static constexpr size_t kPadding = 64;

    SessionValidator();
    ~SessionValidator();
    SessionValidator(const SessionValidator &) = delete;
    SessionValidator &operator=(const SessionValidator &) = delete;

    // Parses and validates `json`. `capacity` is how many bytes starting at json.data() are readable;
    // when it is less than json.size() + kPadding the text is copied first. `start` is the position of the
    // record in its file, used in messages about syntax errors. Findings are appended to `findings`
    // when it is not null; the session's error/warning/info counts are always set.
    Session validate(std::string_view json, Findings *findings, TextPosition start = {}, size_t capacity = 0);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ocpi
