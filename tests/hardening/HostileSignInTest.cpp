// The explorer's sign-in classes (Discovery, TokenClient, the bearer request builder) against a server that misbehaves
// on purpose: each case ends in a sentence for the user (or a sound record), nothing crashes or hangs, and no code,
// verifier, secret or token goes anywhere it should not.
#include "app/auth/Discovery.h"
#include "app/auth/IdTokenVerifier.h"
#include "app/auth/ServerProfile.h"
#include "app/auth/TokenClient.h"
#include "app/core/ScopeSet.h"
#include "app/crypto/CompactJws.h"
#include "app/crypto/JwkSet.h"
#include "app/crypto/SigningKey.h"
#include "app/net/NetworkRequest.h"
#include "tests/hardening/HostileServer.h"
#include "tests/hardening/TestCertificate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using ccri::auth::Discovery;
using ccri::auth::IdTokenCheck;
using ccri::auth::IdTokenVerifier;
using ccri::auth::SmartConfiguration;
using ccri::auth::TokenClient;
using ccri::auth::TokenRecord;
using ccri::test::HostileServer;

namespace {

const QString code = QStringLiteral("hostile-code-0123456789");
const QByteArray verifier = "hostile-verifier-0123456789-0123456789-0123456789";
const QString secret = QStringLiteral("hostile-client-secret-0123456789");
const QString requestedScope = QStringLiteral("user/Patient.read openid fhirUser offline_access");

void verifySentence(const QString& text)
{
    QVERIFY2(text.size() > 20 && text.contains(QLatin1Char(' ')), qPrintable(text));
    for (const QString& secretText : {code, QString::fromLatin1(verifier), secret})
        QVERIFY2(!text.contains(secretText), "a secret appears in a message");
}

struct DiscoveryResult
{
    bool done = false;
    std::optional<SmartConfiguration> configuration;
    QString error;
    QList<SmartConfiguration> early; // endpointsFound(), in order
    qsizetype earlyBeforeDone = -1; // how many had come when it finished or failed
};

struct TokenResult
{
    bool done = false;
    std::optional<TokenRecord> record;
    QString error;
};

} // namespace

class HostileSignInTest : public QObject
{
    Q_OBJECT

private:
    // Every signal of discovery's into *result (which outlives the connections: disconnect first).
    void record(Discovery& discovery, DiscoveryResult* result)
    {
        connect(&discovery, &Discovery::endpointsFound, this,
                [result](const SmartConfiguration& configuration) { result->early << configuration; });
        connect(&discovery, &Discovery::finished, this, [result](const SmartConfiguration& configuration) {
            result->configuration = configuration;
            result->earlyBeforeDone = result->early.size();
            result->done = true;
        });
        connect(&discovery, &Discovery::failed, this, [result](const QString& error) {
            result->error = error;
            result->earlyBeforeDone = result->early.size();
            result->done = true;
        });
    }

    DiscoveryResult discover(Discovery& discovery, const QUrl& base, int waitMs = 20000)
    {
        DiscoveryResult result;
        record(discovery, &result);
        discovery.start(base);
        if (!QTest::qWaitFor([&] { return result.done; }, waitMs))
            qWarning("no answer within %d ms", waitMs);
        discovery.disconnect(this);
        return result;
    }

    // A server answering the two discovery URLs as given; discovery must fail, in words.
    QString discoveryFails(const HostileServer::Response& wellKnown, const HostileServer::Response& metadata,
                           int timeoutMs = 0, int waitMs = 20000)
    {
        HostileServer server;
        const bool listening = server.listen();
        [&] { QVERIFY(listening); }(); // QVERIFY returns from the lambda; the failure is recorded
        if (!listening)
            return QString();
        server.route(QStringLiteral("/fhir/.well-known/smart-configuration"), wellKnown);
        server.route(QStringLiteral("/fhir/metadata"), metadata);
        QNetworkAccessManager network;
        Discovery discovery(&network);
        if (timeoutMs > 0)
            discovery.setTimeout(timeoutMs);
        const DiscoveryResult result = discover(discovery, server.url(QStringLiteral("/fhir")), waitMs);
        [&] {
            QVERIFY(result.done);
            QVERIFY(!result.configuration);
            verifySentence(result.error);
        }();
        return result.error;
    }

