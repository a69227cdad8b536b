#pragma once

#include "sandbox/server/SandboxOptions.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QThread;

namespace ccri::sandbox {

class SandboxServer;

// A SandboxServer on its own thread, for the explorer's --sandbox: start() returns at once;
// ready(fhirBase) or failed(sentence) follows. stop() (or the destructor) shuts it down cleanly.
//
//   auto* sandbox = new InProcessSandbox(this);
//   connect(sandbox, &InProcessSandbox::ready, this, [](const QUrl& fhirBase) { ... });
//   sandbox->start(SandboxOptions::ephemeral());
class InProcessSandbox : public QObject
{
    Q_OBJECT

public:
    explicit InProcessSandbox(QObject* parent = nullptr);
    ~InProcessSandbox() override;

    void start(const SandboxOptions& options = SandboxOptions::ephemeral());
    // Without waiting: the running (or starting) sandbox shuts down on its own thread, its answers
    // are dropped, and start() may follow at once. For the GUI thread.
    void retire();
    void stop(); // retire(), then waits for every sandbox thread to finish (at exit)
    bool isRunning() const { return m_fhirBase.isValid(); }
    QUrl fhirBase() const { return m_fhirBase; }
    QString banner() const { return m_banner; }
    // SandboxServer::summary() of the running sandbox; the secrets only when asked for.
    QString summary(bool showSecrets) const { return showSecrets ? m_summaryWithSecrets : m_summary; }
    // Switches a trainer's fault ("NAME[=VALUE]") on or off in the running sandbox, on its thread
    // (a queued call, never a wait): faultsChanged(summary) or faultRefused(sentence) follows.
    void switchFault(const QString& spec, bool on);

signals:
    void ready(const QUrl& fhirBase);
    void failed(const QString& message);
    void requestLogged(const QString& line);
    void faultsChanged(const QString& faultsOn);
    void faultRefused(const QString& message);

private:
    SandboxServer* m_server = nullptr; // lives on m_thread: only queued calls reach it
    QThread* m_thread = nullptr;
    QList<QThread*> m_retiring; // retired, still finishing
    quint64 m_run = 0; // which start() the queued answers belong to
    QUrl m_fhirBase;
    QString m_banner;
    QString m_summary;
    QString m_summaryWithSecrets; // in memory only, like the sandbox's own clients
};

} // namespace ccri::sandbox
