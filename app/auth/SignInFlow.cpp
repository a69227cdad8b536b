#include "app/auth/SignInFlow.h"

#include "app/auth/AuthorizationStep.h"
#include "app/auth/Discovery.h"
#include "app/auth/IdTokenVerifier.h"
#include "app/auth/LoopbackRedirectListener.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/net/JwtDecoder.h"

#include <utility>

namespace ccri::auth {

SignInFlow::SignInFlow(const ServerProfile& profile, QNetworkAccessManager* network, TokenStore* tokens,
                       ProfileStore* profiles, QObject* parent)
    : AccountTask(profile, network, tokens, profiles, parent)
{
}

SignInFlow::~SignInFlow() = default;

QString SignInFlow::userFor(const TokenRecord& record, const ServerProfile& profile)
{
    const net::JwtDecoder::Identity identity = net::JwtDecoder::identity(record.idToken);
    if (!identity.subject.isEmpty())
        return identity.subject;
    return profile.clientId;
}

QUrl SignInFlow::redirectUri() const
{
    return m_authorization ? m_authorization->redirectUri() : m_profile.redirectUri;
}

void SignInFlow::setStep(Step step, const QString& description)
{
    m_step = step;
    emit stepChanged(step, description);
}

void SignInFlow::fail(const QString& message)
{
    if (m_step == Step::Failed || m_step == Step::Finished)
        return;
    if (m_listener)
        m_listener->close();
    setStep(Step::Failed, message);
    emit failed(message);
}

void SignInFlow::start()
{
    QString error;
    if (!m_profile.isValid(&error)) {
        fail(error);
        return;
    }
    if (m_configuration) {
        onDiscovered(*m_configuration);
        return;
    }
    setStep(Step::Discovering, tr("Finding how to sign in to %1…").arg(m_profile.fhirBase.toString()));
    auto* discovery = new Discovery(m_network, this);
    m_discovery = discovery;
    m_discovering = true;
    discovery->setSslConfiguration(m_profile.sslConfiguration());
    // The browser opens as soon as the smart-configuration names the endpoints; the statement (the
    // larger answer) is read meanwhile.
    connect(discovery, &Discovery::endpointsFound, this, &SignInFlow::onDiscovered);
    connect(discovery, &Discovery::finished, this, [this, discovery](const SmartConfiguration& configuration) {
        discovery->deleteLater();
        onDiscoveryFinished(configuration);
    });
    connect(discovery, &Discovery::failed, this, [this, discovery](const QString& message) {
        discovery->deleteLater();
        m_discovering = false;
        fail(message);
    });
    discovery->start(m_profile.fhirBase);
}

void SignInFlow::onDiscoveryFinished(const SmartConfiguration& configuration)
{
    m_discovering = false;
    if (m_step == Step::Failed)
        return;
    if (!configuration.capabilityStatement.isEmpty())
        emit statementRead(configuration.capabilityStatement);
    if (!m_configuration) {
        onDiscovered(configuration);
        return;
    }
    // Under way since endpointsFound(): the statement only fills what the smart-configuration left
    // empty (Discovery::finished), so every step made so far holds the same endpoints and issuer.
    m_configuration = configuration;
    if (const std::function<void()> next = std::exchange(m_whenDiscovered, nullptr))
        next();
}

void SignInFlow::afterDiscovery(const std::function<void()>& next)
{
    // The id_token's keys may be named only by the statement, and the session keeps the whole
    // configuration (its fhirVersion, its statement): tokens that come first wait for it.
    if (m_discovering)
        m_whenDiscovered = next;
    else
        next();
}

void SignInFlow::onDiscovered(const SmartConfiguration& configuration)
{
    m_configuration = configuration;
    if (m_profile.clientType == ServerProfile::ClientType::Confidential && m_clientSecret.isEmpty()) {
        loadSecretThenContinue();
        return;
    }
    if (m_profile.clientType == ServerProfile::ClientType::SignedJwt && !m_signingKey) {
        loadSigningKeyThenContinue();
        return;
    }
    authorize();
}

void SignInFlow::loadSigningKeyThenContinue()
{
    setStep(Step::LoadingSecret, tr("Reading the client's private key from the keychain…"));
    SigningKeyStore::load(m_tokens, m_profile,
                          [this](std::optional<crypto::SigningKey> key, TokenStore::Result, const QString& error) {
                              if (m_step == Step::Failed)
                                  return;
                              if (!key) {
                                  fail(error);
                                  return;
                              }
                              m_signingKey = std::move(key);
                              authorize();
                          });
}

QByteArray SignInFlow::lastAssertion() const
{
    return m_tokenClient ? m_tokenClient->lastAssertion() : QByteArray();
}

void SignInFlow::loadSecretThenContinue()
{
    setStep(Step::LoadingSecret, tr("Reading the client secret from the keychain…"));
    m_tokens->loadText(
        m_profile.secretKey(), [this](TokenStore::Result result, const QString& text, const QString& error) {
            if (result == TokenStore::Result::Failed) {
                fail(error);
                return;
            }
            if (text.isEmpty()) {
                fail(tr("The profile \"%1\" is for a confidential client, but no client secret is saved for it. "
                        "Enter the secret in the profile.")
                         .arg(m_profile.displayName));
                return;
            }
            m_clientSecret = text;
            authorize();
        });
}

bool SignInFlow::shouldUsePkce() const
{
    switch (m_profile.pkceMode) {
    case ServerProfile::PkceMode::Always:
        return true;
    case ServerProfile::PkceMode::Off:
        return false;
    case ServerProfile::PkceMode::Auto:
        break;
    }
    // Some v1 servers support PKCE without saying so; only a list without S256 turns it off.
    return m_configuration->codeChallengeMethods.isEmpty() || m_configuration->advertisesS256();
}

void SignInFlow::authorize()
{
    auto* client = new TokenClient(m_network, *m_configuration, m_profile.clientId, m_clientSecret, this);
    client->setSslConfiguration(m_profile.sslConfiguration());
    if (m_profile.clientType == ServerProfile::ClientType::SignedJwt)
        client->setSigningKey(m_signingKey);
    m_tokenClient = client;

    if (m_profile.signInMode == ServerProfile::SignInMode::ClientCredentials) {
        // SMART Backend Services: client_credentials with system/ scopes, authenticated by the
        // client's assertion (or, for a secret-holding client, HTTP Basic).
        setStep(Step::Exchanging, tr("Asking for a system token…"));
        client->clientCredentials(m_profile.scopes, [this](std::optional<TokenRecord> record, const QString& error) {
            if (!record) {
                fail(error);
                return;
            }
            afterDiscovery([this, kept = *record] { store(kept); });
        });
        return;
    }

    if (m_configuration->authorizationEndpoint.isEmpty()) {
        fail(tr("The server did not say where its authorization endpoint is, so an interactive sign-in is not "
                "possible. A confidential client can use client credentials instead."));
        return;
    }

    AuthorizationRequest request;
    request.authorizationEndpoint = m_configuration->authorizationEndpoint;
    request.clientId = m_profile.clientId;
    request.redirectUri = m_profile.redirectUri;
    request.scope = m_profile.scopes;
    request.audience = m_profile.fhirBase;

    if (m_profile.signInMode == ServerProfile::SignInMode::SystemBrowser) {
        auto* listener = new LoopbackRedirectListener(this);
        m_listener = listener;
        QString error;
        const QString path
            = m_profile.redirectUri.path().isEmpty() ? QStringLiteral("/callback") : m_profile.redirectUri.path();
        if (!listener->listen(path, &error)) {
            fail(error);
            return;
        }
        request.redirectUri = listener->redirectUri();
        connect(listener, &LoopbackRedirectListener::redirected, this, &SignInFlow::handleRedirect);
    }

    auto* step = new AuthorizationStep(request, shouldUsePkce(), this);
    step->setExpectedIssuer(m_configuration->issuer, m_configuration->issParameterSupported);
    m_authorization = step;
    connect(step, &AuthorizationStep::codeReceived, this, &SignInFlow::exchange);
    connect(step, &AuthorizationStep::failed, this, &SignInFlow::fail);
    setStep(Step::Authorizing, tr("Waiting for you to sign in…"));
    if (m_profile.signInMode == ServerProfile::SignInMode::SystemBrowser)
        emit externalBrowserRequired(step->url());
    else
        emit browserRequired(step->url(), step->redirectUri());
    if (m_step != Step::Authorizing)
        return; // no browser could be opened (the flow failed or was cancelled meanwhile)

    // OIDC Core §10.1.1: the keys that sign the id_token are public; fetched while the user is at the
    // browser, they are at hand when the token comes (checkIdToken() waits for them, or asks again).
    // Asked after the browser is opened, so that the authorization request is the first at the server.
    if (request.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("openid"))
        && !m_configuration->jwksUri.isEmpty()) {
        auto* verifier = new IdTokenVerifier(m_network, *m_configuration, m_profile.clientId, this);
        verifier->setSslConfiguration(m_profile.sslConfiguration());
        verifier->prefetchKeys();
        m_verifier = verifier;
    }
}

