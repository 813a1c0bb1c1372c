#include "tokenvault.h"

#include "profileslog.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>

#include <qt6keychain/keychain.h>

namespace Profiles {

namespace {

bool meansUnavailable(int error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : QObject(parent),
      m_plainDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokens"))
{
    qRegisterMetaType<Profiles::TokenResult>();
    qRegisterMetaType<Profiles::KeychainState>();
}

TokenVault::~TokenVault() = default;

QString TokenVault::plainTextFile(const QString &profileId) const
{
    return m_plainDir + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(profileId)) + QStringLiteral(".token");
}

void TokenVault::setKeychainEnabled(bool enabled)
{
    m_keychainEnabled = enabled;
    if (!enabled)
        setState(KeychainState::Unavailable, tr("the system keychain is switched off"));
    else
        setState(KeychainState::Unknown, {});
}

QString TokenVault::stateText() const
{
    switch (m_state) {
    case KeychainState::Available:
        return tr("Stored in the system keychain");
    case KeychainState::Unavailable:
        return m_keychainError.isEmpty()
            ? tr("No keychain available: the token is kept for this session only")
            //: %1 is the cause given by the keychain library.
            : tr("No keychain available (%1): the token is kept for this session only").arg(m_keychainError);
    case KeychainState::Unknown:
        break;
    }
    return tr("Looking for the system keychain…");
}

void TokenVault::setState(KeychainState s, const QString &error)
{
    const bool changed = s != m_state || error != m_keychainError;
    m_state = s;
    m_keychainError = error;
    if (changed) {
        if (s == KeychainState::Unavailable)
            qCInfo(lcProfiles) << "no system keychain:" << error;
        Q_EMIT keychainStateChanged(s);
    }
}

void TokenVault::noteAnswer(const KeychainAnswer &a)
{
    if (a.error == QKeychain::NoError || a.error == QKeychain::EntryNotFound)
        setState(KeychainState::Available, {});
    else if (meansUnavailable(a.error))
        setState(KeychainState::Unavailable, a.errorString.isEmpty() ? tr("error %1").arg(a.error) : a.errorString);
}

template<typename Done>
void TokenVault::runJob(Op op, const QString &key, const QString &text, Done done)
{
    if (!m_keychainEnabled) {
        QMetaObject::invokeMethod(
            this, [this, done] { done(KeychainAnswer{QKeychain::NoBackendAvailable, m_keychainError, {}}); },
            Qt::QueuedConnection);
        return;
    }
    const QString service(kService);
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read: job = new QKeychain::ReadPasswordJob(service, this); break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(service, this);
        w->setTextData(text);
        job = w;
        break;
    }
    case Op::Delete: job = new QKeychain::DeletePasswordJob(service, this); break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's plain-text QSettings fallback
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        KeychainAnswer a{int(j->error()), j->errorString(), {}};
        if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            a.text = r->textData();
        noteAnswer(a);
        done(a);
    });
    job->start();
}

