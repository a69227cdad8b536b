#pragma once

#include "sandbox/faults/Fault.h"

#include <atomic>
#include <QMap>
#include <QObject>
#include <QReadWriteLock>
#include <QString>

namespace ccri::sandbox {

// The faults switched on in one sandbox, and their values. Lives on the sandbox's thread, where it
// is switched (the explorer through a queued call, the trainer's page); read from every serving
// thread (isOn, value, acted, summary: under its own lock). Every change and every time a fault
// acts is reported as one line by logged(), for the request log; acted() may emit it from any
// serving thread (receivers on other threads get it queued).
//
//   FaultSwitchboard faults;
//   faults.switchOn(QStringLiteral("fhir-delay=2000"), &error);   // NAME[=VALUE], as on the command line
//   if (faults.isOn(Fault::Id::FhirDelay)) ... faults.value(Fault::Id::FhirDelay).toInt() ...
//   faults.acted(Fault::Id::FhirDelay, QStringLiteral("held GET /fhir/STU3/Patient back 2000 ms"));
class FaultSwitchboard : public QObject
{
    Q_OBJECT

public:
    explicit FaultSwitchboard(QObject* parent = nullptr);

    // "NAME" or "NAME=VALUE" checked without switching anything: the fault and its value, or
    // nullopt and a sentence in *error (unknown name, bad value).
    static std::optional<std::pair<Fault, QString>> parse(const QString& spec, QString* error);

    // Switches a fault on (or changes its value). False and a sentence in *error when `spec` is bad.
    bool switchOn(const QString& spec, QString* error);
    // Switches off the fault called `name`; false and a sentence for an unknown name.
    bool switchOff(const QString& name, QString* error);
    void switchOffAll();

    bool isOn(Fault::Id id) const;
    QString value(Fault::Id id) const;
    // "fhir-delay=2000 pkce=lenient", or empty when none is on.
    QString summary() const;

    // Reports that `id` changed what the sandbox did (`what`, one short phrase, no secret in it).
    void acted(Fault::Id id, const QString& what);

    // The loud warning of pkce=lenient, for the banner, the console and the login page.
    static QString pkceWarning();

    // One log line: "<UTC time> FAULT <text>".
    static QString logLine(const QString& text);

signals:
    void changed();
    void logged(const QString& line);

private:
    QMap<Fault::Id, QString> snapshot() const;

    mutable QReadWriteLock m_lock;
    QMap<Fault::Id, QString> m_on;
    std::atomic<int> m_count {0}; // m_on's size: a FHIR request with no fault on takes no lock
};

} // namespace ccri::sandbox
