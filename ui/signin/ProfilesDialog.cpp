#include "ui/signin/ProfilesDialog.h"

#include "app/auth/ProfileStore.h"
#include "app/auth/ScopePresets.h"
#include "app/auth/TokenStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace ccri {

using auth::ServerProfile;

ProfilesDialog::ProfilesDialog(auth::ProfileStore* profiles, auth::TokenStore* tokens, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_tokens(tokens)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_fhirBase(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientType(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_policy(new QComboBox(this))
    , m_scopes(new QPlainTextEdit(this))
    , m_preset(new QComboBox(this))
    , m_pick(new QComboBox(this))
    , m_pkce(new QComboBox(this))
    , m_redirect(new QLineEdit(this))
    , m_signInMode(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Server profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_fhirBase->setObjectName(QStringLiteral("profileFhirBase"));
    m_clientId->setObjectName(QStringLiteral("profileClientId"));
    m_clientType->setObjectName(QStringLiteral("profileClientType"));
    m_secret->setObjectName(QStringLiteral("profileSecret"));
    m_policy->setObjectName(QStringLiteral("profilePolicy"));
    m_scopes->setObjectName(QStringLiteral("profileScopes"));
    m_preset->setObjectName(QStringLiteral("profilePreset"));
    m_pick->setObjectName(QStringLiteral("profileScopePicker"));
    m_pkce->setObjectName(QStringLiteral("profilePkce"));
    m_redirect->setObjectName(QStringLiteral("profileRedirectUri"));
    m_signInMode->setObjectName(QStringLiteral("profileSignInMode"));
    m_caFile->setObjectName(QStringLiteral("profileCaFile"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);

    m_clientType->addItem(tr("Public (PKCE, no secret)"),
                          ServerProfile::clientTypeName(ServerProfile::ClientType::Public));
    m_clientType->addItem(tr("Confidential (secret in the keychain)"),
                          ServerProfile::clientTypeName(ServerProfile::ClientType::Confidential));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Leave empty to keep the saved secret"));
    m_policy->setEditable(true);
    m_policy->addItem(QStringLiteral("ccri"));
    m_policy->addItem(QStringLiteral("smart"));
    m_policy->setToolTip(tr("ccri, smart, or the path of a policy JSON file"));
    m_policy->lineEdit()->setAccessibleName(tr("Policy"));
    m_pkce->addItem(tr("Auto (unless the server rules out S256)"),
                    ServerProfile::pkceModeName(ServerProfile::PkceMode::Auto));
    m_pkce->addItem(tr("Always (S256)"), ServerProfile::pkceModeName(ServerProfile::PkceMode::Always));
    m_pkce->addItem(tr("Off"), ServerProfile::pkceModeName(ServerProfile::PkceMode::Off));
    m_signInMode->addItem(tr("Embedded browser"),
                          ServerProfile::signInModeName(ServerProfile::SignInMode::EmbeddedBrowser));
    m_signInMode->addItem(tr("System browser"),
                          ServerProfile::signInModeName(ServerProfile::SignInMode::SystemBrowser));
    m_signInMode->addItem(tr("Client credentials (system, no user)"),
                          ServerProfile::signInModeName(ServerProfile::SignInMode::ClientCredentials));
    m_preset->addItem(tr("Presets for a demo role…"));
    for (const auto& [role, scopes] : auth::ScopePresets::demoRoles())
        m_preset->addItem(role, scopes);
    m_scopes->setTabChangesFocus(true);
    m_scopes->setAccessibleName(tr("Scopes to request"));
    m_list->setAccessibleName(tr("Server profiles"));
    m_preset->setAccessibleName(tr("Scope presets for a demo role"));
    m_pick->setAccessibleName(tr("Add a scope the policy names"));

    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("profileAdd"));
    auto* duplicate = new QPushButton(tr("Duplicate"), this);
    duplicate->setObjectName(QStringLiteral("profileDuplicate"));
    m_remove->setObjectName(QStringLiteral("profileRemove"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(m_remove);
    auto* listLabel = new QLabel(tr("Profi&les:"), this);
    listLabel->setBuddy(m_list);
    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(m_preset);
    pickers->addWidget(m_pick, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&FHIR base URL:"), m_fhirBase);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("Client &type:"), m_clientType);
    form->addRow(tr("Client &secret:"), m_secret);
    form->addRow(tr("&Policy:"), m_policy);
    form->addRow(tr("Sco&pes:"), m_scopes);
    form->addRow(QString(), pickers);
    form->addRow(tr("P&KCE:"), m_pkce);
    form->addRow(tr("&Redirect URI:"), m_redirect);
    form->addRow(tr("Sign-in &mode:"), m_signInMode);
    form->addRow(tr("Trusted &CA file:"), m_caFile);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton* use = buttons->addButton(tr("&Use this profile"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("profileUse"));
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    right->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_preset, &QComboBox::activated, this, &ProfilesDialog::applyPreset);
    connect(m_pick, &QComboBox::activated, this, &ProfilesDialog::pickScope);
    connect(m_policy, &QComboBox::currentTextChanged, this, [this](const QString& policy) {
        m_pick->clear();
        m_pick->addItem(tr("Add a scope the policy names…"));
        m_pick->addItems(auth::ScopePresets::pickable(policy));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (auto profile = m_profiles->profile(id))
            showProfile(*profile);
    });
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        // The in-process sandbox enforces the policy it was started with.
        const bool newSandboxPolicy = m_loaded.inProcessSandbox && formProfile().policy != m_loaded.policy;
        QString error;
        if (!saveCurrent(&error))
            setStatus(error);
        else if (newSandboxPolicy)
            setStatus(tr("Saved. The local sandbox takes the new policy at the next sign-in: it restarts then, "
                         "and a session with it ends."));
        else
            setStatus(tr("Saved."));
    });
    connect(use, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveCurrent(&error)) {
            setStatus(error);
            return;
        }
        emit profileChosen(m_currentId);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);

    m_policy->setCurrentIndex(-1);
    m_policy->setCurrentIndex(0);
    reload(QString());
    resize(900, 560);
}

void ProfilesDialog::reload(const QString& selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = 0;
    for (const ServerProfile& profile : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(profile.displayName, m_list);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == selectId)
            selectRow = m_list->count() - 1;
    }
    m_list->setCurrentRow(selectRow);
    if (auto* item = m_list->currentItem()) {
        if (auto profile = m_profiles->profile(item->data(Qt::UserRole).toString()))
            showProfile(*profile);
    }
}

void ProfilesDialog::selectProfile(const QString& id)
{
    reload(id);
}

void ProfilesDialog::showProfile(const ServerProfile& profile)
{
    m_loaded = profile;
    m_currentId = profile.id;
    m_name->setText(profile.displayName);
    m_fhirBase->setText(profile.fhirBase.toString());
    m_fhirBase->setReadOnly(profile.inProcessSandbox);
    m_fhirBase->setToolTip(profile.inProcessSandbox ? tr("The in-process sandbox picks a free port at every start.")
                                                    : QString());
    m_clientId->setText(profile.clientId);
    m_clientType->setCurrentIndex(m_clientType->findData(ServerProfile::clientTypeName(profile.clientType)));
    m_secret->clear();
    m_policy->setCurrentText(profile.policy);
    m_scopes->setPlainText(profile.scopes);
    m_pkce->setCurrentIndex(m_pkce->findData(ServerProfile::pkceModeName(profile.pkceMode)));
    m_redirect->setText(profile.redirectUri.toString());
    m_signInMode->setCurrentIndex(m_signInMode->findData(ServerProfile::signInModeName(profile.signInMode)));
    m_caFile->setText(profile.trustedCaFile);
    m_remove->setEnabled(!profile.builtin);
    setStatus(profile.builtin ? tr("A built-in profile: it can be edited and duplicated, not removed.") : QString());
}

ServerProfile ProfilesDialog::formProfile() const
{
    ServerProfile profile = m_loaded;
    profile.id = m_currentId;
    profile.displayName = m_name->text().trimmed();
    profile.fhirBase = QUrl(m_fhirBase->text().trimmed(), QUrl::StrictMode);
    profile.clientId = m_clientId->text().trimmed();
    profile.clientType = ServerProfile::clientTypeFromName(m_clientType->currentData().toString());
    profile.policy = m_policy->currentText().trimmed();
    profile.scopes = m_scopes->toPlainText().simplified();
    profile.pkceMode = ServerProfile::pkceModeFromName(m_pkce->currentData().toString());
    profile.redirectUri = QUrl(m_redirect->text().trimmed(), QUrl::StrictMode);
    profile.signInMode = ServerProfile::signInModeFromName(m_signInMode->currentData().toString());
    profile.trustedCaFile = m_caFile->text().trimmed();
    return profile;
}

bool ProfilesDialog::saveCurrent(QString* error)
{
    const ServerProfile profile = formProfile();
    if (!profile.isValid(error))
        return false;
    m_profiles->save(profile);
    m_profiles->sync();
    if (!m_secret->text().isEmpty()) {
        m_tokens->saveText(
            profile.secretKey(), m_secret->text(), [this](auth::TokenStore::Result result, const QString& e) {
                if (result == auth::TokenStore::Result::Failed)
                    setStatus(e);
                else if (result == auth::TokenStore::Result::InMemoryOnly)
                    setStatus(tr("No keychain on this computer: the secret is kept only until the explorer closes."));
            });
        m_secret->clear();
    }
    m_loaded = profile;
    const QSignalBlocker blocker(m_list);
    if (auto* item = m_list->currentItem())
        item->setText(profile.displayName);
    return true;
}

void ProfilesDialog::addProfile()
{
    ServerProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.displayName = tr("New server");
    profile.fhirBase = QUrl(QStringLiteral("https://"));
    profile.clientId = QStringLiteral("ccri-explorer");
    profile.scopes = ServerProfile::defaultScopes(profile.policy);
    profile.redirectUri = ServerProfile::defaultRedirectUri(profile.signInMode);
    m_list->addItem(profile.displayName);
    m_list->item(m_list->count() - 1)->setData(Qt::UserRole, profile.id);
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_list->count() - 1);
    }
    showProfile(profile);
    setStatus(tr("Fill in the server's details, then Save."));
    m_fhirBase->setFocus();
}

void ProfilesDialog::duplicateProfile()
{
    const ServerProfile copy = m_profiles->duplicate(formProfile());
    m_profiles->save(copy);
    m_profiles->sync();
    reload(copy.id);
}

void ProfilesDialog::removeProfile()
{
    QString error;
    if (!m_profiles->remove(m_currentId, &error)) {
        setStatus(error);
        return;
    }
    m_tokens->remove(m_loaded.secretKey());
    m_profiles->sync();
    reload(QString());
}

void ProfilesDialog::applyPreset(int index)
{
    if (index <= 0)
        return;
    m_scopes->setPlainText(m_preset->itemData(index).toString());
    m_preset->setCurrentIndex(0);
}

void ProfilesDialog::pickScope(int index)
{
    if (index <= 0)
        return;
    QStringList scopes = m_scopes->toPlainText().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString scope = m_pick->itemText(index);
    if (!scopes.contains(scope))
        scopes << scope;
    m_scopes->setPlainText(scopes.join(QLatin1Char(' ')));
    m_pick->setCurrentIndex(0);
}

void ProfilesDialog::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace ccri
