#include "fakecpo.h"

#include "ocpi/datetime.h"

#include <QtCore/QDateTime>

#include <algorithm>

namespace {
QByteArray fmt(qint64 ms)
{
    return Ocpi::formatDateTimeUtc(ms).toLatin1();
}
qint64 parse(const QByteArray &s)
{
    const QByteArray decoded = QByteArray::fromPercentEncoding(s);
    const auto p = Ocpi::parseDateTime(std::string_view(decoded.constData(), size_t(decoded.size())));
    return p.ok() ? p.msecs : Ocpi::kNoTime;
}
} // namespace

QByteArray FakeSession::json() const
{
    return "{\"country_code\":\"" + countryCode + "\",\"party_id\":\"" + partyId + "\",\"id\":\"" + id
           + "\",\"start_date_time\":\"" + fmt(lastUpdated - 3600000) + "\",\"kwh\":" + QByteArray::number(kwh)
           + ",\"cdr_token\":{\"country_code\":\"NL\",\"party_id\":\"MSP\",\"uid\":\"TOKEN1\",\"type\":\"RFID\","
             "\"contract_id\":\"NL-MSP-C12345678-X\"},\"auth_method\":\"WHITELIST\",\"location_id\":\"LOC1\","
             "\"evse_uid\":\"EVSE1\",\"connector_id\":\"1\",\"currency\":\"EUR\",\"status\":\""
           + status + "\",\"x_vendor_field\":{\"a\":1},\"last_updated\":\"" + fmt(lastUpdated) + "\"}";
}

FakeCpo::FakeCpo(ScriptedServer &server) : m_server(server)
{
    now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    server.setHandler([this](const HttpRequest &r) { return handle(r); });
}

void FakeCpo::addSessions(int count, qint64 first, qint64 stepMs, const QByteArray &prefix)
{
    for (int i = 0; i < count; ++i) {
        FakeSession s;
        s.id = prefix + QByteArray::number(sessions.size() + 1).rightJustified(3, '0');
        s.lastUpdated = first + i * stepMs;
        sessions.append(s);
    }
}

