// The credentials token of each profile: in the system keychain (QtKeychain, service "ocpi-session-monitor",
// key = the profile's id); without a keychain, in memory for this session only; in a plain-text file (0600,
// apart from the settings) only when the caller passes StoreMode::PlainTextFile on the user's explicit choice.
// Tokens are never logged and never put into QSettings.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QString>

namespace Profiles {

// Where a token ended up (or was found).
enum class TokenLocation : quint8 { None, Keychain, Session, PlainTextFile };

// What is known about the system keychain.
enum class KeychainState : quint8 { Unknown, Available, Unavailable };

// How store() may keep a token.
enum class StoreMode : quint8 {
    KeychainOrSession, // the keychain; without one, in memory for this session (the default)
    SessionOnly,       // in memory only, never written anywhere
    PlainTextFile,     // a 0600 file in plainTextDirectory(): only on the user's explicit, warned choice
};

struct TokenResult
{
    bool ok = false;
    TokenLocation location = TokenLocation::None;
    QString error;         // why it failed or why the keychain was not used, in words (no token in it)
    bool notFound = false; // read: no token stored for this profile anywhere
};

class TokenVault : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView kService{"ocpi-session-monitor"};

    explicit TokenVault(QObject *parent = nullptr);
    ~TokenVault() override;

    // Where plain-text token files go (default: <AppDataLocation>/tokens, never the settings file).
    void setPlainTextDirectory(const QString &dir) { m_plainDir = dir; }
    [[nodiscard]] QString plainTextDirectory() const { return m_plainDir; }
    [[nodiscard]] QString plainTextFile(const QString &profileId) const;
    // false: the keychain is never tried (state Unavailable, "switched off").
    void setKeychainEnabled(bool enabled);

    [[nodiscard]] KeychainState keychainState() const { return m_state; }
    // The cause given by QtKeychain when the keychain is unavailable (empty otherwise).
    [[nodiscard]] QString keychainError() const { return m_keychainError; }
    // The keychain state in a sentence for the user.
    [[nodiscard]] QString stateText() const;

    // Asynchronous: each emits its signal once, later, from this object's thread.
    void probe();
    void store(const QString &profileId, const QString &token, StoreMode mode = StoreMode::KeychainOrSession);
    void read(const QString &profileId);
    void remove(const QString &profileId);

    // Blocking forms: run a local event loop until the keychain answers. Use them in a worker thread (the vault
    // living in it) or where re-entering the event loop is safe; never while a modal UI expects to stay put.
    KeychainState probeBlocking();
    TokenResult storeBlocking(const QString &profileId, const QString &token, StoreMode mode = StoreMode::KeychainOrSession);
    TokenResult readBlocking(const QString &profileId, QString *token);
    TokenResult removeBlocking(const QString &profileId);

Q_SIGNALS:
    void keychainStateChanged(Profiles::KeychainState state);
    void probed(Profiles::KeychainState state);
    void stored(const QString &profileId, const Profiles::TokenResult &result);
    void tokenRead(const QString &profileId, const QString &token, const Profiles::TokenResult &result);
    void removed(const QString &profileId, const Profiles::TokenResult &result);

private:
    struct KeychainAnswer
    {
        int error = 0; // QKeychain::Error
        QString errorString;
        QString text;
    };
    enum class Op : quint8 { Read, Write, Delete };
    template<typename Done>
    void runJob(Op op, const QString &key, const QString &text, Done done);
    void setState(KeychainState s, const QString &error);
    void noteAnswer(const KeychainAnswer &a);
    [[nodiscard]] bool writePlainText(const QString &profileId, const QString &token, QString *error) const;
    [[nodiscard]] bool readPlainText(const QString &profileId, QString *token) const;
    bool removePlainText(const QString &profileId) const;

    QString m_plainDir;
    QHash<QString, QString> m_session; // profile id -> token, this session only
    KeychainState m_state = KeychainState::Unknown;
    QString m_keychainError;
    bool m_keychainEnabled = true;
};

} // namespace Profiles

Q_DECLARE_METATYPE(Profiles::TokenResult)
