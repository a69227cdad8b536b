#pragma once

#include "app/probe/ProbeCheck.h"
#include "app/probe/ProbeContext.h"
#include "app/probe/ProbeReport.h"

#include <QObject>
#include <QPointer>

namespace ccri::probe {

// The conformance probe of one SMART server: runs its ProbeCheck steps one after another
// (smart-configuration, CapabilityStatement, issuer metadata, jwks_uri, the endpoints at work and,
// with a client id, the authorization request), asynchronously over the given network manager.
// Every finding is emitted as it comes; finished() carries the whole report, exactly once.
//
//   auto* probe = new ServerProbe(network, this);
//   connect(probe, &ServerProbe::finished, this, [](const ProbeReport& report) { ... });
//   probe->start(fhirBase, clientId, redirectUri);
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ServerProbe() override;

    void setSslConfiguration(const QSslConfiguration& configuration) { m_context.ssl = configuration; }
    void setTimeout(int milliseconds) { m_context.timeoutMs = milliseconds; }
    void setScope(const QString& scope) { m_context.scope = scope; }
    void start(const QUrl& fhirBase, const QString& clientId = QString(), const QUrl& redirectUri = QUrl());
    void abort();
    bool isRunning() const { return m_current != nullptr; }
    const ProbeReport& report() const { return m_report; }

signals:
    void checkStarted(const QString& title);
    void findingAdded(const ccri::probe::ProbeFinding& finding);
    void finished(const ccri::probe::ProbeReport& report);

private:
    void runNext();
    ProbeCheck* makeCheck(int index);

    ProbeContext m_context;
    ProbeReport m_report;
    int m_next = 0;
    QPointer<ProbeCheck> m_current;
};

} // namespace ccri::probe
