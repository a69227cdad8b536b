#include "sandbox/auth/ClientAssertionVerifier.h"

#include "sandbox/auth/ClientKeySetSource.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/JtiReplayCache.h"
#include "sandbox/server/SandboxClock.h"

#include <cmath>
#include <QCoreApplication>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClientAssertionVerifier", text);
}

QString stringMember(const nlohmann::json& object, const char* name)
{
    const auto found = object.find(name);
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

const QStringList& acceptedAlgorithms()
{
    // SMART App Launch 2.2 "Client Authentication: Asymmetric": RS384 and ES384 must be supported;
    // RS256 and RS512 (NHS England's) besides. ES256 is not on the list.
    static const QStringList names {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                                    QStringLiteral("ES384")};
    return names;
}

ClientAssertionVerifier::Result refused(const QString& clientId, const QString& description)
{
    return {clientId, description};
}
} // namespace

ClientAssertionVerifier::ClientAssertionVerifier(const ClientRegistry& clients, const SandboxClock& clock,
                                                 ClientKeySetSource& keySets, JtiReplayCache& jtis,
                                                 const QString& tokenEndpoint)
    : m_clients(clients)
    , m_clock(clock)
    , m_keySets(keySets)
    , m_jtis(jtis)
    , m_tokenEndpoint(tokenEndpoint)
{
}

void ClientAssertionVerifier::verify(const FormBody& form, const Callback& done)
{
    // RFC 7521 §4.2: client_assertion_type names the assertion's format; RFC 7523 §2.2 this one.
    if (form.value(QStringLiteral("client_assertion_type")) != assertionType()) {
        done(refused(QString(), tr("Unsupported client_assertion_type: expected %1").arg(assertionType())));
        return;
    }
    // RFC 7523 §3 item 8 / RFC 7515 §7.1: a JWS in compact form, with JSON header and claims.
    const auto jws = ccri::crypto::CompactJws::parse(form.value(QStringLiteral("client_assertion")).toLatin1());
    if (!jws) {
        done(refused(QString(), tr("Malformed JWT in client_assertion")));
        return;
    }
    // RFC 7523 §3 items 1, 2 (and §2.2 / RFC 7521 §4.2: a client_id given must be the client
    // authenticated): iss and sub are both the client_id.
    const QString iss = stringMember(jws->claims, "iss");
    const QString formClientId = form.value(QStringLiteral("client_id"));
    const QString issSub = tr("Invalid 'iss'/'sub' claims in client assertion JWT");
    if (iss.isEmpty() || (form.has(QStringLiteral("client_id")) && formClientId != iss)) {
        done(refused(formClientId, issSub));
        return;
    }
    const SandboxClient* client = m_clients.find(iss);
    if (!client) {
        done(refused(QString(), tr("Unknown client in client assertion JWT: %1").arg(iss)));
        return;
    }
    if (!client->privateKeyJwt) {
        done(refused(iss, tr("Client %1 is not registered for private_key_jwt").arg(iss)));
        return;
    }
    if (stringMember(jws->claims, "sub") != iss) {
        done(refused(iss, issSub));
        return;
    }
    // SMART 2.2: the header's alg is one of the asymmetric algorithms the server supports.
    const QString alg = stringMember(jws->header, "alg");
    if (!acceptedAlgorithms().contains(alg)) {
        done(refused(iss,
                     tr("Invalid 'alg' header in client assertion JWT: must be one of RS256, RS384, RS512, "
                        "ES384")));
        return;
    }
    // RFC 7515 §4.1.11: a critical extension not understood makes the JWS invalid.
    if (jws->header.contains("crit")) {
        done(refused(iss, tr("Invalid 'crit' header in client assertion JWT: no extension is understood here")));
        return;
    }
    // SMART 2.2: kid names the key (of the client's registered JWK Set) that signed.
    const QString kid = stringMember(jws->header, "kid");
    if (kid.isEmpty()) {
        done(refused(iss, tr("Missing 'kid' header in client assertion JWT")));
        return;
    }
    const ccri::crypto::CompactJws::Parsed parsed = *jws;
    m_keySets.keysFor(*client, kid, [this, iss, parsed, done](const ClientKeySetSource::Result& keys) {
        if (!keys.keys) {
            done(refused(iss, keys.error));
            return;
        }
        done(check(iss, parsed, *keys.keys));
    });
}

