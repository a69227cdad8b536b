#pragma once

#include <QString>
#include <QUrl>

namespace ccri {

// What the command line asks of the window at start (ExplorerShell::start): --sandbox / --server
// choose the profile, --scope / --policy / --redirect-uri shape it, --sign-in opens the sign-in at
// once, --preview-scopes fills the scope preview. Empty: a plain start (the welcome may show).
struct ExplorerStart
{
    bool sandbox = false;
    QUrl server;
    QString clientId;
    QString scope;
    bool policyGiven = false;
    QString policy;
    QUrl redirectUri;
    bool signIn = false;
    bool previewScopesGiven = false;
    QString previewScopes;
};

} // namespace ccri
