#pragma once

#include "app/auth/ServerProfile.h"
#include "app/auth/TokenRecord.h"
#include "app/auth/TokenStore.h"
#include "app/fhir/FhirResponse.h"

#include <memory>
#include <optional>
#include <QString>
#include <QStringList>

class QWidget;

namespace ccri {
class AccountController;
class MainWindow;
namespace auth {
class Session;
}
} // namespace ccri

namespace ccri::sandbox {
class SandboxServer;
}

namespace ccri::fhir {
class FhirReply;
}

namespace ccri::test {

// Shared steps of the sign-in tests (real sandbox, real WebEngine, real keyring).
class SignInTestSupport
{
public:
    // Runs the account's sign-in and drives the sandbox's pages as `user`, unticking the consent
    // boxes whose scope contains any of `untick`. Collects every token and code seen into *secrets.
    // Returns the session, or nullptr (and the test has failed).
    static auth::Session* signInAs(AccountController* account, const QString& user, QStringList* secrets,
                                   const QStringList& untick = {});
    // The sandbox's confidential client clinical-access, signing in with client credentials (no browser).
    static auth::ServerProfile clinicalAccessProfile(const QUrl& fhirBase);
    // Signs in with that profile; the secret goes through the account's token store. The session, or nullptr.
    static auth::Session* signInWithClientCredentials(AccountController* account, const auth::ServerProfile& profile,
                                                      const QString& secret);
    static void collectSecrets(auth::Session* session, QStringList* secrets);
    static QStringList openTabs(MainWindow* window);
    static int webEngineViewCount();
    // A sandbox on a free loopback port (5 patients); nullptr and *error when it cannot start.
    static std::unique_ptr<sandbox::SandboxServer> startSandbox(QString* error, int tokenLifetimeSeconds = 0);
    // A keychain service of this test process only, so parallel runs never share an entry.
    static QString keychainService();
    // Deletes the entries from the real keyring; true when every job finished.
    static bool removeKeychainEntries(const QString& service, QStringList keys);
    // The record under `key` in the real keyring (nullopt when absent or unreadable; *result says which).
    static std::optional<auth::TokenRecord> keychainRecord(const QString& service, const QString& key,
                                                           auth::TokenStore::Result* result = nullptr);
    // Runs this test program again with `argument`, with no D-Bus (so no Secret Service) and the
    // offscreen platform; its exit code (-1 when it crashed or hung) and its output.
    static int runWithoutKeychain(const QString& argument, QString* output);
    // Waits (20 s at most) for the reply and gives its response.
    static fhir::FhirResponse responseOf(fhir::FhirReply* reply);
};

} // namespace ccri::test