void SignInFlow::handleRedirect(const QUrl& url)
{
    // A second answer after the first was taken is refused by the step as a replay.
    if (m_authorization)
        m_authorization->handleRedirect(url);
}

void SignInFlow::exchange(const QString& code)
{
    setStep(Step::Exchanging, tr("Exchanging the authorization code for tokens…"));
    m_tokenClient->exchangeCode(code, m_authorization->redirectUri(), m_authorization->codeVerifier(), m_profile.scopes,
                                [this](std::optional<TokenRecord> record, const QString& error) {
                                    if (!record) {
                                        fail(error);
                                        return;
                                    }
                                    afterDiscovery([this, checked = *record] { checkIdToken(checked); });
                                });
}

void SignInFlow::checkIdToken(const TokenRecord& record)
{
    const QString nonce = m_authorization ? m_authorization->nonce() : QString();
    // OIDC Core §3.1.3.3: a granted `openid` comes with an id_token; without it the nonce sent
    // (§3.1.3.7 item 11) cannot be checked, so the answer is refused.
    const bool openidGranted
        = record.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("openid"));
    if (!nonce.isEmpty() && openidGranted && record.idToken.isEmpty()) {
        fail(tr("The sign-in asked for OpenID Connect (openid) and the server granted it, but it sent no ID token "
                "back, so the sign-in was refused."));
        return;
    }
    if (record.idToken.isEmpty()) {
        store(record);
        return;
    }
    setStep(Step::Exchanging, tr("Checking the ID token against the server's keys…"));
    IdTokenVerifier* verifier = m_verifier;
    if (!verifier) {
        verifier = new IdTokenVerifier(m_network, *m_configuration, m_profile.clientId, this);
        verifier->setSslConfiguration(m_profile.sslConfiguration());
    }
    verifier->verify(record.idToken, nonce, QDateTime::currentDateTimeUtc(),
                     [this, verifier, record](const IdTokenCheck& check) {
                         verifier->deleteLater();
                         if (m_step == Step::Failed) // cancelled meanwhile
                             return;
                         if (check.refusesSignIn()) {
                             fail(check.describe() + QLatin1Char(' ') + tr("Nothing was stored."));
                             return;
                         }
                         TokenRecord checked = record;
                         checked.idTokenCheck = check;
                         store(checked);
                     });
}

