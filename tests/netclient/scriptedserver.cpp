#include "scriptedserver.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QtEndian>
#include <QtNetwork/QTcpSocket>

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QByteArray HttpRequest::queryItem(QByteArrayView key) const
{
    for (const QByteArray &item : query().split('&')) {
        const qsizetype eq = item.indexOf('=');
        if ((eq < 0 ? QByteArrayView(item) : QByteArrayView(item).first(eq)) == key)
            return eq < 0 ? QByteArray("") : item.mid(eq + 1);
    }
    return QByteArray();
}

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
    m_clock.start();
}

bool ScriptedServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void ScriptedServer::close()
{
    m_server.close();
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
}

QUrl ScriptedServer::url(const QString &pathAndQuery) const
{
    return QUrl(QString("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::onData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        HttpRequest req;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        req.atMs = m_clock.elapsed();
        requests.append(req);
        const HttpReply reply = m_handler ? m_handler(req) : HttpReply::json("{}", 404);
        if (reply.mode == HttpReply::Mode::NeverAnswer)
            continue;
        if (reply.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
                if (guard)
                    respond(guard, reply);
            });
        } else {
            respond(socket, reply);
        }
    }
    socket->setProperty("buffer", buffer);
}

void ScriptedServer::respond(QTcpSocket *socket, const HttpReply &reply)
{
    if (reply.mode == HttpReply::Mode::Close) {
        socket->abort();
        return;
    }
    const QByteArray body = reply.gzip ? gzipCompress(reply.body) : reply.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    bool hasType = false;
    for (const auto &h : reply.headers) {
        head += h.first + ": " + h.second + "\r\n";
        hasType |= h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        head += "Content-Type: application/json\r\n";
    if (reply.gzip)
        head += "Content-Encoding: gzip\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head);
    if (reply.mode == HttpReply::Mode::Stall) {
        socket->write(body.left(reply.truncateAt)); // then nothing more, and the connection stays open
        return;
    }
    if (reply.mode == HttpReply::Mode::Truncate) {
        socket->write(body.left(reply.truncateAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(body);
}

namespace {
quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool init = false;
    if (!init) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        init = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
} // namespace

QByteArray gzipCompress(const QByteArray &data)
{
    // qCompress gives a 4-byte length, then a zlib stream: 2 header bytes, raw deflate, 4 bytes Adler-32.
    const QByteArray z = qCompress(data, 6);
    const QByteArray deflate = z.mid(4 + 2, z.size() - 4 - 2 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    char tail[8];
    qToLittleEndian<quint32>(crc32(data), tail);
    qToLittleEndian<quint32>(quint32(data.size()), tail + 4);
    out.append(tail, 8);
    return out;
}
