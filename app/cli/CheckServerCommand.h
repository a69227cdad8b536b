#pragma once

#include "app/probe/ProbeReport.h"

#include <functional>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace ccri {

namespace probe {
class ServerProbe;
}

// --check-server URL [--client-id ID] [--json]: runs the conformance probe without a window and
// hands back the report as text (or JSON) with the exit code: 0 when no check failed, 1 when one did.
class CheckServerCommand : public QObject
{
    Q_OBJECT
public:
    static constexpr int ExitPassed = 0;
    static constexpr int ExitFailed = 1;

    using Done = std::function<void(int exitCode, const QString& output)>;

    explicit CheckServerCommand(QObject* parent = nullptr);
    ~CheckServerCommand() override;

    // Without a redirect URI the explorer's default (http://127.0.0.1/callback) is used.
    void run(const QUrl& fhirBase, const QString& clientId, const QUrl& redirectUri, const QString& scope, bool json,
             const Done& done);

    static QString render(const probe::ProbeReport& report, bool json);

private:
    QNetworkAccessManager* m_network;
    probe::ServerProbe* m_probe;
};

} // namespace ccri
