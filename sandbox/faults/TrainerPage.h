#pragma once

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponse>
#include <QString>

class QHttpServerRequest;

namespace ccri::sandbox {

struct AuthServerState;
class FormBody;
struct RequestCaller;

// GET/POST /auth/trainer, only when ccri-sandbox runs with --trainer-password: a plain HTML page (no
// scripts) where a trainer signs in with that password, sees every fault with its state, switches
// each on and off, revokes every session of one user, or ends every session.
//
// The password is compared in constant time (SecretCompare) and wrong ones are slowed down by the
// sandbox's LoginThrottle (user name "trainer", per client address). Every browser gets a session
// cookie `ccri_sandbox_trainer` (HttpOnly, SameSite=Strict, Path=/auth/trainer) with its own CSRF
// token, which every POST must carry (the sign-in form too); signing in rotates the session id.
class TrainerPage
{
public:
    TrainerPage(AuthServerState& state, const QString& password);

    bool isEnabled() const { return !m_password.isEmpty(); }
    static QString cookieName() { return QStringLiteral("ccri_sandbox_trainer"); }

    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

private:
    struct Session
    {
        QString csrfToken;
        bool signedIn = false;
        QDateTime expires;
    };
    static constexpr int sessionSeconds = 8 * 3600;

    Session* sessionFrom(const QHttpServerRequest& request, QString* id);
    QString newSession(bool signedIn);
    QHttpServerResponse signIn(const QHttpServerRequest& request, const FormBody& form, const QString& sessionId);
    QString act(const FormBody& form, bool* ok);
    QHttpServerResponse loginPage(const QString& sessionId, const QString& message,
                                  QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    QHttpServerResponse switchboardPage(const QString& sessionId, const QString& message, bool ok);
    QByteArray cookieHeader(const QString& sessionId) const;

    AuthServerState& m_state;
    QString m_password;
    QHash<QString, Session> m_sessions;
};

} // namespace ccri::sandbox
