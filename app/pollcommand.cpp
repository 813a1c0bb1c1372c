#include "pollcommand.h"

#include "net/client/sessionpoller.h"
#include "net/client/urlutil.h"
#include "store/sessioncache.h"

#include "ocpi/datetime.h"
#include "ocpi/enums.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSocketNotifier>

#include <cmath>
#include <csignal>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App::PollCommand)
};

using namespace Ocpi::Net;

// SIGINT/SIGTERM -> a byte in a pipe -> a QSocketNotifier in the event loop: the handler itself does nothing
// else, so output is never cut in the middle of a line.
#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &b, 1);
}
#endif

class SignalWatch
{
public:
    explicit SignalWatch(const std::function<void()> &onSignal)
    {
#ifdef Q_OS_UNIX
        if (::pipe(g_signalPipe) != 0)
            return;
        ::fcntl(g_signalPipe[0], F_SETFL, O_NONBLOCK);
        ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
        struct sigaction sa = {};
        sa.sa_handler = &App::onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [onSignal] {
            char b[16];
            while (::read(g_signalPipe[0], b, sizeof b) > 0) {
            }
            onSignal();
        });
#else
        Q_UNUSED(onSignal)
#endif
    }
    ~SignalWatch()
    {
#ifdef Q_OS_UNIX
        if (g_signalPipe[0] < 0)
            return;
        m_notifier.reset();
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
#endif
    }
    SignalWatch(const SignalWatch &) = delete;
    SignalWatch &operator=(const SignalWatch &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
#ifdef Q_OS_UNIX
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
#endif
};

using Ocpi::Store::compactJson;

QByteArray csvField(const QString &text)
{
    QByteArray v = text.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r')) {
        v.replace("\"", "\"\"");
        v = '"' + v + '"';
    }
    return v;
}

QString timeText(qint64 ms)
{
    return ms == Ocpi::kNoTime ? QString() : Ocpi::formatDateTimeUtc(ms);
}

// Writes sessions to stdout in one of the formats, a whole line at a time, flushed as written.
class SessionWriter
{
public:
    enum class Format { Ndjson, Json, Csv };
    SessionWriter(QFile &out, Format format) : m_out(out), m_format(format)
    {
        if (m_format == Format::Json)
            write("[");
        else if (m_format == Format::Csv)
            write("country_code,party_id,id,status,start,end,kwh,location_id,evse_uid,connector_id,last_updated,errors,"
                  "warnings\n");
    }
    void add(const ReceivedSession &s)
    {
        if (m_format == Format::Csv) {
            using F = Ocpi::Session::Field;
            const Ocpi::Session &x = s.record.session;
            const QList<QString> cells{x.text(F::CountryCode), x.text(F::PartyId), x.text(F::Id),
                                       Ocpi::spelling(x.status), timeText(x.startDateTime), timeText(x.endDateTime),
                                       std::isnan(x.kwh) ? QString() : QString::number(x.kwh, 'g', 15),
                                       x.text(F::LocationId), x.text(F::EvseUid), x.text(F::ConnectorId),
                                       timeText(x.lastUpdated), QString::number(x.errorCount),
                                       QString::number(x.warningCount)};
            QByteArrayList fields;
            for (const QString &c : cells)
                fields.append(csvField(c));
            write(fields.join(',') + '\n');
            return;
        }
        const QByteArray json = compactJson(s.json);
        if (m_format == Format::Json)
            write((m_count ? ",\n" : "\n") + json);
        else
            write(json + '\n');
        ++m_count;
    }
    void finish()
    {
        if (m_format == Format::Json)
            write(m_count ? "\n]\n" : "]\n");
    }

private:
    void write(const QByteArray &bytes)
    {
        m_out.write(bytes);
        m_out.flush();
    }
    QFile &m_out;
    Format m_format;
    qint64 m_count = 0;
};

