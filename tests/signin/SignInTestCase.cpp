#include "SignInTestCase.h"

#include "server/SandboxServer.h"
#include "SignInTestSupport.h"

namespace ccri::test {

SignInTestCase::SignInTestCase(ScratchHome* home)
    : m_home(home)
    , m_service(SignInTestSupport::keychainService())
{
}

SignInTestCase::~SignInTestCase() = default;

} // namespace ccri::test
