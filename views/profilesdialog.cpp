#include "profilesdialog.h"

#include "profiles/profilejson.h"
#include "profiles/profilestore.h"

#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QSignalBlocker>
#include <QtCore/QUuid>
#include <QtGui/QFont>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using Profiles::EndpointProfile;
using Profiles::KeychainState;
using Profiles::StoreMode;

namespace Views {

namespace {

template<typename W>
W *named(W *w, const QString &accessibleName)
{
    w->setAccessibleName(accessibleName);
    return w;
}

QSpinBox *secondsBox(int min, int max, const QString &name)
{
    auto *s = named(new QSpinBox, name);
    s->setRange(min, max);
    //: The unit after a number of seconds in a spin box.
    s->setSuffix(QCoreApplication::translate("Views::ProfilesDialog", " s"));
    return s;
}

} // namespace

ProfilesDialog::ProfilesDialog(Profiles::ProfileStore *store, Profiles::TokenVault *vault, QWidget *parent)
    : QDialog(parent), m_store(store), m_vault(vault)
{
    setWindowTitle(tr("Endpoint profiles"));

    m_list = named(new QListWidget, tr("Profiles"));
    m_add = named(new QPushButton(tr("&Add")), tr("Add a profile"));
    m_duplicate = named(new QPushButton(tr("D&uplicate")), tr("Duplicate the selected profile"));
    m_delete = named(new QPushButton(tr("&Delete")), tr("Delete the selected profile"));
    m_stopWatching = named(new QPushButton(tr("Stop &watching")), tr("Stop watching the selected profile's endpoint"));
    m_stopWatching->setToolTip(tr("Stop polling this endpoint now; its sessions stay in the table"));
    m_import = named(new QPushButton(tr("&Import…")), tr("Import profiles from a JSON file"));
    m_export = named(new QPushButton(tr("E&xport…")), tr("Export the profiles to a JSON file, without tokens"));

    m_name = named(new QLineEdit, tr("Profile name"));
    m_url = named(new QLineEdit, tr("Endpoint URL"));
    m_url->setPlaceholderText(tr("https://cpo.example/ocpi/versions"));
    m_kind = named(new QComboBox, tr("What the URL points at"));
    m_kind->addItem(tr("Detect from the answer"), int(Ocpi::Net::EndpointKind::Auto));
    m_kind->addItem(tr("Versions endpoint"), int(Ocpi::Net::EndpointKind::Versions));
    m_kind->addItem(tr("Version details endpoint"), int(Ocpi::Net::EndpointKind::VersionDetails));
    m_kind->addItem(tr("Sessions endpoint"), int(Ocpi::Net::EndpointKind::Sessions));
    m_country = named(new QLineEdit, tr("Party country code"));
    m_country->setMaxLength(2);
    //: Placeholder of the party's country code field.
    m_country->setPlaceholderText(tr("NL"));
    m_party = named(new QLineEdit, tr("Party id"));
    m_party->setMaxLength(3);
    //: Placeholder of the party id field.
    m_party->setPlaceholderText(tr("TNM"));
    m_interval = secondsBox(EndpointProfile::kMinInterval, EndpointProfile::kMaxInterval, tr("Poll interval in seconds"));
    m_connectTimeout = secondsBox(EndpointProfile::kMinTimeout, EndpointProfile::kMaxTimeout, tr("Connect timeout in seconds"));
    m_readTimeout = secondsBox(EndpointProfile::kMinTimeout, EndpointProfile::kMaxTimeout, tr("Read timeout in seconds"));
    m_caFile = named(new QLineEdit, tr("Trusted certificate file"));
    m_caFile->setPlaceholderText(tr("Only for a test endpoint with its own CA"));
    m_browse = named(new QPushButton(tr("&Browse…")), tr("Choose the trusted certificate file"));
    m_insecure = named(new QCheckBox(tr("Allow plain http:// to this host (the token travels unencrypted)")),
                       tr("Allow plain http to a host that is not this computer"));
    m_token = named(new QLineEdit, tr("Token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_token->setContextMenuPolicy(Qt::NoContextMenu);
    m_token->setPlaceholderText(tr("Type a token to set or replace it"));
    m_keychainState = named(new QLabel, tr("Where the token is kept"));
    m_keychainState->setWordWrap(true);
    m_plainText = named(new QCheckBox(tr("Store the token in a plain-text file instead")),
                        tr("Store the token in a plain-text file"));
    m_plainWarning = named(new QLabel(tr("Warning: anyone who can read your files can read the token in that file. "
                                         "Choose this only if you cannot enter the token in every session.")),
                           tr("Plain-text warning"));
    m_plainWarning->setWordWrap(true);
    m_problems = named(new QLabel, tr("Problems of the profile"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *party = new QHBoxLayout;
    party->addWidget(m_country);
    party->addWidget(m_party, 1);
    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_browse);

    m_form = new QWidget;
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("URL &points at:"), m_kind);
    auto *partyLabel = new QLabel(tr("&Party (country, id):"));
    partyLabel->setBuddy(m_country);
    form->addRow(partyLabel, party);
    form->addRow(tr("Poll &interval:"), m_interval);
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    form->addRow(tr("&Read timeout:"), m_readTimeout);
    auto *caLabel = new QLabel(tr("Trusted &certificate:"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, ca);
    form->addRow(QString(), m_insecure);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_keychainState);
    form->addRow(QString(), m_plainText);
    form->addRow(QString(), m_plainWarning);
    form->addRow(QString(), m_problems);

    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_duplicate, m_delete})
        listButtons->addWidget(b);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(m_export);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addLayout(fileButtons);
    left->addWidget(m_stopWatching);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the profiles"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the profiles and watch the selected one, beside those watched already"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Discard the changes"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_form, 2);
    auto *top = new QVBoxLayout(this);
    top->addLayout(columns);
    top->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfilesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_stopWatching, &QPushButton::clicked, this, [this] {
        const QString id = selectedProfileId();
        if (id.isEmpty() || !m_watched.removeAll(id))
            return;
        Q_EMIT stopWatchingRequested(id);
        updateWatchedMarks();
    });
    connect(m_import, &QPushButton::clicked, this, &ProfilesDialog::importClicked);
    connect(m_export, &QPushButton::clicked, this, &ProfilesDialog::exportClicked);
    connect(m_browse, &QPushButton::clicked, this, &ProfilesDialog::browseCaFile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::currentRowChanged);
    for (QLineEdit *e : {m_name, m_url, m_country, m_party, m_caFile, m_token})
        connect(e, &QLineEdit::textEdited, this, &ProfilesDialog::formEdited);
    for (QSpinBox *s : {m_interval, m_connectTimeout, m_readTimeout})
        connect(s, &QSpinBox::valueChanged, this, &ProfilesDialog::formEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfilesDialog::formEdited);
    connect(m_insecure, &QCheckBox::toggled, this, &ProfilesDialog::formEdited);
    connect(m_plainText, &QCheckBox::toggled, this, &ProfilesDialog::showKeychainState);
    connect(m_vault, &Profiles::TokenVault::keychainStateChanged, this, &ProfilesDialog::showKeychainState);

