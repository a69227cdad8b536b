#include "app/probe/JwksCheck.h"

#include "app/crypto/JwkSet.h"

#include <QJsonArray>
#include <QNetworkReply>

namespace ccri::probe {

namespace {
const QString kJwksSource
    = QStringLiteral("RFC 7517 §5; OpenID Connect Discovery 1.0 §3; SMART App Launch 2.2 §Conformance");

// RFC 7518 §3.1: the key type each JWS algorithm family needs.
QString keyTypeFor(const QString& algorithm)
{
    if (algorithm.startsWith(QLatin1String("RS")) || algorithm.startsWith(QLatin1String("PS")))
        return QStringLiteral("RSA");
    if (algorithm.startsWith(QLatin1String("ES")))
        return QStringLiteral("EC");
    return QString();
}
} // namespace

QString JwksCheck::title() const
{
    return tr("Signing keys (jwks_uri)");
}

QStringList JwksCheck::advertisedAlgorithms() const
{
    QJsonValue value = m_context.smartConfigurationJson.value(QLatin1String("id_token_signing_alg_values_supported"));
    if (value.isUndefined())
        value = m_context.issuerMetadataJson.value(QLatin1String("id_token_signing_alg_values_supported"));
    QStringList algorithms;
    for (const QJsonValue& item : value.toArray())
        algorithms << item.toString();
    return algorithms;
}

void JwksCheck::start()
{
    const QUrl url = m_context.configuration.jwksUri;
    const QString rule = tr("jwks_uri answers with the server's public signing keys.");
    if (url.isEmpty()) {
        const bool needed = m_context.configuration.capabilities.contains(QLatin1String("sso-openid-connect"));
        report(QStringLiteral("jwks-reachable"),
               needed ? ProbeFinding::Severity::Fail : ProbeFinding::Severity::Warning, rule, kJwksSource,
               tr("The server publishes no jwks_uri, so no id_token signature can be checked."),
               tr("Publish the signing keys as a JWK Set and give its URL as jwks_uri."));
        done();
        return;
    }
    get(url, [this, url, rule](QNetworkReply* reply, const QByteArray& body, int status) {
        if (status != 200) {
            report(QStringLiteral("jwks-reachable"), ProbeFinding::Severity::Fail, rule, kJwksSource,
                   tr("%1 gave %2.").arg(url.toString(), describe(reply, body)),
                   tr("Serve the JWK Set at %1, without authentication.").arg(url.toString()));
            done();
            return;
        }
        pass(QStringLiteral("jwks-reachable"), rule, kJwksSource, tr("%1 answered HTTP 200.").arg(url.toString()));
        judge(body);
        done();
    });
}

void JwksCheck::judge(const QByteArray& body)
{
    const QString keysRule = tr("The JWK Set holds usable public signing keys (no private members, RSA of 2048 bits "
                                "or more, EC points on their curves).");
    QString error;
    const auto set = crypto::JwkSet::parse(body, &error);
    if (!set || set->isEmpty()) {
        report(QStringLiteral("jwks-keys"), ProbeFinding::Severity::Fail, keysRule, kJwksSource,
               set ? tr("The JWK Set holds no signing key this explorer can use.") : error,
               tr("Publish {\"keys\":[...]} with the public halves of the signing keys only."));
        return;
    }
    QStringList described;
    QStringList keyTypes;
    for (const crypto::VerifyingKey& key : set->keys()) {
        described << QStringLiteral("%1 %2%3").arg(key.keyType(), key.kid().isEmpty() ? tr("(no kid)") : key.kid(),
                                                   key.algorithm() ? QStringLiteral(" ") + key.algorithm()->name()
                                                                   : QString());
        keyTypes << key.keyType();
    }
    pass(QStringLiteral("jwks-keys"), keysRule, kJwksSource,
         tr("Usable keys (%1): %2.").arg(set->keys().size()).arg(described.join(QStringLiteral(", "))));

    const QString algRule = tr("Every advertised id_token signing algorithm has a key of its type, and none is "
                               "\"none\".");
    const QString algSource = QStringLiteral("OpenID Connect Discovery 1.0 §3; RFC 7518 §3.1");
    const QStringList algorithms = advertisedAlgorithms();
    QStringList problems;
    for (const QString& algorithm : algorithms) {
        if (algorithm == QLatin1String("none"))
            problems << tr("\"none\" is advertised: unsigned id_tokens");
        else if (!keyTypes.contains(keyTypeFor(algorithm)))
            problems << tr("%1 has no %2 key")
                            .arg(algorithm, keyTypeFor(algorithm).isEmpty() ? tr("usable") : keyTypeFor(algorithm));
    }
    if (algorithms.isEmpty())
        return;
    if (problems.isEmpty())
        pass(QStringLiteral("jwks-algorithms"), algRule, algSource,
             tr("id_token_signing_alg_values_supported: %1.").arg(algorithms.join(QStringLiteral(", "))));
    else
        report(QStringLiteral("jwks-algorithms"), ProbeFinding::Severity::Fail, algRule, algSource,
               problems.join(QStringLiteral("; ")) + QLatin1Char('.'),
               tr("Sign id_tokens with an asymmetric algorithm (RS256) and publish its key."));
}

} // namespace ccri::probe
