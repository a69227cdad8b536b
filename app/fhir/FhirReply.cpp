#include "app/fhir/FhirReply.h"

#include "app/net/AccessTokenProvider.h"
#include "app/net/NetworkErrorText.h"
#include "app/net/NetworkRequest.h"
#include "app/net/ReplySizeLimit.h"
#include "app/net/RequestLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace ccri::fhir {

namespace {

constexpr qsizetype kMaxOutcomeBytes = 1024 * 1024;

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// The connection or the proxy failed (codes 1-199), as opposed to an HTTP error status (201 and up).
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

FhirReply::FhirReply(QNetworkAccessManager* network, net::AccessTokenProvider* tokens, net::RequestLog* log,
                     const QUrl& url, const Options& options, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_log(log)
    , m_url(url)
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &FhirReply::onTimeout);
}

FhirReply::~FhirReply()
{
    // The network reply stays the manager's child: if the manager went first (an application closing
    // with a request in flight), it took its replies with it and m_reply is null here.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FhirReply::start()
{
    if (m_url.host().isEmpty()) {
        FhirResponse response;
        response.url = m_url;
        response.error = net::NetworkErrorText::notConnected();
        QMetaObject::invokeMethod(
            this, [this, response] { finish(response); }, Qt::QueuedConnection);
        return;
    }
    if (m_options.base.isValid() && !sameOrigin(m_url, m_options.base)) {
        FhirResponse response;
        response.url = m_url;
        response.error = net::NetworkErrorText::foreignOrigin(m_url, m_options.base);
        QMetaObject::invokeMethod(
            this, [this, response] { finish(response); }, Qt::QueuedConnection);
        return;
    }
    send();
}

void FhirReply::send()
{
    m_sslErrors.clear();
    m_timedOut = false;

    m_sentToken = m_tokens ? m_tokens->accessToken() : QString();
    m_started = QDateTime::currentDateTime();
    m_elapsed.start();
    QNetworkReply* reply = net::NetworkRequest(m_url)
                               .accept(m_options.accept)
                               .bearer(m_sentToken)
                               .tls(m_options.tls)
                               .send(m_network, QByteArray(), m_options.maxBytes);
    m_reply = reply;
    // The slots use the reply that signals, not m_reply: after an abort, onReplyFinished() has
    // already cleared m_reply when the network thread's queued metaDataChanged arrives.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { m_timeout.start(); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        m_timeout.start();
        if (!net::ReplySizeLimit::exceeded(reply)) {
            emit downloadProgress(received, total);
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            m_sslErrors << error.errorString();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &FhirReply::onReplyFinished);
    m_timeout.start(m_options.timeoutMs);
}

void FhirReply::onTimeout()
{
    if (m_reply && m_reply->isRunning()) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void FhirReply::abort()
{
    if (m_finished || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort();
        return;
    }
    // Waiting for a token refresh, or not sent yet.
    FhirResponse response = m_response;
    response.url = m_url;
    response.ok = false;
    response.cancelled = true;
    response.error = net::NetworkErrorText::cancelled();
    QMetaObject::invokeMethod(
        this, [this, response] { finish(response); }, Qt::QueuedConnection);
}

void FhirReply::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();

    FhirResponse response;
    response.url = m_url;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.contentType = reply->rawHeader("Content-Type");
    response.elapsedMs = m_elapsed.elapsed();
    if (m_cancelled) {
        response.cancelled = true;
        response.error = net::NetworkErrorText::cancelled();
    } else if (m_timedOut) {
        response.error = net::NetworkErrorText::timeout(m_url, qMax(1, m_options.timeoutMs / 1000));
    } else if (net::ReplySizeLimit::exceeded(reply)) {
        response.error = net::NetworkErrorText::tooLarge(m_url, m_options.maxBytes);
    } else {
        response.body = reply->readAll();
        if (!m_sslErrors.isEmpty()) {
            response.error = net::NetworkErrorText::tls(m_url, m_sslErrors);
        } else if (response.httpStatus == 0 || isTransportError(reply->error())) {
            // Also with a status: a connection closed mid-body leaves a 200 with half a body.
            response.error = net::NetworkErrorText::network(reply->error(), m_url, reply->errorString());
        } else {
            judge(&response);
        }
    }

    net::RequestLogEntry::Headers requestHeaders;
    const QNetworkRequest request = reply->request();
    for (const QByteArray& name : request.rawHeaderList()) {
        requestHeaders.append({name, request.rawHeader(name)});
    }
    if (m_log) {
        m_log->add(net::RequestLogEntry::record("GET", m_url, requestHeaders, response.httpStatus,
                                                reply->rawHeaderPairs(), response.body, response.body.size(), m_started,
                                                response.elapsedMs, response.ok ? QStringLiteral("OK") : response.error,
                                                m_log->maxBodyBytes()));
    }

    if (response.httpStatus == 401 && !m_retried && m_tokens && !m_cancelled) {
        m_retried = true;
        m_response = response;
        QPointer<FhirReply> self(this);
        m_tokens->refreshAfterUnauthorized(m_sentToken, [self](bool refreshed) {
            if (!self || self->m_finished || self->m_cancelled) {
                return;
            }
            if (refreshed) {
                self->send();
            } else {
                self->finish(self->m_response);
            }
        });
        return;
    }
    finish(response);
}

void FhirReply::judge(FhirResponse* response) const
{
    // Only a request that asks for JSON first insists on JSON (a Binary fetch may accept raw bytes).
    const bool expectJson
        = m_options.accept.startsWith("application/fhir+json") || m_options.accept.startsWith("application/json");
    const bool html = net::NetworkErrorText::looksLikeHtml(response->contentType, response->body);
    if (response->httpStatus >= 200 && response->httpStatus < 300) {
        if (!expectJson) {
            response->ok = true;
        } else if (html) {
            response->error = net::NetworkErrorText::html(m_url, response->httpStatus);
        } else if (!response->contentType.isEmpty() && !response->contentType.toLower().contains("json")) {
            response->error = net::NetworkErrorText::notJson(m_url, response->httpStatus, response->contentType);
        } else {
            response->ok = true;
        }
        return;
    }
    if (html) {
        response->error = net::NetworkErrorText::html(m_url, response->httpStatus);
        return;
    }
    if (response->body.size() <= kMaxOutcomeBytes) {
        response->outcome = OperationOutcome::fromBytes(response->body);
    }
    response->error = net::NetworkErrorText::httpStatus(response->httpStatus, response->reasonPhrase,
                                                        response->outcome ? response->outcome->text() : QString());
}

void FhirReply::finish(FhirResponse response)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_response = std::move(response);
    emit finished();
    deleteLater();
}

} // namespace ccri::fhir
