#include "app/net/LoggingNetworkAccessManager.h"

#include "app/net/RequestLog.h"

#include <memory>
#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>

namespace ccri::net {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest& request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return "?";
}

} // namespace

LoggingNetworkAccessManager::LoggingNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{
}

void LoggingNetworkAccessManager::setLog(RequestLog* log)
{
    m_log = log;
}

RequestLog* LoggingNetworkAccessManager::log() const
{
    return m_log;
}

QNetworkReply* LoggingNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest& original,
                                                          QIODevice* outgoingData)
{
    QNetworkRequest request = original;
    if (m_extraHeaders)
        m_extraHeaders().applyTo(request);
    // The body of a small POST (a form) is a QBuffer: read it without moving its position.
    QByteArray body;
    if (auto* buffer = qobject_cast<QBuffer*>(outgoingData))
        body = buffer->data();
    QNetworkReply* reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
    if (!m_log)
        return reply;
    const QByteArray method = methodOf(operation, request);
    const QDateTime started = QDateTime::currentDateTime();
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const QByteArray contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    RequestLogEntry::Headers headers;
    for (const QByteArray& name : request.rawHeaderList())
        headers.append({name, request.rawHeader(name)});
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    // Connected before whoever asked for the reply, so the body is still unread here (peek).
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, started, elapsed, headers, contentType, body] {
        if (!m_log)
            return;
        const QByteArray received = reply->peek(reply->bytesAvailable());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        RequestLogEntry::Headers responseHeaders;
        for (const auto& header : reply->rawHeaderPairs())
            responseHeaders.append(header);
        const QString outcome = reply->error() == QNetworkReply::NoError ? QStringLiteral("OK") : reply->errorString();
        RequestLogEntry entry = RequestLogEntry::record(
            method, reply->url(), headers, status, responseHeaders,
            RequestLogEntry::redactBody(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), received),
            received.size(), started, elapsed->elapsed(), outcome, m_log->maxBodyBytes());
        entry.requestBody = RequestLogEntry::redactBody(contentType, body);
        m_log->add(std::move(entry));
    });
    return reply;
}

} // namespace ccri::net
