#pragma once

#include "tests/hardening/HostileServer.h"

#include <nlohmann/json.hpp>
#include <QString>
#include <QUrl>

// A SMART server played by the HostileServer: serve() answers like a conforming server (every
// document consistent, PKCE required, iss in authorization responses). A test changes one thing
// first (a member, or one route after serve()) to make the one defect the probe must name.
class HostileSmartServer
{
public:
    HostileSmartServer();

    bool listen();
    QUrl fhirBase() const; // <origin>/fhir/STU3
    QString issuer() const; // <origin>/auth
    QUrl redirectUri() const { return QUrl(QStringLiteral("http://127.0.0.1/callback")); }
    void serve(); // routes from the members below
    ccri::test::HostileServer& server() { return m_server; }

    nlohmann::json smartConfiguration; // filled by listen()
    nlohmann::json capabilityStatement;
    nlohmann::json openIdConfiguration;
    nlohmann::json jwks;
    bool requirePkce = true;
    QString authorizationResponseIss; // what the authorization error redirect carries as iss; empty: none

private:
    QString url(const QString& path) const;
    ccri::test::HostileServer m_server;
};
