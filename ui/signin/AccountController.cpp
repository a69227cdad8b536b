#include "ui/signin/AccountController.h"

#include "app/auth/BuiltinProfiles.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "app/auth/SessionResumer.h"
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenStore.h"
#include "app/core/ScopePolicy.h"
#include "ui/main/ActionCollection.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ScopeAccess.h"
#include "ui/probe/ProbeDialog.h"
#include "ui/signin/DelayedStatusMessage.h"
#include "ui/signin/LocalSandboxLauncher.h"
#include "ui/signin/LocalSandboxView.h"
#include "ui/signin/ProfilesDialog.h"
#include "ui/signin/SessionKeeper.h"
#include "ui/signin/SessionStatusWidget.h"
#include "ui/signin/SignInController.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QUuid>
#include <utility>

namespace ccri {

namespace {
// A sign-in step's words wait this long before they are painted (DelayedStatusMessage): about what a
// person takes for "at once", and far longer than a quick step against a server nearby.
constexpr int kProgressDelayMs = 200;
} // namespace

AccountController::AccountController(MainWindow* window, auth::ProfileStore* profiles, auth::TokenStore* tokens,
                                     const LocalSandboxFactory& localSandbox, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_network(new net::LoggingNetworkAccessManager(this))
    , m_tokens(tokens)
    , m_profiles(profiles)
    , m_signIn(new SignInController(m_network, m_tokens, m_profiles, window, this))
    , m_status(new SessionStatusWidget(window))
    , m_progress(new DelayedStatusMessage(window->statusBar(), kProgressDelayMs, this))
    , m_dock(new QDockWidget(tr("Session"), window))
    , m_sessions(new SessionKeeper(this))
    , m_localSandbox(new LocalSandboxLauncher(localSandbox, this))
{
    connect(m_sessions, &SessionKeeper::changed, this, &AccountController::sessionReplaced);
    connect(m_sessions, &SessionKeeper::tokensChanged, this, &AccountController::applyAccess);
    connect(m_sessions, &SessionKeeper::signInRequired, this, &AccountController::setNotice);
    // Nothing is cached on disk by this network manager: token answers are no-store anyway.
    m_network->setCache(nullptr);
    // The current profile's extra request headers (e.g. X-Request-ID: {uuid}) go on every request.
    m_network->setExtraHeaders([this] { return currentExtraHeaders(); });
    m_currentProfileId = m_profiles->selectedProfileId();

    m_dock->setObjectName(QStringLiteral("sessionDock"));
    m_dock->setWidget(m_status);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    QMenu* menu = new QMenu(tr("&Account"), window);
    menu->setObjectName(QStringLiteral("accountMenu"));
    window->menuBar()->insertMenu(window->viewMenu()->menuAction(), menu);
    m_signInAction = menu->addAction(tr("&Sign in…"), this, &AccountController::signIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signOutAction = menu->addAction(tr("Sign &out"), this, &AccountController::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    menu->addSeparator();
    m_profilesAction = menu->addAction(tr("Server &profiles…"), this, &AccountController::showProfiles);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_checkServerAction = menu->addAction(tr("&Check this server…"), this, &AccountController::checkServer);
    m_checkServerAction->setObjectName(QStringLiteral("checkServerAction"));
    m_forgetAction = menu->addAction(tr("&Forget all saved sessions"), this, &AccountController::forgetAllSessions);
    m_forgetAction->setObjectName(QStringLiteral("forgetAllSessionsAction"));
    window->actions()->add(m_signInAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    window->actions()->add(m_signOutAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    window->actions()->add(m_profilesAction);
    window->actions()->add(m_forgetAction);
    m_dock->toggleViewAction()->setObjectName(QStringLiteral("sessionDockAction"));
    window->actions()->add(m_dock->toggleViewAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    window->viewMenu()->addAction(m_dock->toggleViewAction());

    // The in-process sandbox's addresses, accounts, clients and request log: hidden until asked for.
    m_sandboxDock = new QDockWidget(tr("Local sandbox"), window);
    m_sandboxDock->setObjectName(QStringLiteral("localSandboxDock"));
    m_sandboxDock->setWidget(new LocalSandboxView(m_localSandbox, m_sandboxDock));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_sandboxDock);
    m_sandboxDock->hide();
    m_sandboxDock->toggleViewAction()->setObjectName(QStringLiteral("localSandboxDockAction"));
    window->actions()->add(m_sandboxDock->toggleViewAction());
    window->viewMenu()->addAction(m_sandboxDock->toggleViewAction());

    m_status->setSelectedServer(tr("%1 — %2").arg(currentProfile().displayName, currentProfile().fhirBase.toString()));
    connect(m_status, &SessionStatusWidget::signInRequested, this, &AccountController::signIn);
    connect(m_status, &SessionStatusWidget::signOutRequested, this, &AccountController::signOut);
    connect(m_tokens, &auth::TokenStore::keychainUnavailable, this, &AccountController::setNotice);
    connect(m_signIn, &SignInController::progress, this,
            [this](const QString& message) { m_progress->show(message, 5000); });
    connect(m_signIn, &SignInController::signedIn, this, [this](auth::Session* session) {
        m_progress->cancel();
        m_sessions->keep(session);
        m_window->statusBar()->showMessage(tr("Signed in."), 5000);
    });
    connect(m_signIn, &SignInController::failed, this, [this](const QString& message) {
        m_progress->cancel();
        setNotice(message);
        updateActions();
        emit signInFailed(message);
    });
    connect(m_localSandbox, &LocalSandboxLauncher::restarting, this, &AccountController::localSandboxRestarting);
    connect(m_localSandbox, &LocalSandboxLauncher::ready, this, [this](const QUrl& fhirBase) {
        m_sandboxBase = fhirBase;
        m_window->statusBar()->showMessage(tr("The local sandbox is running at %1.").arg(fhirBase.toString()), 5000);
        applyAccess();
        updateActions();
        if (std::exchange(m_signInWhenSandboxReady, false))
            signIn();
    });
    connect(m_localSandbox, &LocalSandboxLauncher::failed, this, [this](const QString& message) {
        setNotice(message);
        updateActions();
        if (std::exchange(m_signInWhenSandboxReady, false))
            emit signInFailed(message);
    });
    updateActions();
}

AccountController::~AccountController() = default;

auth::Session* AccountController::session() const
{
    return m_sessions->session();
}

void AccountController::setClock(const auth::Clock* clock)
{
    m_clock = clock;
    m_signIn->setClock(clock);
}

auth::ServerProfile AccountController::currentProfile() const
{
    auto profile = m_profiles->profile(m_currentProfileId);
    if (!profile)
        profile = m_profiles->profile(auth::BuiltinProfiles::localSandboxId());
    if (profile->inProcessSandbox && m_sandboxBase.isValid())
        profile->fhirBase = auth::BuiltinProfiles::inProcessBase(*profile, m_sandboxBase);
    return *profile;
}

void AccountController::selectProfile(const QString& id)
{
    m_currentProfileId = id;
    m_profiles->setSelectedProfileId(id);
    m_profiles->sync();
    applyAccess();
}

void AccountController::chooseProfile(const QString& id)
{
    selectProfile(id);
    startLocalSandbox();
}

void AccountController::useSandbox(const QUrl& fhirBase)
{
    m_sandboxBase = fhirBase;
    m_externalSandbox = true;
    selectProfile(auth::BuiltinProfiles::localSandboxId());
}

bool AccountController::needsLocalSandbox(const auth::ServerProfile& profile) const
{
    return profile.inProcessSandbox && !m_externalSandbox && !m_localSandbox->isReadyFor(profile.policy);
}

void AccountController::startLocalSandbox()
{
    const auth::ServerProfile profile = currentProfile();
    if (!needsLocalSandbox(profile))
        return;
    m_window->statusBar()->showMessage(tr("Starting the local sandbox…"));
    m_localSandbox->start(profile.policy);
    updateActions();
}

void AccountController::localSandboxRestarting(const QString& policy)
{
    // A new sandbox has a new signing key: the tokens of the old one are worthless.
    if (session() && session()->profile().inProcessSandbox) {
        m_sessions->end();
        setNotice(tr("The local sandbox restarted with the policy \"%1\", so its sessions ended; sign in again.")
                      .arg(policy));
    }
}

void AccountController::useServer(const QUrl& fhirBase, const QString& clientId)
{
    auto profile = m_profiles->findByServer(fhirBase, clientId);
    if (!profile) {
        profile = auth::ServerProfile();
        profile->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile->displayName = tr("%1 as %2").arg(fhirBase.host(), clientId);
        profile->fhirBase = fhirBase.adjusted(QUrl::StripTrailingSlash);
        profile->clientId = clientId;
        profile->scopes = auth::ServerProfile::defaultScopes(profile->policy);
        profile->redirectUri = auth::ServerProfile::defaultRedirectUri(profile->signInMode);
        m_profiles->save(*profile);
    }
    selectProfile(profile->id);
}

void AccountController::adjustCurrentProfile(const QString& scopes, const QString& policy, const QUrl& redirectUri)
{
    auth::ServerProfile profile = currentProfile();
    if (!policy.isEmpty() && policy != profile.policy) {
        profile.policy = policy;
        if (scopes.isEmpty())
            profile.scopes = auth::ServerProfile::defaultScopes(policy);
    }
    if (!scopes.isEmpty())
        profile.scopes = scopes;
    if (redirectUri.isValid())
        profile.redirectUri = redirectUri;
    m_profiles->save(profile);
    selectProfile(profile.id);
}

void AccountController::signIn()
{
    if (needsLocalSandbox(currentProfile())) {
        m_signInWhenSandboxReady = true;
        startLocalSandbox();
        return;
    }
    setNotice(m_tokens->isKeychainAvailable() ? QString() : auth::TokenStore::unavailableNotice());
    m_signIn->signIn(currentProfile());
    updateActions();
}

void AccountController::signInToLocalSandbox()
{
    selectProfile(auth::BuiltinProfiles::localSandboxId());
    signIn();
}

void AccountController::useBackendService(bool system, const std::optional<crypto::SigningKey>& key, bool scopeGiven,
                                          std::function<void()> then)
{
    auth::ServerProfile profile = currentProfile();
    if (system) {
        // SMART Backend Services: client credentials, system/ scopes, no browser.
        profile.signInMode = auth::ServerProfile::SignInMode::ClientCredentials;
        if (!scopeGiven)
            profile.scopes = auth::ServerProfile::defaultSystemScopes(profile.policy);
    }
    if (key) {
        profile.clientType = auth::ServerProfile::ClientType::SignedJwt;
        profile.signingAlgorithm = key->algorithm().name();
    }
    m_profiles->save(profile);
    selectProfile(profile.id);
    if (!key) {
        then();
        return;
    }
    auth::SigningKeyStore::save(m_tokens, profile, *key, [then](auth::TokenStore::Result, const QString&) { then(); });
}

void AccountController::resume(bool signInIfNothingSaved)
{
    auto* resumer = new auth::SessionResumer(currentProfile(), m_network, m_tokens, m_profiles, this);
    resumer->setClock(m_clock);
    connect(resumer, &auth::SessionResumer::resumed, this, [this, resumer](auth::Session* session) {
        resumer->deleteLater();
        m_sessions->keep(session);
        m_window->statusBar()->showMessage(tr("Welcome back: your saved session was resumed."), 5000);
        emit resumeFinished(true);
    });
    connect(resumer, &auth::SessionResumer::noSavedSession, this, [this, resumer, signInIfNothingSaved] {
        resumer->deleteLater();
        emit resumeFinished(false);
        if (signInIfNothingSaved)
            signIn();
    });
    connect(resumer, &auth::SessionResumer::signInRequired, this,
            [this, resumer, signInIfNothingSaved](const QString& reason) {
                resumer->deleteLater();
                setNotice(reason);
                emit resumeFinished(false);
                if (signInIfNothingSaved)
                    signIn();
            });
    resumer->start();
}

void AccountController::signOut()
{
    auth::Session* current = session();
    if (!current)
        return;
    current->signOut([this, current](bool ok, const QString& error) {
        setNotice(ok ? QString()
                     : tr("Signed out here, but the server may still accept the old tokens: %1").arg(error));
        m_window->statusBar()->showMessage(tr("Signed out."), 5000);
        m_sessions->end(current);
    });
}

void AccountController::forgetAllSessions()
{
    QStringList keys;
    for (const QString& profileId : m_profiles->profilesWithSessions()) {
        if (const auto profile = m_profiles->profile(profileId))
            keys << profile->tokenKey(m_profiles->lastUser(profileId));
        m_profiles->setLastUser(profileId, QString());
    }
    m_profiles->sync();
    if (session()) {
        keys << session()->keychainKey();
        m_sessions->end();
    }
    keys.removeDuplicates();
    m_tokens->removeAll(keys, [this](auth::TokenStore::Result result, const QString& error) {
        if (result == auth::TokenStore::Result::Failed)
            setNotice(error);
        else
            m_window->statusBar()->showMessage(tr("Every saved session was forgotten."), 5000);
    });
}

void AccountController::showProfiles()
{
    if (!m_profilesDialog) {
        auto* dialog = new ProfilesDialog(m_profiles, m_tokens, m_window);
        dialog->setNetwork(m_network);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ProfilesDialog::profileChosen, this, &AccountController::chooseProfile);
        m_profilesDialog = dialog;
    }
    m_profilesDialog->selectProfile(m_currentProfileId);
    m_profilesDialog->open();
}

net::ExtraHeaders AccountController::currentExtraHeaders() const
{
    // Every request asks (sign-in and FHIR alike); reading the profile from the settings each time cost
    // tens of microseconds on the GUI thread per request. Read again when the profile or a save changes.
    if (!m_headers || m_headersProfileId != m_currentProfileId || m_headersRevision != m_profiles->revision()) {
        m_headers = net::ExtraHeaders::parse(currentProfile().extraHeaders).value_or(net::ExtraHeaders());
        m_headersProfileId = m_currentProfileId;
        m_headersRevision = m_profiles->revision();
    }
    return *m_headers;
}

void AccountController::checkServer()
{
    if (!m_probeDialog) {
        auto* dialog = new ProbeDialog(m_network, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_probeDialog = dialog;
    }
    m_probeDialog->check(currentProfile());
    m_probeDialog->open();
}

void AccountController::sessionReplaced(auth::Session* session)
{
    if (session) {
        if (!m_tokens->isKeychainAvailable())
            setNotice(auth::TokenStore::unavailableNotice());
        else
            setNotice(QString());
    }
    m_status->setSession(session);
    applyAccess();
    updateActions();
    emit sessionChanged(session);
}

void AccountController::applyAccess()
{
    auth::Session* current = session();
    const auth::ServerProfile profile = current ? current->profile() : currentProfile();
    m_status->setSelectedServer(tr("%1 — %2").arg(profile.displayName, profile.fhirBase.toString()));
    QString error;
    const std::optional<ScopePolicy> policy = ScopePolicy::load(profile.policy, &error);
    if (!policy)
        setNotice(tr("The profile's policy \"%1\" can't be used: %2").arg(profile.policy, error));
    const bool signedIn = current && current->isSignedIn();
    // One update of the tabs (and the rest that follows the access), not one per part.
    m_window->access()->setSession(policy, signedIn ? current->grantedScopes() : ScopeSet(), signedIn);
}

void AccountController::setNotice(const QString& notice)
{
    m_status->setNotice(notice);
    if (!notice.isEmpty())
        m_dock->show();
    emit noticeChanged(notice);
}

void AccountController::updateActions()
{
    m_signOutAction->setEnabled(session() != nullptr);
    const bool busy = m_signIn->isActive() || (m_signInWhenSandboxReady && m_localSandbox->isStarting());
    m_signInAction->setEnabled(!busy);
    m_status->setSignInEnabled(!busy);
}

} // namespace ccri
