#pragma once

#include <memory>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri {
class AccountController;
class MainWindow;
} // namespace ccri

namespace ccri::test {

// The explorer as main() builds it, for one test function: a MainWindow with an AccountController
// on its own settings file (named after the test function) and the test's keychain service,
// pointed at the sandbox. close() is the app closing: it notes the keychain key of a signed-in
// session and its tokens, and waits until no WebEngine view is left.
class ExplorerUnderTest
{
public:
    ExplorerUnderTest();
    ~ExplorerUnderTest();

    void open(const QString& folder, const QUrl& sandboxFhirBase, const QString& keychainService, bool show = true);
    void close(QStringList* keys = nullptr, QStringList* secrets = nullptr);

    AccountController* account() const { return m_account.get(); }
    MainWindow* window() const { return m_window.get(); }

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AccountController> m_account;
};

} // namespace ccri::test
