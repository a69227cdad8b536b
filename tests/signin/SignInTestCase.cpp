#include "tests/signin/SignInTestCase.h"

#include "sandbox/server/SandboxServer.h"
#include "tests/signin/SignInTestSupport.h"

namespace ccri::test {

SignInTestCase::SignInTestCase(ScratchHome* home)
    : m_home(home)
    , m_service(SignInTestSupport::keychainService())
{
}

SignInTestCase::~SignInTestCase() = default;

} // namespace ccri::test
