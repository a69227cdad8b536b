#include "ui/signin/SessionTokenProvider.h"

#include "app/auth/Session.h"
#include "app/fhir/FhirClient.h"
#include "ui/signin/AccountController.h"

namespace ccri {

SessionTokenProvider::SessionTokenProvider(AccountController* account, QObject* parent)
    : net::AccessTokenProvider(parent)
    , m_account(account)
{
    connect(account, &AccountController::sessionChanged, this, &SessionTokenProvider::follow);
    follow(account->session());
}

void SessionTokenProvider::follow(auth::Session* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &auth::Session::tokensChanged, this, &AccessTokenProvider::accessTokenChanged);
        if (m_client) {
            m_client->setTlsConfiguration(session->profile().sslConfiguration());
            m_client->setBaseUrl(session->profile().fhirBase);
        }
    }
    emit accessTokenChanged();
}

void SessionTokenProvider::keepInStep(fhir::FhirClient* client)
{
    m_client = client;
    if (m_session)
        follow(m_session);
}

QString SessionTokenProvider::accessToken() const
{
    return m_session ? m_session->accessToken() : QString();
}

void SessionTokenProvider::refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done)
{
    if (!m_session) {
        done(false);
        return;
    }
    m_session->refreshAfterUnauthorized(rejectedToken, std::move(done));
}

QString SessionTokenProvider::idToken() const
{
    return m_session ? m_session->tokens().idToken : QString();
}

QString SessionTokenProvider::idTokenCheck() const
{
    return m_session ? m_session->idTokenCheck() : QString();
}

QString SessionTokenProvider::clientAssertion() const
{
    return m_session ? m_session->clientAssertion() : QString();
}

QString SessionTokenProvider::grantedScope() const
{
    return m_session ? m_session->tokens().scope : QString();
}

QString SessionTokenProvider::patientContext() const
{
    return m_session ? m_session->patient() : QString();
}

QByteArray SessionTokenProvider::capabilityStatement(const QUrl& fhirBase) const
{
    if (!m_session)
        return {};
    const auth::SmartConfiguration& configuration = m_session->configuration();
    // Only for the base it was read from (the profile's, which the FHIR client follows).
    const bool sameBase
        = configuration.fhirBase.adjusted(QUrl::StripTrailingSlash) == fhirBase.adjusted(QUrl::StripTrailingSlash);
    return sameBase ? configuration.capabilityStatement : QByteArray();
}

} // namespace ccri
