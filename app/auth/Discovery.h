#pragma once

#include "app/auth/SmartConfiguration.h"

#include <optional>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::auth {

// Finds a FHIR server's OAuth2 endpoints, asynchronously: `.well-known/smart-configuration`, and
// the CapabilityStatement (`metadata`, asked at the same time) for its `oauth-uris` extension and
// `fhirVersion`; the smart-configuration wins where both say something.
// Ends in exactly one of finished() or failed(); a failure says which URLs were asked, what came
// back and what to check. Before finished(), endpointsFound() may say that a sign-in can go on.
class Discovery : public QObject
{
    Q_OBJECT
public:
    explicit Discovery(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~Discovery() override;

    // A new trust (the profile's CA file was added or changed) also drops the connections the
    // network manager keeps: Qt reuses them without looking at the new configuration.
    void setSslConfiguration(const QSslConfiguration& configuration);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void start(const QUrl& fhirBase);
    void abort();

    static QUrl wellKnownUrl(const QUrl& fhirBase);
    static QUrl metadataUrl(const QUrl& fhirBase);

signals:
    // The smart-configuration alone names the authorization and token endpoints, while the
    // CapabilityStatement is still being read: a sign-in can go on (SMART App Launch 2.2, Conformance:
    // the smart-configuration is how a client finds them, and the statement's oauth-uris extension is
    // the v1 route). At most once, and finished() follows with the configuration the statement completes.
    void endpointsFound(const ccri::auth::SmartConfiguration& configuration);
    void finished(const ccri::auth::SmartConfiguration& configuration);
    void failed(const QString& message);

private:
    QNetworkReply* get(const QUrl& url);
    void onWellKnown(QNetworkReply* reply);
    void onMetadata(QNetworkReply* reply);
    void metadataDone(); // the statement answered and read, or failed
    void conclude(); // both answered

    QNetworkAccessManager* m_network;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    int m_timeoutMs = 15000;
    QUrl m_fhirBase;
    std::optional<SmartConfiguration> m_wellKnown;
    QString m_wellKnownProblem;
    bool m_wellKnownDone = false;
    std::optional<SmartConfiguration> m_capability;
    QString m_metadataProblem;
    bool m_metadataDone = false;
    QPointer<QNetworkReply> m_wellKnownReply;
    QPointer<QNetworkReply> m_metadataReply;
    quint64 m_attempt = 0; // start() and abort() count up: a statement's read from before is dropped
};

} // namespace ccri::auth
