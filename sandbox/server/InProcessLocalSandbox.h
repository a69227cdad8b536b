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

private:
    InProcessSandbox* m_sandbox;
};

} // namespace ccri::sandbox
