#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ccri {

// The token inspector's words on which server is which: the access token's `iss` (the
// authorization server) and `aud` (the FHIR server it is meant for), named both when their hosts
// differ, and a note when `aud` is not the FHIR base in use (SMART App Launch 2.2 §App Launch:
// `aud` is the FHIR base URL of the resource server).
class TokenServers
{
    Q_DECLARE_TR_FUNCTIONS(TokenServers)

public:
    static QString describe(const QJsonObject& claims, const QUrl& fhirBase);
};

} // namespace ccri
