#include "sandbox/server/InProcessLocalSandbox.h"

#include "sandbox/faults/FaultSwitchboard.h"
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
    connect(m_sandbox, &InProcessSandbox::faultRefused, this, &LocalSandbox::faultRefused);
    connect(m_sandbox, &InProcessSandbox::faultsChanged, this, [this](const QString& faultsOn) {
        m_faults = faultsOn.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        emit faultsChanged(faultsOn);
    });
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
    options.faults = m_faults;
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

QList<LocalSandbox::FaultSwitch> InProcessLocalSandbox::faultSwitches() const
{
    QList<FaultSwitch> switches;
    for (const Fault& fault : Fault::all())
        switches.append({fault.name(), fault.valueHint(), fault.meaning()});
    return switches;
}

void InProcessLocalSandbox::switchFault(const QString& name, const QString& value, bool on)
{
    const QString spec = on && !value.trimmed().isEmpty() ? name + QLatin1Char('=') + value.trimmed() : name;
    if (m_sandbox->isRunning()) {
        m_sandbox->switchFault(spec, on);
        return;
    }
    // Not running: checked here, kept for the next start.
    QString error;
    std::optional<std::pair<Fault, QString>> parsed;
    if (on)
        parsed = FaultSwitchboard::parse(spec, &error);
    else if (const std::optional<Fault> fault = Fault::find(name))
        parsed = std::make_pair(*fault, QString());
    else
        error = tr("There is no fault called \"%1\".").arg(name);
    QMetaObject::invokeMethod(
        this,
        [this, parsed, error, on, name] {
            if (!parsed) {
                emit faultRefused(error);
                return;
            }
            m_faults.removeIf(
                [&name](const QString& kept) { return kept == name || kept.startsWith(name + QLatin1Char('=')); });
            if (on)
                m_faults << (parsed->second.isEmpty() ? name : name + QLatin1Char('=') + parsed->second);
            emit faultsChanged(faultsOn());
        },
        Qt::QueuedConnection);
}

} // namespace ccri::sandbox
