// Signed-JWT client authentication at POST /auth/token (private_key_jwt: RFC 7523 §2.2 and §3,
// SMART App Launch 2.2 "Client Authentication: Asymmetric" and Backend Services): every algorithm,
// every rule broken once with its exact error_description, jti replay, key rotation, jwks_uri (a
// small QHttpServer of the test) and an unreachable one, system/ tokens on the FHIR API.
#include "app/core/Base64Url.h"
#include "app/crypto/SigningKey.h"
#include "sandbox/auth/ClientAssertionVerifier.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ccri::sandbox;
using ccri::crypto::JwsAlgorithm;
using ccri::crypto::SigningKey;

namespace {
nlohmann::json keySet(const QList<const SigningKey*>& keys)
{
    nlohmann::json set {{"keys", nlohmann::json::array()}};
    for (const SigningKey* key : keys)
        set["keys"].push_back(key->publicJwk());
    return set;
}

// The clients of the test's --clients file: key sets given inline, then at a URL.
const QString staticClient = QStringLiteral("static-jwt"), rotatingClient = QStringLiteral("rotating-jwt");
const QString interactiveClient = QStringLiteral("interactive-jwt");
const QString uriClient = QStringLiteral("uri-jwt"), unreachableClient = QStringLiteral("unreachable-jwt");
} // namespace

class TestSandboxAuthAssertion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachAlgorithmSucceeds_data();
    void eachAlgorithmSucceeds();
    void brokenRuleRefused_data();
    void brokenRuleRefused();
    void replayedJtiRefused();
    void keyRotation();
    void jwksUriFetchedAndCached();
    void unreachableJwksUriSaidInWords();
    void privateKeyJwtClientWithoutAssertionRefused();
    void assertionAndBasicTogetherRefused();
    void systemTokenReadsAnyPatientOfGrantedTypes();
    void authorizationCodeAndRefreshWithAssertion();
    void revokeAndIntrospectWithAssertion();
    void discoveryAdvertisesAsymmetricAuthentication();

