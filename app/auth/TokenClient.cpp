#include "app/auth/TokenClient.h"

#include "app/auth/AuthorizationRequest.h"
#include "app/auth/ClientAssertion.h"
#include "app/auth/Clock.h"
#include "app/net/NetworkErrorText.h"
#include "app/net/NetworkRequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ccri::auth {

TokenClient::TokenClient(QNetworkAccessManager* network, const SmartConfiguration& configuration,
                         const QString& clientId, const QString& clientSecret, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_configuration(configuration)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{
}

void TokenClient::setSslConfiguration(const QSslConfiguration& configuration)
{
    if (configuration == m_ssl)
        return;
    m_ssl = configuration;
    m_network->clearConnectionCache();
}

QNetworkReply* TokenClient::post(const QUrl& endpoint, QList<QPair<QString, QString>> form)
{
    // A form POST never follows a redirect to another origin (the builder's rule): the code, verifier,
    // refresh token and client secret stay with the token endpoint.
    net::NetworkRequest request(endpoint);
    request.formBody().accept("application/json").transferTimeoutMs(m_timeoutMs).tls(m_ssl);
    if (m_signingKey) {
        // RFC 7523 §2.2 and §3, SMART App Launch 2.2 "Client Authentication: Asymmetric": a new
        // assertion for every request (its jti is single-use), aud the token endpoint's URL for every
        // endpoint of this server, the client identified by iss/sub (no client_id needed).
        const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
        const QUrl audience = m_assertionAudience.isEmpty() ? m_configuration.tokenEndpoint : m_assertionAudience;
        QString error;
        auto assertion = std::exchange(m_nextAssertion, QByteArray());
        if (assertion.isEmpty()) {
            const auto made = ClientAssertion::make(*m_signingKey, m_clientId, audience, now, &error);
            if (!made)
                return nullptr;
            assertion = *made;
        }
        m_lastAssertion = assertion;
        form.append({QStringLiteral("client_assertion_type"), QString::fromLatin1(ClientAssertion::kAssertionType)});
        form.append({QStringLiteral("client_assertion"), QString::fromLatin1(assertion)});
        emit assertionSent(assertion);
    } else if (!m_clientSecret.isEmpty()) {
        request.basic(m_clientId, m_clientSecret); // RFC 6749 §2.3.1 client_secret_basic
    } else {
        form.append({QStringLiteral("client_id"), m_clientId});
    }
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += AuthorizationRequest::encode(key) + '=' + AuthorizationRequest::encode(value);
    }
    return request.send(m_network, body);
}

void TokenClient::postForToken(QList<QPair<QString, QString>> form, const QString& requestedScope,
                               const TokenRecord* previous, TokenCallback done)
{
    if (m_configuration.tokenEndpoint.isEmpty()) {
        done(std::nullopt, tr("The server did not say where its token endpoint is."));
        return;
    }
    std::optional<TokenRecord> kept;
    if (previous)
        kept = *previous;
    QNetworkReply* reply = post(m_configuration.tokenEndpoint, std::move(form));
    if (!reply) {
        done(std::nullopt, tr("The client assertion could not be signed with the profile's key."));
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, requestedScope, kept, done] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = net::NetworkErrorText::statusOf(reply);
        if (status != 200 || net::ReplySizeLimit::exceeded(reply)) {
            const QString oauth = net::NetworkErrorText::oauthError(body);
            if (oauth.startsWith(QLatin1String("invalid_grant")))
                done(std::nullopt, tr("The server refused the grant (%1). Please sign in again.").arg(oauth));
            else if (oauth.startsWith(QLatin1String("invalid_client")) && m_signingKey) // the rule, in words
                done(std::nullopt,
                     ClientAssertion::explainRefusal(
                         QJsonDocument::fromJson(body).object().value(QLatin1String("error_description")).toString(),
                         m_clientId, m_configuration.tokenEndpoint));
            else if (oauth.startsWith(QLatin1String("invalid_client")))
                done(std::nullopt,
                     tr("The server did not accept this client (%1). Check the client id and secret "
                        "in the profile.")
                         .arg(oauth));
            else if (status >= 500) { // RFC 9110 §15.6: the server (or a gateway before it) failed, not the request
                QString what = net::NetworkErrorText::describe(reply, body);
                if (what.endsWith(QLatin1Char('.')))
                    what.chop(1);
                done(std::nullopt,
                     tr("The token endpoint %1 gave %2. The server, or a proxy in front of it, failed: try again in a "
                        "while, and tell the server's administrator if it goes on.")
                         .arg(m_configuration.tokenEndpoint.toString(), what));
            } else
                done(std::nullopt,
                     tr("The token endpoint %1 gave %2.")
                         .arg(m_configuration.tokenEndpoint.toString(), net::NetworkErrorText::describe(reply, body)));
            return;
        }
        QString error;
        auto record = TokenRecord::fromTokenResponse(body, m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc(),
                                                     requestedScope, &error, kept ? &*kept : nullptr);
        if (!record) {
            done(std::nullopt,
                 tr("The token endpoint %1 gave an answer that can't be used: %2")
                     .arg(m_configuration.tokenEndpoint.toString(), error));
            return;
        }
        done(record, QString());
    });
}