ClientAssertionVerifier::Result ClientAssertionVerifier::check(const QString& clientId,
                                                               const ccri::crypto::CompactJws::Parsed& jws,
                                                               const ccri::crypto::JwkSet& keys)
{
    const QString kid = stringMember(jws.header, "kid");
    const ccri::crypto::VerifyingKey* key = keys.find(kid);
    if (!key)
        return refused(clientId,
                       tr("Invalid 'kid' header in client assertion JWT: no key with this kid in the "
                          "client's key set"));
    const auto algorithm = ccri::crypto::JwsAlgorithm::fromName(stringMember(jws.header, "alg"));
    // RFC 7518 §3.1 / RFC 7517 §4.4: the key's type (and its alg, when the JWK names one) fits the header's alg.
    if (!algorithm || key->keyType() != algorithm->keyType()
        || (key->algorithm() && !(*key->algorithm() == *algorithm)))
        return refused(
            clientId,
            tr("Invalid 'alg' header in client assertion JWT: the key with this kid is for %1, "
               "not %2")
                .arg(key->algorithm() ? key->algorithm()->name() : key->keyType(), stringMember(jws.header, "alg")));
    // RFC 7523 §3 item 9: the signature is valid (RFC 7515 §5.2).
    if (!key->verify(*algorithm, jws.signingInput, jws.signature))
        return refused(clientId, tr("Invalid signature in client assertion JWT"));

    // RFC 7523 §3 item 3: aud identifies the authorization server; SMART 2.2: the token endpoint URL.
    const auto aud = jws.claims.find("aud");
    bool audOk = false;
    const std::string expected = m_tokenEndpoint.toStdString();
    if (aud != jws.claims.end() && aud->is_string())
        audOk = aud->get<std::string>() == expected;
    else if (aud != jws.claims.end() && aud->is_array())
        for (const auto& item : *aud)
            audOk = audOk || (item.is_string() && item.get<std::string>() == expected);
    if (!audOk)
        return refused(clientId, tr("Invalid 'aud' claim in client assertion JWT: expected %1").arg(m_tokenEndpoint));

    // RFC 7523 §3 item 4: exp, and the JWT is refused once it has passed; SMART 2.2: at most five minutes ahead.
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const auto exp = jws.claims.find("exp");
    if (exp == jws.claims.end() || exp->is_null())
        return refused(clientId, tr("Missing 'exp' claim in client assertion JWT"));
    if (!exp->is_number() || !std::isfinite(exp->get<double>()))
        return refused(clientId,
                       tr("Invalid 'exp' claim in client assertion JWT: must be a number of seconds "
                          "since 1970"));
    const auto expires = static_cast<qint64>(std::floor(exp->get<double>()));
    if (expires < now - skewSeconds)
        return refused(clientId, tr("Invalid 'exp' claim in client assertion JWT: the JWT has expired"));
    if (expires > now + maxLifetimeSeconds + skewSeconds)
        return refused(clientId,
                       tr("Invalid 'exp' claim in client assertion JWT: must be no more than 5 minutes "
                          "in the future"));
    // RFC 7523 §3 item 5: not before nbf.
    const auto nbf = jws.claims.find("nbf");
    if (nbf != jws.claims.end() && nbf->is_number() && nbf->get<double>() > static_cast<double>(now + skewSeconds))
        return refused(clientId, tr("Invalid 'nbf' claim in client assertion JWT: the JWT is not valid yet"));

    // RFC 7523 §3 item 7, SMART 2.2: jti, used once (kept until exp, and the leeway, have passed).
    const QString jti = stringMember(jws.claims, "jti");
    if (jti.isEmpty())
        return refused(clientId, tr("Missing 'jti' claim in client assertion JWT"));
    switch (m_jtis.use(clientId, jti, expires + skewSeconds)) {
    case JtiReplayCache::Result::Replayed:
        return refused(clientId, tr("Invalid 'jti' claim in client assertion JWT: this jti has already been used"));
    case JtiReplayCache::Result::Full:
        return refused(clientId,
                       tr("The sandbox has seen too many client assertions in the last five minutes; try "
                          "again in a minute"));
    case JtiReplayCache::Result::First:
        break;
    }
    return {clientId, QString()};
}

} // namespace ccri::sandbox
