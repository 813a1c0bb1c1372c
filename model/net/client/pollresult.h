// The typed outcome of one poll, for a model, a status view and the command line.
#pragma once

#include "ocpi/datetime.h"
#include "ocpi/sessionreader.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

namespace Ocpi::Net {

struct PollError
{
    enum class Kind : quint8 {
        Config,             // no URL, no token, a URL that is not http(s)
        Network,            // connection refused, reset, host not found...
        Timeout,            // connect or total timeout
        Http,               // an HTTP status that is neither success nor retried
        Auth,               // 401/403
        Ocpi,               // an OCPI status_code other than 1000 (status_codes 5)
        UnsupportedVersion, // e.g. a server that speaks OCPI 2.1.1 only
        Discovery,          // no sessions SENDER endpoint, a versions answer that cannot be read
        Content,            // a body that is not JSON, truncated or garbled
        Pagination,         // a loop, a hostile next link, a total that keeps growing
        Limit,              // body too large, too many pages
        Cancelled,
    };
    Kind kind = Kind::Network;
    QString message; // plain words, translated; never holds the token
    QUrl url;        // the request it is about, without user info; never holds the token
    int httpStatus = 0;
    int ocpiStatus = -1;
};

QLatin1StringView errorKindName(PollError::Kind kind); // "network", "timeout", ...

// How a received record compares with what the client already held.
enum class ChangeKind : quint8 {
    Added,        // not held before
    Changed,      // held, with other content
    Unchanged,    // held, with the same content
    Outdated,     // held with a later last_updated: the held one is kept
    Unidentified, // no id: it cannot be merged and is not kept
    NotKept,      // new, but the endpoint holds ClientConfig::maxSessions already: not kept, never handed out
};
QLatin1StringView changeKindName(ChangeKind kind);

struct ReceivedSession
{
    RecordResult record; // the Session, its findings, and its place in the page body
    QByteArray json;     // the record's text exactly as the server sent it
    ChangeKind change = ChangeKind::Added;
    int page = 0; // 1-based page of the poll it came in
};

struct PollResult
{
    Q_DECLARE_TR_FUNCTIONS(Ocpi::Net::PollResult)
public:
    quint64 pollId = 0;
    bool complete = false; // the whole list was read and the watermark advanced
    bool ok() const { return complete && errors.isEmpty(); }

    qint64 records = 0; // every record received, duplicates included
    qint64 added = 0;
    qint64 changed = 0;
    qint64 unchanged = 0; // Unchanged and Outdated
    qint64 unidentified = 0;
    qint64 invalid = 0; // records with at least one validation error
    qint64 notKept = 0; // new sessions not kept: the endpoint held ClientConfig::maxSessions already
    qint64 maxSessions = 0; // that limit, when notKept > 0

    int pages = 0;
    int requests = 0; // HTTP requests, discovery, retries and re-reads included
    int retries = 0;
    qint64 bytes = 0; // response bodies, after decompression
    qint64 durationMs = 0;
    qint64 totalCount = -1; // the last X-Total-Count seen

    qint64 startedAt = kNoTime;      // client clock, ms since the epoch
    qint64 serverTime = kNoTime;     // server time at the start of the crawl
    qint64 dateFrom = kNoTime;       // date_from asked, kNoTime when none
    qint64 watermarkAfter = kNoTime; // date_from of the next poll

    QString ocpiVersion; // "2.2.1", or empty when the sessions URL was given directly
    QUrl sessionsUrl;
    QList<PollError> errors;
    QStringList warnings;

    // One line for a status bar or stderr: "3 added, 1 changed, 40 unchanged in 2 pages (12 KB, 0.4 s)".
    QString summaryText() const;
};

} // namespace Ocpi::Net

Q_DECLARE_METATYPE(Ocpi::Net::PollError)
Q_DECLARE_METATYPE(Ocpi::Net::ReceivedSession)
Q_DECLARE_METATYPE(Ocpi::Net::PollResult)
