#pragma once

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
    static void collectSecrets(auth::Session* session, QStringList* secrets);
    static QStringList openTabs(MainWindow* window);
    static int webEngineViewCount();
};

} // namespace ccri::test