    TokenResult exchange(TokenClient& client, int waitMs = 20000)
    {
        TokenResult result;
        client.exchangeCode(code, QUrl(QStringLiteral("http://127.0.0.1:7777/callback")), verifier, requestedScope,
                            [&](std::optional<TokenRecord> record, const QString& error) {
                                result.record = record;
                                result.error = error;
                                result.done = true;
                            });
        if (!QTest::qWaitFor([&] { return result.done; }, waitMs))
            qWarning("no answer within %d ms", waitMs);
        return result;
    }

    // A token endpoint answering as given, and the code exchange against it (timeoutMs > 0: the
    // client's timeout).
    TokenResult exchangeWith(const HostileServer::Response& answer, int timeoutMs = 0, int waitMs = 20000)
    {
        HostileServer server;
        const bool listening = server.listen();
        [&] { QVERIFY(listening); }(); // QVERIFY returns from the lambda; the failure is recorded
        if (!listening)
            return TokenResult();
        server.route(QStringLiteral("/auth/token"), answer);
        QNetworkAccessManager network;
        TokenClient client(&network, endpointsOf(server), QStringLiteral("ccri-explorer"));
        if (timeoutMs > 0)
            client.setTimeout(timeoutMs);
        return exchange(client, waitMs);
    }

    // The exchange ended without tokens, and said why in a sentence.
    static void verifyRefused(const TokenResult& result)
    {
        QVERIFY(result.done);
        QVERIFY(!result.record);
        verifySentence(result.error);
    }

    // An id_token signed by `key` (header kid overridden when `kid` is given) with these claims.
    static QString idToken(const ccri::crypto::SigningKey& key, const nlohmann::json& claims,
                           const QString& kid = QString())
    {
        nlohmann::json header = {{"typ", "JWT"}};
        if (!kid.isEmpty())
            header["kid"] = kid.toStdString();
        return QString::fromLatin1(ccri::crypto::CompactJws::sign(header, claims, key).value_or(QByteArray()));
    }

    // The id_token checked by IdTokenVerifier against a server that publishes `keySet` (empty
    // route: no jwks_uri at all).
    static IdTokenCheck checkAgainst(const QString& token, const std::optional<HostileServer::Response>& keySet,
                                     const QString& nonce)
    {
        HostileServer server;
        [&] { QVERIFY(server.listen()); }();
        SmartConfiguration configuration = endpointsOf(server);
        configuration.issuer = QUrl(QStringLiteral("https://issuer.example/auth"));
        if (keySet) {
            server.route(QStringLiteral("/auth/jwks"), *keySet);
            configuration.jwksUri = server.url(QStringLiteral("/auth/jwks"));
        }
        QNetworkAccessManager network;
        IdTokenVerifier verifier(&network, configuration, QStringLiteral("ccri-explorer"));
        std::optional<IdTokenCheck> result;
        verifier.verify(token, nonce, QDateTime::currentDateTimeUtc(),
                        [&result](const IdTokenCheck& check) { result = check; });
        [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000)); }();
        return result.value_or(IdTokenCheck());
    }

    static SmartConfiguration endpointsOf(const HostileServer& server)
    {
        SmartConfiguration configuration;
        configuration.fhirBase = server.url(QStringLiteral("/fhir"));
        configuration.authorizationEndpoint = server.url(QStringLiteral("/auth/authorize"));
        configuration.tokenEndpoint = server.url(QStringLiteral("/auth/token"));
        return configuration;
    }

