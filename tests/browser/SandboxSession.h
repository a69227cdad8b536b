#pragma once

#include <memory>
#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ccri::sandbox {
class SandboxServer;
}
namespace ccri::test {
class SandboxHttp;
}

// A real sandbox (SandboxServer over loopback, in this process) and real tokens from its OAuth2
// server: client_credentials for the CCRI demo clients (secrets from its client registry), the
// authorization-code flow for demo users.
class SandboxSession
{
public:
    SandboxSession();
    ~SandboxSession();

    bool start(int patients, QString* error);
    ccri::sandbox::SandboxServer& server() const { return *m_server; }
    QUrl fhirBase() const;

    QByteArray clientToken(const QString& clientId, QString* error) const;
    QByteArray userToken(const QString& user, const QString& scope, QString* error,
                         const QString& patientId = {}) const; // patientId: picked on the consent page
    static QString claim(const QByteArray& token, const QString& name);
    static QString scopeOf(const QByteArray& token) { return claim(token, QStringLiteral("scope")); }

private:
    std::unique_ptr<ccri::sandbox::SandboxServer> m_server;
    std::unique_ptr<ccri::test::SandboxHttp> m_http;
};
