#pragma once

#include <memory>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri {
class AccountController;
class ExplorerShell;
class MainWindow;
namespace auth {
class Clock;
}
} // namespace ccri

namespace ccri::test {

// The explorer as main() builds it (ExplorerShell), for one test function: on its own settings
// file (named after the test function) and the test's keychain service, pointed at the sandbox. close() is the app
// closing: it notes the keychain key of a signed-in session and its tokens, and waits until no WebEngine view is left.
class ExplorerUnderTest
{
public:
    ExplorerUnderTest();
    ~ExplorerUnderTest();

    // The time the next open() explorer goes by (not owned; nullptr: the system clock).
    void setClock(const auth::Clock* clock) { m_clock = clock; }
    void open(const QString& folder, const QUrl& sandboxFhirBase, const QString& keychainService, bool show = true);
    void close(QStringList* keys = nullptr, QStringList* secrets = nullptr);

    ExplorerShell* shell() const { return m_shell.get(); }
    AccountController* account() const;
    MainWindow* window() const;

private:
    std::unique_ptr<ExplorerShell> m_shell;
    const auth::Clock* m_clock = nullptr;
};

} // namespace ccri::test
