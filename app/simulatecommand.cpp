#include "simulatecommand.h"

#include "net/simulator/simulator.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtNetwork/QHostAddress>

#ifdef Q_OS_UNIX
#include <QtCore/QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <limits>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App::SimulateCommand)
};

void write(FILE *stream, const QString &text)
{
    QFile f;
    f.open(stream, QIODevice::WriteOnly);
    f.write(text.toUtf8());
    f.flush();
}

#ifdef Q_OS_UNIX
// SIGINT/SIGTERM -> QCoreApplication::quit(), through a socket pair: a signal handler may only write(2).
int g_signalFds[2] = {-1, -1};

extern "C" void onQuitSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

bool quitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(qintptr(g_signalFds[1]), QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier] {
        notifier->setEnabled(false);
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onQuitSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}
#else
bool quitOnSignals(QObject *)
{
    return true; // Ctrl+C ends the process
}
#endif

bool parseInt(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run a simulated OCPI 2.2.1 CPO (Sessions SENDER) on 127.0.0.1, for trying the monitor or any OCPI "
               "client without a real charge point operator. Runs until Ctrl+C (SIGINT) or SIGTERM.\n"
               "It listens on loopback only (127.0.0.1, or ::1 with --host ::1): other computers cannot connect, since "
               "it answers anyone who knows its (public demo) token. An address that is not loopback is refused.\n"
               "Faults (comma-separated, each independent): 500, 429, slow, truncated, linkloop, 2001, 3000, "
               "invalid, badtoken. See docs/SIMULATOR.md."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), Tr::tr("TCP port on 127.0.0.1 (default 0: any free port)."),
                                        Tr::tr("port"), QStringLiteral("0"));
    // --bind, --listen and --address are the same option, so that whichever a user tries gets the same answer.
    const QCommandLineOption hostOption(QStringList{QStringLiteral("host"), QStringLiteral("bind"), QStringLiteral("listen"),
                                                    QStringLiteral("address")},
                                        Tr::tr("Loopback address to listen on: 127.0.0.1 (default), localhost or ::1. "
                                               "Any other address is refused: the simulator is loopback only."),
                                        Tr::tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
                                         Tr::tr("Credentials token clients must send (default: the public demo token)."),
                                         Tr::tr("token"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            Tr::tr("Sessions that already exist at start (default 100)."), Tr::tr("n"),
                                            QStringLiteral("100"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"), Tr::tr("Faults to inject, e.g. 500,429,slow."),
                                          Tr::tr("list"));
    const QCommandLineOption faultRateOption(QStringLiteral("fault-rate"),
                                             Tr::tr("Fraction of requests (and of sessions, for invalid) a fault picks "
                                                    "(default 0.2)."),
                                             Tr::tr("rate"), QStringLiteral("0.2"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Tr::tr("Seed for a reproducible run; the simulated clock then starts at "
                                               "2024-06-03T08:00:00Z."),
                                        Tr::tr("seed"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         Tr::tr("Simulated seconds per real second (default 1: real time)."),
                                         Tr::tr("seconds"), QStringLiteral("1"));
    parser.addOptions({portOption, hostOption, tokenOption, sessionsOption, faultsOption, faultRateOption, seedOption, speedOption});
    parser.addPositionalArgument(QStringLiteral("simulate"), Tr::tr("The simulate command."));

    if (!parser.parse(arguments)) {
        write(stderr, parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        write(stdout, parser.helpText());
        return 0;
    }
    QStringList rest = parser.positionalArguments();
    if (!rest.isEmpty() && rest.first() == QLatin1String("simulate"))
        rest.removeFirst();
    if (!rest.isEmpty()) {
        write(stderr, Tr::tr("simulate: unexpected argument '%1'\n").arg(rest.first()));
        return 2;
    }

    Ocpi::Sim::Options options;
    qint64 port = 0, sessions = 0, speed = 1;
    if (!parseInt(parser.value(portOption), 0, 65535, &port)) {
        write(stderr, Tr::tr("simulate: --port must be a number from 0 to 65535\n"));
        return 2;
    }
    if (!parseInt(parser.value(sessionsOption), 0, Ocpi::Sim::kMaxSessions, &sessions)) {
        write(stderr, Tr::tr("simulate: --sessions must be a number from 0 to %1\n").arg(Ocpi::Sim::kMaxSessions));
        return 2;
    }
    if (!parseInt(parser.value(speedOption), 1, 86400, &speed)) {
        write(stderr, Tr::tr("simulate: --speed must be a number of seconds from 1 to 86400\n"));
        return 2;
    }
    const QString host = parser.value(hostOption).trimmed();
    QHostAddress address;
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address = QHostAddress(host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host);
    if (!Ocpi::Sim::Simulator::isLoopbackAddress(address)) {
        write(stderr, Tr::tr("simulate: refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), "
                             "never on an address other computers can reach, since it answers anyone who knows its "
                             "token\n")
                          .arg(host));
        return 2;
    }
    options.sessions = int(sessions);
    options.secondsPerTick = int(speed);
    if (parser.isSet(seedOption)) {
        bool ok = false;
        const quint64 seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            write(stderr, Tr::tr("simulate: --seed must be a whole number\n"));
            return 2;
        }
        options.seed = seed;
    }
    QString error;
    if (!Ocpi::Sim::parseFaults(parser.value(faultsOption), &options.faults, &error)) {
        write(stderr, QStringLiteral("simulate: ") + error + u'\n');
        return 2;
    }
    bool rateOk = false;
    options.faultRate = parser.value(faultRateOption).toDouble(&rateOk);
    if (!rateOk || options.faultRate < 0 || options.faultRate > 1) {
        write(stderr, Tr::tr("simulate: --fault-rate must be a number from 0 to 1\n"));
        return 2;
    }
    const bool userToken = parser.isSet(tokenOption);
    if (userToken) {
        options.token = parser.value(tokenOption);
        if (options.token.isEmpty()) {
            write(stderr, Tr::tr("simulate: --token must not be empty\n"));
            return 2;
        }
    }

    Ocpi::Sim::Simulator simulator;
    simulator.setOptions(options);
    if (!simulator.start(quint16(port), address)) {
        write(stderr, QStringLiteral("simulate: ") + simulator.errorString() + u'\n');
        return 2;
    }
    if (!quitOnSignals(&simulator))
        write(stderr, Tr::tr("simulate: cannot catch SIGINT/SIGTERM; stop it with kill -9\n"));
    simulator.setTicking(true);

    QString text = Tr::tr("OCPI 2.2.1 CPO simulator, %n session(s), seed %1%2\n", nullptr, int(simulator.sessionCount()))
                       .arg(simulator.seed())
                       .arg(options.faults.toInt() != 0 ? Tr::tr(", faults %1").arg(Ocpi::Sim::faultList(options.faults)) : QString());
    text += Tr::tr("listening on %1 port %2, loopback only: other computers cannot connect\n")
                .arg(simulator.serverAddress().toString())
                .arg(simulator.serverPort());
    text += Tr::tr("versions endpoint: %1\n").arg(simulator.versionsUrl().toString());
    if (userToken && !simulator.usesDemoToken()) {
        text += Tr::tr("token: the one given with --token (not shown)\n");
    } else {
        text += Tr::tr("token: %1 (the public demo token)\n").arg(simulator.token());
        text += Tr::tr("header: Authorization: %1\n").arg(QString::fromLatin1(simulator.authorizationHeader()));
    }
    text += Tr::tr("Ctrl+C stops it.\n");
    write(stdout, text);

    const int code = QCoreApplication::exec();
    simulator.stop();
    write(stderr, Tr::tr("simulate: stopped\n"));
    return code;
}

} // namespace App