void SignInFlow::store(const TokenRecord& record)
{
    const QString user = userFor(record, m_profile);
    if (m_profile.keepsSessions()) {
        // The session is the user's from here whatever the keychain answers (one that refuses or is
        // missing leaves it in memory, and TokenStore tells the user), so the tabs do not wait for
        // the save: a round trip to the Secret Service (about 6 ms with gnome-keyring) that decides
        // nothing. The keychain's jobs run one at a time in the order they were started (qtkeychain's
        // JobExecutor), so a sign-out's removal or a refresh's save that follows lands after this one.
        // The next start resumes this user: remembered now, so that a window closed at once still
        // resumes it, and forgotten again if the keychain did not keep the record (a resume that finds
        // none asks the user to sign in anyway). QSettings writes the file itself when the event loop
        // comes back. The flow may be gone when the answer comes; the profile store outlives it.
        if (m_profiles)
            m_profiles->setLastUser(m_profile.id, user);
        ProfileStore* profiles = m_profiles;
        m_tokens->saveRecord(m_profile.tokenKey(user), record,
                             [profiles, profileId = m_profile.id, user](TokenStore::Result result, const QString&) {
                                 const bool kept = result != TokenStore::Result::InMemoryOnly
                                     && result != TokenStore::Result::Failed;
                                 if (!kept && profiles && profiles->lastUser(profileId) == user) {
                                     profiles->setLastUser(profileId, QString());
                                     profiles->sync();
                                 }
                             });
    }
    setStep(Step::Finished, tr("Signed in."));
    emit succeeded(*m_configuration, record, user);
}

void SignInFlow::cancel()
{
    if (m_discovery)
        m_discovery->abort();
    fail(tr("Sign-in cancelled."));
}

} // namespace ccri::auth
