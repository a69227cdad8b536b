#include "app/net/ReplySizeLimit.h"

#include <QNetworkReply>
#include <QVariant>

namespace ccri::net {

namespace {

constexpr char exceededProperty[] = "ccri_reply_too_large";
constexpr char limitProperty[] = "ccri_reply_limit";

void refuse(QNetworkReply* reply)
{
    if (reply->property(exceededProperty).toBool())
        return;
    reply->setProperty(exceededProperty, true);
    reply->abort();
}

} // namespace

void ReplySizeLimit::watch(QNetworkReply* reply, qint64 maxBytes)
{
    reply->setProperty(limitProperty, maxBytes);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBytes)
            refuse(reply);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes)
            refuse(reply);
    });
}

bool ReplySizeLimit::exceeded(const QNetworkReply* reply)
{
    return reply->property(exceededProperty).toBool();
}

qint64 ReplySizeLimit::maxBytes(const QNetworkReply* reply)
{
    return reply->property(limitProperty).toLongLong();
}

} // namespace ccri::net
