#include "tests/browser/SandboxSession.h"

#include "app/net/JwtDecoder.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

SandboxSession::SandboxSession() = default;
SandboxSession::~SandboxSession() = default;

bool SandboxSession::start(int patients, QString* error)
{
    m_server = std::make_unique<ccri::sandbox::SandboxServer>(ccri::sandbox::SandboxOptions::ephemeral(patients));
    if (!m_server->start(error)) {
        return false;
    }
    m_http = std::make_unique<SandboxBrowser>(*m_server);
    return true;
}

QUrl SandboxSession::fhirBase() const
{
    return m_server->fhirBase();
}

QByteArray SandboxSession::clientToken(const QString& clientId, QString* error) const
{
    // SandboxBrowser takes the client's secret from the sandbox's client registry.
    return m_http->clientCredentials(clientId, {}, error);
}

QByteArray SandboxSession::userToken(const QString& user, const QString& scope, QString* error,
                                     const QString& patientId) const
{
    // A fresh helper each time: its browser session (cookies) would sign in the previous user again.
    SandboxBrowser http(*m_server);
    return http.authorizationCode(user, scope, patientId, error);
}

QString SandboxSession::claim(const QByteArray& token, const QString& name)
{
    ccri::net::JwtDecoder::Decoded decoded;
    if (!ccri::net::JwtDecoder::decode(QString::fromLatin1(token), &decoded)) {
        return {};
    }
    return decoded.claims.value(name).toString();
}
