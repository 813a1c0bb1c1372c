// A scripted HTTP/1.1 responder on 127.0.0.1 for the client tests: every request is recorded and answered
// by a handler, with exact control over faults (delays, truncation, silence, gzip, closed connections).
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>

#include <functional>

class QTcpSocket;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query exactly as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 atMs = 0; // since the server started

    QByteArray header(QByteArrayView name) const;
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    QByteArray query() const { return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1); }
    // Raw value of a query item; a null QByteArray when absent.
    QByteArray queryItem(QByteArrayView key) const;
};

struct HttpReply
{
    enum class Mode { Normal, Truncate, NeverAnswer, Close, Stall };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    bool gzip = false;
    int delayMs = 0;
    qsizetype truncateAt = 0; // Truncate: bytes of the body sent before the connection closes; Stall: before it goes quiet

    HttpReply &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    static HttpReply json(const QByteArray &body, int status = 200)
    {
        HttpReply r;
        r.status = status;
        r.body = body;
        return r;
    }
};

class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    bool listen(quint16 port = 0); // 127.0.0.1, any free port by default
    // Stops listening and drops every open connection: new connections are refused until listen() again.
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &pathAndQuery) const; // "http://127.0.0.1:<port>" + pathAndQuery
    void setHandler(Handler h) { m_handler = std::move(h); }

    QList<HttpRequest> requests;

private:
    void onConnection();
    void onData(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpReply &reply);

    QTcpServer m_server;
    Handler m_handler;
    QElapsedTimer m_clock;
};

// gzip (RFC 1952) of data, for Content-Encoding: gzip answers.
QByteArray gzipCompress(const QByteArray &data);