void TokenClient::exchangeCode(const QString& code, const QUrl& redirectUri, const QByteArray& codeVerifier,
                               const QString& requestedScope, TokenCallback done)
{
    QList<QPair<QString, QString>> form {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
    };
    if (!codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)});
    postForToken(std::move(form), requestedScope, nullptr, std::move(done));
}

void TokenClient::refresh(const TokenRecord& previous, TokenCallback done, const QString& scope)
{
    if (previous.refreshToken.isEmpty()) {
        done(std::nullopt, tr("There is no refresh token; please sign in again."));
        return;
    }
    QList<QPair<QString, QString>> form {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), previous.refreshToken},
    };
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    postForToken(std::move(form), previous.scope, &previous, std::move(done));
}

void TokenClient::clientCredentials(const QString& scope, TokenCallback done)
{
    if (!isConfidential()) {
        done(std::nullopt, tr("Client credentials sign-in needs the client's secret or signing key."));
        return;
    }
    QList<QPair<QString, QString>> form {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    postForToken(std::move(form), scope, nullptr, std::move(done));
}

void TokenClient::revoke(const QString& token, const QString& tokenTypeHint, DoneCallback done)
{
    if (!canRevoke()) {
        done(false, tr("The server has no revocation endpoint."));
        return;
    }
    QList<QPair<QString, QString>> form {{QStringLiteral("token"), token}};
    if (!tokenTypeHint.isEmpty())
        form.append({QStringLiteral("token_type_hint"), tokenTypeHint});
    QNetworkReply* reply = post(m_configuration.revocationEndpoint, std::move(form));
    if (!reply) {
        done(false, tr("The client assertion could not be signed with the profile's key."));
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (net::NetworkErrorText::statusOf(reply) == 200) {
            done(true, QString());
            return;
        }
        done(false,
             tr("The revocation endpoint %1 gave %2.")
                 .arg(m_configuration.revocationEndpoint.toString(), net::NetworkErrorText::describe(reply, body)));
    });
}

void TokenClient::introspect(const QString& token, IntrospectionCallback done)
{
    if (!canIntrospect()) {
        done(std::nullopt, tr("The server has no introspection endpoint."));
        return;
    }
    QNetworkReply* reply = post(m_configuration.introspectionEndpoint, {{QStringLiteral("token"), token}});
    if (!reply) {
        done(std::nullopt, tr("The client assertion could not be signed with the profile's key."));
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (net::NetworkErrorText::statusOf(reply) != 200 || !document.isObject()) {
            done(std::nullopt,
                 tr("The introspection endpoint %1 gave %2.")
                     .arg(m_configuration.introspectionEndpoint.toString(),
                          net::NetworkErrorText::describe(reply, body)));
            return;
        }
        done(document.object(), QString());
    });
}

} // namespace ccri::auth
