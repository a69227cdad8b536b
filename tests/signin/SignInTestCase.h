#pragma once

#include "tests/signin/ExplorerUnderTest.h"

#include <memory>
#include <QObject>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {
class SandboxServer;
}

namespace ccri::test {

class ScratchHome;

// What the sign-in test cases share: the scratch home, a real sandbox, the explorer as main()
// builds it, this process's keychain service, and every secret and keychain key seen, so that
// cleanupTestCase() can remove the keys and look for the secrets on disk. (No slots here: each
// test declares its own.)
class SignInTestCase : public QObject
{
protected:
    explicit SignInTestCase(ScratchHome* home);
    ~SignInTestCase() override;

    ScratchHome* m_home;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    ExplorerUnderTest m_app;
    QString m_service;
    QStringList m_secrets;
    QStringList m_keys;
};

} // namespace ccri::test