    const QList<EndpointProfile> all = m_store->profiles();
    for (const EndpointProfile &p : all)
        addEntry(p, false);
    const QString current = m_store->currentId();
    m_list->setCurrentRow(0);
    if (!current.isEmpty())
        selectProfile(current);
    if (m_entries.isEmpty())
        currentRowChanged(-1);
    showKeychainState();
    if (m_vault->keychainState() == KeychainState::Unknown)
        m_vault->probe();
}

ProfilesDialog::~ProfilesDialog() = default;

int ProfilesDialog::addEntry(EndpointProfile p, bool isNew)
{
    m_entries.append(Entry{std::move(p), isNew, {}, false});
    m_list->addItem(m_entries.constLast().profile.name);
    return int(m_entries.size()) - 1;
}

QString ProfilesDialog::uniqueName(const QString &wanted, int exceptRow) const
{
    auto taken = [&](const QString &n) {
        for (int i = 0; i < m_entries.size(); ++i)
            if (i != exceptRow && m_entries.at(i).profile.name == n)
                return true;
        return false;
    };
    if (!taken(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(wanted).arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

void ProfilesDialog::addProfile()
{
    EndpointProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    //: The name of a new endpoint profile.
    p.name = uniqueName(tr("New profile"), -1);
    m_list->setCurrentRow(addEntry(p, true));
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesDialog::duplicateProfile()
{
    if (m_row < 0)
        return;
    EndpointProfile p = m_entries.at(m_row).profile;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = uniqueName(tr("%1 (copy)").arg(p.name), -1);
    m_list->setCurrentRow(addEntry(p, true));
}

void ProfilesDialog::deleteProfile()
{
    if (m_row < 0)
        return;
    const int row = m_row;
    if (!m_entries.at(row).isNew)
        m_removedIds << m_entries.at(row).profile.id;
    m_row = -1;
    {
        const QSignalBlocker blocker(m_list); // the entry and its item leave together; the form follows below
        m_entries.removeAt(row);
        delete m_list->takeItem(row);
    }
    currentRowChanged(m_list->currentRow());
}

void ProfilesDialog::currentRowChanged(int row)
{
    m_row = row;
    m_loading = true;
    const bool has = row >= 0 && row < m_entries.size();
    m_form->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
    m_stopWatching->setEnabled(has && m_watched.contains(m_entries.at(row).profile.id));
    const EndpointProfile p = has ? m_entries.at(row).profile : EndpointProfile();
    m_name->setText(p.name);
    m_url->setText(p.url.toString());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(p.endpointKind))));
    m_country->setText(p.countryCode);
    m_party->setText(p.partyId);
    m_interval->setValue(p.intervalSecs);
    m_connectTimeout->setValue(p.connectTimeoutSecs);
    m_readTimeout->setValue(p.readTimeoutSecs);
    m_caFile->setText(p.caFile);
    m_insecure->setChecked(p.allowInsecureHttp);
    // The token is never shown, not even masked: the field only takes a new one.
    m_token->clear();
    m_loading = false;
    refresh();
}

void ProfilesDialog::formEdited()
{
    if (m_loading || m_row < 0)
        return;
    Entry &e = m_entries[m_row];
    EndpointProfile &p = e.profile;
    p.name = m_name->text().trimmed();
    p.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    p.endpointKind = Ocpi::Net::EndpointKind(m_kind->currentData().toInt());
    p.countryCode = m_country->text().trimmed();
    p.partyId = m_party->text().trimmed();
    p.intervalSecs = m_interval->value();
    p.connectTimeoutSecs = m_connectTimeout->value();
    p.readTimeoutSecs = m_readTimeout->value();
    p.caFile = m_caFile->text().trimmed();
    p.allowInsecureHttp = m_insecure->isChecked();
    if (m_token->isModified()) {
        e.token = m_token->text();
        e.tokenEdited = true;
    }
    m_list->item(m_row)->setText(p.name);
    refresh();
}

QStringList ProfilesDialog::entryProblems(int row) const
{
    const EndpointProfile &p = m_entries.at(row).profile;
    QStringList out = p.problems();
    if (!p.name.isEmpty() && uniqueName(p.name, row) != p.name)
        out << tr("Another profile is already called \"%1\".").arg(p.name);
    return out;
}

QStringList ProfilesDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QStringList own = entryProblems(i);
        if (own.isEmpty())
            continue;
        if (i == m_row)
            out = own + out;
        else
            out << tr("Profile \"%1\" has problems too.").arg(m_entries.at(i).profile.name);
    }
    return out;
}

