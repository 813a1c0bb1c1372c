#include "validatecommand.h"

#include "ocpi/sessionreader.h"
#include "ocpi/validationreport.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>

#include <cstdio>

namespace App {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App::ValidateCommand)
};
} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check OCPI 2.2.1 Session JSON files against the specification.\n"
               "A file may hold one Session, an array of Sessions, an OCPI response envelope, or NDJSON.\n"
               "Exit code: 0 all sessions valid, 1 some session invalid, 2 a file unreadable or not JSON."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                          Tr::tr("Output format: text (default) or json."), Tr::tr("format"),
                                          QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("validate"), Tr::tr("The validate command."));
    parser.addPositionalArgument(Tr::tr("files"), Tr::tr("Session JSON files to check ('-' reads standard input)."),
                                 Tr::tr("FILE..."));

    QFile err;
    err.open(stderr, QIODevice::WriteOnly);
    if (!parser.parse(arguments)) {
        err.write((parser.errorText() + QLatin1Char('\n')).toUtf8());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(parser.helpText().toUtf8());
        return 0;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err.write(Tr::tr("unknown --format '%1': use text or json\n").arg(format).toUtf8());
        return 2;
    }
    QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && files.first() == QLatin1String("validate"))
        files.removeFirst();
    if (files.isEmpty()) {
        err.write(Tr::tr("validate: no file given\n").toUtf8());
        err.write(parser.helpText().toUtf8());
        return 2;
    }

    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    Ocpi::ValidationReportWriter writer(out, format == QLatin1String("json") ? Ocpi::ValidationReportWriter::Format::Json
                                                                             : Ocpi::ValidationReportWriter::Format::Text);
    for (const QString &file : std::as_const(files)) {
        writer.beginFile(file);
        Ocpi::SessionReader reader;
        const auto onRecords = [&](std::vector<Ocpi::RecordResult> &&batch) { writer.addRecords(batch); };
        Ocpi::ReadSummary summary;
        if (file == QLatin1String("-")) {
            QFile in;
            in.open(stdin, QIODevice::ReadOnly);
            summary = reader.read(in, onRecords);
        } else {
            summary = reader.readFile(file, onRecords);
        }
        writer.endFile(summary);
        out.flush();
    }
    writer.finish();
    out.flush();
    return writer.totals().exitCode();
}

} // namespace App
