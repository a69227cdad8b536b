#pragma once

#include "ui/signin/LocalSandbox.h"

namespace ccri::sandbox {

class InProcessSandbox;

// The explorer's LocalSandbox: an InProcessSandbox (its own thread) with ephemeral options and
// the profile's policy. Hand InProcessLocalSandbox::factory() to ExplorerShell.
class InProcessLocalSandbox : public LocalSandbox
{
    Q_OBJECT

public:
    explicit InProcessLocalSandbox(QObject* parent = nullptr);
    ~InProcessLocalSandbox() override;

    static LocalSandboxFactory factory();

    void start(const QString& policy) override;
    void retire() override;
    bool isRunning() const override;
    QUrl fhirBase() const override;
    QString summary(bool showSecrets) const override;
    QList<FaultSwitch> faultSwitches() const override;
    void switchFault(const QString& name, const QString& value, bool on) override;
    QString faultsOn() const override { return m_faults.join(QLatin1Char(' ')); }

private:
    InProcessSandbox* m_sandbox;
    QStringList m_faults; // "NAME[=VALUE]" switched on: kept across restarts (the next start's --fault)
};

} // namespace ccri::sandbox
