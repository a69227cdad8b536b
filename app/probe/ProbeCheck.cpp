#include "app/probe/ProbeCheck.h"

#include "app/net/NetworkErrorText.h"
#include "app/net/NetworkRequest.h"

#include <QHostAddress>
#include <QNetworkReply>

namespace ccri::probe {

ProbeCheck::ProbeCheck(ProbeContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

ProbeCheck::~ProbeCheck()
{
    abort();
}

void ProbeCheck::abort()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void ProbeCheck::get(const QUrl& url, const ReplyHandler& handler, Follow follow)
{
    // Anonymous: the probe never sends a token or a secret.
    QNetworkReply* reply = net::NetworkRequest(url)
                               .accept("application/json, application/fhir+json, text/html;q=0.5")
                               .transferTimeoutMs(m_context.timeoutMs)
                               .tls(m_context.ssl)
                               .redirects(follow == Follow::Nothing ? net::NetworkRequest::Redirects::None
                                                                    : net::NetworkRequest::Redirects::NoLessSafe)
                               .send(m_context.network);
    watch(reply, handler);
}

void ProbeCheck::postForm(const QUrl& url, const QByteArray& body, const ReplyHandler& handler)
{
    QNetworkReply* reply = net::NetworkRequest(url)
                               .accept("application/json")
                               .formBody()
                               .transferTimeoutMs(m_context.timeoutMs)
                               .tls(m_context.ssl)
                               .send(m_context.network, body);
    watch(reply, handler);
}

void ProbeCheck::watch(QNetworkReply* reply, const ReplyHandler& handler)
{
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        handler(reply, body, net::NetworkErrorText::statusOf(reply));
    });
}

void ProbeCheck::report(const QString& id, ProbeFinding::Severity severity, const QString& rule, const QString& source,
                        const QString& observed, const QString& remedy)
{
    ProbeFinding found;
    found.id = id;
    found.severity = severity;
    found.rule = rule;
    found.source = source;
    found.observed = observed;
    found.remedy = remedy;
    emit finding(found);
}

void ProbeCheck::pass(const QString& id, const QString& rule, const QString& source, const QString& observed)
{
    report(id, ProbeFinding::Severity::Pass, rule, source, observed);
}

void ProbeCheck::done()
{
    if (m_done)
        return;
    m_done = true;
    emit finished();
}

QString ProbeCheck::describe(QNetworkReply* reply, const QByteArray& body)
{
    return net::NetworkErrorText::describe(reply, body);
}

bool ProbeCheck::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace ccri::probe
