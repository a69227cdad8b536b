#pragma once

#include "app/probe/ProbeCheck.h"

namespace ccri::probe {

// `<FHIR base>/.well-known/smart-configuration`: reachable over TLS (or plain HTTP on loopback only),
// JSON, the fields SMART App Launch 2.2 requires, PKCE S256 advertised and `plain` not, every
// endpoint over TLS, RFC 9207's iss parameter. Leaves the document in the context.
class SmartConfigurationCheck : public ProbeCheck
{
    Q_OBJECT
public:
    using ProbeCheck::ProbeCheck;
    QString title() const override;
    void start() override;

private:
    void judgeTransport(QNetworkReply* reply, int status);
    void judgeDocument(const QJsonObject& document);
    void judgeEndpointSchemes();
};

} // namespace ccri::probe
