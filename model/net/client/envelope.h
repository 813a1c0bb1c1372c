// A quick look at the members of an OCPI response (transport_and_format 4.1.7) without reading `data`:
// the status and the server's timestamp. The records themselves are read by Ocpi::SessionReader.
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

namespace Ocpi::Net {

struct EnvelopeInfo
{
    enum class Data : quint8 { Absent, Null, Array, Object, Other };
    bool isObject = false;  // the body is a JSON object (possibly damaged after the members read)
    bool hasStatusCode = false;
    int statusCode = -1;
    QString statusMessage;
    QByteArray timestamp; // the raw DateTime text, without quotes
    Data data = Data::Absent;
    bool isEnvelope() const { return isObject && (hasStatusCode || data != Data::Absent); }
};

EnvelopeInfo probeEnvelope(QByteArrayView body);

} // namespace Ocpi::Net