private:
    // A compact JWS built here (so tests can break any rule): header {alg, kid, typ} and claims {iss,
    // sub, aud, exp, iat, jti}, with `headerChanges` / `claimChanges` merged over them (null removes).
    QByteArray assertion(const SigningKey& key, const QString& clientId, const nlohmann::json& claimChanges = {},
                         const nlohmann::json& headerChanges = {}) const;
    SandboxBrowser::Response token(const QByteArray& jwt, const SandboxBrowser::Form& extra = {},
                                   const QString& grantType = QStringLiteral("client_credentials"));
    QString tokenUrl() const { return m_server->urls().auth(QStringLiteral("token")).toString(); }

    QTemporaryDir m_dir;
    std::optional<SigningKey> m_rs256, m_rs384, m_rs512, m_es384, m_other, m_rotationA, m_rotationB, m_uriKey;
    QHttpServer m_jwksServer;
    quint16 m_jwksPort = 0;
    quint16 m_closedPort = 0;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthAssertion::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rs256 = SigningKey::generate(JwsAlgorithm::Id::RS256);
    m_rs384 = SigningKey::generate(JwsAlgorithm::Id::RS384);
    m_rs512 = SigningKey::generate(JwsAlgorithm::Id::RS512);
    m_es384 = SigningKey::generate(JwsAlgorithm::Id::ES384);
    m_other = SigningKey::generate(JwsAlgorithm::Id::ES384);
    m_rotationA = SigningKey::generate(JwsAlgorithm::Id::ES384);
    m_rotationB = SigningKey::generate(JwsAlgorithm::Id::RS384);
    m_uriKey = SigningKey::generate(JwsAlgorithm::Id::RS384);
    QVERIFY(m_rs256 && m_rs384 && m_rs512 && m_es384 && m_other && m_rotationA && m_rotationB && m_uriKey);

    // The client's own JWK Set server (its jwks_uri).
    const QByteArray published = QByteArray::fromStdString(keySet({&*m_uriKey}).dump());
    m_jwksServer.route(QStringLiteral("/jwks"),
                       [published] { return QHttpServerResponse(QByteArrayLiteral("application/json"), published); });
    m_jwksPort = m_jwksServer.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_jwksPort != 0);
    {
        QTcpServer closed; // a port nothing listens on once this closes
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        m_closedPort = closed.serverPort();
    }

    const nlohmann::json system = {"client_credentials"};
    const std::string scope = "system/Patient.read system/Observation.read";
    nlohmann::json clients {{"clients",
                             {{{"client_id", staticClient.toStdString()},
                               {"token_endpoint_auth_method", "private_key_jwt"},
                               {"jwks", keySet({&*m_rs256, &*m_rs384, &*m_rs512, &*m_es384})},
                               {"grant_types", system},
                               {"scope", scope}},
                              {{"client_id", rotatingClient.toStdString()},
                               {"token_endpoint_auth_method", "private_key_jwt"},
                               {"jwks", keySet({&*m_rotationA, &*m_rotationB})},
                               {"grant_types", system},
                               {"scope", scope}},
                              {{"client_id", uriClient.toStdString()},
                               {"token_endpoint_auth_method", "private_key_jwt"},
                               {"jwks_uri", QStringLiteral("http://127.0.0.1:%1/jwks").arg(m_jwksPort).toStdString()},
                               {"grant_types", system},
                               {"scope", scope}},
                              {{"client_id", unreachableClient.toStdString()},
                               {"token_endpoint_auth_method", "private_key_jwt"},
                               {"jwks_uri", QStringLiteral("http://127.0.0.1:%1/jwks").arg(m_closedPort).toStdString()},
                               {"grant_types", system},
                               {"scope", scope}},
                              {{"client_id", interactiveClient.toStdString()},
                               {"token_endpoint_auth_method", "private_key_jwt"},
                               {"jwks", keySet({&*m_es384})},
                               {"redirect_uris", {"http://127.0.0.1/callback"}},
                               {"grant_types", {"authorization_code", "refresh_token"}}},
                              {{"client_id", std::string("secret-robot")},
                               {"client_secret", "robot-secret"},
                               {"grant_types", system},
                               {"scope", scope}}}}};
    const QString path = m_dir.filePath(QStringLiteral("clients.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(clients.dump()));
    file.close();

    SandboxOptions options = SandboxOptions::ephemeral(3);
    options.clientsFile = path;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

QByteArray TestSandboxAuthAssertion::assertion(const SigningKey& key, const QString& clientId,
                                               const nlohmann::json& claimChanges,
                                               const nlohmann::json& headerChanges) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    nlohmann::json header {
        {"alg", key.algorithm().name().toStdString()}, {"kid", key.kid().toStdString()}, {"typ", "JWT"}};
    nlohmann::json claims {{"iss", clientId.toStdString()},
                           {"sub", clientId.toStdString()},
                           {"aud", tokenUrl().toStdString()},
                           {"exp", now + 240},
                           {"iat", now},
                           {"jti", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}};
    if (headerChanges.is_object()) // a default {} is null, which merge_patch would take as "remove everything"
        header.merge_patch(headerChanges);
    if (claimChanges.is_object())
        claims.merge_patch(claimChanges);
    const QByteArray input = ccri::Base64Url::encode(QByteArray::fromStdString(header.dump())) + '.'
        + ccri::Base64Url::encode(QByteArray::fromStdString(claims.dump()));
    const auto signature = key.sign(input);
    return signature ? input + '.' + ccri::Base64Url::encode(*signature) : QByteArray();
}

SandboxBrowser::Response TestSandboxAuthAssertion::token(const QByteArray& jwt, const SandboxBrowser::Form& extra,
                                                         const QString& grantType)
{
    SandboxBrowser::Form form {{QStringLiteral("grant_type"), grantType},
                               {QStringLiteral("client_assertion_type"), ClientAssertionVerifier::assertionType()},
                               {QStringLiteral("client_assertion"), QString::fromLatin1(jwt)}};
    for (const auto& item : extra) {
        bool replaced = false;
        for (auto& existing : form)
            if (existing.first == item.first) {
                existing.second = item.second;
                replaced = true;
            }
        if (!replaced)
            form << item;
    }
    return m_browser->post(m_server->urls().auth(QStringLiteral("token")), form);
}

void TestSandboxAuthAssertion::eachAlgorithmSucceeds_data()
{
    QTest::addColumn<QString>("algorithm");
    for (const char* name : {"RS256", "RS384", "ES384", "RS512"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSandboxAuthAssertion::eachAlgorithmSucceeds()
{
    QFETCH(QString, algorithm);
    const SigningKey& key = algorithm == QLatin1String("RS256") ? *m_rs256
        : algorithm == QLatin1String("RS384")                   ? *m_rs384
        : algorithm == QLatin1String("RS512")                   ? *m_rs512
                                                                : *m_es384;
    const auto response = token(assertion(key, staticClient), {{QStringLiteral("client_id"), staticClient}});
    QVERIFY2(response.status == 200, response.body.constData());
    const QJsonObject body = response.json();
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    // SMART Backend Services: at most 300 s, and no refresh token for client_credentials.
    QVERIFY(body.value(QStringLiteral("expires_in")).toInt() <= 300);
    QVERIFY(body.value(QStringLiteral("expires_in")).toInt() > 0);
    QVERIFY(!body.contains(QStringLiteral("refresh_token")));
    QCOMPARE(body.value(QStringLiteral("scope")).toString(),
             QStringLiteral("system/Patient.read system/Observation.read"));
}

void TestSandboxAuthAssertion::brokenRuleRefused_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QByteArray>("claims"); // JSON merge patch over the good claims
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("formChange"); // name=value, replacing or adding a form field
    QTest::addColumn<QString>("description"); // %1: the token endpoint URL
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString exp = QStringLiteral("Invalid 'exp' claim in client assertion JWT: ");
    QTest::newRow("malformed") << staticClient << QByteArray("{}") << QByteArray("{}")
                               << QStringLiteral("client_assertion=abc.def")
                               << QStringLiteral("Malformed JWT in client_assertion");
    QTest::newRow("type") << staticClient << QByteArray("{}") << QByteArray("{}")
                          << QStringLiteral(
                                 "client_assertion_type=urn:ietf:params:oauth:client-assertion-type:saml2-bearer")
                          << QStringLiteral("Unsupported client_assertion_type: expected "
                                            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    QTest::newRow("unknown client") << staticClient << QByteArray(R"({"iss":"nobody","sub":"nobody"})")
                                    << QByteArray("{}") << QString()
                                    << QStringLiteral("Unknown client in client assertion JWT: nobody");
    QTest::newRow("secret client") << QStringLiteral("secret-robot") << QByteArray("{}") << QByteArray("{}")
                                   << QString()
                                   << QStringLiteral("Client secret-robot is not registered for private_key_jwt");
    QTest::newRow("sub") << staticClient << QByteArray(R"({"sub":"someone-else"})") << QByteArray("{}") << QString()
                         << QStringLiteral("Invalid 'iss'/'sub' claims in client assertion JWT");
    QTest::newRow("no iss") << staticClient << QByteArray(R"({"iss":null})") << QByteArray("{}") << QString()
                            << QStringLiteral("Invalid 'iss'/'sub' claims in client assertion JWT");
    QTest::newRow("client_id") << staticClient << QByteArray("{}") << QByteArray("{}")
                               << QStringLiteral("client_id=") + rotatingClient
                               << QStringLiteral("Invalid 'iss'/'sub' claims in client assertion JWT");
    QTest::newRow("aud") << staticClient << QByteArray(R"({"aud":"https://example.org/token"})") << QByteArray("{}")
                         << QString() << QStringLiteral("Invalid 'aud' claim in client assertion JWT: expected %1");
    QTest::newRow("no exp") << staticClient << QByteArray(R"({"exp":null})") << QByteArray("{}") << QString()
                            << QStringLiteral("Missing 'exp' claim in client assertion JWT");
    QTest::newRow("expired") << staticClient << QByteArray("{\"exp\":" + QByteArray::number(now - 60) + "}")
                             << QByteArray("{}") << QString() << exp + QStringLiteral("the JWT has expired");
    QTest::newRow("too far") << staticClient << QByteArray("{\"exp\":" + QByteArray::number(now + 600) + "}")
                             << QByteArray("{}") << QString()
                             << exp + QStringLiteral("must be no more than 5 minutes in the future");
    QTest::newRow("no jti") << staticClient << QByteArray(R"({"jti":null})") << QByteArray("{}") << QString()
                            << QStringLiteral("Missing 'jti' claim in client assertion JWT");
    QTest::newRow("no kid") << staticClient << QByteArray("{}") << QByteArray(R"({"kid":null})") << QString()
                            << QStringLiteral("Missing 'kid' header in client assertion JWT");
    QTest::newRow("unknown kid") << staticClient << QByteArray("{}") << QByteArray(R"({"kid":"not-a-key"})")
                                 << QString()
                                 << QStringLiteral("Invalid 'kid' header in client assertion JWT: no key with this "
                                                   "kid in the client's key set");
    QTest::newRow("alg HS256") << staticClient << QByteArray("{}") << QByteArray(R"({"alg":"HS256"})") << QString()
                               << QStringLiteral("Invalid 'alg' header in client assertion JWT: must be one of "
                                                 "RS256, RS384, RS512, ES384");
    QTest::newRow("alg ES256") << staticClient << QByteArray("{}") << QByteArray(R"({"alg":"ES256"})") << QString()
                               << QStringLiteral("Invalid 'alg' header in client assertion JWT: must be one of "
                                                 "RS256, RS384, RS512, ES384");
    // Signed by another key under the kid of the registered ES384 key.
    QTest::newRow("signature") << QStringLiteral("other-key") << QByteArray("{}") << QByteArray("{}") << QString()
                               << QStringLiteral("Invalid signature in client assertion JWT");
}

void TestSandboxAuthAssertion::brokenRuleRefused()
{
    QFETCH(QString, client);
    QFETCH(QByteArray, claims);
    QFETCH(QByteArray, header);
    QFETCH(QString, formChange);
    QFETCH(QString, description);
    QByteArray jwt;
    if (client == QLatin1String("other-key"))
        jwt = assertion(*m_other, staticClient, {}, {{"kid", m_es384->kid().toStdString()}});
    else
        jwt = assertion(*m_es384, client, nlohmann::json::parse(claims.toStdString()),
                        nlohmann::json::parse(header.toStdString()));
    SandboxBrowser::Form extra;
    if (!formChange.isEmpty())
        extra << qMakePair(formChange.section(QLatin1Char('='), 0, 0), formChange.section(QLatin1Char('='), 1));
    const auto response = token(jwt, extra);
    QCOMPARE(response.status, 400); // RFC 6749 §5.2: 401 only when the Authorization header was used
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(response.json().value(QStringLiteral("error_description")).toString(),
             description.contains(QLatin1String("%1")) ? description.arg(tokenUrl()) : description);
}

void TestSandboxAuthAssertion::replayedJtiRefused()
{
    const QByteArray jwt = assertion(*m_es384, staticClient);
    QCOMPARE(token(jwt).status, 200);
    const auto again = token(jwt);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Invalid 'jti' claim in client assertion JWT: this jti has already been used"));
    // Another jti of the same client still works.
    QCOMPARE(token(assertion(*m_es384, staticClient)).status, 200);
}

void TestSandboxAuthAssertion::keyRotation()
{
    // Two keys in the set (an old one and its successor): either signs.
    for (const SigningKey* key : {&*m_rotationA, &*m_rotationB}) {
        const auto response = token(assertion(*key, rotatingClient));
        QVERIFY2(response.status == 200, response.body.constData());
    }
}

void TestSandboxAuthAssertion::jwksUriFetchedAndCached()
{
    for (int i = 0; i < 2; ++i) {
        const auto response = token(assertion(*m_uriKey, uriClient));
        QVERIFY2(response.status == 200, response.body.constData());
    }
    const auto unknown = token(assertion(*m_es384, uriClient));
    QCOMPARE(unknown.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Invalid 'kid' header in client assertion JWT: no key with this kid in the client's key "
                            "set"));
}

void TestSandboxAuthAssertion::unreachableJwksUriSaidInWords()
{
    const auto response = token(assertion(*m_es384, unreachableClient));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    const QString description = response.json().value(QStringLiteral("error_description")).toString();
    QVERIFY2(description.startsWith(QStringLiteral("The client's JWKS endpoint http://127.0.0.1:%1/jwks can't be "
                                                   "reached: ")
                                        .arg(m_closedPort)),
             qPrintable(description));
    QVERIFY2(description.contains(QLatin1String("refused")), qPrintable(description));
}

void TestSandboxAuthAssertion::privateKeyJwtClientWithoutAssertionRefused()
{
    const auto response = m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                           {QStringLiteral("client_id"), staticClient}});
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(response.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QLatin1String("private_key_jwt")));
    // HTTP Basic with an empty secret does not authenticate a client that has no secret.
    const auto basic = m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                                       {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                       "Basic " + QByteArray(staticClient.toLatin1() + ":").toBase64());
    QCOMPARE(basic.status, 401);
}

void TestSandboxAuthAssertion::assertionAndBasicTogetherRefused()
{
    SandboxBrowser::Form form {
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("client_assertion_type"), ClientAssertionVerifier::assertionType()},
        {QStringLiteral("client_assertion"), QString::fromLatin1(assertion(*m_es384, staticClient))}};
    const auto response = m_browser->post(m_server->urls().auth(QStringLiteral("token")), form,
                                          "Basic " + QByteArray("secret-robot:robot-secret").toBase64());
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
}

