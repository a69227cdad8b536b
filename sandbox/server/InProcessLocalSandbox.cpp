#include "sandbox/server/InProcessLocalSandbox.h"

#include "sandbox/server/InProcessSandbox.h"
#include "sandbox/server/SandboxOptions.h"

namespace ccri::sandbox {

InProcessLocalSandbox::InProcessLocalSandbox(QObject* parent)
    : LocalSandbox(parent)
    , m_sandbox(new InProcessSandbox(this))
{
    connect(m_sandbox, &InProcessSandbox::ready, this, &LocalSandbox::ready);
    connect(m_sandbox, &InProcessSandbox::failed, this, &LocalSandbox::failed);
    connect(m_sandbox, &InProcessSandbox::requestLogged, this, &LocalSandbox::requestLogged);
}

InProcessLocalSandbox::~InProcessLocalSandbox() = default;

LocalSandboxFactory InProcessLocalSandbox::factory()
{
    return [](QObject* parent) { return new InProcessLocalSandbox(parent); };
}

void InProcessLocalSandbox::start(const QString& policy)
{
    SandboxOptions options = SandboxOptions::ephemeral();
    options.policy = policy;
    m_sandbox->start(options);
}

void InProcessLocalSandbox::retire()
{
    m_sandbox->retire();
}

bool InProcessLocalSandbox::isRunning() const
{
    return m_sandbox->isRunning();
}

QUrl InProcessLocalSandbox::fhirBase() const
{
    return m_sandbox->fhirBase();
}

QString InProcessLocalSandbox::summary(bool showSecrets) const
{
    return m_sandbox->summary(showSecrets);
}

} // namespace ccri::sandbox