void ProfilesDialog::refresh()
{
    const QStringList reasons = problems();
    m_problems->setText(reasons.join(u'\n'));
    m_problems->setVisible(!reasons.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
    const bool insecure = m_row >= 0 && m_entries.at(m_row).profile.isInsecureRemoteHttp();
    m_insecure->setVisible(insecure || m_insecure->isChecked());
}

void ProfilesDialog::showKeychainState()
{
    m_keychainState->setText(m_vault->stateText());
    const bool noKeychain = m_vault->keychainState() == KeychainState::Unavailable;
    m_plainText->setVisible(noKeychain);
    if (!noKeychain)
        m_plainText->setChecked(false);
    m_plainWarning->setVisible(noKeychain && m_plainText->isChecked());
}

void ProfilesDialog::setWatchedProfiles(const QStringList &ids)
{
    m_watched = ids;
    updateWatchedMarks();
}

void ProfilesDialog::updateWatchedMarks()
{
    for (int i = 0; i < m_entries.size() && i < m_list->count(); ++i) {
        const bool watched = m_watched.contains(m_entries.at(i).profile.id);
        m_list->item(i)->setToolTip(watched ? tr("Watched now") : QString());
        QFont font = m_list->item(i)->font();
        font.setBold(watched);
        m_list->item(i)->setFont(font);
    }
    m_stopWatching->setEnabled(m_row >= 0 && m_row < m_entries.size() && m_watched.contains(m_entries.at(m_row).profile.id));
}

QString ProfilesDialog::selectedProfileId() const
{
    return m_row >= 0 ? m_entries.at(m_row).profile.id : QString();
}

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).profile.id == id)
            m_list->setCurrentRow(i);
}