void TestSandboxAuthAssertion::systemTokenReadsAnyPatientOfGrantedTypes()
{
    const auto response = token(assertion(*m_es384, staticClient));
    QCOMPARE(response.status, 200);
    const QByteArray accessToken = response.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const auto patients = m_browser->get(m_server->urls().fhir(QStringLiteral("Patient")), accessToken);
    QVERIFY2(patients.status == 200, patients.body.constData());
    const nlohmann::json bundle = patients.fhirJson();
    QVERIFY(bundle.value("total", 0) >= 3); // every patient, not one compartment
    const std::string other = bundle["entry"].back()["resource"]["id"].get<std::string>();
    QUrl search = m_server->urls().fhir(QStringLiteral("Observation"));
    search.setQuery(QStringLiteral("patient=") + QString::fromStdString(other));
    const auto observations = m_browser->get(search, accessToken);
    QVERIFY2(observations.status == 200, observations.body.constData());
    QVERIFY(observations.fhirJson().value("total", 0) > 0);
    const auto conditions = m_browser->get(m_server->urls().fhir(QStringLiteral("Condition")), accessToken);
    QCOMPARE(conditions.status, 403);
}

void TestSandboxAuthAssertion::authorizationCodeAndRefreshWithAssertion()
{
    const QUrlQuery callback = m_browser->signIn(QStringLiteral("openid profile offline_access user/Patient.read"),
                                                 QStringLiteral("clinician"), interactiveClient);
    const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    const auto exchanged = token(assertion(*m_es384, interactiveClient),
                                 {{QStringLiteral("code"), code},
                                  {QStringLiteral("redirect_uri"), SandboxBrowser::redirectUri()},
                                  {QStringLiteral("code_verifier"), SandboxBrowser::verifier()}},
                                 QStringLiteral("authorization_code"));
    QVERIFY2(exchanged.status == 200, exchanged.body.constData());
    const QString refreshToken = exchanged.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refreshToken.isEmpty());
    const auto refreshed = token(assertion(*m_es384, interactiveClient),
                                 {{QStringLiteral("refresh_token"), refreshToken}}, QStringLiteral("refresh_token"));
    QVERIFY2(refreshed.status == 200, refreshed.body.constData());
}

