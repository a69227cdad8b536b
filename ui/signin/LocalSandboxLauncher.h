#pragma once

#include "ui/signin/LocalSandbox.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace ccri {

// The server of the "Local CCRI sandbox" profiles: a LocalSandbox (made by the factory; in the
// explorer an in-process sandbox on its own thread),
// started on demand with the profile's policy. Every way in — Sign in…, Use this profile,
// --sandbox, --sign-in, the welcome — goes through here. start() returns at once; ready(fhirBase)
// or failed(sentence) follows. A sandbox running with another policy is restarted with the new
// one (restarting() says so first: the sessions with it end, as its signing key is new).
//
//   connect(launcher, &LocalSandboxLauncher::ready, this, [](const QUrl& fhirBase) { ... });
//   launcher->start(profile.policy);
class LocalSandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit LocalSandboxLauncher(const LocalSandboxFactory& factory, QObject* parent = nullptr);
    ~LocalSandboxLauncher() override;

    void start(const QString& policy);
    bool isReadyFor(const QString& policy) const; // running, with that policy
    bool isStarting() const { return m_starting; }
    QUrl fhirBase() const;
    QString policy() const { return m_policy; }
    QString summary(bool showSecrets) const; // empty while not running
    LocalSandbox* sandbox() const { return m_sandbox; } // nullptr: the explorer has none

signals:
    void restarting(const QString& policy);
    void ready(const QUrl& fhirBase);
    void failed(const QString& message);
    void requestLogged(const QString& line);

private:
    LocalSandbox* m_sandbox;
    QString m_policy; // the running (or starting) sandbox's
    bool m_starting = false;
};

} // namespace ccri
