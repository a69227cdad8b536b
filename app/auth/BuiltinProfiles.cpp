#include "app/auth/BuiltinProfiles.h"

#include <QCoreApplication>

namespace ccri::auth {

namespace {
// What the built-ins share: built in, under the CCRI policy with its default scopes.
ServerProfile builtinProfile(const QString& id, const QString& displayName, const QUrl& fhirBase,
                             const QString& clientId)
{
    ServerProfile profile;
    profile.id = id;
    profile.displayName = displayName;
    profile.fhirBase = fhirBase;
    profile.clientId = clientId;
    profile.policy = QStringLiteral("ccri");
    profile.scopes = ServerProfile::defaultScopes(profile.policy);
    profile.builtin = true;
    return profile;
}
} // namespace

ServerProfile BuiltinProfiles::localSandbox(const QUrl& fhirBase)
{
    ServerProfile profile
        = builtinProfile(localSandboxId(), QCoreApplication::translate("BuiltinProfiles", "Local CCRI sandbox"),
                         fhirBase.isValid() ? fhirBase : QUrl(QStringLiteral("http://127.0.0.1/fhir/STU3")),
                         QStringLiteral("ccri-explorer"));
    profile.clientType = ServerProfile::ClientType::Public;
    profile.pkceMode = ServerProfile::PkceMode::Always;
    profile.signInMode = ServerProfile::SignInMode::EmbeddedBrowser;
    profile.redirectUri = ServerProfile::defaultRedirectUri(profile.signInMode);
    profile.inProcessSandbox = true;
    return profile;
}

ServerProfile BuiltinProfiles::localSandboxR4(const QUrl& fhirBase)
{
    ServerProfile profile
        = localSandbox(fhirBase.isValid() ? fhirBase : QUrl(QStringLiteral("http://127.0.0.1/fhir/R4")));
    profile.id = localSandboxR4Id();
    profile.displayName = QCoreApplication::translate("BuiltinProfiles", "Local UK Core sandbox (R4)");
    // The CCRI's table belongs to its STU3 server; on R4 the SMART scopes are the natural ones.
    profile.policy = QStringLiteral("smart");
    profile.scopes = ServerProfile::defaultScopes(profile.policy);
    return profile;
}

QUrl BuiltinProfiles::inProcessBase(const ServerProfile& profile, const QUrl& running)
{
    if (!running.isValid() || !profile.fhirBase.path().endsWith(QLatin1String("/R4")))
        return running;
    QUrl base = running;
    QString path = base.path();
    path.truncate(path.lastIndexOf(QLatin1Char('/')) + 1);
    base.setPath(path + QStringLiteral("R4"));
    return base;
}

bool BuiltinProfiles::isBuiltinId(const QString& id)
{
    return id == localSandboxId() || id == localSandboxR4Id() || id == historicalCcriId();
}

ServerProfile BuiltinProfiles::historicalCcri()
{
    // The real deployment (nhsconnect/careconnect-reference-implementation): FHIR STU3 behind a
    // MITREid Connect server at https://data.developer.nhs.uk/ccri-auth. Its Postman guide used the
    // client_credentials demo clients, so that is what this profile does.
    ServerProfile profile = builtinProfile(
        historicalCcriId(), QCoreApplication::translate("BuiltinProfiles", "CCRI secured endpoint (historical)"),
        QUrl(QStringLiteral("https://data.developer.nhs.uk/ccri-smartonfhir/STU3")), QStringLiteral("clinical-access"));
    profile.clientType = ServerProfile::ClientType::Confidential;
    profile.pkceMode = ServerProfile::PkceMode::Auto;
    profile.signInMode = ServerProfile::SignInMode::ClientCredentials;
    profile.redirectUri = ServerProfile::defaultRedirectUri(ServerProfile::SignInMode::EmbeddedBrowser);
    return profile;
}

QList<ServerProfile> BuiltinProfiles::all()
{
    return {localSandbox(), localSandboxR4(), historicalCcri()};
}

} // namespace ccri::auth