void TestSandboxAuthAssertion::revokeAndIntrospectWithAssertion()
{
    // RFC 7009 §2.1, RFC 7662 §2.1: the client authenticates as at the token endpoint.
    const auto issued = token(assertion(*m_es384, staticClient));
    QCOMPARE(issued.status, 200);
    const QString accessToken = issued.json().value(QStringLiteral("access_token")).toString();
    const auto asserted = [&](const QString& endpoint, const QByteArray& jwt) {
        return m_browser->post(m_server->urls().auth(endpoint),
                               {{QStringLiteral("token"), accessToken},
                                {QStringLiteral("client_assertion_type"), ClientAssertionVerifier::assertionType()},
                                {QStringLiteral("client_assertion"), QString::fromLatin1(jwt)}});
    };
    const auto active = asserted(QStringLiteral("introspect"), assertion(*m_es384, staticClient));
    QVERIFY2(active.status == 200, active.body.constData());
    QCOMPARE(active.json().value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(active.json().value(QStringLiteral("client_id")).toString(), staticClient);

    // A broken rule is refused with the same sentence as at the token endpoint; nothing is revoked.
    const QByteArray once = assertion(*m_es384, staticClient);
    QCOMPARE(asserted(QStringLiteral("introspect"), once).status, 200);
    const auto replayed = asserted(QStringLiteral("revoke"), once);
    QCOMPARE(replayed.status, 400);
    QCOMPARE(replayed.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Invalid 'jti' claim in client assertion JWT: this jti has already been used"));
    QCOMPARE(m_browser->get(m_server->urls().fhir(QStringLiteral("Patient")), accessToken.toLatin1()).status, 200);

    const auto revoked = asserted(QStringLiteral("revoke"), assertion(*m_es384, staticClient));
    QVERIFY2(revoked.status == 200, revoked.body.constData());
    QCOMPARE(m_browser->get(m_server->urls().fhir(QStringLiteral("Patient")), accessToken.toLatin1()).status, 401);
    const auto inactive = asserted(QStringLiteral("introspect"), assertion(*m_es384, staticClient));
    QCOMPARE(inactive.status, 200);
    QCOMPARE(inactive.json().value(QStringLiteral("active")).toBool(), false);
}

void TestSandboxAuthAssertion::discoveryAdvertisesAsymmetricAuthentication()
{
    const auto smart = m_browser->get(m_server->urls().fhir(QStringLiteral(".well-known/smart-configuration")));
    QCOMPARE(smart.status, 200);
    const nlohmann::json configuration = smart.fhirJson();
    const auto has = [](const nlohmann::json& list, const char* value) {
        return std::find(list.begin(), list.end(), value) != list.end();
    };
    QVERIFY(has(configuration["capabilities"], "client-confidential-asymmetric"));
    QVERIFY(has(configuration["token_endpoint_auth_methods_supported"], "private_key_jwt"));
    QVERIFY(has(configuration["revocation_endpoint_auth_methods_supported"], "private_key_jwt"));
    QVERIFY(has(configuration["introspection_endpoint_auth_methods_supported"], "private_key_jwt"));
    QVERIFY(configuration["token_endpoint_auth_signing_alg_values_supported"]
            == nlohmann::json({"RS256", "RS384", "ES384", "RS512"}));
    QCOMPARE(QString::fromStdString(configuration["token_endpoint"].get<std::string>()), tokenUrl());
    QCOMPARE(QString::fromStdString(configuration["registration_endpoint"].get<std::string>()),
             m_server->urls().auth(QStringLiteral("register")).toString());
    const auto oidc = m_browser->get(m_server->urls().auth(QStringLiteral(".well-known/openid-configuration")));
    QVERIFY(has(oidc.fhirJson()["token_endpoint_auth_methods_supported"], "private_key_jwt"));
    QVERIFY(oidc.fhirJson().contains("registration_endpoint"));
}

QTEST_GUILESS_MAIN(TestSandboxAuthAssertion)
#include "TestSandboxAuthAssertion.moc"
