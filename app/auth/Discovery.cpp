#include "app/auth/Discovery.h"

#include "app/net/NetworkErrorText.h"
#include "app/net/NetworkRequest.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace ccri::auth {

Discovery::Discovery(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

Discovery::~Discovery()
{
    abort();
}

namespace {
QUrl below(const QUrl& fhirBase, const QString& relative)
{
    QUrl url = fhirBase;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + relative);
    return url;
}
} // namespace

QUrl Discovery::wellKnownUrl(const QUrl& fhirBase)
{
    return below(fhirBase, QStringLiteral(".well-known/smart-configuration"));
}

QUrl Discovery::metadataUrl(const QUrl& fhirBase)
{
    return below(fhirBase, QStringLiteral("metadata"));
}

void Discovery::setSslConfiguration(const QSslConfiguration& configuration)
{
    if (configuration == m_ssl)
        return;
    m_ssl = configuration;
    m_network->clearConnectionCache();
}

QNetworkReply* Discovery::get(const QUrl& url)
{
    // Anonymous: no token goes along, so a redirect may go on to another host over https.
    return net::NetworkRequest(url)
        .accept("application/json, application/fhir+json")
        .transferTimeoutMs(m_timeoutMs)
        .tls(m_ssl)
        .redirects(net::NetworkRequest::Redirects::NoLessSafe)
        .send(m_network);
}

void Discovery::start(const QUrl& fhirBase)
{
    abort(); // counts m_attempt up too
    m_fhirBase = fhirBase.adjusted(QUrl::StripTrailingSlash);
    m_wellKnown.reset();
    m_wellKnownProblem.clear();
    m_wellKnownDone = false;
    m_capability.reset();
    m_metadataProblem.clear();
    m_metadataDone = false;
    // Both at once: the CapabilityStatement is read whatever the smart-configuration says (its
    // oauth-uris and fhirVersion complete it, or stand in for it), so neither waits for the other.
    QNetworkReply* wellKnown = get(wellKnownUrl(m_fhirBase));
    m_wellKnownReply = wellKnown;
    connect(wellKnown, &QNetworkReply::finished, this, [this, wellKnown] { onWellKnown(wellKnown); });
    QNetworkReply* metadata = get(metadataUrl(m_fhirBase));
    m_metadataReply = metadata;
    connect(metadata, &QNetworkReply::finished, this, [this, metadata] { onMetadata(metadata); });
}

void Discovery::abort()
{
    ++m_attempt;
    for (QPointer<QNetworkReply>* pending : {&m_wellKnownReply, &m_metadataReply}) {
        if (QNetworkReply* reply = *pending) {
            *pending = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void Discovery::onWellKnown(QNetworkReply* reply)
{
    reply->deleteLater();
    m_wellKnownReply = nullptr;
    const QByteArray body = reply->readAll();
    const int status = net::NetworkErrorText::statusOf(reply);
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        QString problem;
        m_wellKnown = SmartConfiguration::fromSmartConfiguration(body, m_fhirBase, &problem);
        if (!m_wellKnown)
            m_wellKnownProblem = tr("HTTP 200 with %1").arg(problem);
    } else {
        m_wellKnownProblem = net::NetworkErrorText::describe(reply, body);
    }
    // A refused connection or a TLS failure will not get better at the next URL.
    if (status == 0 && reply->error() != QNetworkReply::ContentNotFoundError && !net::ReplySizeLimit::exceeded(reply)) {
        abort(); // the CapabilityStatement's answer would change nothing
        emit failed(tr("Could not reach %1 to find how to sign in.\n%2 gave %3.\n"
                       "Check the FHIR base URL in the profile and that the server is running and reachable.")
                        .arg(m_fhirBase.host(), wellKnownUrl(m_fhirBase).toString(), m_wellKnownProblem));
        return;
    }
    m_wellKnownDone = true;
    if (m_metadataDone) {
        conclude();
        return;
    }
    // A sign-in need not wait for the statement (often the biggest answer of the two, and the slower).
    if (m_wellKnown && !m_wellKnown->authorizationEndpoint.isEmpty() && !m_wellKnown->tokenEndpoint.isEmpty())
        emit endpointsFound(*m_wellKnown);
}

void Discovery::onMetadata(QNetworkReply* reply)
{
    reply->deleteLater();
    m_metadataReply = nullptr;
    const QByteArray body = reply->readAll();
    const int status = net::NetworkErrorText::statusOf(reply);
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        m_metadataProblem = net::NetworkErrorText::describe(reply, body);
        metadataDone();
        return;
    }
    // Read off the GUI thread: a server's statement can be hundreds of kilobytes (every resource type
    // with its search parameters), and the explorer's window must not stall while the user signs in.
    using Read = std::pair<std::optional<SmartConfiguration>, QString>; // the configuration, or why not
    auto* watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, attempt = m_attempt] {
        watcher->deleteLater();
        if (attempt != m_attempt)
            return; // aborted, or started again, meanwhile
        const Read read = watcher->result();
        m_capability = read.first;
        if (!m_capability || m_capability->tokenEndpoint.isEmpty())
            m_metadataProblem = tr("HTTP 200 with %1").arg(read.second);
        metadataDone();
    });
    watcher->setFuture(QtConcurrent::run([body, base = m_fhirBase] {
        Read read;
        read.first = SmartConfiguration::fromCapabilityStatement(body, base, &read.second);
        return read;
    }));
}

void Discovery::metadataDone()
{
    m_metadataDone = true;
    if (m_wellKnownDone)
        conclude();
}

void Discovery::conclude()
{
    if (m_wellKnown) {
        SmartConfiguration config = *m_wellKnown;
        if (m_capability)
            config.complementWith(*m_capability);
        emit finished(config);
        return;
    }
    if (m_capability && !m_capability->tokenEndpoint.isEmpty()) {
        emit finished(*m_capability);
        return;
    }
    emit failed(tr("Could not find how to sign in to %1.\n"
                   "%2 gave %3.\n"
                   "%4 gave %5.\n"
                   "Check that the FHIR base URL is right (it usually ends in /STU3 or /R4) and that the server "
                   "supports SMART on FHIR.")
                    .arg(m_fhirBase.toString(), wellKnownUrl(m_fhirBase).toString(), m_wellKnownProblem,
                         metadataUrl(m_fhirBase).toString(), m_metadataProblem));
}

} // namespace ccri::auth
