#pragma once

#include <QString>

namespace ccri {

namespace auth {
class Clock;
}
namespace net {
class AccessTokenProvider;
}

// How ExplorerShell is built: where its settings live and its keychain service (the product uses
// the application's QSettings and "ccri-explorer"; tests give a scratch file and their own service
// so parallel runs share nothing), and whether the user's language and high-contrast preferences
// are applied to the application (the program only: tests keep the default look).
struct ExplorerShellOptions
{
    QString settingsFile; // empty: the application's QSettings (organisation / application names)
    QString keychainService = QStringLiteral("ccri-explorer");
    bool applyPreferences = false;
    // Not null: the resource browser reads with these tokens (not owned; tests holding a
    // client-credentials token) instead of the signed-in session's.
    net::AccessTokenProvider* readingTokens = nullptr;
    // The time sessions go by (not owned); nullptr: the system clock.
    const auth::Clock* clock = nullptr;
};

} // namespace ccri
