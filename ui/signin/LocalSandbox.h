#pragma once

#include <functional>
#include <QObject>
#include <QString>
#include <QUrl>

namespace ccri {

// What the explorer needs of the sandbox it runs in-process for the "Local CCRI sandbox" profiles,
// without linking the sandbox: start with a policy (asynchronous: ready(fhirBase) or
// failed(sentence) follows), retire without waiting, and what View → Local sandbox shows (its
// summary of addresses, accounts and clients, and one line per request it received).
// sandbox/server/InProcessLocalSandbox implements it; main() and the tests hand ExplorerShell a
// LocalSandboxFactory that makes one.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(QObject* parent = nullptr);
    ~LocalSandbox() override;

    virtual void start(const QString& policy) = 0;
    // Without waiting: the running (or starting) sandbox shuts down, its answers are dropped, and
    // start() may follow at once.
    virtual void retire() = 0;
    virtual bool isRunning() const = 0;
    virtual QUrl fhirBase() const = 0;
    virtual QString summary(bool showSecrets) const = 0; // empty while not running

    // The trainer's faults (those of ccri-sandbox --fault), for View → Local sandbox: name, the values
    // it takes ("" for a plain switch) and what it does. None: this sandbox has no faults.
    struct FaultSwitch
    {
        QString name;
        QString valueHint;
        QString meaning;
    };
    virtual QList<FaultSwitch> faultSwitches() const { return {}; }
    // Switches a fault on (with `value` when it takes one) or off, without waiting: faultsChanged()
    // or faultRefused(sentence) follows. The faults stay on when the sandbox restarts.
    virtual void switchFault(const QString& name, const QString& value, bool on);
    virtual QString faultsOn() const { return {}; } // "fhir-delay=2000 pkce=lenient"

signals:
    void ready(const QUrl& fhirBase);
    void failed(const QString& message);
    void requestLogged(const QString& line);
    void faultsChanged(const QString& faultsOn);
    void faultRefused(const QString& message);
};

// Makes the local sandbox (owned by `parent`); an empty factory: the explorer has none to offer.
using LocalSandboxFactory = std::function<LocalSandbox*(QObject* parent)>;

} // namespace ccri