std::optional<qint64> parseFrom(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    const Ocpi::DateTimeParse p = Ocpi::parseDateTime(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (p.ok())
        return p.msecs;
    for (const Qt::DateFormat f : {Qt::ISODateWithMs, Qt::ISODate}) {
        const QDateTime d = QDateTime::fromString(text.trimmed(), f);
        if (d.isValid())
            return d.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace

int runPoll(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Poll the Sessions of an OCPI 2.2.1 server (its versions, version details or sessions URL) and write them\n"
               "to standard output as they arrive: one JSON object per line (ndjson), one JSON array (json), or CSV.\n"
               "The first poll reads everything (or from --from); later polls ask only for what changed since.\n"
               "Progress and errors go to standard error; the token is never printed.\n"
               "The token comes from --token, --token-file or the environment variable OCPI_TOKEN; the last two keep\n"
               "it out of the process list.\n"
               "With --cache, every completed poll is stored in the offline cache (one transaction, with the watermark),\n"
               "and the first poll resumes from the watermark kept there instead of reading everything again.\n"
               "Exit code: 0 ok, 1 some session invalid (with --validate), 2 failure (unreachable, refused token...)."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(QStringLiteral("url"), Tr::tr("The versions, version details or sessions URL."),
                                       Tr::tr("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
                                         Tr::tr("The credentials token (visible in the process list: prefer "
                                                "--token-file or OCPI_TOKEN)."),
                                         Tr::tr("TOKEN"));
    const QCommandLineOption tokenFileOption(QStringLiteral("token-file"),
                                             Tr::tr("Read the token from this file (one trailing line break is ignored)."),
                                             Tr::tr("FILE"));
    const QCommandLineOption onceOption(QStringLiteral("once"), Tr::tr("Poll once and exit."));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), Tr::tr("Seconds between polls (default 30)."),
                                            Tr::tr("S"), QStringLiteral("30"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("Read sessions last updated from this time on (e.g. 2024-05-01T00:00:00Z)."),
                                        Tr::tr("DATETIME"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("Output format: ndjson (default), json or csv."),
                                          Tr::tr("format"), QStringLiteral("ndjson"));
    const QCommandLineOption validateOption(QStringLiteral("validate"),
                                            Tr::tr("Report the findings of invalid sessions on standard error and exit "
                                                   "with 1 when there are any."));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            Tr::tr("What --url is: auto (default), versions, details or sessions."),
                                            Tr::tr("kind"), QStringLiteral("auto"));
    const QCommandLineOption authOption(QStringLiteral("auth"),
                                        Tr::tr("Authorization header: auto (default: Base64, the plain token after a "
                                               "401), base64 or plain."),
                                        Tr::tr("form"), QStringLiteral("auto"));
    const QCommandLineOption limitOption(QStringLiteral("page-limit"), Tr::tr("The page size to ask for (default: the server's)."),
                                         Tr::tr("N"), QStringLiteral("0"));
    const QCommandLineOption overlapOption(QStringLiteral("overlap"),
                                           Tr::tr("Seconds each poll reaches back before the last one's start (default 60)."),
                                           Tr::tr("S"), QStringLiteral("60"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), Tr::tr("Seconds one request may take (default 120)."),
                                           Tr::tr("S"), QStringLiteral("120"));
    const QCommandLineOption connectTimeoutOption(QStringLiteral("connect-timeout"),
                                                  Tr::tr("Seconds until the server must start answering (default 10)."),
                                                  Tr::tr("S"), QStringLiteral("10"));
    const QCommandLineOption retriesOption(QStringLiteral("retries"),
                                           Tr::tr("Retries of a request after network errors, 5xx and 429 (default 4)."),
                                           Tr::tr("N"), QStringLiteral("4"));
    const QCommandLineOption maxPagesOption(QStringLiteral("max-pages"), Tr::tr("The most pages one poll reads (default 10000)."),
                                            Tr::tr("N"), QStringLiteral("10000"));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body-mb"), Tr::tr("The largest answer accepted, in MB (default 64)."),
                                           Tr::tr("MB"), QStringLiteral("64"));
    const QCommandLineOption maxSessionsOption(
        QStringLiteral("max-sessions"),
        Tr::tr("The most distinct sessions kept for the endpoint, the offline cache's included (default 2000000). "
               "Beyond it the sessions kept are still updated, new ones are not kept, and the poll says how many."),
        Tr::tr("N"), QStringLiteral("2000000"));
    const QCommandLineOption insecureOption(
        QStringLiteral("allow-insecure-http"),
        Tr::tr("Allow plain http:// to a host other than this computer (the token travels unencrypted). Without it, "
               "such a URL is refused, also when discovery leads to one."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), Tr::tr("Log every request (category ocpi.client)."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), Tr::tr("Only errors on standard error."));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"),
        Tr::tr("Keep the sessions in the offline cache (FILE, or %1) and resume from its watermark. Written --cache FILE "
               "or --cache=FILE.")
            .arg(QDir::toNativeSeparators(Ocpi::Store::SessionCache::defaultPath())));
    QCommandLineOption cacheFileOption(QStringLiteral("cache-file"), Tr::tr("The cache file."), Tr::tr("FILE"));
    cacheFileOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({urlOption, tokenOption, tokenFileOption, onceOption, intervalOption, fromOption, formatOption,
                       validateOption, endpointOption, authOption, limitOption, overlapOption, timeoutOption,
                       connectTimeoutOption, retriesOption, maxPagesOption, maxBodyOption, maxSessionsOption, insecureOption, verboseOption, quietOption,
                       cacheOption, cacheFileOption});
    parser.addPositionalArgument(QStringLiteral("poll"), Tr::tr("The poll command."));

    QFile err;
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const auto say = [&err](const QString &line) { err.write((line + QLatin1Char('\n')).toUtf8()); };
    const auto usage = [&](const QString &message) {
        say(message);
        say(Tr::tr("see: ocpi-session-monitor poll --help"));
        return 2;
    };
    // --cache takes an optional FILE, which QCommandLineParser cannot express: "--cache FILE" and "--cache=FILE"
    // become the hidden --cache-file FILE (poll takes no other positional argument, so FILE is never ambiguous).
    QStringList args = arguments;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1StringView("--cache") && i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1Char('-'))) {
            args[i] = QStringLiteral("--cache-file");
            ++i;
        } else if (args.at(i).startsWith(QLatin1StringView("--cache="))) {
            args[i] = QStringLiteral("--cache-file=") + args.at(i).mid(8);
        }
    }
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(parser.helpText().toUtf8());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1StringView("poll"))
        positional.removeFirst();
    if (!positional.isEmpty())
        return usage(Tr::tr("poll: unexpected argument '%1'").arg(positional.first()));

    ClientConfig config;
    config.url = QUrl::fromUserInput(parser.value(urlOption));
    if (!parser.isSet(urlOption) || !config.url.isValid())
        return usage(Tr::tr("poll: --url is required (the versions, version details or sessions URL)"));
    // As the profile dialog (EndpointProfile::problems): credentials in the URL would be sent and shown with it.
    // The URL is not repeated in the message: it holds a password.
    if (!config.url.userInfo().isEmpty())
        return usage(Tr::tr("poll: the URL must not hold a user name or password; give the token with --token-file, "
                            "OCPI_TOKEN or --token"));

    if (parser.isSet(tokenOption)) {
        config.token = parser.value(tokenOption);
    } else if (parser.isSet(tokenFileOption)) {
        QFile f(parser.value(tokenFileOption));
        if (!f.open(QIODevice::ReadOnly))
            return usage(Tr::tr("poll: cannot read the token file %1: %2").arg(f.fileName(), f.errorString()));
        QByteArray t = f.readAll();
        if (t.endsWith('\n'))
            t.chop(t.endsWith("\r\n") ? 2 : 1);
        config.token = QString::fromUtf8(t);
    } else {
        config.token = qEnvironmentVariable("OCPI_TOKEN");
    }
    if (config.token.isEmpty())
        return usage(Tr::tr("poll: no token: give --token-file FILE, set OCPI_TOKEN, or --token TOKEN"));

    const auto number = [&](const QCommandLineOption &o, qint64 min, qint64 *value) {
        bool ok = false;
        *value = parser.value(o).toLongLong(&ok);
        return ok && *value >= min;
    };
    qint64 interval = 0, limit = 0, overlap = 0, timeout = 0, connectTimeout = 0, retries = 0, maxPages = 0, maxBody = 0,
           maxSessions = 0;
    if (!number(intervalOption, 0, &interval))
        return usage(Tr::tr("poll: --interval must be a number of seconds"));
    if (!number(limitOption, 0, &limit) || !number(overlapOption, 0, &overlap) || !number(timeoutOption, 1, &timeout)
        || !number(connectTimeoutOption, 1, &connectTimeout) || !number(retriesOption, 0, &retries)
        || !number(maxPagesOption, 1, &maxPages) || !number(maxBodyOption, 1, &maxBody)
        || !number(maxSessionsOption, 1, &maxSessions))
        return usage(Tr::tr("poll: --page-limit, --overlap, --timeout, --connect-timeout, --retries, --max-pages, "
                            "--max-body-mb and --max-sessions take whole numbers"));
    config.intervalSecs = int(std::min<qint64>(interval, 24 * 3600 * 365));
    config.pageLimit = int(std::min<qint64>(limit, 1'000'000));
    config.overlapSecs = int(std::min<qint64>(overlap, 24 * 3600 * 365));
    config.totalTimeoutMs = int(std::min<qint64>(timeout, 24 * 3600) * 1000);
    config.connectTimeoutMs = int(std::min<qint64>(connectTimeout, 24 * 3600) * 1000);
    config.maxRetries = int(std::min<qint64>(retries, 100));
    config.maxPagesPerSync = int(std::min<qint64>(maxPages, 10'000'000));
    config.maxBodyBytes = std::min<qint64>(maxBody, 1 << 20) << 20;
    config.maxSessions = maxSessions;
    config.allowInsecureHttp = parser.isSet(insecureOption);

    if (parser.isSet(fromOption)) {
        const auto from = parseFrom(parser.value(fromOption));
        if (!from)
            return usage(Tr::tr("poll: --from '%1' is not a date and time like 2024-05-01T00:00:00Z").arg(parser.value(fromOption)));
        config.startFrom = *from;
    }
    const QString endpoint = parser.value(endpointOption);
    if (endpoint == QLatin1StringView("auto"))
        config.endpointKind = EndpointKind::Auto;
    else if (endpoint == QLatin1StringView("versions"))
        config.endpointKind = EndpointKind::Versions;
    else if (endpoint == QLatin1StringView("details"))
        config.endpointKind = EndpointKind::VersionDetails;
    else if (endpoint == QLatin1StringView("sessions"))
        config.endpointKind = EndpointKind::Sessions;
    else
        return usage(Tr::tr("poll: unknown --endpoint '%1': use auto, versions, details or sessions").arg(endpoint));
    const QString auth = parser.value(authOption);
    if (auth == QLatin1StringView("auto"))
        config.authScheme = AuthScheme::Unknown;
    else if (auth == QLatin1StringView("base64"))
        config.authScheme = AuthScheme::Base64;
    else if (auth == QLatin1StringView("plain"))
        config.authScheme = AuthScheme::Plain;
    else
        return usage(Tr::tr("poll: unknown --auth '%1': use auto, base64 or plain").arg(auth));
    const QString formatName = parser.value(formatOption);
    SessionWriter::Format format;
    if (formatName == QLatin1StringView("ndjson"))
        format = SessionWriter::Format::Ndjson;
    else if (formatName == QLatin1StringView("json"))
        format = SessionWriter::Format::Json;
    else if (formatName == QLatin1StringView("csv"))
        format = SessionWriter::Format::Csv;
    else
        return usage(Tr::tr("poll: unknown --format '%1': use ndjson, json or csv").arg(formatName));

    const bool once = parser.isSet(onceOption);
    const bool validate = parser.isSet(validateOption);
    const bool quiet = parser.isSet(quietOption);
    // Our own lines report warnings and errors; the category's log is for --verbose.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption) ? QStringLiteral("ocpi.client.debug=false")
                                                                 : QStringLiteral("ocpi.client.info=false\n"
                                                                                  "ocpi.client.warning=false\n"
                                                                                  "ocpi.store.warning=false"));
    const Redactor redact(config.token);

    // The offline cache: opened before the first poll so that it can resume from the committed watermark.
    const bool useCache = parser.isSet(cacheOption) || parser.isSet(cacheFileOption);
    Ocpi::Store::SessionCache cache;
    const QString cacheKey = Ocpi::Store::SessionCache::endpointKey(config.url);
    qint64 resumeFrom = Ocpi::kNoTime;
    if (useCache) {
        if (!cache.open(parser.value(cacheFileOption))) {
            say(Tr::tr("poll: %1").arg(cache.errorString()));
            return 2;
        }
        if (!cache.setAsidePath().isEmpty())
            say(Tr::tr("warning: the cache file was damaged or not a cache; it was renamed to %1 and a new one started")
                    .arg(QDir::toNativeSeparators(cache.setAsidePath())));
        resumeFrom = cache.watermark(cacheKey);
        if (!quiet) {
            say(resumeFrom == Ocpi::kNoTime
                    ? Tr::tr("cache: %1, no completed poll of %2 yet").arg(QDir::toNativeSeparators(cache.path()), cacheKey)
                    : Tr::tr("cache: %1, resuming from date_from %2")
                          .arg(QDir::toNativeSeparators(cache.path()), Ocpi::formatDateTimeUtc(resumeFrom)));
        }
    }
    // The records of the running poll, stored with its watermark in one transaction when it ends (bounded by the
    // poller's limits: --max-pages pages of at most --max-body-mb each).
    QList<Ocpi::Store::CacheEntry> pending;

    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    SessionWriter writer(out, format);
    SessionPoller poller(config);
    if (resumeFrom != Ocpi::kNoTime)
        poller.setWatermark(resumeFrom);
    if (useCache) {
        // The cached sessions count towards --max-sessions: the cache holds them for this endpoint.
        const std::optional<QStringList> held = cache.sessionKeys(cacheKey);
        if (!held) {
            say(Tr::tr("poll: %1").arg(cache.errorString()));
            return 2;
        }
        poller.setHeldKeys(QSet<QString>(held->cbegin(), held->cend()));
    }
    QEventLoop loop;
    bool anyInvalid = false;
    bool lastFailed = true; // until a poll completes
    bool stopping = false;
    bool done = false; // the loop has nothing more to wait for (set before exec() too)
    QUrl announced;

    QObject::connect(&poller, &SessionPoller::sessionsReceived, &loop, [&](quint64, const QList<ReceivedSession> &batch) {
        for (const ReceivedSession &s : batch) {
            if (s.change == ChangeKind::Unidentified) {
                anyInvalid = true;
                const QString why = s.record.findings.isEmpty() ? QString() : s.record.findings.first().message;
                say(redact(Tr::tr("warning: record %1 of page %2 has no id and is skipped%3")
                               .arg(s.record.index + 1)
                               .arg(s.page)
                               .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why)));
                continue;
            }
            if (useCache) {
                pending.append({Ocpi::Store::SessionCache::sessionKey(s.record.session), s.record.session.lastUpdated,
                                s.json});
            }
            if (s.change != ChangeKind::Added && s.change != ChangeKind::Changed)
                continue;
            writer.add(s);
            if (!s.record.session.isValid()) {
                anyInvalid = true;
                if (validate) {
                    const QString key = SessionKey::of(s.record.session).toString();
                    for (const Ocpi::Finding &f : s.record.findings) {
                        if (f.severity != Ocpi::Severity::Error)
                            continue;
                        say(redact(QStringLiteral("invalid: %1 %2 %3 %4 [%5]")
                                       .arg(key, f.path.isEmpty() ? QStringLiteral("/") : f.path, f.code, f.message, f.spec)));
                    }
                }
            }
        }
    });
    QObject::connect(&poller, &SessionPoller::pollFinished, &loop, [&](const PollResult &r) {
        const bool cancelled = !r.errors.isEmpty() && r.errors.constFirst().kind == PollError::Kind::Cancelled;
        if (!quiet && !r.sessionsUrl.isEmpty() && r.sessionsUrl != announced) {
            announced = r.sessionsUrl;
            say(Tr::tr("sessions endpoint: %1%2")
                    .arg(displayUrl(r.sessionsUrl),
                         r.ocpiVersion.isEmpty() ? QString() : Tr::tr(" (OCPI %1)").arg(r.ocpiVersion)));
        }
        for (const QString &w : r.warnings)
            say(Tr::tr("warning: %1").arg(w));
        for (const PollError &e : r.errors) {
            if (e.kind != PollError::Kind::Cancelled)
                say(Tr::tr("error (%1): %2").arg(errorKindName(e.kind), e.message));
        }
        if (!quiet) {
            say(Tr::tr("poll %1: %2%3")
                    .arg(r.pollId)
                    .arg(r.summaryText(),
                         r.complete ? Tr::tr("; next date_from %1").arg(Ocpi::formatDateTimeUtc(r.watermarkAfter)) : QString()));
        }
        if (!cancelled || r.pollId == 1)
            lastFailed = !r.ok();
        if (useCache) {
            // A completed poll moves the watermark in the same transaction as its sessions; an incomplete one
            // keeps what it read but not a new watermark, so the next poll reads its part again.
            const bool stored = cache.storePoll(cacheKey, pending,
                                                r.complete ? std::optional<qint64>(r.watermarkAfter) : std::nullopt);
            if (!stored) {
                say(Tr::tr("error (cache): %1").arg(cache.errorString()));
                lastFailed = true;
                // Nothing of this poll is in the cache (a full disk...): the next poll reads again from the last
                // watermark stored, or what it read now would be missing from the cache for good.
                poller.setWatermark(resumeFrom);
            } else if (r.complete) {
                resumeFrom = r.watermarkAfter;
            }
            if (stored && !quiet) {
                say(Tr::tr("cache: %n session(s) stored%1", nullptr, int(pending.size()))
                        .arg(r.complete ? Tr::tr(" with date_from %1").arg(Ocpi::formatDateTimeUtc(r.watermarkAfter))
                                        : Tr::tr(" (incomplete poll: the watermark stays)")));
            }
            pending.clear();
        }
        if (once || stopping) {
            done = true;
            loop.quit();
        }
        else if (!quiet)
            say(Tr::tr("next poll in %n second(s); Ctrl+C ends", nullptr, poller.intervalSecs()));
    });
    SignalWatch signalWatch([&] {
        if (stopping)
            return;
        stopping = true;
        if (!quiet)
            say(Tr::tr("stopping"));
        poller.stop(); // a running poll ends now, its pollFinished (cancelled) comes before this returns
        done = true;
        loop.quit();
    });

    if (once)
        poller.pollNow();
    else
        poller.start();
    if (!done)
        loop.exec();
    poller.stop();
    writer.finish();
    out.flush();
    if (lastFailed)
        return 2;
    return validate && anyInvalid ? 1 : 0;
}

} // namespace App
