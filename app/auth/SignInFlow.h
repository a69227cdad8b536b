#pragma once

#include "app/auth/AccountTask.h"
#include "app/auth/AuthorizationStep.h"
#include "app/auth/ServerProfile.h"
#include "app/auth/SmartConfiguration.h"
#include "app/auth/TokenRecord.h"
#include "app/crypto/SigningKey.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ccri::auth {

class Discovery;
class LoopbackRedirectListener;
class ProfileStore;
class IdTokenVerifier;
class TokenClient;
class TokenStore;

// Signing in to one profile, as a chain of step objects with signals:
//   discover (Discovery) → authorize (AuthorizationStep + a browser) → exchange (TokenClient)
//   (the authorization starts once the smart-configuration has answered; the CapabilityStatement
//   completes the configuration meanwhile, and the id_token check waits for it if it must)
//   → check the id_token (IdTokenVerifier: nonce, iss, aud, exp, signature against jwks_uri)
//   → store (TokenStore, key per profile and user; succeeded() does not wait for the keychain).
// Client-credentials profiles skip the browser. A signed-JWT profile's private key is read from the
// keychain (SigningKeyStore) before the token endpoint is asked. The browser is outside: for the embedded browser
// the flow emits browserRequired() and the window hands the caught redirect to handleRedirect();
// for the system browser it runs a LoopbackRedirectListener and emits externalBrowserRequired().
// Ends in exactly one of succeeded() or failed().
class SignInFlow : public AccountTask
{
    Q_OBJECT
public:
    enum class Step
    {
        Idle,
        Discovering,
        LoadingSecret,
        Authorizing,
        Exchanging,
        Finished,
        Failed
    };
    Q_ENUM(Step)

    SignInFlow(const ServerProfile& profile, QNetworkAccessManager* network, TokenStore* tokens,
               ProfileStore* profiles = nullptr, QObject* parent = nullptr);
    ~SignInFlow() override;

    void setConfiguration(const SmartConfiguration& configuration) { m_configuration = configuration; }
    void setClientSecret(const QString& secret) { m_clientSecret = secret; }
    void setSigningKey(const crypto::SigningKey& key) { m_signingKey = key; }
    void start();
    void handleRedirect(const QUrl& url);
    void cancel();

    Step step() const { return m_step; }
    std::optional<SmartConfiguration> configuration() const { return m_configuration; }
    QString clientSecret() const { return m_clientSecret; }
    std::optional<crypto::SigningKey> signingKey() const { return m_signingKey; }
    QByteArray lastAssertion() const; // the client assertion sent for the tokens, empty when none
    AuthorizationStep* authorization() const { return m_authorization; }
    QUrl redirectUri() const;

    // The user a token record belongs to, for the keychain key: the id_token's subject, else the client id.
    static QString userFor(const TokenRecord& record, const ServerProfile& profile);

signals:
    void stepChanged(ccri::auth::SignInFlow::Step step, const QString& description);
    void browserRequired(const QUrl& url, const QUrl& redirectUri);
    void externalBrowserRequired(const QUrl& url);
    // The server's CapabilityStatement as discovery read it, before the sign-in ends: a view may start
    // reading it now. succeeded()'s configuration carries the same bytes.
    void statementRead(const QByteArray& statement);
    void succeeded(const ccri::auth::SmartConfiguration& configuration, const ccri::auth::TokenRecord& record,
                   const QString& user);
    void failed(const QString& message);

private:
    void setStep(Step step, const QString& description);
    void fail(const QString& message);
    void onDiscovered(const SmartConfiguration& configuration);
    void onDiscoveryFinished(const SmartConfiguration& configuration);
    void afterDiscovery(const std::function<void()>& next); // at once, or when the statement has answered
    void loadSecretThenContinue();
    void loadSigningKeyThenContinue();
    void authorize();
    void exchange(const QString& code);
    void checkIdToken(const TokenRecord& record); // OIDC Core §3.1.3.7, before anything is stored
    void store(const TokenRecord& record);
    bool shouldUsePkce() const;

    Step m_step = Step::Idle;
    std::optional<SmartConfiguration> m_configuration;
    QString m_clientSecret;
    std::optional<crypto::SigningKey> m_signingKey;
    QPointer<Discovery> m_discovery;
    bool m_discovering = false; // the CapabilityStatement not yet answered
    std::function<void()> m_whenDiscovered; // the step after the tokens came, if they came before it
    QPointer<AuthorizationStep> m_authorization;
    QPointer<LoopbackRedirectListener> m_listener;
    QPointer<TokenClient> m_tokenClient;
    QPointer<IdTokenVerifier> m_verifier; // made at the authorization step, fetching the keys meanwhile
};

} // namespace ccri::auth
