// The endpoint profiles kept in QSettings (group "profiles"), and which one is current. Never a token.
#pragma once

#include "endpointprofile.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSettings>

#include <memory>

namespace Profiles {

class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // Uses the application's default QSettings.
    explicit ProfileStore(QObject *parent = nullptr);
    // Uses the given settings file (INI format), e.g. in tests.
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] QList<EndpointProfile> profiles() const; // sorted by name
    [[nodiscard]] std::optional<EndpointProfile> profile(const QString &id) const;
    [[nodiscard]] std::optional<EndpointProfile> profileByName(const QString &name) const;

    // Adds a copy of p, with a new id when p has none or its id is taken, and a name made unique
    // ("name (2)"); returns the id.
    QString add(EndpointProfile p);
    // Replaces the profile with p.id; false when there is none or p.name is taken by another profile.
    bool update(const EndpointProfile &p, QString *error = nullptr);
    // A copy named "<name> (copy)" (made unique) with a new id; returns the id or an empty string.
    QString duplicate(const QString &id);
    bool rename(const QString &id, const QString &newName, QString *error = nullptr);
    // Removes the profile (the caller removes its token from the TokenVault).
    bool remove(const QString &id);

    [[nodiscard]] QString currentId() const;
    void setCurrentId(const QString &id);

    [[nodiscard]] QString uniqueName(const QString &wanted, const QString &exceptId = {}) const;
    [[nodiscard]] QString fileName() const { return m_settings->fileName(); }

Q_SIGNALS:
    void changed();

private:
    void write(const EndpointProfile &p);
    [[nodiscard]] std::optional<EndpointProfile> read(const QString &id) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Profiles
