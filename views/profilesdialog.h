// Edits the endpoint profiles: the list (add, duplicate, delete, import, export) and a form for the selected one,
// with its token entered blind and kept by the TokenVault. Nothing is saved before OK.
#pragma once

#include "profiles/endpointprofile.h"
#include "profiles/tokenvault.h"

#include <QtWidgets/QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Profiles {
class ProfileStore;
}

namespace Views {

class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // The dialog does not own store or vault; the vault must outlive the dialog (tokens are stored after OK).
    ProfilesDialog(Profiles::ProfileStore *store, Profiles::TokenVault *vault, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // The id of the selected profile (after OK, also the store's current profile).
    [[nodiscard]] QString selectedProfileId() const;
    void selectProfile(const QString &id);

    // What the Import/Export buttons do after their file dialogs; false with the reason in *error.
    bool importFile(const QString &path, QStringList *warnings = nullptr, QString *error = nullptr);
    bool exportFile(const QString &path, QString *error = nullptr) const;

    // The profiles watched now: they are marked in the list, and "Stop watching" is offered for them.
    void setWatchedProfiles(const QStringList &ids);
    [[nodiscard]] QStringList watchedProfiles() const { return m_watched; }
    [[nodiscard]] QPushButton *stopWatchingButton() const { return m_stopWatching; }

    // The reasons why OK is disabled (empty when it is enabled).
    [[nodiscard]] QStringList problems() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The user asked to stop watching this profile's endpoint (at once, whatever OK or Cancel does later).
    void stopWatchingRequested(const QString &profileId);

private:
    struct Entry
    {
        Profiles::EndpointProfile profile;
        bool isNew = false;
        QString token;             // typed in this dialog; stored on OK
        bool tokenEdited = false;
    };

    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    void importClicked();
    void exportClicked();
    void browseCaFile();
    void currentRowChanged(int row);
    void formEdited();
    void refresh();
    void showKeychainState();
    QStringList entryProblems(int row) const;
    QString uniqueName(const QString &wanted, int exceptRow) const;
    int addEntry(Profiles::EndpointProfile p, bool isNew);

    Profiles::ProfileStore *m_store;
    Profiles::TokenVault *m_vault;
    QList<Entry> m_entries;
    QStringList m_removedIds;
    int m_row = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QPushButton *m_add, *m_duplicate, *m_delete, *m_import, *m_export, *m_stopWatching;
    QStringList m_watched;
    void updateWatchedMarks();
    QLineEdit *m_name, *m_url, *m_country, *m_party, *m_caFile, *m_token;
    QComboBox *m_kind;
    QSpinBox *m_interval, *m_connectTimeout, *m_readTimeout;
    QPushButton *m_browse;
    QCheckBox *m_insecure, *m_plainText;
    QLabel *m_keychainState, *m_plainWarning, *m_problems;
    QWidget *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace Views
