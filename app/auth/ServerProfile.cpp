#include "app/auth/ServerProfile.h"

#include "app/core/ScopePolicy.h"
#include "app/crypto/JwsAlgorithm.h"
#include "app/net/ExtraHeaders.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QStringList>

namespace ccri::auth {

bool ServerProfile::isValid(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (displayName.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ServerProfile", "The profile needs a name."));
    if (!fhirBase.isValid()
        || (fhirBase.scheme() != QLatin1String("https") && fhirBase.scheme() != QLatin1String("http"))
        || fhirBase.host().isEmpty())
        return fail(QCoreApplication::translate("ServerProfile",
                                                "The FHIR base URL must be an http:// or https:// address, "
                                                "for example https://example.org/fhir/STU3."));
    if (clientId.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ServerProfile", "The profile needs a client id."));
    if (signInMode == SignInMode::ClientCredentials && !isConfidential())
        return fail(QCoreApplication::translate(
            "ServerProfile", "Client credentials sign-in needs a confidential client with a secret or a signing key."));
    if (clientType == ClientType::SignedJwt && !crypto::JwsAlgorithm::fromName(signingAlgorithm))
        return fail(QCoreApplication::translate("ServerProfile",
                                                "The signing algorithm \"%1\" is not one of RS384, ES384, RS512 "
                                                "or RS256.")
                        .arg(signingAlgorithm));
    if (signInMode != SignInMode::ClientCredentials && !redirectUri.isValid())
        return fail(QCoreApplication::translate("ServerProfile", "The redirect URI is not a valid address."));
    QString redirectError;
    if (signInMode == SignInMode::EmbeddedBrowser && !isCatchableRedirect(redirectUri, &redirectError))
        return fail(redirectError);
    QString headerError;
    if (!net::ExtraHeaders::parse(extraHeaders, &headerError))
        return fail(headerError);
    return true;
}

QSslConfiguration ServerProfile::sslConfiguration(QString* error) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (trustedCaFile.isEmpty())
        return configuration;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(trustedCaFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ServerProfile", "The trusted CA file %1 holds no PEM certificate.")
                         .arg(trustedCaFile);
        return configuration;
    }
    configuration.addCaCertificates(certificates);
    return configuration;
}

QString ServerProfile::tokenKey(const QString& user) const
{
    return QStringLiteral("token/%1/%2").arg(id, user);
}

QString ServerProfile::secretKey() const
{
    return QStringLiteral("secret/%1").arg(id);
}

QString ServerProfile::signingKeyKey() const
{
    return QStringLiteral("signing-key/%1").arg(id);
}

QString ServerProfile::defaultScopes(const QString& policy)
{
    QStringList scopes;
    if (auto loaded = ScopePolicy::load(policy)) {
        for (const auto& rule : loaded->rules()) {
            const Scope& required = rule.required;
            QString scope = required.text();
            if (required.isResource() && !required.hasPermissions())
                scope += QStringLiteral(".read"); // CCRI lists DocumentReference and Binary without a suffix
            if (!scopes.contains(scope))
                scopes << scope;
        }
    }
    // `profile`: the sandbox (and OIDC Core §5.4) gives the name in the id_token only with it.
    scopes << QStringLiteral("openid") << QStringLiteral("fhirUser") << QStringLiteral("profile")
           << QStringLiteral("offline_access");
    return scopes.join(QLatin1Char(' '));
}

QString ServerProfile::defaultSystemScopes(const QString& policy)
{
    QStringList scopes;
    for (const QString& scope : defaultScopes(policy).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype slash = scope.indexOf(QLatin1Char('/'));
        if (slash < 0)
            continue; // openid, fhirUser, profile, offline_access: not for a backend service
        const QString system = QStringLiteral("system") + scope.mid(slash);
        if (!scopes.contains(system))
            scopes << system;
    }
    return scopes.join(QLatin1Char(' '));
}

QUrl ServerProfile::defaultRedirectUri(SignInMode mode)
{
    // A loopback address for both browsers (RFC 8252 §7.3). The embedded browser catches it before
    // it loads (QtWebEngine 6.4 never offers a redirect to a private-use scheme such as
    // uk.nhs.ccri.explorer:/callback to the navigation hook); the system browser's listener
    // replaces the port with the one it opened.
    Q_UNUSED(mode)
    return QUrl(QStringLiteral("http://127.0.0.1/callback"));
}

bool ServerProfile::isCatchableRedirect(const QUrl& uri, QString* error)
{
    const bool web = uri.scheme() == QLatin1String("http") || uri.scheme() == QLatin1String("https");
    if (uri.isValid() && web && !uri.host().isEmpty())
        return true;
    if (error) {
        *error = QCoreApplication::translate(
                     "ServerProfile",
                     "The embedded browser can't catch a redirect to “%1”: only an http:// or https:// address "
                     "comes back to the explorer (an address such as uk.nhs.ccri.explorer:/callback never does, "
                     "so sign-in would wait until Cancel). Use a loopback address such as "
                     "http://127.0.0.1/callback, registered with the server for this client.")
                     .arg(uri.toString());
    }
    return false;
}

QString ServerProfile::clientTypeName(ClientType type)
{
    switch (type) {
    case ClientType::Confidential:
        return QStringLiteral("confidential");
    case ClientType::SignedJwt:
        return QStringLiteral("private-key-jwt");
    case ClientType::Public:
        break;
    }
    return QStringLiteral("public");
}

ServerProfile::ClientType ServerProfile::clientTypeFromName(const QString& name)
{
    if (name == QLatin1String("confidential"))
        return ClientType::Confidential;
    if (name == QLatin1String("private-key-jwt"))
        return ClientType::SignedJwt;
    return ClientType::Public;
}

QString ServerProfile::pkceModeName(PkceMode mode)
{
    switch (mode) {
    case PkceMode::Always:
        return QStringLiteral("always");
    case PkceMode::Off:
        return QStringLiteral("off");
    case PkceMode::Auto:
        break;
    }
    return QStringLiteral("auto");
}

ServerProfile::PkceMode ServerProfile::pkceModeFromName(const QString& name)
{
    if (name == QLatin1String("always"))
        return PkceMode::Always;
    if (name == QLatin1String("off"))
        return PkceMode::Off;
    return PkceMode::Auto;
}

QString ServerProfile::signInModeName(SignInMode mode)
{
    switch (mode) {
    case SignInMode::SystemBrowser:
        return QStringLiteral("system-browser");
    case SignInMode::ClientCredentials:
        return QStringLiteral("client-credentials");
    case SignInMode::EmbeddedBrowser:
        break;
    }
    return QStringLiteral("embedded");
}

ServerProfile::SignInMode ServerProfile::signInModeFromName(const QString& name)
{
    if (name == QLatin1String("system-browser"))
        return SignInMode::SystemBrowser;
    if (name == QLatin1String("client-credentials"))
        return SignInMode::ClientCredentials;
    return SignInMode::EmbeddedBrowser;
}

} // namespace ccri::auth
