#pragma once

#include "app/crypto/SigningKey.h"

#include <optional>
#include <QString>
#include <QUrl>

namespace ccri {

class ExplorerCommandLine;

// What the command line asks of the window at start (ExplorerShell::start): --sandbox / --server
// choose the profile, --scope / --policy / --redirect-uri shape it, --sign-in opens the sign-in at
// once, --preview-scopes fills the scope preview. Empty: a plain start (the welcome may show).
struct ExplorerStart
{
    bool sandbox = false;
    bool sandboxR4 = false; // --fhir-version R4: the sandbox's UK Core R4 profile
    QUrl server;
    QString clientId;
    QString scope;
    bool policyGiven = false;
    QString policy;
    QUrl redirectUri;
    bool signIn = false;
    // --system: a backend service (client credentials, system/ scopes); --private-key: its key, read
    // from the file (a secret in memory: the shell puts it in the keychain, nowhere else).
    bool system = false;
    std::optional<crypto::SigningKey> signingKey;
    QString signingAlgorithm = QStringLiteral("RS384");
    bool previewScopesGiven = false;
    QString previewScopes;
    QString patientNhsNumber; // --patient-nhs-number: that patient's Overview once signed in

    // What main() asks of the shell for a parsed command line; a --private-key file is read here
    // (on failure: nullopt and a sentence in *error).
    static std::optional<ExplorerStart> fromCommandLine(const ExplorerCommandLine& commandLine, QString* error);
};

} // namespace ccri