FakeSession *FakeCpo::find(const QByteArray &id)
{
    for (FakeSession &s : sessions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void FakeCpo::touch(const QByteArray &id, qint64 at)
{
    if (FakeSession *s = find(id)) {
        s->lastUpdated = at;
        s->kwh += 1.0;
    }
}

QList<FakeSession> FakeCpo::sorted() const
{
    QList<FakeSession> out = sessions;
    std::stable_sort(out.begin(), out.end(), [](const FakeSession &a, const FakeSession &b) {
        return a.lastUpdated != b.lastUpdated ? a.lastUpdated < b.lastUpdated : a.id < b.id;
    });
    return out;
}

QByteArray FakeCpo::ts() const
{
    return fmt(now);
}

QByteArray FakeCpo::envelope(const QByteArray &data, int statusCode, const QByteArray &timestamp)
{
    QByteArray out = "{";
    if (!data.isNull())
        out += "\"data\":" + data + ",";
    out += "\"status_code\":" + QByteArray::number(statusCode) + ",\"status_message\":\""
           + (statusCode == 1000 ? "Success" : "Failure") + "\",\"x_unknown\":[1,{\"y\":\"}\"}]";
    if (!timestamp.isEmpty())
        out += ",\"timestamp\":\"" + timestamp + "\"";
    return out + "}";
}

bool FakeCpo::authorized(const HttpRequest &req) const
{
    const QByteArray auth = req.header("Authorization");
    return (acceptBase64 && auth == "Token " + token.toBase64()) || (acceptPlain && auth == "Token " + token);
}

HttpReply FakeCpo::handle(const HttpRequest &req)
{
    const bool isSessions = req.path() == sessionsPath || req.path() == sessionsPath + "/";
    const int pageRequest = isSessions ? pageRequests++ : -1;
    if (intercept) {
        if (auto r = intercept(req, pageRequest))
            return *r;
    }
    if (!authorized(req))
        return HttpReply::json(envelope({}, 2000, ts()), 401);
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_server.port());
    if (req.path() == "/ocpi/versions") {
        return HttpReply::json(envelope("[{\"version\":\"2.1.1\",\"url\":\"" + base + "/ocpi/2.1.1\"},"
                                        "{\"version\":\"2.2.1\",\"url\":\"" + base + "/ocpi/2.2.1\",\"x\":true}]",
                                        1000, ts()));
    }
    if (req.path() == "/ocpi/2.2.1") {
        return HttpReply::json(envelope(
            "{\"version\":\"2.2.1\",\"x_note\":\"unknown\",\"endpoints\":["
            "{\"identifier\":\"credentials\",\"role\":\"SENDER\",\"url\":\"" + base + "/ocpi/2.2.1/credentials\"},"
            "{\"identifier\":\"sessions\",\"role\":\"RECEIVER\",\"url\":\"" + base + "/ocpi/emsp/2.2.1/sessions\"},"
            "{\"identifier\":\"sessions\",\"role\":\"SENDER\",\"url\":\"" + base + sessionsPath + "\"},"
            "{\"identifier\":\"locations\",\"role\":\"SENDER\",\"url\":\"" + base + "/ocpi/cpo/2.2.1/locations\"}]}",
            1000, ts()));
    }
    if (isSessions) {
        if (beforePage)
            beforePage(pageRequest);
        return sessionsPage(req);
    }
    return HttpReply::json(envelope({}, 2000, ts()), 404);
}

HttpReply FakeCpo::sessionsPage(const HttpRequest &req)
{
    QByteArray dateFrom = req.queryItem("date_from");
    QByteArray dateTo = req.queryItem("date_to");
    qint64 offset = req.queryItem("offset").toLongLong();
    qint64 asked = req.queryItem("limit").toLongLong();
    if (const QByteArray cursor = req.queryItem("cursor"); !cursor.isNull()) {
        // Opaque cursor: percent-encoded Base64 of "offset|limit|date_from|date_to".
        const QList<QByteArray> parts = QByteArray::fromBase64(QByteArray::fromPercentEncoding(cursor)).split('|');
        offset = parts.value(0).toLongLong();
        asked = parts.value(1).toLongLong();
        dateFrom = parts.value(2);
        if (dateTo.isNull())
            dateTo = parts.value(3);
    }
    const qint64 from = dateFrom.isEmpty() ? Ocpi::kNoTime : parse(dateFrom);
    const qint64 to = dateTo.isEmpty() || !honourDateTo ? Ocpi::kNoTime : parse(dateTo);
    QList<FakeSession> matching;
    for (const FakeSession &s : sorted()) {
        if ((from == Ocpi::kNoTime || s.lastUpdated >= from) && (to == Ocpi::kNoTime || s.lastUpdated < to))
            matching.append(s);
    }
    const qint64 limit = asked > 0 ? std::min<qint64>(asked, xLimit) : xLimit;
    QByteArray data = "[";
    qint64 sent = 0;
    for (qint64 i = offset; i < matching.size() && sent < limit; ++i, ++sent)
        data += (sent ? ",\n" : "\n") + matching[i].json();
    data += "\n]";
    HttpReply reply = HttpReply::json(envelope(data, 1000, envelopeTimestamp ? ts() : QByteArray()));
    reply.gzip = gzip;
    if (sendTotal)
        reply.header("X-Total-Count", QByteArray::number(matching.size()));
    if (sendXLimit)
        reply.header("X-Limit", QByteArray::number(xLimit));
    if (dateHeader)
        reply.header("Date", QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::RFC2822Date).toLatin1());
    const qint64 next = offset + sent;
    if (next < matching.size() && links != Links::None) {
        QByteArray query = "offset=" + QByteArray::number(next) + "&limit=" + QByteArray::number(limit);
        if (!dateFrom.isEmpty())
            query += "&date_from=" + dateFrom;
        if (!dateTo.isEmpty())
            query += "&date_to=" + dateTo;
        QByteArray target;
        switch (links) {
        case Links::Absolute:
            target = "http://127.0.0.1:" + QByteArray::number(m_server.port()) + req.path() + "?" + query;
            break;
        case Links::PathOnly:
            target = req.path() + "?" + query;
            break;
        case Links::QueryOnly:
            target = "?" + query;
            break;
        case Links::Opaque: {
            const QByteArray cursor = QByteArray(QByteArray::number(next) + "|" + QByteArray::number(limit) + "|" + dateFrom + "|")
                                          .toBase64()
                                          .toPercentEncoding();
            target = req.path() + "?cursor=" + cursor + "&sig=a%2Bb%3D%3D%26c&v=1+2";
            break;
        }
        case Links::None:
            break;
        }
        reply.header("Link", "<" + target + ">; rel=\"next\"");
    }
    return reply;
}
