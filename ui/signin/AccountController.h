#pragma once

#include "LoggingNetworkAccessManager.h"
#include "ProfilesDialog.h"
#include "ServerProfile.h"
#include "Session.h"

#include <memory>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QNetworkAccessManager;

namespace ccri::auth {
class ProfileStore;
class TokenStore;
} // namespace ccri::auth

namespace ccri {

class MainWindow;
class SessionStatusWidget;
class SignInController;

// Signing in, from the main window's point of view. Adds an Account menu (Sign in, Sign out,
// Server profiles…, Forget all saved sessions) and a Session dock (SessionStatusWidget), holds
// the current auth::Session, and makes the resource tabs follow the granted scopes under the
// profile's policy. At start-up resume() picks up a saved session without a browser (refreshing
// an expired token first); a failed refresh asks the user to sign in again.
class AccountController : public QObject
{
    Q_OBJECT
public:
    // settingsFile empty: the application's QSettings. keychainService: "ccri-explorer" in the product;
    // tests give their own so that parallel runs never share a keychain entry.
    explicit AccountController(MainWindow* window, const QString& settingsFile = QString(),
                               const QString& keychainService = QStringLiteral("ccri-explorer"),
                               QObject* parent = nullptr);
    ~AccountController() override;

    auth::ProfileStore* profiles() const { return m_profiles.get(); }
    auth::TokenStore* tokens() const { return m_tokens; }
    QNetworkAccessManager* network() const { return m_network; }
    // The sign-in's own exchanges (discovery, token, refresh, revocation) go to this log, redacted.
    void setRequestLog(fhir::RequestLog* log) { m_network->setLog(log); }
    SignInController* signInController() const { return m_signIn; }
    SessionStatusWidget* statusWidget() const { return m_status; }
    auth::Session* session() const { return m_session; }

    auth::ServerProfile currentProfile() const;
    void selectProfile(const QString& id);
    // The in-process sandbox is up at fhirBase: its profile gets that address and is selected.
    void useSandbox(const QUrl& fhirBase);
    // --server URL --client-id ID: the saved profile with that URL and client id, else a new one; selected.
    void useServer(const QUrl& fhirBase, const QString& clientId);
    // --scope / --policy / --redirect-uri on the current profile, saved. Empty values change nothing;
    // a new policy without scopes asks for that policy's default scopes.
    void adjustCurrentProfile(const QString& scopes, const QString& policy, const QUrl& redirectUri);

    void signIn(); // the current profile
    void resume(bool signInIfNothingSaved = false);
    void signOut();
    void forgetAllSessions();
    void showProfiles();

    QAction* signInAction() const { return m_signInAction; }
    QAction* signOutAction() const { return m_signOutAction; }

signals:
    void sessionChanged(ccri::auth::Session* session);
    void noticeChanged(const QString& notice);
    void resumeFinished(bool resumed);
    void signInFailed(const QString& message);

private:
    void setSession(auth::Session* session);
    void applyAccess();
    void setNotice(const QString& notice);
    void updateActions();

    MainWindow* m_window;
    fhir::LoggingNetworkAccessManager* m_network;
    auth::TokenStore* m_tokens;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    SignInController* m_signIn;
    SessionStatusWidget* m_status;
    QDockWidget* m_dock;
    QPointer<auth::Session> m_session;
    QPointer<ProfilesDialog> m_profilesDialog;
    QUrl m_sandboxBase;
    QString m_currentProfileId;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_profilesAction = nullptr;
    QAction* m_forgetAction = nullptr;
};

} // namespace ccri
