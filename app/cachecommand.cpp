#include "cachecommand.h"

#include "profiles/profilestore.h"
#include "store/sessioncache.h"

#include "ocpi/datetime.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrl>

#include <climits>

namespace App {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App::CacheCommand)
};

QString timeText(qint64 ms)
{
    return ms == Ocpi::kNoTime ? Tr::tr("none") : Ocpi::formatDateTimeUtc(ms);
}

} // namespace

int runCache(const QStringList &arguments)
{
    using Ocpi::Store::SessionCache;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Look at the offline cache that `poll --cache` fills: the sessions kept per endpoint and each endpoint's\n"
               "watermark (the date_from its next sync asks for). With no action, --list.\n"
               "The cache is %1 unless --db names another file.")
            .arg(QDir::toNativeSeparators(SessionCache::defaultPath())));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list"), Tr::tr("List the endpoints with their session counts."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          Tr::tr("Write the cached sessions as NDJSON (one record per line) to FILE; "
                                                 "`validate FILE` reads it. '-' writes to standard output."),
                                          Tr::tr("FILE"));
    const QCommandLineOption clearOption(QStringLiteral("clear"),
                                         Tr::tr("Forget the sessions and watermark of --endpoint, or of every endpoint."));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            Tr::tr("Only this endpoint (its key as --list shows it, or its URL)."),
                                            Tr::tr("KEY"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("The endpoint of this endpoint profile (File ▸ Endpoint profiles)."),
                                           Tr::tr("NAME"));
    const QCommandLineOption dbOption(QStringLiteral("db"), Tr::tr("The cache file (default: %1).")
                                                                 .arg(QDir::toNativeSeparators(SessionCache::defaultPath())),
                                      Tr::tr("FILE"));
    parser.addOptions({listOption, exportOption, clearOption, endpointOption, profileOption, dbOption});
    parser.addPositionalArgument(QStringLiteral("cache"), Tr::tr("The cache command."));

    QFile err;
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    const auto say = [&err](const QString &line) { err.write((line + QLatin1Char('\n')).toUtf8()); };
    const auto usage = [&](const QString &message) {
        say(message);
        say(Tr::tr("see: ocpi-session-monitor cache --help"));
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out.write(parser.helpText().toUtf8());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1StringView("cache"))
        positional.removeFirst();
    if (!positional.isEmpty())
        return usage(Tr::tr("cache: unexpected argument '%1'").arg(positional.first()));
    const int actions = int(parser.isSet(listOption)) + int(parser.isSet(exportOption)) + int(parser.isSet(clearOption));
    if (actions > 1)
        return usage(Tr::tr("cache: give one of --list, --export FILE and --clear"));
    if (parser.isSet(endpointOption) && parser.isSet(profileOption))
        return usage(Tr::tr("cache: give --endpoint or --profile, not both"));

    QString endpoint = parser.value(endpointOption);
    if (parser.isSet(profileOption)) {
        const auto profile = Profiles::ProfileStore().profileByName(parser.value(profileOption));
        if (!profile)
            return usage(Tr::tr("cache: there is no endpoint profile named '%1'").arg(parser.value(profileOption)));
        endpoint = SessionCache::endpointKey(profile->url);
    }
    // A URL is accepted as well as a key: the key is the URL without user info, query and fragment.
    if (endpoint.contains(QLatin1StringView("://")))
        endpoint = SessionCache::endpointKey(QUrl(endpoint));

    // Our own lines report the cache's errors; its category would say them twice.
    QLoggingCategory::setFilterRules(QStringLiteral("ocpi.store.warning=false"));
    SessionCache cache;
    if (!cache.open(parser.value(dbOption))) {
        say(Tr::tr("cache: %1").arg(cache.errorString()));
        return 2;
    }
    if (!cache.setAsidePath().isEmpty())
        say(Tr::tr("cache: the old file was damaged or not a cache and was renamed to %1")
                .arg(QDir::toNativeSeparators(cache.setAsidePath())));

    if (parser.isSet(exportOption)) {
        QString file = parser.value(exportOption);
        std::optional<qint64> n;
        if (file == QLatin1StringView("-")) {
            const auto records = cache.load(endpoint);
            if (records) {
                for (const Ocpi::Store::CachedRecord &c : *records)
                    out.write(Ocpi::Store::compactJson(c.record.json) + '\n');
                n = records->size();
            }
        } else {
            n = cache.exportTo(file, endpoint);
        }
        if (!n) {
            say(Tr::tr("cache: %1").arg(cache.errorString()));
            return 2;
        }
        say(Tr::tr("cache: %n session(s) exported", nullptr, int(std::min<qint64>(*n, INT_MAX))));
        return 0;
    }
    if (parser.isSet(clearOption)) {
        const auto n = cache.clear(endpoint);
        if (!n) {
            say(Tr::tr("cache: %1").arg(cache.errorString()));
            return 2;
        }
        say(endpoint.isEmpty()
                ? Tr::tr("cache: cleared, %n session(s) removed", nullptr, int(std::min<qint64>(*n, INT_MAX)))
                : Tr::tr("cache: %1 cleared, %n session(s) removed", nullptr, int(std::min<qint64>(*n, INT_MAX))).arg(endpoint));
        return 0;
    }

    const auto endpoints = cache.list();
    if (!endpoints) {
        say(Tr::tr("cache: %1").arg(cache.errorString()));
        return 2;
    }
    out.write(Tr::tr("cache: %1 (schema %2)\n").arg(QDir::toNativeSeparators(cache.path())).arg(cache.schemaVersion()).toUtf8());
    int shown = 0;
    for (const Ocpi::Store::EndpointSummary &e : *endpoints) {
        if (!endpoint.isEmpty() && e.endpoint != endpoint)
            continue;
        ++shown;
        out.write(Tr::tr("%1\t%n session(s)\twatermark %2\tlast poll %3\n", nullptr, int(std::min<qint64>(e.sessions, INT_MAX)))
                      .arg(e.endpoint, timeText(e.watermark), timeText(e.lastSync))
                      .toUtf8());
    }
    if (!shown)
        out.write(Tr::tr("no cached endpoint%1\n").arg(endpoint.isEmpty() ? QString() : QStringLiteral(" ") + endpoint).toUtf8());
    return 0;
}

} // namespace App