void ProfilesDialog::browseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trusted certificate file"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    m_caFile->setText(path);
    formEdited();
}

bool ProfilesDialog::importFile(const QString &path, QStringList *warnings, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const Profiles::ProfileImport in = Profiles::ProfileJson::read(f.readAll());
    if (warnings)
        *warnings = in.warnings;
    if (!in.error.isEmpty()) {
        if (error)
            *error = in.error;
        return false;
    }
    int last = -1;
    for (EndpointProfile p : in.profiles) {
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.name = uniqueName(p.name, -1);
        last = addEntry(p, true);
    }
    if (last >= 0)
        m_list->setCurrentRow(last);
    refresh();
    return true;
}

bool ProfilesDialog::exportFile(const QString &path, QString *error) const
{
    QList<EndpointProfile> all;
    for (const Entry &e : m_entries)
        all << e.profile;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(Profiles::ProfileJson::write(all)) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void ProfilesDialog::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList warnings;
    QString error;
    if (!importFile(path, &warnings, &error))
        QMessageBox::warning(this, tr("Import profiles"), error);
    else if (!warnings.isEmpty())
        QMessageBox::information(this, tr("Import profiles"), warnings.join(u'\n'));
}

void ProfilesDialog::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export profiles"), tr("profiles.json"),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFile(path, &error))
        QMessageBox::warning(this, tr("Export profiles"), error);
}

void ProfilesDialog::accept()
{
    if (!problems().isEmpty())
        return;
    for (const QString &id : std::as_const(m_removedIds)) {
        m_store->remove(id);
        m_vault->remove(id);
    }
    const StoreMode mode = m_vault->keychainState() == KeychainState::Unavailable && m_plainText->isChecked() ? StoreMode::PlainTextFile
                                                                                : StoreMode::KeychainOrSession;
    for (Entry &e : m_entries) {
        if (e.isNew)
            e.profile.id = m_store->add(e.profile);
        else
            m_store->update(e.profile);
        if (e.tokenEdited) {
            if (e.token.isEmpty())
                m_vault->remove(e.profile.id);
            else
                m_vault->store(e.profile.id, e.token, mode);
            e.token.clear();
        }
    }
    if (const QString id = selectedProfileId(); !id.isEmpty())
        m_store->setCurrentId(id);
    QDialog::accept();
}

} // namespace Views
