#pragma once

#include "app/probe/ProbeCheck.h"

namespace ccri::probe {

// What the endpoints really do, with requests that can change nothing: the token endpoint answers a
// made-up code with an RFC 6749 §5.2 JSON error; an advertised revocation or introspection endpoint
// answers (RFC 7009 §2.2, RFC 7662 §2.2) rather than 404ing; the FHIR API refuses a read without a
// token with 401 rather than failing or giving data away.
class EndpointCheck : public ProbeCheck
{
    Q_OBJECT
public:
    using ProbeCheck::ProbeCheck;
    QString title() const override;
    void start() override;

private:
    void checkToken();
    void checkTokenManagement(const QString& id, const QString& name, const QUrl& url, const QString& source);
    void checkFhirRead();
    void oneDone();

    int m_waiting = 0;
};

} // namespace ccri::probe
