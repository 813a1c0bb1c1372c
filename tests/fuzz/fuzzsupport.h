// Shared by the libFuzzer targets: one QCoreApplication for the whole run, Qt's log output dropped (a fuzz run
// would print millions of warnings about bad input) except fatal messages, and FUZZ_CHECK for the properties
// each target asserts about the product code's answer. A failed check aborts, so libFuzzer saves the input.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                             \
    do {                                                                                                             \
        if (!(cond)) {                                                                                               \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond);                       \
            std::abort();                                                                                            \
        }                                                                                                            \
    } while (false)

namespace FuzzSupport {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
}

inline void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    static QCoreApplication app(*argc, *argv);
}

} // namespace FuzzSupport

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}
