#include "sandbox/auth/ClientKeySetSource.h"

#include "sandbox/auth/SandboxClient.h"
#include "sandbox/server/SandboxClock.h"

#include <memory>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClientKeySetSource", text);
}

QString unreachable(const QString& url, const QString& reason)
{
    return tr("The client's JWKS endpoint %1 can't be reached: %2").arg(url, reason);
}

QString unusable(const QString& url, const QString& reason)
{
    return tr("The client's JWKS endpoint %1 did not return a usable JWK Set: %2").arg(url, reason);
}

QString reasonOf(QNetworkReply* reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection was refused (nothing is listening on that port).");
    case QNetworkReply::HostNotFoundError:
        return tr("the host name %1 is not known.").arg(reply->url().host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("no answer within %1 seconds.").arg(ClientKeySetSource::timeoutMs / 1000);
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection before answering.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the TLS handshake failed (%1).").arg(reply->errorString());
    default:
        return reply->errorString() + QLatin1Char('.');
    }
}
} // namespace

ClientKeySetSource::ClientKeySetSource(const SandboxClock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ClientKeySetSource::~ClientKeySetSource() = default;

void ClientKeySetSource::keysFor(const SandboxClient& client, const QString& kid, Callback done)
{
    if (client.jwks) {
        done({client.jwks, QString()});
        return;
    }
    const QString url = client.jwksUri;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const auto cached = m_cache.constFind(url);
    if (cached != m_cache.constEnd() && now - cached->fetchedAt < cacheSeconds
        && (cached->keys.find(kid) || now - cached->fetchedAt < refetchAfterSeconds)) {
        done({cached->keys, QString()});
        return;
    }
    QList<Callback>& waiting = m_waiting[url];
    waiting.append(std::move(done));
    if (waiting.size() == 1)
        fetch(url);
}

void ClientKeySetSource::fetch(const QString& url)
{
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, tooLarge](qint64 received, qint64) {
        if (received > maxBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, url, reply, tooLarge] { finished(url, reply, *tooLarge); });
}

void ClientKeySetSource::finished(const QString& url, QNetworkReply* reply, bool tooLarge)
{
    reply->deleteLater();
    Result result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (tooLarge) {
        result.error = unusable(url, tr("the answer is larger than %1 KiB.").arg(maxBytes / 1024));
    } else if (status.isValid() && status.toInt() != 200) {
        result.error = unusable(url, tr("it answered HTTP %1 instead of 200.").arg(status.toInt()));
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = unreachable(url, reasonOf(reply));
    } else {
        QString why;
        auto keys = ccri::crypto::JwkSet::parse(reply->readAll(), &why);
        if (!keys)
            result.error = unusable(url, why);
        else if (keys->isEmpty())
            result.error = unusable(url, tr("it holds no public signing key this sandbox can use."));
        else {
            m_cache.insert(url, {*keys, m_clock.now().toSecsSinceEpoch()});
            result.keys = std::move(keys);
        }
    }
    const QList<Callback> waiting = m_waiting.take(url);
    for (const Callback& done : waiting)
        done(result);
}

} // namespace ccri::sandbox
