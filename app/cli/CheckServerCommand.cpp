#include "app/cli/CheckServerCommand.h"

#include "app/auth/ServerProfile.h"
#include "app/net/LoggingNetworkAccessManager.h"
#include "app/probe/ServerProbe.h"

namespace ccri {

CheckServerCommand::CheckServerCommand(QObject* parent)
    : QObject(parent)
    , m_network(new net::LoggingNetworkAccessManager(this))
    , m_probe(new probe::ServerProbe(m_network, this))
{
}

CheckServerCommand::~CheckServerCommand() = default;

void CheckServerCommand::run(const QUrl& fhirBase, const QString& clientId, const QUrl& redirectUri,
                             const QString& scope, bool json, const Done& done)
{
    connect(m_probe, &probe::ServerProbe::finished, this, [done, json](const probe::ProbeReport& report) {
        done(report.hasFailures() ? ExitFailed : ExitPassed, render(report, json));
    });
    if (!scope.isEmpty())
        m_probe->setScope(scope);
    const QUrl redirect = clientId.isEmpty() || redirectUri.isValid()
        ? redirectUri
        : auth::ServerProfile::defaultRedirectUri(auth::ServerProfile::SignInMode::EmbeddedBrowser);
    m_probe->start(fhirBase, clientId, redirect);
}

QString CheckServerCommand::render(const probe::ProbeReport& report, bool json)
{
    return json ? QString::fromUtf8(report.toJsonBytes()) : report.toText();
}

} // namespace ccri
