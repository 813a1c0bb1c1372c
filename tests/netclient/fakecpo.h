// A small logical CPO for the client tests, served through ScriptedServer: versions (2.1.1 listed before
// 2.2.1), version details (sessions RECEIVER beside SENDER, unknown fields), and a paginated sessions SENDER
// with date_from/date_to, offset/limit, X-Limit, X-Total-Count and several Link styles.
#pragma once

#include "scriptedserver.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <functional>
#include <optional>

struct FakeSession
{
    QByteArray countryCode = "NL";
    QByteArray partyId = "CPO";
    QByteArray id;
    qint64 lastUpdated = 0; // ms since the epoch
    QByteArray status = "ACTIVE";
    double kwh = 1.5;
    QByteArray json() const;
};

class FakeCpo
{
public:
    enum class Links { Absolute, PathOnly, QueryOnly, Opaque, None };

    explicit FakeCpo(ScriptedServer &server);

    QList<FakeSession> sessions;
    qint64 now;          // the server clock, whole seconds
    int xLimit = 10;     // the most records per page
    Links links = Links::Absolute;
    bool sendTotal = true;
    bool sendXLimit = true;
    bool honourDateTo = true;
    bool envelopeTimestamp = true;
    bool dateHeader = false;
    bool gzip = false;
    QByteArray token = "s3cr3t-token";
    bool acceptBase64 = true;
    bool acceptPlain = false;
    QByteArray sessionsPath = "/ocpi/cpo/2.2.1/sessions";

    // Called before a sessions page is served (0-based count of sessions requests so far).
    std::function<void(int pageRequest)> beforePage;
    // May answer a request instead of the CPO (fault injection); nullopt lets the CPO answer.
    std::function<std::optional<HttpReply>(const HttpRequest &, int pageRequest)> intercept;
    int pageRequests = 0;

    void addSessions(int count, qint64 firstLastUpdated, qint64 stepMs = 1000, const QByteArray &prefix = "S");
    FakeSession *find(const QByteArray &id);
    // Gives a session a new last_updated (and kWh), as an update by the CPO would.
    void touch(const QByteArray &id, qint64 at);

    QUrl versionsUrl() const { return m_server.url("/ocpi/versions"); }
    QUrl detailsUrl() const { return m_server.url("/ocpi/2.2.1"); }
    QUrl sessionsUrl() const { return m_server.url(QString::fromLatin1(sessionsPath)); }

    // The sessions the server holds now, sorted by last_updated then id (the order it serves them in).
    QList<FakeSession> sorted() const;

    static QByteArray envelope(const QByteArray &data, int statusCode = 1000, const QByteArray &timestamp = {});

private:
    HttpReply handle(const HttpRequest &req);
    HttpReply sessionsPage(const HttpRequest &req);
    bool authorized(const HttpRequest &req) const;
    QByteArray ts() const;

    ScriptedServer &m_server;
};
