#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace ccri::auth {

// One FHIR server the explorer can sign in to. Stored by ProfileStore in QSettings: it holds no
// secret (a confidential client's secret lives in the keychain, under secretKey()).
class ServerProfile
{
public:
    enum class ClientType
    {
        Public,
        Confidential
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
    QString policy = QStringLiteral("ccri"); // "ccri", "smart" or a file path
    PkceMode pkceMode = PkceMode::Auto;
    QUrl redirectUri;
    SignInMode signInMode = SignInMode::EmbeddedBrowser;
    QString trustedCaFile; // PEM file of a private CA, empty for the system's
    bool builtin = false; // built-in profiles can be duplicated but not removed
    bool inProcessSandbox = false; // "Local CCRI sandbox": started in-process on demand

    bool isValid(QString* error = nullptr) const;

    // Whether sessions are saved in the keychain and resumed at the next start. Not with an
    // in-process sandbox: each start signs with a new key, so its tokens die with the process.
    bool keepsSessions() const { return !inProcessSandbox; }

    // The system's CAs plus trustedCaFile's, for every request to this server. On a bad file: the
    // system's only, and a sentence in *error.
    QSslConfiguration sslConfiguration(QString* error = nullptr) const;

    // The keychain keys: one per profile and user for tokens, one per profile for the secret.
    QString tokenKey(const QString& user) const;
    QString secretKey() const;

    // What a profile asks for without explicit scopes: the read scopes its policy names plus
    // "openid fhirUser profile offline_access".
    static QString defaultScopes(const QString& policy);
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
