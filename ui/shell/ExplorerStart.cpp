#include "ui/shell/ExplorerStart.h"

#include "app/auth/SigningKeyStore.h"
#include "app/cli/ExplorerCommandLine.h"

namespace ccri {

std::optional<ExplorerStart> ExplorerStart::fromCommandLine(const ExplorerCommandLine& commandLine, QString* error)
{
    ExplorerStart request;
    request.sandbox = commandLine.sandbox();
    request.sandboxR4 = commandLine.fhirVersion() == QLatin1String("R4");
    request.server = commandLine.server();
    request.clientId = commandLine.clientId();
    request.scope = commandLine.scope();
    request.policyGiven = commandLine.policyGiven();
    request.policy = commandLine.policy();
    request.redirectUri = commandLine.redirectUri();
    request.signIn = commandLine.signIn();
    request.system = commandLine.system();
    request.signingAlgorithm = commandLine.signingAlgorithm();
    request.previewScopesGiven = commandLine.previewScopesGiven();
    request.previewScopes = commandLine.previewScopes();
    request.patientNhsNumber = commandLine.patientNhsNumber();
    if (!commandLine.privateKeyFile().isEmpty()) {
        // Read once into memory; the shell puts it in the keychain and nowhere else.
        request.signingKey
            = auth::SigningKeyStore::readPemFile(commandLine.privateKeyFile(), commandLine.signingAlgorithm(), error);
        if (!request.signingKey)
            return std::nullopt;
    }
    return request;
}

} // namespace ccri
