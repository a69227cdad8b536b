#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri::auth {

// One FHIR server the explorer can sign in to. Stored by ProfileStore in QSettings: it holds no
// secret (a confidential client's secret lives in the keychain, under secretKey(); a signed-JWT
// client's private key too, under signingKeyKey()).
class ServerProfile
{
public:
    enum class ClientType
    {
        Public,
        Confidential, // client_secret_basic (RFC 6749 §2.3.1)
        // private_key_jwt: a JWT signed with the profile's own private key (RFC 7523 §2.2 and §3;
        // SMART App Launch 2.2 "Client Authentication: Asymmetric")
        SignedJwt
    };
    enum class PkceMode
    {
        Auto, // send S256 unless the server advertises methods without it
        Always,
        Off
    };
    enum class SignInMode
    {
        EmbeddedBrowser,
        SystemBrowser,
        ClientCredentials // system-to-system, confidential clients only, no browser
    };

    ServerProfile() = default;

    QString id; // stable key, e.g. "local-sandbox" or a UUID
    QString displayName;
    QUrl fhirBase;
    QString clientId;
    ClientType clientType = ClientType::Public;
    QString scopes; // space-separated, what to request
    QString policy = QStringLiteral("ccri");
    QString signingAlgorithm
        = QStringLiteral("RS384"); // SignedJwt: the JWS alg of the client's key // "ccri", "smart" or a file path
    PkceMode pkceMode = PkceMode::Auto;
    QUrl redirectUri;
    SignInMode signInMode = SignInMode::EmbeddedBrowser;
    QString trustedCaFile; // PEM file of a private CA, empty for the system's
    // Extra request headers, "Name: value" templates ({uuid}: a fresh UUID per request), e.g.
    // "X-Request-ID: {uuid}" for NHS England's APIs; never Authorization (net::ExtraHeaders).
    QStringList extraHeaders;
    bool builtin = false; // built-in profiles can be duplicated but not removed
    bool inProcessSandbox = false; // "Local CCRI sandbox": started in-process on demand

    bool isValid(QString* error = nullptr) const;
    bool isConfidential() const { return clientType != ClientType::Public; }

    // Whether sessions are saved in the keychain and resumed at the next start. Not with an
    // in-process sandbox: each start signs with a new key, so its tokens die with the process.
    bool keepsSessions() const { return !inProcessSandbox; }

    // The system's CAs plus trustedCaFile's, for every request to this server. On a bad file: the
    // system's only, and a sentence in *error.
    QSslConfiguration sslConfiguration(QString* error = nullptr) const;

    // The keychain keys: one per profile and user for tokens, one per profile for the secret or key.
    QString tokenKey(const QString& user) const;
    QString secretKey() const;
    QString signingKeyKey() const; // SignedJwt: the private key's PKCS#8 PEM

    // What a profile asks for without explicit scopes: the read scopes its policy names plus
    // "openid fhirUser profile offline_access".
    static QString defaultScopes(const QString& policy);
    // A backend service's: the policy's read scopes as system/ scopes (SMART Backend Services), no openid.
    static QString defaultSystemScopes(const QString& policy);
    static QUrl defaultRedirectUri(SignInMode mode);
    // Whether the embedded browser can catch a redirect to `uri`: an http:// or https:// address
    // with a host (loopback as http://127.0.0.1[:port]/path or http://localhost/..., or a server's
    // own). QtWebEngine 6.4 never shows the app a redirect to a private-use scheme such as
    // uk.nhs.ccri.explorer:/callback, so sign-in would wait until Cancel. On false: a sentence.
    static bool isCatchableRedirect(const QUrl& uri, QString* error = nullptr);

    static QString clientTypeName(ClientType type);
    static ClientType clientTypeFromName(const QString& name);
    static QString pkceModeName(PkceMode mode);
    static PkceMode pkceModeFromName(const QString& name);
    static QString signInModeName(SignInMode mode);
    static SignInMode signInModeFromName(const QString& name);
};

} // namespace ccri::auth