bool TokenVault::writePlainText(const QString &profileId, const QString &token, QString *error) const
{
    if (!QDir().mkpath(m_plainDir)
        || !QFile::setPermissions(m_plainDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = tr("cannot create the folder %1").arg(m_plainDir);
        return false;
    }
    const QString path = plainTextFile(profileId);
    QFile::remove(path);
    QFile f(path);
    // Created with 0600 from the start, so the token is never readable by others, not even briefly.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray bytes = token.toUtf8();
    if (f.write(bytes) != bytes.size() || !f.flush()) {
        *error = tr("cannot write %1: %2").arg(path, f.errorString());
        f.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

bool TokenVault::readPlainText(const QString &profileId, QString *token) const
{
    QFile f(plainTextFile(profileId));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *token = QString::fromUtf8(f.readAll());
    return true;
}

bool TokenVault::removePlainText(const QString &profileId) const
{
    return QFile::remove(plainTextFile(profileId));
}

// ---- the operations, with a completion callback --------------------------------------------------------------

namespace {
template<typename F>
void later(QObject *context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}
} // namespace

void TokenVault::probe()
{
    runJob(Op::Read, QStringLiteral("probe: no such profile"), {}, [this](const KeychainAnswer &) {
        Q_EMIT probed(m_state);
    });
}

void TokenVault::store(const QString &profileId, const QString &token, StoreMode mode)
{
    auto finish = [this, profileId](const TokenResult &r) { Q_EMIT stored(profileId, r); };
    if (mode == StoreMode::SessionOnly) {
        m_session.insert(profileId, token);
        removePlainText(profileId);
        later(this, [finish] { finish(TokenResult{true, TokenLocation::Session, {}, false}); });
        return;
    }
    if (mode == StoreMode::PlainTextFile) {
        TokenResult r;
        r.ok = writePlainText(profileId, token, &r.error);
        if (r.ok) {
            r.location = TokenLocation::PlainTextFile;
            m_session.remove(profileId);
            qCWarning(lcProfiles) << "the token of a profile is stored in plain text, as the user chose:"
                                  << plainTextFile(profileId);
        }
        later(this, [finish, r] { finish(r); });
        return;
    }
    if (m_state == KeychainState::Unavailable) {
        // Known to be missing: kept in memory at once, so a read that follows finds it.
        m_session.insert(profileId, token);
        removePlainText(profileId);
        const TokenResult r{true, TokenLocation::Session, m_keychainError, false};
        later(this, [finish, r] { finish(r); });
        return;
    }
    runJob(Op::Write, profileId, token, [this, profileId, token, finish](const KeychainAnswer &a) {
        TokenResult r;
        r.ok = true;
        if (a.error == QKeychain::NoError) {
            r.location = TokenLocation::Keychain;
            m_session.remove(profileId);
            removePlainText(profileId);
        } else {
            r.location = TokenLocation::Session;
            r.error = a.errorString;
            m_session.insert(profileId, token);
            removePlainText(profileId);
        }
        finish(r);
    });
}

void TokenVault::read(const QString &profileId)
{
    auto finish = [this, profileId](const QString &token, const TokenResult &r) { Q_EMIT tokenRead(profileId, token, r); };
    if (const auto it = m_session.constFind(profileId); it != m_session.constEnd()) {
        const QString token = *it;
        later(this, [finish, token] { finish(token, TokenResult{true, TokenLocation::Session, {}, false}); });
        return;
    }
    QString plain;
    if (readPlainText(profileId, &plain)) {
        later(this, [finish, plain] { finish(plain, TokenResult{true, TokenLocation::PlainTextFile, {}, false}); });
        return;
    }
    runJob(Op::Read, profileId, {}, [finish](const KeychainAnswer &a) {
        TokenResult r;
        if (a.error == QKeychain::NoError) {
            r = {true, TokenLocation::Keychain, {}, false};
        } else if (a.error == QKeychain::EntryNotFound) {
            r.notFound = true;
            r.error = tr("no token is stored for this profile");
        } else {
            r.error = a.errorString;
        }
        finish(r.ok ? a.text : QString(), r);
    });
}

void TokenVault::remove(const QString &profileId)
{
    m_session.remove(profileId);
    removePlainText(profileId);
    runJob(Op::Delete, profileId, {}, [this, profileId](const KeychainAnswer &a) {
        TokenResult r;
        r.ok = a.error == QKeychain::NoError || a.error == QKeychain::EntryNotFound || meansUnavailable(a.error);
        r.error = a.error == QKeychain::NoError ? QString() : a.errorString;
        Q_EMIT removed(profileId, r);
    });
}

// ---- blocking forms --------------------------------------------------------------------------------------------

KeychainState TokenVault::probeBlocking()
{
    QEventLoop loop;
    const auto c = connect(this, &TokenVault::probed, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    probe();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(c);
    return m_state;
}

TokenResult TokenVault::storeBlocking(const QString &profileId, const QString &token, StoreMode mode)
{
    QEventLoop loop;
    TokenResult out;
    const auto c = connect(this, &TokenVault::stored, &loop, [&](const QString &id, const TokenResult &r) {
        if (id == profileId) {
            out = r;
            loop.quit();
        }
    });
    store(profileId, token, mode);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(c);
    return out;
}

TokenResult TokenVault::readBlocking(const QString &profileId, QString *token)
{
    QEventLoop loop;
    TokenResult out;
    const auto c = connect(this, &TokenVault::tokenRead, &loop,
                           [&](const QString &id, const QString &t, const TokenResult &r) {
                               if (id == profileId) {
                                   out = r;
                                   *token = t;
                                   loop.quit();
                               }
                           });
    read(profileId);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(c);
    return out;
}

TokenResult TokenVault::removeBlocking(const QString &profileId)
{
    QEventLoop loop;
    TokenResult out;
    const auto c = connect(this, &TokenVault::removed, &loop, [&](const QString &id, const TokenResult &r) {
        if (id == profileId) {
            out = r;
            loop.quit();
        }
    });
    remove(profileId);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(c);
    return out;
}

} // namespace Profiles
