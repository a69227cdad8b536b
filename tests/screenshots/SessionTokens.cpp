#include "SessionTokens.h"

#include "AccountController.h"
#include "Session.h"

namespace ccri::test {

SessionTokens::SessionTokens(AccountController* account, QObject* parent)
    : fhir::AccessTokenProvider(parent)
{
    connect(account, &AccountController::sessionChanged, this, &SessionTokens::follow);
    follow(account->session());
}

void SessionTokens::follow(auth::Session* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &auth::Session::tokensChanged, this, &SessionTokens::accessTokenChanged);
    emit accessTokenChanged();
}

QString SessionTokens::accessToken() const
{
    return m_session ? m_session->accessToken() : QString();
}

void SessionTokens::refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done)
{
    Q_UNUSED(rejectedToken)
    if (!m_session) {
        done(false);
        return;
    }
    m_session->refresh([done](bool ok, const QString&) { done(ok); });
}

QString SessionTokens::idToken() const
{
    return m_session ? m_session->tokens().idToken : QString();
}

QString SessionTokens::grantedScope() const
{
    return m_session ? m_session->tokens().scope : QString();
}

QString SessionTokens::patientContext() const
{
    return m_session ? m_session->patient() : QString();
}

} // namespace ccri::test
