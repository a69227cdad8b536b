#pragma once

#include "app/auth/ServerProfile.h"
#include "app/auth/SignInFlow.h"
#include "ui/signin/SignInWindow.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QWidget;

namespace ccri::auth {
class Clock;
class ProfileStore;
class Session;
class TokenStore;
} // namespace ccri::auth

namespace ccri {

// Runs one SignInFlow at a time with the browser it needs: the embedded SignInWindow (created only
// now, so WebEngine loads only when a sign-in opens, and deleted when the attempt ends, with its
// web profile), or the system browser through a seam (QDesktopServices by default). Ends an
// attempt in exactly one of signedIn() or failed().
class SignInController : public QObject
{
    Q_OBJECT
public:
    using ExternalBrowser = std::function<bool(const QUrl& url)>;

    SignInController(QNetworkAccessManager* network, auth::TokenStore* tokens, auth::ProfileStore* profiles,
                     QWidget* windowParent, QObject* parent = nullptr);
    ~SignInController() override;

    void setExternalBrowser(ExternalBrowser browser) { m_externalBrowser = std::move(browser); }
    // The time the sessions signed in here go by (not owned; nullptr: the system clock).
    void setClock(const auth::Clock* clock) { m_clock = clock; }
    void signIn(const auth::ServerProfile& profile);
    void cancel();
    bool isActive() const { return m_flow != nullptr; }

    auth::SignInFlow* flow() const { return m_flow; }
    SignInWindow* window() const { return m_window; }

signals:
    void progress(const QString& message);
    void windowOpened(ccri::SignInWindow* window);
    void signedIn(ccri::auth::Session* session); // the receiver takes ownership
    // The sign-in's discovery read the server's CapabilityStatement (SignInFlow::statementRead): the
    // session that follows carries the same bytes.
    void capabilityStatementRead(const QByteArray& statement);
    void failed(const QString& message);

private:
    void openWindow(const QUrl& url, const QUrl& redirectUri);
    void closeWindow();
    void finishFlow();

    QNetworkAccessManager* m_network;
    auth::TokenStore* m_tokens;
    auth::ProfileStore* m_profiles;
    const auth::Clock* m_clock = nullptr;
    QPointer<QWidget> m_windowParent;
    ExternalBrowser m_externalBrowser;
    QPointer<auth::SignInFlow> m_flow;
    QPointer<SignInWindow> m_window;
};

} // namespace ccri
