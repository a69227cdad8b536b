#pragma once

#include "sandbox/faults/Fault.h"

#include <QMap>
#include <QObject>
#include <QString>

namespace ccri::sandbox {

// The faults switched on in one sandbox, and their values. Lives on the sandbox's thread (every
// endpoint reads it there; the explorer switches it through a queued call). Every change and every
// time a fault acts is reported as one line by logged(), for the request log.
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

    bool isOn(Fault::Id id) const { return m_on.contains(id); }
    QString value(Fault::Id id) const { return m_on.value(id); }
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
    QMap<Fault::Id, QString> m_on;
};

} // namespace ccri::sandbox
