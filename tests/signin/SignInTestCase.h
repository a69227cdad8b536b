#pragma once

#include "tests/signin/ExplorerUnderTest.h"
#include "tests/signin/ScratchHome.h"

#include <memory>
#include <QApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTest>

namespace ccri::sandbox {
class SandboxServer;
}

namespace ccri::test {

// What the sign-in test cases share: the scratch home, a real sandbox, the explorer as main()
// builds it, this process's keychain service, and every secret and keychain key seen, so that
// finishTestCase() can remove the keys and look for the secrets on disk. The usual set-up and
// tear-down are its slots; a test that needs others declares a slot of the same name (QTest calls
// the most derived one), which may call the steps below.
class SignInTestCase : public QObject
{
    Q_OBJECT

public:
    explicit SignInTestCase(ScratchHome* home);
    ~SignInTestCase() override;

private slots:
    void initTestCase() { startSandbox(); }
    void init() { openExplorer(); }
    void cleanup() { closeExplorer(); }
    void cleanupTestCase() { finishTestCase(); }

protected:
    // initTestCase: a sandbox of the test's own on a free loopback port (tokens of that many
    // seconds; 0: the default), in m_server.
    void startSandbox(int tokenLifetimeSeconds = 0);
    // init: the explorer on m_server (none: the Local CCRI sandbox profiles start their own), on a
    // settings file of this test function.
    void openExplorer();
    // cleanup: the explorer closes (its session's key and tokens noted); no WebEngine view is left.
    void closeExplorer();
    // cleanupTestCase: nothing left in the keyring, secrets were seen, and no file holds one.
    void finishTestCase();
    // The trainer's faults on m_server (ccri-sandbox --fault NAME[=VALUE]): on (the test fails when the
    // switchboard refuses the spec), off by name, and all off (in a cleanup, so no fault outlives its test).
    void switchFaultOn(const QString& spec);
    void switchFaultOff(const QString& name);
    void switchFaultsOff();

    ScratchHome* m_home;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    ExplorerUnderTest m_app;
    QString m_service;
    QStringList m_secrets;
    QStringList m_keys;
};

// main() of a sign-in test: the scratch home before the application (so every file it writes is
// searched), and the OpenGL sharing WebEngine needs.
template<typename Test> int runSignInTest(int argc, char** argv)
{
    ScratchHome home;
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("CareConnect Explorer Tests"));
    Test test(&home);
    return QTest::qExec(&test, argc, argv);
}

// The same, for a test that runs itself again as a child (SignInTestSupport::runWithoutKeychain):
// with `childArgument`, the process is `child` instead.
template<typename Test> int runSignInTest(int argc, char** argv, const char* childArgument, int (*child)(int, char**))
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], childArgument) == 0)
            return child(1, argv);
    }
    return runSignInTest<Test>(argc, argv);
}

} // namespace ccri::test
