#pragma once

#include "app/probe/ProbeCheck.h"

namespace ccri::probe {

// `<FHIR base>/metadata`: a CapabilityStatement, a fhirVersion that matches the base URL's release,
// the SMART `oauth-uris` extension and its agreement with the smart-configuration. Completes the
// context's configuration from it.
class CapabilityStatementCheck : public ProbeCheck
{
    Q_OBJECT
public:
    using ProbeCheck::ProbeCheck;
    QString title() const override;
    void start() override;

private:
    void judge(const QByteArray& body);
    void judgeFhirVersion(const QString& version);
    void judgeAgreement(const auth::SmartConfiguration& fromCapability);
};

} // namespace ccri::probe
