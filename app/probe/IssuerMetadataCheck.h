#pragma once

#include "app/probe/ProbeCheck.h"

namespace ccri::probe {

// The issuer's own metadata: OpenID Connect Discovery (`<issuer>/.well-known/openid-configuration`)
// and RFC 8414 (`<origin>/.well-known/oauth-authorization-server<issuer path>`): reachable, naming
// exactly the same issuer, agreeing with the smart-configuration. Says which host is the
// authorization server and which the FHIR server.
class IssuerMetadataCheck : public ProbeCheck
{
    Q_OBJECT
public:
    using ProbeCheck::ProbeCheck;
    QString title() const override;
    void start() override;

    static QUrl openIdConfigurationUrl(const QUrl& issuer);
    static QUrl rfc8414Url(const QUrl& issuer);

private:
    void reportHosts();
    void onAnswer(const QString& which, const QUrl& url, QNetworkReply* reply, const QByteArray& body, int status);
    void conclude();

    int m_waiting = 0;
    QStringList m_unanswered;
    QStringList m_answered;
    bool m_openIdFound = false;
};

} // namespace ccri::probe
