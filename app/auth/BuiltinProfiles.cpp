#include "app/auth/BuiltinProfiles.h"

#include <QCoreApplication>

namespace ccri::auth {

ServerProfile BuiltinProfiles::localSandbox(const QUrl& fhirBase)
{
    ServerProfile profile;
    profile.id = localSandboxId();
    profile.displayName = QCoreApplication::translate("BuiltinProfiles", "Local CCRI sandbox");
    profile.fhirBase = fhirBase.isValid() ? fhirBase : QUrl(QStringLiteral("http://127.0.0.1/fhir/STU3"));
    profile.clientId = QStringLiteral("ccri-explorer");
    profile.clientType = ServerProfile::ClientType::Public;
    profile.policy = QStringLiteral("ccri");
    profile.scopes = ServerProfile::defaultScopes(profile.policy);
    profile.pkceMode = ServerProfile::PkceMode::Always;
    profile.signInMode = ServerProfile::SignInMode::EmbeddedBrowser;
    profile.redirectUri = ServerProfile::defaultRedirectUri(profile.signInMode);
    profile.builtin = true;
    profile.inProcessSandbox = true;
    return profile;
}

ServerProfile BuiltinProfiles::historicalCcri()
{
    // The real deployment (nhsconnect/careconnect-reference-implementation): FHIR STU3 behind a
    // MITREid Connect server at https://data.developer.nhs.uk/ccri-auth. Its Postman guide used the
    // client_credentials demo clients, so that is what this profile does.
    ServerProfile profile;
    profile.id = historicalCcriId();
    profile.displayName = QCoreApplication::translate("BuiltinProfiles", "CCRI secured endpoint (historical)");
    profile.fhirBase = QUrl(QStringLiteral("https://data.developer.nhs.uk/ccri-smartonfhir/STU3"));
    profile.clientId = QStringLiteral("clinical-access");
    profile.clientType = ServerProfile::ClientType::Confidential;
    profile.policy = QStringLiteral("ccri");
    profile.scopes = ServerProfile::defaultScopes(profile.policy);
    profile.pkceMode = ServerProfile::PkceMode::Auto;
    profile.signInMode = ServerProfile::SignInMode::ClientCredentials;
    profile.redirectUri = ServerProfile::defaultRedirectUri(ServerProfile::SignInMode::EmbeddedBrowser);
    profile.builtin = true;
    return profile;
}

QList<ServerProfile> BuiltinProfiles::all()
{
    return {localSandbox(), historicalCcri()};
}

} // namespace ccri::auth
