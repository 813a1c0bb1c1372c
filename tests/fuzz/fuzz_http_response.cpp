// Fuzz target: the handling of one HTTP answer of a Sessions SENDER page, as SessionSync::onPage does it — the
// envelope probe (envelope.h), the records read from the body (sessionreader.h) and hashed by their source
// spans, the server's time (envelope timestamp or Date header) and the pin built from it, the paging headers
// X-Total-Count, X-Limit and Link with the next-page decision (pagination.h, urlutil.h) — and the discovery
// reading of the same body (discovery.h).
//
// Input format (httpinput.h, docs/RELIABILITY.md): header lines "Name: value" up to the first empty line, then
// the body; the pseudo-headers "@url:" (the page URL asked) and "@position:" (its offset when the URL has none).
// Checks: an OCPI error status has words; every record's source span lies inside the body; the next page, when
// there is one, is a valid URL on the sessions endpoint's origin (Link) or carries offset = offset + records
// (offset/limit); a refused link is on another origin.
#include "fuzzsupport.h"
#include "httpinput.h"

#include "net/client/discovery.h"
#include "net/client/envelope.h"
#include "net/client/httpget.h"
#include "net/client/ocpistatus.h"
#include "net/client/pagination.h"
#include "net/client/urlutil.h"
#include "ocpi/datetime.h"
#include "ocpi/sessionreader.h"

#include <QtCore/QCryptographicHash>

#include <limits>

using namespace Ocpi::Net;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzHttp::Input in = FuzzHttp::split(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const HttpResponse &response = in.response;
    const QUrl &url = response.url;
    const QUrl sessionsUrl = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);

    // Discovery reads the same kind of body: a versions list or version details.
    const DiscoveryDocument discovery = parseDiscovery(response.body, url);
    if (discovery.shape == DiscoveryDocument::Shape::VersionList)
        (void)pickVersion(discovery.versions);
    if (discovery.shape == DiscoveryDocument::Shape::VersionDetails)
        (void)findSessionsSender(discovery.endpoints);

    const EnvelopeInfo env = probeEnvelope(response.body);
    if (env.isEnvelope() && env.hasStatusCode && !OcpiStatus::isSuccess(env.statusCode)) {
        FUZZ_CHECK(!OcpiStatus::errorText(env.statusCode, env.statusMessage).isEmpty());
        return 0;
    }

    Ocpi::SessionReader reader;
    reader.setBatchSize(std::numeric_limits<int>::max());
    std::vector<Ocpi::RecordResult> records;
    const Ocpi::ReadSummary summary = reader.readBytes(response.body, [&](std::vector<Ocpi::RecordResult> &&batch) {
        std::move(batch.begin(), batch.end(), std::back_inserter(records));
    });
    const bool damaged = summary.error && !(summary.error->code == QLatin1StringView("file.no_data") && env.isEnvelope());
    if (damaged)
        FUZZ_CHECK(!summary.error->message.isEmpty());

    const std::optional<qint64> now = serverTime(response, env.timestamp);
    QByteArray pin;
    if (now) {
        pin = dateTimeQueryValue(*now);
        // A time of the years 0000-9999 goes out as a DateTime the server can read.
        constexpr qint64 msPerDay = 86'400'000;
        if (*now >= Ocpi::daysFromCivil(0, 1, 1) * msPerDay && *now < Ocpi::daysFromCivil(10000, 1, 1) * msPerDay)
            FUZZ_CHECK(Ocpi::parseDateTime(std::string_view(pin.constData(), size_t(pin.size()))).ok());
    }

    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (const Ocpi::RecordResult &r : records) {
        const Ocpi::SourceSpan &src = r.session.source;
        FUZZ_CHECK(src.offset >= 0 && src.length >= 0 && src.offset + src.length <= response.body.size());
        digest.addData(QByteArrayView(response.body).sliced(src.offset, src.length));
    }
    (void)digest.result();
    if (damaged)
        return 0;

    const PageHeaders paging = readPageHeaders(response);
    const qint64 count = qint64(records.size());
    const qint64 offset = pageOffset(url, in.position);
    FUZZ_CHECK(offset >= 0);
    const NextPage next = nextPage(url, sessionsUrl, paging, offset, count);
    switch (next.kind) {
    case NextPage::Kind::None:
    case NextPage::Kind::Short:
    case NextPage::Kind::BadLink:
        FUZZ_CHECK(next.url.isEmpty());
        break;
    case NextPage::Kind::Link:
        FUZZ_CHECK(next.url.isValid() && !next.url.isEmpty());
        FUZZ_CHECK(sameOrigin(next.url, sessionsUrl));
        break;
    case NextPage::Kind::OtherOrigin:
        FUZZ_CHECK(!sameOrigin(next.url, sessionsUrl));
        (void)displayUrl(next.url);
        break;
    case NextPage::Kind::Offset: {
        FUZZ_CHECK(paging.nextLink == std::nullopt && count > 0);
        const auto o = queryItem(next.url, "offset");
        FUZZ_CHECK(o && o->toLongLong() == offset + count);
        break;
    }
    }
    if (!next.url.isEmpty() && !pin.isEmpty() && !queryItem(next.url, "date_to")) {
        const QUrl pinned = withQueryItem(next.url, "date_to", pin);
        FUZZ_CHECK(queryItem(pinned, "date_to") == pin);
        (void)pinned.toEncoded();
    }
    return 0;
}
