// The built-in OCPI 2.2.1 CPO ("a CPO in a box"): a Sessions SENDER with versions, version details and paginated
// GET on 127.0.0.1 only, over a simulated world of charging sessions, with optional injected faults.
//
//   Ocpi::Sim::Simulator sim;
//   sim.setOptions({.seed = 42});         // optional; before start()
//   if (!sim.start())                     // 0: any free port
//       qWarning() << sim.errorString();
//   sim.setTicking(true);                 // the world evolves every Options::tickIntervalMs
//   client.discover(sim.versionsUrl(), sim.token());
#pragma once

#include "faults.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <limits>
#include <memory>
#include <optional>

namespace Ocpi::Sim {

Q_DECLARE_LOGGING_CATEGORY(lcSim) // "ocpi.sim": one line per request served, never a token

// The credentials token used when none is given: public, printed by `simulate`, documented in docs/SIMULATOR.md.
inline constexpr QLatin1StringView kDemoToken("ocpi-sim-demo-token");

// The simulated clock's start in seeded mode: 2024-06-03T08:00:00Z (a Monday morning).
inline constexpr qint64 kSeededEpoch = Q_INT64_C(1717401600000);

// The most sessions Options::sessions may ask for (about 1.5 KB each, with their charging periods).
inline constexpr int kMaxSessions = 200000;

struct Options
{
    QString token;                // the credentials token; empty: kDemoToken
    int sessions = 100;           // sessions that exist at start (their history is lived before the start time)
    Faults faults;                // see faults.h
    double faultRate = 0.2;       // fraction of distinct requests (and of sessions, for `invalid`) a fault picks
    std::optional<quint64> seed;  // set: a deterministic world and fault choice, the clock starts at kSeededEpoch;
                                  // unset: a random seed and the clock starts at the wall-clock time
    int tickIntervalMs = 1000;    // real time between two ticks while ticking
    int secondsPerTick = 1;       // simulated seconds a tick moves the clock (1: real time)
    int maxPageSize = 100;        // X-Limit: the most sessions a page holds, whatever limit the client asks
    int slowDelayMs = 2000;       // how late the `slow` fault answers
    QString sessionIdPrefix = QStringLiteral("SIM-"); // session ids are this and a six-digit number: two simulators
                                                      // with other prefixes list sessions with different keys
};

// A session as the server holds it right now.
struct SessionSnapshot
{
    QString id;
    qint64 lastUpdated = 0; // msecs since the epoch, UTC
    QByteArray json;        // exactly as served (with the `invalid` fault's damage, if any)
};

// One request served, for logs and a traffic view. Never holds the Authorization header.
struct RequestRecord
{
    QString method;
    QString path;
    QString query;          // as received, percent-encoded, without '?'
    int httpStatus = 0;
    int ocpiStatus = 0;     // the envelope's status_code, 0 when the body has none (404, truncated...)
    Fault fault = Fault::None;
    int objects = -1;       // objects in a list response's data, -1 otherwise
    qint64 totalCount = -1; // X-Total-Count, -1 when absent
    qint64 bytes = 0;       // body size
    qint64 time = 0;        // the simulated clock when the request was answered (msecs)
};

class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    // Replaces the options and rebuilds the world from them (a new history). Call before start(), or while
    // running to reset the world (the token and faults take effect at once).
    void setOptions(const Options &options);
    const Options &options() const;

    // Listens on 127.0.0.1 (never another interface) on `port`, 0 for any free one. False on failure
    // (errorString() says why, e.g. the port is taken).
    bool start(quint16 port = 0);
    // The same on a loopback address of choice (127.0.0.1 or ::1); any other address is refused (false, and
    // errorString() says the simulator listens on loopback only): it answers anyone who knows its demo token.
    bool start(quint16 port, const QHostAddress &address);
    static bool isLoopbackAddress(const QHostAddress &address);
    void stop();
    bool isListening() const;
    QString errorString() const;
    QHostAddress serverAddress() const; // 127.0.0.1 (or ::1) while listening
    quint16 serverPort() const;

    // Valid while listening.
    QUrl baseUrl() const;           // http://127.0.0.1:PORT (http://[::1]:PORT)
    QUrl versionsUrl() const;       // .../ocpi/versions
    QUrl versionDetailsUrl() const; // .../ocpi/cpo/2.2.1
    QUrl sessionsUrl() const;       // .../ocpi/cpo/2.2.1/sessions (the SENDER interface)

    QString token() const;              // the credentials token in use
    bool usesDemoToken() const;
    QByteArray authorizationHeader() const; // "Token <Base64 of the token>" (what OCPI 2.2.1 clients send)
    quint64 seed() const;                   // the seed in use (drawn at random when Options::seed is unset)

    // The world. tick() moves the simulated clock by Options::secondsPerTick; the timer calls it while ticking.
    void tick();
    void setTicking(bool on);
    bool isTicking() const;
    qint64 now() const; // the simulated clock, msecs since the epoch (UTC)
    qsizetype sessionCount() const;
    // The sessions with last_updated >= updatedSince (all by default), in creation order (the order the pages list
    // them). Builds each one's JSON: cheap for the sessions that changed in a tick, not for a large world's all.
    QList<SessionSnapshot> currentSessions(qint64 updatedSince = std::numeric_limits<qint64>::min()) const;

Q_SIGNALS:
    void requestServed(const Ocpi::Sim::RequestRecord &record);
    void ticked(qint64 now);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ocpi::Sim

Q_DECLARE_METATYPE(Ocpi::Sim::RequestRecord)
