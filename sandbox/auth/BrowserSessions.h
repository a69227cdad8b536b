#pragma once

#include "sandbox/auth/BrowserSession.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class QHttpServerRequest;

namespace ccri::sandbox {

class SandboxClock;

// Login sessions of the auth pages: cookie `ccri_sandbox_session` (HttpOnly, SameSite=Lax,
// Path=/auth, Secure over TLS), each with its CSRF token. Signing in rotates the session id.
class BrowserSessions
{
public:
    explicit BrowserSessions(const SandboxClock& clock, int lifetimeSeconds = 8 * 3600);

    static QString cookieName() { return QStringLiteral("ccri_sandbox_session"); }

    BrowserSession* fromRequest(const QHttpServerRequest& request); // nullptr: none or expired
    BrowserSession* create();
    BrowserSession* find(const QString& id); // nullptr: unknown or expired
    // Signs `session` in as `username` under a new id (against session fixation); returns it.
    BrowserSession* signIn(QString sessionId, const QString& username);
    // Ends the sessions signed in as `username`, or every session when it is empty; how many ended.
    int end(const QString& username = QString());
    bool csrfMatches(const BrowserSession& session, const QString& formValue) const;
    QByteArray setCookieHeader(const BrowserSession& session, bool secure) const;

private:
    const SandboxClock& m_clock;
    int m_lifetimeSeconds;
    QHash<QString, BrowserSession> m_sessions;
};

} // namespace ccri::sandbox
