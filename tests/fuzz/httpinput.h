// The input format of the HTTP response fuzz target, shared with its regression test (tests/unit/
// tst_fuzzregressions.cpp): header lines "Name: value", each ended by "\n" (a "\r" before it is dropped), up to
// the first empty line; everything after it is the body. Without an empty line the whole input is headers.
// Two pseudo-headers steer the request side:
//   @url: <the page URL that was asked>  default https://cpo.example.com/ocpi/2.2.1/sessions?date_from=...&limit=50
//   @position: <the offset of the page when its URL carries none>
#pragma once

#include "net/client/httpget.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QUrl>

#include <algorithm>

namespace FuzzHttp {

struct Input
{
    Ocpi::Net::HttpResponse response;
    qint64 position = 0;
};

inline Input split(QByteArrayView data)
{
    Input in;
    in.response.url = QUrl(QStringLiteral("https://cpo.example.com/ocpi/2.2.1/sessions?date_from=1970-01-01T00:00:00Z&limit=50"));
    in.response.status = 200;
    qsizetype i = 0;
    while (i < data.size()) {
        qsizetype end = data.indexOf('\n', i);
        const bool last = end < 0;
        if (last)
            end = data.size();
        QByteArrayView line = data.sliced(i, end - i);
        i = last ? data.size() : end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = (colon < 0 ? line : line.first(colon)).trimmed().toByteArray();
        const QByteArray value = colon < 0 ? QByteArray() : line.sliced(colon + 1).trimmed().toByteArray();
        if (name == QByteArrayView("@url"))
            in.response.url = QUrl::fromEncoded(value);
        else if (name == QByteArrayView("@position"))
            in.position = std::max<qint64>(0, value.toLongLong());
        else
            in.response.headers.append({name, value});
    }
    in.response.body = data.sliced(i).toByteArray();
    return in;
}

} // namespace FuzzHttp
