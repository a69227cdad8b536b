#include "ui/signin/ProfilesDialog.h"

#include "app/auth/ClientRegistration.h"
#include "app/auth/Discovery.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/ScopePresets.h"
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenStore.h"
#include "app/cli/ExportJwksCommand.h"
#include "app/crypto/JwkSet.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QtConcurrent>
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
    , m_extraHeaders(new QPlainTextEdit(this))
    , m_signingAlg(new QComboBox(this))
    , m_keyStatus(new QLabel(this))
    , m_generateKey(new QPushButton(tr("&Generate key"), this))
    , m_importKey(new QPushButton(tr("&Import PEM…"), this))
    , m_copyJwks(new QPushButton(tr("Cop&y public JWK Set"), this))
    , m_saveJwks(new QPushButton(tr("Save public &JWK Set…"), this))
    , m_register(new QPushButton(tr("Register this app with the ser&ver"), this))
    , m_keyRow(new QWidget(this))
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
    m_extraHeaders->setObjectName(QStringLiteral("profileExtraHeaders"));
    m_extraHeaders->setAccessibleName(tr("Extra request headers"));
    m_extraHeaders->setTabChangesFocus(true);
    m_extraHeaders->setMaximumHeight(m_extraHeaders->fontMetrics().lineSpacing() * 4);
    m_extraHeaders->setPlaceholderText(tr("One a line, e.g. X-Request-ID: {uuid}"));
    m_extraHeaders->setToolTip(tr("Extra headers sent with every request to this server, one \"Name: value\" a "
                                  "line; {uuid} becomes a fresh UUID for each request. Authorization cannot be set "
                                  "here."));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_signingAlg->setObjectName(QStringLiteral("profileSigningAlg"));
    m_keyStatus->setObjectName(QStringLiteral("profileKeyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generateKey->setObjectName(QStringLiteral("profileGenerateKey"));
    m_importKey->setObjectName(QStringLiteral("profileImportKey"));
    m_copyJwks->setObjectName(QStringLiteral("profileCopyJwks"));
    m_saveJwks->setObjectName(QStringLiteral("profileSaveJwks"));
    m_register->setObjectName(QStringLiteral("profileRegister"));
    m_signingAlg->setAccessibleName(tr("Signing algorithm"));
    m_keyStatus->setAccessibleName(tr("Signing key"));
    m_generateKey->setAccessibleName(tr("Generate a signing key"));
    m_importKey->setAccessibleName(tr("Import a PEM private key"));
    m_copyJwks->setAccessibleName(tr("Copy the public JWK Set"));
    m_saveJwks->setAccessibleName(tr("Save the public JWK Set to a file"));
    m_register->setAccessibleName(tr("Register this app with the server"));
    // SMART App Launch 2.2: RS384 and ES384 at least; NHS England asks for RS512.
    m_signingAlg->addItem(tr("RS384 (RSA, the SMART default)"), QStringLiteral("RS384"));
    m_signingAlg->addItem(tr("ES384 (elliptic curve P-384)"), QStringLiteral("ES384"));
    m_signingAlg->addItem(tr("RS512 (RSA 4096, NHS England)"), QStringLiteral("RS512"));
    m_signingAlg->addItem(tr("RS256 (RSA)"), QStringLiteral("RS256"));
    auto* keyLayout = new QVBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyStatus);
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_generateKey);
    keyButtons->addWidget(m_importKey);
    keyLayout->addLayout(keyButtons);
    auto* jwksButtons = new QHBoxLayout;
    jwksButtons->addWidget(m_copyJwks);
    jwksButtons->addWidget(m_saveJwks);
    jwksButtons->addWidget(m_register);
    keyLayout->addLayout(jwksButtons);

    m_clientType->addItem(tr("Public (PKCE, no secret)"),
                          ServerProfile::clientTypeName(ServerProfile::ClientType::Public));
    m_clientType->addItem(tr("Confidential (secret in the keychain)"),
                          ServerProfile::clientTypeName(ServerProfile::ClientType::Confidential));
    m_clientType->addItem(tr("Confidential, signed JWT (private key in the keychain)"),
                          ServerProfile::clientTypeName(ServerProfile::ClientType::SignedJwt));
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
    form->addRow(tr("Signing &algorithm:"), m_signingAlg);
    form->addRow(tr("Signing key:"), m_keyRow);
    form->addRow(tr("&Policy:"), m_policy);
    form->addRow(tr("Sco&pes:"), m_scopes);
    form->addRow(QString(), pickers);
    form->addRow(tr("P&KCE:"), m_pkce);
    form->addRow(tr("&Redirect URI:"), m_redirect);
    form->addRow(tr("Sign-in &mode:"), m_signInMode);
    form->addRow(tr("Trusted &CA file:"), m_caFile);
    form->addRow(tr("E&xtra headers:"), m_extraHeaders);

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
    connect(m_clientType, &QComboBox::currentIndexChanged, this, &ProfilesDialog::showClientType);
    connect(m_generateKey, &QPushButton::clicked, this, &ProfilesDialog::generateKey);
    connect(m_importKey, &QPushButton::clicked, this, &ProfilesDialog::importKey);
    connect(m_copyJwks, &QPushButton::clicked, this, &ProfilesDialog::copyJwkSet);
    connect(m_saveJwks, &QPushButton::clicked, this, &ProfilesDialog::saveJwkSet);
    connect(m_register, &QPushButton::clicked, this, &ProfilesDialog::registerWithServer);
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
    m_extraHeaders->setPlainText(profile.extraHeaders.join(QLatin1Char('\n')));
    m_signingAlg->setCurrentIndex(std::max(0, m_signingAlg->findData(profile.signingAlgorithm)));
    m_key.reset();
    m_keyChanged = false;
    showKey();
    if (profile.clientType == ServerProfile::ClientType::SignedJwt) {
        QPointer<ProfilesDialog> self(this);
        const QString id = profile.id;
        auth::SigningKeyStore::load(
            m_tokens, profile,
            [self, id](std::optional<crypto::SigningKey> key, auth::TokenStore::Result, const QString&) {
                if (!self || self->m_currentId != id || self->m_keyChanged)
                    return;
                self->m_key = std::move(key);
                self->showKey();
            });
    }
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
    profile.extraHeaders = m_extraHeaders->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    profile.signingAlgorithm = m_signingAlg->currentData().toString();
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
    if (m_key && m_keyChanged && profile.clientType == ServerProfile::ClientType::SignedJwt) {
        // The private key goes to the keychain only (no keychain: this session's memory, said).
        auth::SigningKeyStore::save(
            m_tokens, profile, *m_key,
            [self = QPointer<ProfilesDialog>(this)](auth::TokenStore::Result result, const QString& e) {
                if (!self)
                    return;
                if (result == auth::TokenStore::Result::Failed)
                    self->setStatus(e);
                else if (result == auth::TokenStore::Result::InMemoryOnly)
                    self->setStatus(tr("No keychain on this computer: the private key is kept "
                                       "only until the explorer closes."));
            });
        m_keyChanged = false;
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
    m_tokens->removeAll({m_loaded.secretKey(), m_loaded.signingKeyKey()});
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

void ProfilesDialog::showClientType()
{
    const bool signedJwt
        = m_clientType->currentData().toString() == ServerProfile::clientTypeName(ServerProfile::ClientType::SignedJwt);
    m_secret->setEnabled(m_clientType->currentData().toString()
                         == ServerProfile::clientTypeName(ServerProfile::ClientType::Confidential));
    m_signingAlg->setEnabled(signedJwt);
    m_keyRow->setEnabled(signedJwt);
}

void ProfilesDialog::showKey()
{
    showClientType();
    m_copyJwks->setEnabled(m_key.has_value());
    m_saveJwks->setEnabled(m_key.has_value());
    m_register->setEnabled(m_key.has_value());
    if (!m_key) {
        m_keyStatus->setText(tr("No key yet: generate one, or import a PEM private key."));
        return;
    }
    m_keyStatus->setText(tr("%1 key, kid %2 (its RFC 7638 thumbprint)%3")
                             .arg(m_key->algorithm().name(), m_key->kid(),
                                  m_keyChanged ? tr(" — not saved yet: Save puts it in the keychain.") : QString()));
}

void ProfilesDialog::generateKey()
{
    const auto algorithm = crypto::JwsAlgorithm::fromName(m_signingAlg->currentData().toString());
    if (!algorithm)
        return;
    // An RSA 4096 key takes a moment: made off the GUI thread.
    m_generateKey->setEnabled(false);
    setStatus(tr("Making a %1 key…").arg(algorithm->name()));
    auto* watcher = new QFutureWatcher<std::optional<crypto::SigningKey>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_generateKey->setEnabled(true);
        const auto key = watcher->result();
        if (!key) {
            setStatus(tr("The key could not be made."));
            return;
        }
        m_key = key;
        m_keyChanged = true;
        showKey();
        setStatus(tr("A new key: Save to keep it in the keychain, then register its public JWK Set with the server."));
    });
    watcher->setFuture(QtConcurrent::run([algorithm = *algorithm] { return crypto::SigningKey::generate(algorithm); }));
}

