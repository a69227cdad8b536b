#include "ui/signin/LocalSandboxLauncher.h"

#include "ui/signin/LocalSandbox.h"

namespace ccri {

LocalSandboxLauncher::LocalSandboxLauncher(const LocalSandboxFactory& factory, QObject* parent)
    : QObject(parent)
    , m_sandbox(factory(this))
{
    connect(m_sandbox, &LocalSandbox::ready, this, [this](const QUrl& fhirBase) {
        m_starting = false;
        emit ready(fhirBase);
    });
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString& message) {
        m_starting = false;
        m_policy.clear();
        m_sandbox->retire(); // its thread is idle: nothing was started on it
        emit failed(tr("The local sandbox could not start: %1").arg(message));
    });
    connect(m_sandbox, &LocalSandbox::requestLogged, this, &LocalSandboxLauncher::requestLogged);
}

LocalSandboxLauncher::~LocalSandboxLauncher() = default;

void LocalSandboxLauncher::start(const QString& policy)
{
    if (isReadyFor(policy)) {
        // Already up: the answer still comes later, as for a real start.
        QMetaObject::invokeMethod(
            this,
            [this, policy] {
                if (isReadyFor(policy))
                    emit ready(m_sandbox->fhirBase());
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_starting && m_policy == policy)
        return; // ready() follows
    const bool restart = m_starting || m_sandbox->isRunning();
    m_sandbox->retire(); // without waiting: the old one shuts down on its thread, a start under way is dropped
    m_policy = policy;
    m_starting = true;
    if (restart)
        emit restarting(policy);
    m_sandbox->start(policy);
}

bool LocalSandboxLauncher::isReadyFor(const QString& policy) const
{
    return !m_starting && m_sandbox->isRunning() && m_policy == policy;
}

QString LocalSandboxLauncher::summary(bool showSecrets) const
{
    return m_sandbox->summary(showSecrets);
}

QUrl LocalSandboxLauncher::fhirBase() const
{
    return m_sandbox->fhirBase();
}

} // namespace ccri
