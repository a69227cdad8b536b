#pragma once

#include "app/auth/SmartConfiguration.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace ccri::probe {

// What the probe's checks share: the server and client to check, the network path, and what the
// earlier checks found (the discovery documents), which the later ones judge against.
class ProbeContext
{
public:
    QNetworkAccessManager* network = nullptr;
    QUrl fhirBase; // without a trailing slash
    QString clientId; // empty: no authorization request is sent
    QUrl redirectUri;
    QString scope = QStringLiteral("openid fhirUser launch/patient patient/Patient.read");
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    int timeoutMs = 15000;

    bool smartConfigurationFound = false;
    QJsonObject smartConfigurationJson;
    bool capabilityStatementFound = false;
    QJsonObject capabilityStatementJson;
    QJsonObject issuerMetadataJson; // OIDC discovery or RFC 8414, whichever answered
    auth::SmartConfiguration configuration; // smart-configuration complemented by the CapabilityStatement
};

} // namespace ccri::probe