void ProfilesDialog::importKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a private key"), QString(),
                                                      tr("PEM private keys (*.pem *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    auto key = auth::SigningKeyStore::readPemFile(path, m_signingAlg->currentData().toString(), &error);
    if (!key) {
        setStatus(error);
        return;
    }
    m_key = std::move(key);
    m_keyChanged = true;
    showKey();
    setStatus(tr("Imported: Save puts the key in the keychain; the file is not needed after that."));
}

QByteArray ProfilesDialog::publicJwkSet() const
{
    if (!m_key)
        return {};
    return ExportJwksCommand::publicJwkSet(*m_key).toUtf8();
}

void ProfilesDialog::copyJwkSet()
{
    if (!m_key)
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(publicJwkSet()));
    setStatus(tr("The public JWK Set is on the clipboard (no private part)."));
}

void ProfilesDialog::saveJwkSet()
{
    if (!m_key)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the public JWK Set"), QStringLiteral("jwks.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(publicJwkSet()) < 0 || !file.commit()) {
        setStatus(tr("The JWK Set could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    setStatus(tr("Saved the public JWK Set to %1.").arg(path));
}

void ProfilesDialog::registerWithServer()
{
    if (!m_key || !m_network)
        return;
    const ServerProfile profile = formProfile();
    m_register->setEnabled(false);
    setStatus(tr("Finding the server's registration endpoint…"));
    auto* discovery = new auth::Discovery(m_network, this);
    discovery->setSslConfiguration(profile.sslConfiguration());
    connect(discovery, &auth::Discovery::failed, this, [this, discovery](const QString& message) {
        discovery->deleteLater();
        m_register->setEnabled(true);
        setStatus(message);
    });
    connect(discovery, &auth::Discovery::finished, this,
            [this, discovery, profile](const auth::SmartConfiguration& configuration) {
                discovery->deleteLater();
                if (configuration.registrationEndpoint.isEmpty()) {
                    m_register->setEnabled(true);
                    setStatus(tr("The server's discovery names no registration endpoint: register the app there "
                                 "by hand with the public JWK Set (Copy or Save)."));
                    return;
                }
                auto* registration = new auth::ClientRegistration(m_network, configuration.registrationEndpoint, this);
                registration->setSslConfiguration(profile.sslConfiguration());
                connect(registration, &auth::ClientRegistration::registered, this,
                        [this, registration](const QString& clientId) {
                            registration->deleteLater();
                            m_register->setEnabled(true);
                            m_clientId->setText(clientId);
                            QString error;
                            if (!saveCurrent(&error))
                                setStatus(error);
                            else
                                setStatus(tr("Registered: the server gave the client id %1. Saved.").arg(clientId));
                        });
                connect(registration, &auth::ClientRegistration::failed, this,
                        [this, registration](const QString& message) {
                            registration->deleteLater();
                            m_register->setEnabled(true);
                            setStatus(message);
                        });
                const bool system = profile.signInMode == ServerProfile::SignInMode::ClientCredentials;
                const QStringList grants = system
                    ? QStringList {QStringLiteral("client_credentials")}
                    : QStringList {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")};
                registration->start(profile.displayName, crypto::JwkSet({m_key->verifyingKey()}), grants,
                                    profile.scopes);
            });
    discovery->start(profile.fhirBase);
}

} // namespace ccri