private slots:
    // --- The id_token (OIDC Core §3.1.3.7): each rule and its failing twin ---

    void idTokenChecks_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("refused");
        using S = IdTokenCheck::Status;
        QTest::newRow("sound") << "sound" << int(S::Checked) << false;
        QTest::newRow("wrong nonce") << "wrong nonce" << int(S::WrongNonce) << true;
        QTest::newRow("no nonce") << "no nonce" << int(S::WrongNonce) << true;
        QTest::newRow("unknown kid") << "unknown kid" << int(S::UnknownKid) << true;
        QTest::newRow("bad signature") << "bad signature" << int(S::BadSignature) << true;
        QTest::newRow("wrong aud") << "wrong aud" << int(S::WrongAudience) << true;
        QTest::newRow("wrong iss") << "wrong iss" << int(S::WrongIssuer) << true;
        QTest::newRow("expired") << "expired" << int(S::Expired) << false;
        // The sandbox's clock-skew fault: said, not refused; within the leeway, checked.
        QTest::newRow("iat ahead") << "iat ahead" << int(S::ClockSkew) << false;
        QTest::newRow("nbf ahead") << "nbf ahead" << int(S::ClockSkew) << false;
        QTest::newRow("iat long ago") << "iat long ago" << int(S::ClockSkew) << false;
        QTest::newRow("iat a minute ahead") << "iat a minute ahead" << int(S::Checked) << false;
        QTest::newRow("no jwks_uri") << "no jwks_uri" << int(S::NoJwksUri) << false;
        QTest::newRow("key set unreachable") << "key set unreachable" << int(S::KeySetUnreachable) << false;
        QTest::newRow("key set not JSON") << "key set not JSON" << int(S::KeySetUnreachable) << false;
    }
    void idTokenChecks()
    {
        QFETCH(QString, variant);
        QFETCH(int, status);
        QFETCH(bool, refused);
        using ccri::crypto::SigningKey;
        const auto key = SigningKey::generate(ccri::crypto::JwsAlgorithm::Id::RS256);
        const auto other = SigningKey::generate(ccri::crypto::JwsAlgorithm::Id::RS256);
        QVERIFY(key && other);
        const QString nonce = QStringLiteral("n-0123456789abcdef");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        nlohmann::json claims = {{"iss", "https://issuer.example/auth"},
                                 {"sub", "gp"},
                                 {"aud", nlohmann::json::array({"ccri-explorer"})},
                                 {"exp", now + 300},
                                 {"iat", now},
                                 {"nonce", nonce.toStdString()}};
        if (variant == QLatin1String("wrong nonce"))
            claims["nonce"] = "someone-else's";
        if (variant == QLatin1String("no nonce"))
            claims.erase("nonce");
        if (variant == QLatin1String("wrong aud"))
            claims["aud"] = "another-client";
        if (variant == QLatin1String("wrong iss"))
            claims["iss"] = "https://elsewhere.example/auth";
        if (variant == QLatin1String("expired"))
            claims["exp"] = now - 60;
        if (variant == QLatin1String("iat ahead"))
            claims["iat"] = now + 600;
        if (variant == QLatin1String("nbf ahead"))
            claims["nbf"] = now + 600;
        if (variant == QLatin1String("iat long ago"))
            claims["iat"] = now - 3600;
        if (variant == QLatin1String("iat a minute ahead"))
            claims["iat"] = now + 60;
        QString token = idToken(*key, claims);
        if (variant == QLatin1String("unknown kid"))
            token = idToken(*key, claims, QStringLiteral("a-kid-nobody-published"));
        if (variant == QLatin1String("bad signature")) // another key's signature under the published kid
            token = idToken(*other, claims, key->kid());
        std::optional<HostileServer::Response> keySet
            = HostileServer::json(ccri::crypto::JwkSet({key->verifyingKey()}).serialise());
        if (variant == QLatin1String("no jwks_uri"))
            keySet.reset();
        if (variant == QLatin1String("key set unreachable"))
            keySet = HostileServer::html("<html><body>Bad Gateway</body></html>", 502);
        if (variant == QLatin1String("key set not JSON"))
            keySet = HostileServer::json("{\"keys\":[{\"kty\":", 200);
        const IdTokenCheck check = checkAgainst(token, keySet, nonce);
        QCOMPARE(int(check.status), status);
        QCOMPARE(check.refusesSignIn(), refused);
        verifySentence(check.describe());
        if (check.isChecked())
            QVERIFY2(check.describe().contains(key->kid()), qPrintable(check.describe()));
    }

    // --- Discovery ---

    void discoveryOfBrokenServers_data()
    {
        QTest::addColumn<QByteArray>("wellKnownBody");
        QTest::addColumn<int>("wellKnownStatus");
        QTest::addColumn<QByteArray>("metadataBody");
        QTest::addColumn<bool>("metadataIsHtml");
        QTest::newRow("truncated JSON both") << QByteArray("{\"token_endpoint\":\"http://x/tok") << 200
                                             << QByteArray("{\"resourceType\":\"Capab") << false;
        QTest::newRow("HTML error pages both") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                               << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << true;
        QTest::newRow("404 then a CapabilityStatement without security")
            << QByteArray("{}") << 404
            << QByteArray("{\"resourceType\":\"CapabilityStatement\",\"fhirVersion\":\"3.0.1\",\"rest\":[{}]}")
            << false;
        QTest::newRow("JSON of the wrong shape")
            << QByteArray("[\"token_endpoint\"]") << 200 << QByteArray("{\"resourceType\":\"Patient\"}") << false;
    }
    void discoveryOfBrokenServers()
    {
        QFETCH(QByteArray, wellKnownBody);
        QFETCH(int, wellKnownStatus);
        QFETCH(QByteArray, metadataBody);
        QFETCH(bool, metadataIsHtml);
        HostileServer::Response wellKnown = HostileServer::json(wellKnownBody, wellKnownStatus);
        if (wellKnownBody.startsWith('<'))
            wellKnown = HostileServer::html(wellKnownBody, wellKnownStatus);
        discoveryFails(wellKnown,
                       metadataIsHtml ? HostileServer::html(metadataBody, 502) : HostileServer::json(metadataBody));
    }

    void discoveryThatNeverAnswers() { discoveryFails(HostileServer::silent(), HostileServer::silent(), 1000); }

    void discoveryGoesOnWithoutTheStatement()
    {
        // The smart-configuration names the endpoints and the CapabilityStatement never answers: a
        // sign-in can go on at once (endpointsFound), and finished() still comes, when the statement's
        // request times out, with the smart-configuration's endpoints and no statement.
        HostileServer server;
        QVERIFY(server.listen());
        const QByteArray wellKnown
            = "{\"issuer\": \"http://127.0.0.1/auth\", "
              "\"authorization_endpoint\": \"http://127.0.0.1/auth/authorize\", "
              "\"token_endpoint\": \"http://127.0.0.1/auth/token\", \"code_challenge_methods_supported\": [\"S256\"], "
              "\"capabilities\": [\"launch-standalone\"]}";
        server.route(QStringLiteral("/fhir/.well-known/smart-configuration"), HostileServer::json(wellKnown));
        server.route(QStringLiteral("/fhir/metadata"), HostileServer::silent());
        QNetworkAccessManager network;
        Discovery discovery(&network);
        discovery.setTimeout(1500);
        const QUrl base = server.url(QStringLiteral("/fhir"));
        DiscoveryResult result;
        record(discovery, &result);
        discovery.start(base);
        QTRY_COMPARE_WITH_TIMEOUT(result.early.size(), 1, 10000);
        QVERIFY(!result.done); // the statement is still awaited
        const auto early = result.early.first();
        QCOMPARE(early.tokenEndpoint, QUrl(QStringLiteral("http://127.0.0.1/auth/token")));
        QCOMPARE(early.authorizationEndpoint, QUrl(QStringLiteral("http://127.0.0.1/auth/authorize")));
        QTRY_VERIFY_WITH_TIMEOUT(result.done, 10000);
        QVERIFY2(result.configuration, qPrintable(result.error));
        QCOMPARE(result.configuration->tokenEndpoint, early.tokenEndpoint);
        QVERIFY(result.configuration->capabilityStatement.isEmpty());
        QCOMPARE(result.earlyBeforeDone, 1);
        QCOMPARE(result.early.size(), 1); // once

        // Without an authorization endpoint of its own, the statement's oauth-uris may name it: no
        // early word, only finished().
        server.route(QStringLiteral("/fhir/.well-known/smart-configuration"),
                     HostileServer::json("{\"token_endpoint\": \"http://127.0.0.1/auth/token\"}"));
        server.route(
            QStringLiteral("/fhir/metadata"),
            HostileServer::json(
                "{\"resourceType\": \"CapabilityStatement\", "
                "\"fhirVersion\": \"3.0.1\", \"rest\": [{\"mode\": \"server\", \"security\": {\"extension\": [{ "
                "\"url\": \"http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris\", \"extension\": [ "
                "{\"url\": \"authorize\", \"valueUri\": \"http://127.0.0.1/auth/authorize\"}, "
                "{\"url\": \"token\", \"valueUri\": \"http://127.0.0.1/auth/token\"}]}]}}]}"));
        result = DiscoveryResult();
        discovery.start(base);
        QTRY_VERIFY_WITH_TIMEOUT(result.done, 10000);
        QCOMPARE(result.early.size(), 0);
        QVERIFY2(result.configuration, qPrintable(result.error));
        QCOMPARE(result.configuration->authorizationEndpoint, QUrl(QStringLiteral("http://127.0.0.1/auth/authorize")));
        QVERIFY(!result.configuration->capabilityStatement.isEmpty());
    }

    void discoveryClosedMidBody()
    {
        discoveryFails(HostileServer::closeMidBody("{\"authorization_endpoint\":\"http://127.0.0.1/a\","
                                                   "\"token_endpoint\":\"http://127.0.0.1/t\"}"),
                       HostileServer::closeMidBody(QByteArray(400, ' ')));
    }

    void discoveryOfFiftyMegabytes()
    {
        const QString error = discoveryFails(HostileServer::huge(50 * 1024 * 1024),
                                             HostileServer::huge(50 * 1024 * 1024, false), 0, 60000);
        QVERIFY2(error.contains(QLatin1String("larger than 1024 KiB, which was refused")), qPrintable(error));
    }

    void discoveryOverSelfSignedTls()
    {
        ccri::test::TestCertificate certificate;
        QString error;
        QVERIFY2(certificate.generate(&error), qPrintable(error));
        HostileServer server;
        QVERIFY(server.listenTls(certificate.certificate(), certificate.key()));
        server.route(QStringLiteral("/fhir/.well-known/smart-configuration"),
                     HostileServer::json("{\"authorization_endpoint\":\"https://127.0.0.1/a\","
                                         "\"token_endpoint\":\"https://127.0.0.1/t\",\"capabilities\":[]}"));
        QNetworkAccessManager network;
        {
            Discovery discovery(&network);
            const DiscoveryResult refused = discover(discovery, server.url(QStringLiteral("/fhir")));
            QVERIFY(refused.done);
            QVERIFY(!refused.configuration);
            verifySentence(refused.error);
        }
        // The profile trusts that CA file (ServerProfile::sslConfiguration adds it): accepted.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(QSslCertificate::fromPath(certificate.certificateFile()));
        Discovery discovery(&network);
        discovery.setSslConfiguration(trusting);
        const DiscoveryResult accepted = discover(discovery, server.url(QStringLiteral("/fhir")));
        QVERIFY2(accepted.configuration, qPrintable(accepted.error));
        QCOMPARE(accepted.configuration->tokenEndpoint, QUrl(QStringLiteral("https://127.0.0.1/t")));
    }

    // --- Token endpoint ---

    void tokenResponsesThatAreNotTokens_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("html");
        QTest::newRow("truncated JSON") << QByteArray("{\"access_token\":\"abc\",\"token_ty") << 200 << false;
        QTest::newRow("HTML error page") << QByteArray("<html><body><h1>500 Internal Server Error</h1></body></html>")
                                         << 500 << true;
        QTest::newRow("HTML with 200") << QByteArray("<!doctype html><html><body>Sign in</body></html>") << 200 << true;
        QTest::newRow("OAuth error") << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"The code "
                                                   "was already used.\"}")
                                     << 400 << false;
        QTest::newRow("no access token") << QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":3600}") << 200
                                         << false;
        QTest::newRow("JSON array") << QByteArray("[]") << 200 << false;
    }
    void tokenResponsesThatAreNotTokens()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, html);
        const TokenResult result
            = exchangeWith(html ? HostileServer::html(body, status) : HostileServer::json(body, status));
        verifyRefused(result);
    }

    // RFC 6749 requires token_type; a server that leaves it out, or sends expires_in as a string,
    // gets either a sound record or a sentence — never a crash or a half-filled session.
    void tokenResponseOddities_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no token_type") << QByteArray(
            "{\"access_token\":\"abc.def.ghi\",\"expires_in\":3600,\"scope\":\"user/Patient.read\"}");
        QTest::newRow("expires_in as a string")
            << QByteArray("{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\",\"scope\":"
                          "\"user/Patient.read\"}");
        QTest::newRow("expires_in as words")
            << QByteArray("{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":\"one hour\"}");
        QTest::newRow("expires_in enormous")
            << QByteArray("{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":1e300}");
        QTest::newRow("expires_in negative")
            << QByteArray("{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":-60}");
    }
    void tokenResponseOddities()
    {
        QFETCH(QByteArray, body);
        const TokenResult result = exchangeWith(HostileServer::json(body));
        QVERIFY(result.done);
        if (result.record) {
            QVERIFY(!result.record->accessToken.isEmpty());
            QCOMPARE(result.record->tokenType, QStringLiteral("Bearer"));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY2(!result.record->expiresAt.isValid() || result.record->expiresAt > now.addSecs(-1)
                         || body.contains("-60"),
                     "an expiry in the past from a positive expires_in");
        } else {
            verifySentence(result.error);
        }
    }

    void scopesGrantedThatWereNeverAskedFor()
    {
        const TokenResult result = exchangeWith(
            HostileServer::json("{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                                "\"scope\":\"user/Patient.read openid user/*.write system/*.cruds "
                                "launch/patient\"}"));
        QVERIFY2(result.record, qPrintable(result.error));
        // What counts is what was granted, and the extra scopes are named as added by the server.
        QVERIFY(result.record->scope.contains(QStringLiteral("system/*.cruds")));
        const auto comparison = ccri::ScopeSet::compare(ccri::ScopeSet::parse(requestedScope),
                                                        ccri::ScopeSet::parse(result.record->scope));
        QStringList added;
        for (const ccri::Scope& scope : comparison.added)
            added.append(scope.text());
        QCOMPARE(added,
                 QStringList({QStringLiteral("user/*.write"), QStringLiteral("system/*.cruds"),
                              QStringLiteral("launch/patient")}));
        QStringList narrowed;
        for (const ccri::Scope& scope : comparison.narrowedAway)
            narrowed.append(scope.text());
        QCOMPARE(narrowed, QStringList({QStringLiteral("fhirUser"), QStringLiteral("offline_access")}));
    }

    void tokenEndpointThatNeverAnswers()
    {
        const TokenResult result = exchangeWith(HostileServer::silent(), 1000);
        verifyRefused(result);
    }

    void tokenEndpointClosedMidBody()
    {
        const TokenResult result
            = exchangeWith(HostileServer::closeMidBody("{\"access_token\":\"abcdefgh\",\"token_type\":\"Bearer\","
                                                       "\"expires_in\":3600}"));
        verifyRefused(result);
    }

    void tokenEndpointOfFiftyMegabytes()
    {
        const TokenResult result = exchangeWith(HostileServer::huge(50 * 1024 * 1024), 0, 60000);
        verifyRefused(result);
        QVERIFY2(result.error.contains(QLatin1String("larger than 1024 KiB, which was refused")),
                 qPrintable(result.error));
    }

    // A token endpoint that redirects to another host must not get the code, the verifier or the
    // client's Basic credentials re-sent there.
    void tokenEndpointRedirectsToAnotherHost_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307 (keeps the method and body)") << 307;
        QTest::newRow("308") << 308;
    }
    void tokenEndpointRedirectsToAnotherHost()
    {
        QFETCH(int, status);
        HostileServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        elsewhere.route(QStringLiteral("/steal"),
                        HostileServer::json("{\"access_token\":\"x\",\"token_type\":\"Bearer\"}"));
        HostileServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/auth/token"),
                     HostileServer::redirect(elsewhere.url(QStringLiteral("/steal")), status));
        QNetworkAccessManager network;
        TokenClient client(&network, endpointsOf(server), QStringLiteral("ccri-explorer-confidential"), secret);
        const TokenResult result = exchange(client);
        QVERIFY(result.done);
        for (const HostileServer::Request& request : elsewhere.requests()) {
            QVERIFY2(!request.headers.contains("authorization"), "the client secret went to another host");
            QVERIFY2(!request.body.contains(code.toLatin1()), "the code went to another host");
            QVERIFY2(!request.body.contains(verifier), "the verifier went to another host");
        }
        QVERIFY2(!result.record, "a token from another host was accepted");
        verifySentence(result.error);
    }

    // --- Bearer requests ---

    // The one request builder adds the session's bearer token; a FHIR server that redirects to another
    // host must not get it re-sent there, while a redirect within the same server still works.
    void bearerRedirectToAnotherHostDoesNotCarryTheToken()
    {
        const QByteArray token = "hostile-session-access-token-0123456789";
        HostileServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        elsewhere.route(QStringLiteral("/steal"), HostileServer::json("{\"resourceType\":\"Bundle\"}"));
        HostileServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/fhir/Patient"),
                     HostileServer::redirect(elsewhere.url(QStringLiteral("/steal")), 302));
        server.route(QStringLiteral("/fhir/Patient/old"),
                     HostileServer::redirect(server.url(QStringLiteral("/fhir/Patient/1")), 301));
        server.route(QStringLiteral("/fhir/Patient/1"),
                     HostileServer::json("{\"resourceType\":\"Patient\",\"id\":\"1\"}"));

        QNetworkAccessManager network;
        const auto send = [&](const QString& path, int* status, QNetworkReply::NetworkError* error) {
            QNetworkReply* reply
                = ccri::net::NetworkRequest(server.url(path)).bearer(QString::fromLatin1(token)).send(&network);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            const bool done = finished.wait(20000);
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            *error = reply->error();
            reply->deleteLater();
            return done;
        };

        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QVERIFY(send(QStringLiteral("/fhir/Patient"), &status, &error));
        QCOMPARE(error, QNetworkReply::InsecureRedirectError);
        QVERIFY2(elsewhere.requests().isEmpty(), "the redirect to another host was followed");
        // The first request did carry the token, to the right server.
        QCOMPARE(server.requestsTo(QStringLiteral("/fhir/Patient")).size(), 1);
        QCOMPARE(server.requestsTo(QStringLiteral("/fhir/Patient")).constFirst().headers.value("authorization"),
                 "Bearer " + token);

        // Within the same server the redirect is followed, with the token.
        QVERIFY(send(QStringLiteral("/fhir/Patient/old"), &status, &error));
        QCOMPARE(error, QNetworkReply::NoError);
        QCOMPARE(status, 200);
        QCOMPARE(server.requestsTo(QStringLiteral("/fhir/Patient/1")).size(), 1);
        QCOMPARE(server.requestsTo(QStringLiteral("/fhir/Patient/1")).constFirst().headers.value("authorization"),
                 "Bearer " + token);
    }

    void tokenEndpointOverSelfSignedTls()
    {
        ccri::test::TestCertificate certificate;
        QString error;
        QVERIFY2(certificate.generate(&error), qPrintable(error));
        HostileServer server;
        QVERIFY(server.listenTls(certificate.certificate(), certificate.key()));
        server.route(QStringLiteral("/auth/token"),
                     HostileServer::json("{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":60}"));
        QNetworkAccessManager network;
        TokenClient client(&network, endpointsOf(server), QStringLiteral("ccri-explorer"));
        const TokenResult refused = exchange(client);
        verifyRefused(refused);
        QVERIFY2(server.requestsTo(QStringLiteral("/auth/token")).isEmpty(),
                 "the code went over an untrusted connection");

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(QSslCertificate::fromPath(certificate.certificateFile()));
        client.setSslConfiguration(trusting);
        const TokenResult accepted = exchange(client);
        QVERIFY2(accepted.record, qPrintable(accepted.error));
    }
};

QTEST_GUILESS_MAIN(HostileSignInTest)
#include "HostileSignInTest.moc"
