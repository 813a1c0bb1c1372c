// The `simulate` child process the cache tests poll, and what it holds: shared by tst_cachekill and
// tst_cachefaults (each defines OSM_EXECUTABLE, the program under test).
#pragma once

#include "ocpi/datetime.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>

#include <memory>
#include <optional>

namespace SimProcess {

inline const QString kToken = "ocpi-sim-demo-token";

inline qint64 timeOf(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const Ocpi::DateTimeParse p = Ocpi::parseDateTime(std::string_view(utf8.constData(), size_t(utf8.size())));
    return p.ok() ? p.msecs : Ocpi::kNoTime;
}

// Every session the simulator has now, key -> last_updated, read page by page straight over HTTP.
inline std::optional<QHash<QString, qint64>> simulatorSessions(const QUrl &versionsUrl)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QHash<QString, qint64> sessions;
    QUrl url = versionsUrl.resolved(QUrl("/ocpi/cpo/2.2.1/sessions?limit=100"));
    for (int page = 0; page < 100 && url.isValid() && !url.isEmpty(); ++page) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Token " + kToken.toUtf8().toBase64());
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000))
            return std::nullopt;
        if (reply->error() != QNetworkReply::NoError)
            return std::nullopt;
        const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
        for (const QJsonValue &v : envelope["data"].toArray()) {
            const QJsonObject o = v.toObject();
            const QString key = (o["country_code"].toString() + "/" + o["party_id"].toString() + "/" + o["id"].toString()).toUpper();
            sessions.insert(key, timeOf(o["last_updated"].toString()));
        }
        static const QRegularExpression next("<([^>]+)>;\\s*rel=\"next\"");
        const auto m = next.match(QString::fromUtf8(reply->rawHeader("Link")));
        url = m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
    }
    return sessions;
}

// Starts `simulate` with `args` (quiet) and returns its versions URL, read from what it prints; empty on failure
// (with what it printed in *printed).
inline QUrl startSimulator(QProcess &sim, const QStringList &args, QByteArray *printed)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_LOGGING_RULES", "ocpi.sim.info=false");
    sim.setProcessEnvironment(env);
    sim.start(OSM_EXECUTABLE, QStringList{"simulate", "--port", "0"} + args);
    if (!sim.waitForStarted(10000))
        return {};
    static const QRegularExpression re("versions endpoint: (http://127\\.0\\.0\\.1:\\d+/ocpi/versions)");
    for (QDeadlineTimer deadline(15000); !deadline.hasExpired();) {
        sim.waitForReadyRead(100);
        *printed += sim.readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(*printed));
        if (m.hasMatch())
            return QUrl(m.captured(1));
    }
    return {};
}

} // namespace SimProcess
