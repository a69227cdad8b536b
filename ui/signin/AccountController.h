#pragma once

#include "app/auth/ServerProfile.h"
#include "app/auth/Session.h"
#include "app/net/LoggingNetworkAccessManager.h"
#include "ui/signin/LocalSandbox.h"
#include "ui/signin/ProfilesDialog.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QNetworkAccessManager;

namespace ccri::auth {
class Clock;
class ProfileStore;
class TokenStore;
} // namespace ccri::auth

namespace ccri {

class DelayedStatusMessage;
class LocalSandboxLauncher;
class MainWindow;
class ProbeDialog;
class SessionKeeper;
class SessionStatusWidget;
class SignInController;

// Signing in, from the main window's point of view. Adds an Account menu (Sign in, Sign out,
// Server profiles…, Check this server…, Forget all saved sessions) and a Session dock (SessionStatusWidget), holds
// the current auth::Session, and makes the resource tabs follow the granted scopes under the
// profile's policy. At start-up resume() picks up a saved session without a browser (refreshing
// an expired token first); a failed refresh asks the user to sign in again. A "Local CCRI sandbox"
// profile's server is started on demand (LocalSandboxLauncher) with the profile's policy when it
// is signed in to or chosen; its sessions are never saved (they end with the process).
class AccountController : public QObject
{
    Q_OBJECT
public:
    // The stores are ExplorerShell's (not owned); the factory makes the Local CCRI sandbox's server.
    AccountController(MainWindow* window, auth::ProfileStore* profiles, auth::TokenStore* tokens,
                      const LocalSandboxFactory& localSandbox, QObject* parent = nullptr);
    ~AccountController() override;

    auth::ProfileStore* profiles() const { return m_profiles; }
    auth::TokenStore* tokens() const { return m_tokens; }
    QNetworkAccessManager* network() const { return m_network; }
    net::ExtraHeaders currentExtraHeaders() const; // the current profile's, as templates
    // The sign-in's own exchanges (discovery, token, refresh, revocation) go to this log, redacted.
    void setRequestLog(net::RequestLog* log) { m_network->setLog(log); }
    // The time sessions go by: when a saved token has expired, when to refresh (not owned; nullptr:
    // the system clock). Tests give one they can move on.
    void setClock(const auth::Clock* clock);
    SignInController* signInController() const { return m_signIn; }
    SessionStatusWidget* statusWidget() const { return m_status; }
    LocalSandboxLauncher* localSandbox() const { return m_localSandbox; }
    QDockWidget* localSandboxDock() const { return m_sandboxDock; }
    auth::Session* session() const;

    auth::ServerProfile currentProfile() const;
    void selectProfile(const QString& id);
    // selectProfile(), and a Local CCRI sandbox profile's server is started (the profiles dialog's
    // "Use this profile").
    void chooseProfile(const QString& id);
    // A sandbox already runs at fhirBase (tests, the screenshot tour): the Local CCRI sandbox
    // profiles use it, nothing is started, and it is selected.
    void useSandbox(const QUrl& fhirBase);
    // The current profile is a Local CCRI sandbox one: start its server (asynchronous) unless it
    // already runs with the profile's policy.
    void startLocalSandbox();
    // --server URL --client-id ID: the saved profile with that URL and client id, else a new one; selected.
    void useServer(const QUrl& fhirBase, const QString& clientId);
    // --scope / --policy / --redirect-uri on the current profile, saved. Empty values change nothing;
    // a new policy without scopes asks for that policy's default scopes.
    void adjustCurrentProfile(const QString& scopes, const QString& policy, const QUrl& redirectUri);
    // --system / --private-key: the current profile signs in as a backend service (client credentials;
    // without explicit scopes, the system/ read scopes of its policy) and/or with this signing key,
    // which goes to the keychain (SigningKeyStore) before `then` runs.
    void useBackendService(bool system, const std::optional<crypto::SigningKey>& key, bool scopeGiven,
                           std::function<void()> then);

    void signIn(); // the current profile; a Local CCRI sandbox one starts its server first
    void signInToLocalSandbox(); // the welcome's "Start the local sandbox"
    void resume(bool signInIfNothingSaved = false);
    void signOut();
    void forgetAllSessions();
    void showProfiles();
    void checkServer(); // Account → Check this server…: the probe on the current profile

    QAction* signInAction() const { return m_signInAction; }
    QAction* signOutAction() const { return m_signOutAction; }

signals:
    void sessionChanged(ccri::auth::Session* session);
    void noticeChanged(const QString& notice);
    void resumeFinished(bool resumed);
    void signInFailed(const QString& message);

private:
    void sessionReplaced(auth::Session* session);
    void applyAccess();
    void setNotice(const QString& notice);
    void updateActions();
    bool needsLocalSandbox(const auth::ServerProfile& profile) const;
    void localSandboxRestarting(const QString& policy);

    MainWindow* m_window;
    net::LoggingNetworkAccessManager* m_network;
    auth::TokenStore* m_tokens;
    auth::ProfileStore* m_profiles;
    SignInController* m_signIn;
    SessionStatusWidget* m_status;
    DelayedStatusMessage* m_progress; // a sign-in's steps in the status bar, the quick ones never painted
    QDockWidget* m_dock;
    SessionKeeper* m_sessions; // owns the signed-in session
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<ProbeDialog> m_probeDialog;
    LocalSandboxLauncher* m_localSandbox;
    QDockWidget* m_sandboxDock = nullptr; // View → Local sandbox
    QUrl m_sandboxBase; // where the Local CCRI sandbox profiles' server is, once known
    bool m_externalSandbox = false; // useSandbox(): not ours to start
    bool m_signInWhenSandboxReady = false;
    QString m_currentProfileId;
    // currentExtraHeaders(), asked for every request: kept while the profile and the store's revision hold.
    mutable QString m_headersProfileId;
    mutable quint64 m_headersRevision = 0;
    mutable std::optional<net::ExtraHeaders> m_headers;
    const auth::Clock* m_clock = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_profilesAction = nullptr;
    QAction* m_forgetAction = nullptr;
    QAction* m_checkServerAction = nullptr;
};

} // namespace ccri
