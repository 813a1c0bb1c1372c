// Entry point: the GUI by default, or a headless subcommand (validate, poll, simulate, cache).
#include "cachecommand.h"
#include "language.h"
#include "mainwindow.h"
#include "store/sessioncache.h"
#include "pollcommand.h"
#include "processguard.h"
#include "simulatecommand.h"
#include "validatecommand.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App::Main)
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ocpi-session-monitor"));
    QCoreApplication::setApplicationName(QStringLiteral("ocpi-session-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSM_VERSION));
}

bool isHeadless(int argc, char **argv)
{
    // A subcommand is the first argument; --help and --version anywhere need no display either.
    if (argc > 1 && (!std::strcmp(argv[1], "validate") || !std::strcmp(argv[1], "poll") || !std::strcmp(argv[1], "simulate")
                     || !std::strcmp(argv[1], "cache")))
        return true;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all") || !std::strcmp(a, "--version")
            || !std::strcmp(a, "-v"))
            return true;
    }
    return false;
}

// The window, poll and simulate hold a token: no core dump of them (app/processguard.h).
void guardSecrets()
{
    QString error;
    if (App::ProcessGuard::keepSecretsOutOfCoreDumps(&error) == App::ProcessGuard::Outcome::Failed) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("warning: a core dump of this program could hold the token (%1)").arg(error)));
    }
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    if (isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        App::Language::install(&app, App::Language::effective());
        const QStringList args = QCoreApplication::arguments();
        const QString command = args.size() > 1 ? args.at(1) : QString();
        if (command == QLatin1String("validate"))
            return App::runValidate(args);
        if (command == QLatin1String("poll")) {
            guardSecrets();
            return App::runPoll(args);
        }
        if (command == QLatin1String("simulate")) {
            guardSecrets();
            return App::runSimulate(args);
        }
        if (command == QLatin1String("cache"))
            return App::runCache(args);

        QCommandLineParser parser;
        parser.setApplicationDescription(
            Tr::tr("Watch EV charging sessions exchanged over OCPI and check them against OCPI 2.2.1.\n\n"
                   "Commands:\n"
                   "  validate [--format text|json] FILE...   check Session JSON files (see validate --help)\n"
                   "  poll --url URL [--once] [--format ndjson|json|csv]   read sessions from an OCPI endpoint\n"
                   "       [--cache [FILE]]   ...keeping them in the offline cache and resuming from it\n"
                   "  simulate [--port P] [--sessions N] [--faults LIST]   run the built-in demo CPO on 127.0.0.1\n"
                   "  cache [--list | --export FILE | --clear] [--endpoint KEY] [--db FILE]   the offline cache\n\n"
                   "With no command, the graphical monitor opens; FILE arguments are opened in it."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(Tr::tr("command"), Tr::tr("validate, poll, simulate, cache, or nothing for the graphical monitor"));
        parser.process(app); // handles --help and --version and exits
        return 0;
    }

    QApplication app(argc, argv);
    App::Language::install(&app, App::Language::effective());
    guardSecrets();
    // One info line per HTTP request is right for `poll`, noise for the window; QT_LOGGING_RULES overrides.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("ocpi.*.info=false"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ocpi-session-monitor.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.example.OcpiSessionMonitor")); // packaging/: the .desktop id
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("With no --url, the built-in demo CPO runs on 127.0.0.1 and is watched."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"), Tr::tr("OCPI versions (or sessions) URL to watch."), Tr::tr("URL"));
    const QCommandLineOption tokenFileOption(QStringLiteral("token-file"),
                                             Tr::tr("File holding the credentials token (else OCPI_TOKEN)."), Tr::tr("FILE"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), Tr::tr("Seconds between polls (default 30)."),
                                            Tr::tr("S"), QStringLiteral("30"));
    const QCommandLineOption cacheFileOption(QStringList{QStringLiteral("cache-file")},
                                             Tr::tr("The offline cache file (default: %1).")
                                                 .arg(QDir::toNativeSeparators(Ocpi::Store::SessionCache::defaultPath())),
                                             Tr::tr("FILE"));
    const QCommandLineOption noCacheOption(QStringLiteral("no-cache"), Tr::tr("Neither show nor keep cached sessions."));
    const QCommandLineOption insecureOption(QStringLiteral("allow-insecure-http"),
                                            Tr::tr("Allow plain http:// to a host other than this computer for --url "
                                                   "(the token travels unencrypted)."));
    parser.addOptions({urlOption, tokenFileOption, intervalOption, cacheFileOption, noCacheOption, insecureOption});
    parser.addPositionalArgument(Tr::tr("files"), Tr::tr("Session JSON files to open."), Tr::tr("[FILE...]"));
    parser.process(app);

    std::optional<Ocpi::Net::ClientConfig> endpoint;
    if (parser.isSet(urlOption)) {
        Ocpi::Net::ClientConfig config;
        config.url = QUrl::fromUserInput(parser.value(urlOption));
        if (!config.url.userInfo().isEmpty()) { // as poll and the profile dialog; the URL is not repeated (a password)
            std::fprintf(stderr, "%s\n",
                         qPrintable(Tr::tr("the URL must not hold a user name or password; give the token with "
                                           "--token-file or OCPI_TOKEN")));
            return 2;
        }
        config.allowInsecureHttp = parser.isSet(insecureOption);
        config.intervalSecs = std::max(1, parser.value(intervalOption).toInt());
        if (parser.isSet(tokenFileOption)) {
            QFile f(parser.value(tokenFileOption));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("cannot read the token file %1: %2").arg(f.fileName(), f.errorString())));
                return 2;
            }
            config.token = QString::fromUtf8(f.readAll()).trimmed();
        } else {
            config.token = qEnvironmentVariable("OCPI_TOKEN");
        }
        endpoint = config;
    }

    App::MainWindow window;
    if (parser.isSet(cacheFileOption))
        window.setCacheFile(parser.value(cacheFileOption));
    if (parser.isSet(noCacheOption))
        window.setCacheEnabled(false);
    window.show();
    // --url wins; else what was watched last time (the profiles, the demo CPO); else the built-in demo CPO.
    if (endpoint || !window.restoreWatches())
        window.startLive(endpoint);
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    return app.exec();
}
