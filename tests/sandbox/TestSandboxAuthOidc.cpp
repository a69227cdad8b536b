// The sandbox as an OpenID Connect provider, over loopback: RS256 tokens checked against GET /auth/jwks
// as a client would (ccri::crypto), discovery at the issuer (OIDC Discovery §4, RFC 8414 §3), the
// id_token's claims (nonce, aud/azp, auth_time, profile and fhirUser only when granted), prompt and
// max_age (OIDC Core §3.1.2.1, §3.1.2.6), and a signing key kept in a 0600 file. Each rule with its twin.
#include "app/crypto/CompactJws.h"
#include "app/crypto/JwkSet.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ccri::sandbox;
using ccri::crypto::CompactJws;
using ccri::crypto::JwkSet;
using json = nlohmann::json;

class TestSandboxAuthOidc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jwksPublishesOnePublicRs256Key();
    void accessTokenVerifiesAgainstJwks();
    void discoveryAtTheIssuer();
    void rfc8414MetadataIsTheSame();
    void smartConfigurationPointsAtJwks();
    void discoveryIsReadOnly();
    void nonceComesBack();
    void noNonceWhenNoneAsked();
    void idTokenAudienceIsTheClient();
    void profileClaimsOnlyWithProfile();
    void fhirUserOnlyWithFhirUser();
    void refreshedIdTokenHasNoNonce();
    void promptNoneWithoutSessionIsLoginRequired();
    void promptNoneWithSessionIsConsentRequired();
    void promptNoneWithOthersRefused();
    void promptLoginForcesLoginPage();
    void maxAgeForcesLoginWhenOld();
    void badMaxAgeRefused();
    void signingKeyFileKeepsTokensAcrossRestarts();
    void signingKeyFileReadableByOthersRefused();
    void signingKeyFileNotAKeyRefused();

private:
    // Signs in as `user` with exactly `scope` ticked and the authorize request changed by `changes`;
    // returns the token response.
    QJsonObject tokensFor(const QString& scope, const SandboxBrowser::Form& changes = {},
                          const QString& user = QStringLiteral("clinician"));
    json verifiedClaims(const QString& token);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthOidc::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

QJsonObject TestSandboxAuthOidc::tokensFor(const QString& scope, const SandboxBrowser::Form& changes,
                                           const QString& user)
{
    const auto consent = m_browser->openConsent(m_browser->authorizeUrl(scope, changes), user);
    const auto done = m_browser->submitConsent(consent, scope.split(QLatin1Char(' ')), QStringLiteral("authorize"),
                                               QStringLiteral("1"));
    const QUrlQuery query(QUrl(done.location).query(QUrl::FullyEncoded));
    return m_browser->exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)).json();
}

json TestSandboxAuthOidc::verifiedClaims(const QString& token)
{
    const auto result = CompactJws::verify(token.toLatin1(), m_browser->jwks());
    if (!result.ok())
        qWarning("token refused: %s", qPrintable(result.message));
    return result.ok() ? result.claims : json();
}

void TestSandboxAuthOidc::jwksPublishesOnePublicRs256Key()
{
    const auto response = m_browser->get(m_server->urls().auth(QStringLiteral("jwks")));
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    const json set = json::parse(response.body.toStdString());
    QCOMPARE(set.at("keys").size(), size_t(1));
    const json& key = set.at("keys").at(0);
    QVERIFY(key.at("kty") == "RSA");
    QVERIFY(key.at("alg") == "RS256");
    QVERIFY(key.at("use") == "sig");
    QVERIFY(!key.at("kid").get<std::string>().empty());
    for (const char* secret : {"d", "p", "q", "dp", "dq", "qi", "k"})
        QVERIFY2(!key.contains(secret), secret);
    QCOMPARE(m_browser->jwks().keys().size(), size_t(1)); // and ccri::crypto accepts it as a client would
}

void TestSandboxAuthOidc::accessTokenVerifiesAgainstJwks()
{
    QString error;
    const QByteArray access = m_browser->clientCredentials(QStringLiteral("clinical-access"), QString(), &error);
    QVERIFY2(!access.isEmpty(), qPrintable(error));
    const auto result = CompactJws::verify(access, m_browser->jwks());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.header.at("alg") == "RS256");
    QVERIFY(result.header.at("typ") == "JWT");
    QVERIFY(result.header.at("kid") == m_browser->jwks().keys().front().kid().toStdString());
    // Its twin: a token signed by another key with the same kid is refused by the sandbox.
    const auto other = ccri::crypto::SigningKey::generate(ccri::crypto::JwsAlgorithm::Id::RS256);
    const auto forged = CompactJws::sign({{"kid", result.header.at("kid")}, {"typ", "JWT"}}, result.claims, *other);
    const auto refused = m_browser->get(m_server->urls().fhir(QStringLiteral("Patient/1")), *forged);
    QCOMPARE(refused.status, 401);
    QVERIFY2(refused.body.contains("signature is not valid"), refused.body.constData());
    QCOMPARE(m_browser->get(m_server->urls().fhir(QStringLiteral("Patient/1")), access).status, 200);
}

void TestSandboxAuthOidc::discoveryAtTheIssuer()
{
    // OIDC Discovery §4: <issuer>/.well-known/openid-configuration, and its issuer is the issuer exactly.
    const auto response
        = m_browser->get(QUrl(m_server->urls().issuer() + QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(response.status, 200);
    const json metadata = json::parse(response.body.toStdString());
    const std::string issuer = m_server->urls().issuer().toStdString();
    QVERIFY(metadata.at("issuer") == issuer);
    auto auth = [this](const char* path) {
        return m_server->urls().auth(QString::fromLatin1(path)).toString().toStdString();
    };
    QVERIFY(metadata.at("authorization_endpoint") == auth("authorize"));
    QVERIFY(metadata.at("token_endpoint") == auth("token"));
    QVERIFY(metadata.at("jwks_uri") == auth("jwks"));
    QVERIFY(metadata.at("revocation_endpoint") == auth("revoke"));
    QVERIFY(metadata.at("introspection_endpoint") == auth("introspect"));
    QVERIFY(metadata.at("response_types_supported") == json({"code"}));
    QVERIFY(metadata.at("subject_types_supported") == json({"public"}));
    QVERIFY(metadata.at("id_token_signing_alg_values_supported") == json({"RS256"}));
    QVERIFY(metadata.at("code_challenge_methods_supported") == json({"S256"}));
    QVERIFY(metadata.at("token_endpoint_auth_methods_supported")
            == json({"client_secret_basic", "none", "private_key_jwt"}));
    QVERIFY(metadata.at("grant_types_supported").size() == 3);
    QVERIFY(metadata.at("request_uri_parameter_supported") == false);
    const auto scopes = metadata.at("scopes_supported");
    QVERIFY(std::find(scopes.begin(), scopes.end(), "openid") != scopes.end());
    QVERIFY(std::find(scopes.begin(), scopes.end(), "user/Observation.read") != scopes.end());
    // The id_token's iss is the same string (OIDC Core §3.1.3.7 step 2).
    const QJsonObject tokens = tokensFor(QStringLiteral("openid user/Patient.read"));
    QVERIFY(verifiedClaims(tokens.value("id_token").toString()).at("iss") == issuer);
}

void TestSandboxAuthOidc::rfc8414MetadataIsTheSame()
{
    const auto oidc
        = m_browser->get(QUrl(m_server->urls().issuer() + QStringLiteral("/.well-known/openid-configuration")));
    // RFC 8414 §3.1: the well-known suffix goes between the origin and the issuer's path.
    const auto rfc8414 = m_browser->url(QStringLiteral("/.well-known/oauth-authorization-server/auth"));
    const auto response = m_browser->get(rfc8414);
    QCOMPARE(response.status, 200);
    QVERIFY(json::parse(response.body.toStdString()) == json::parse(oidc.body.toStdString()));
    // Its twin: the issuer's path appended the other way round is not a metadata document.
    QCOMPARE(m_browser->get(m_server->urls().auth(QStringLiteral(".well-known/oauth-authorization-server"))).status,
             404);
}

void TestSandboxAuthOidc::smartConfigurationPointsAtJwks()
{
    const auto response = m_browser->get(m_server->urls().fhir(QStringLiteral(".well-known/smart-configuration")));
    const json configuration = json::parse(response.body.toStdString());
    QVERIFY(configuration.at("jwks_uri") == m_server->urls().auth(QStringLiteral("jwks")).toString().toStdString());
    const auto capabilities = configuration.at("capabilities");
    QVERIFY(std::find(capabilities.begin(), capabilities.end(), "sso-openid-connect") != capabilities.end());
    QVERIFY(configuration.at("issuer") == m_server->urls().issuer().toStdString());
}

void TestSandboxAuthOidc::discoveryIsReadOnly()
{
    const auto post = m_browser->post(m_server->urls().auth(QStringLiteral("jwks")), {{"a", "b"}});
    QCOMPARE(post.status, 405);
    QCOMPARE(m_browser->get(m_server->urls().auth(QStringLiteral("jwks"))).status, 200);
}

void TestSandboxAuthOidc::nonceComesBack()
{
    // OIDC Core §3.1.2.1 / §2: the request's nonce, unchanged, in the id_token.
    const QString nonce = QStringLiteral("n-0S6_WzA2Mj");
    const QJsonObject tokens
        = tokensFor(QStringLiteral("openid user/Patient.read"), {{QStringLiteral("nonce"), nonce}});
    const json claims = verifiedClaims(tokens.value("id_token").toString());
    QVERIFY(claims.at("nonce") == nonce.toStdString());
}

void TestSandboxAuthOidc::noNonceWhenNoneAsked()
{
    const QJsonObject tokens = tokensFor(QStringLiteral("openid user/Patient.read"));
    const json claims = verifiedClaims(tokens.value("id_token").toString());
    QVERIFY(claims.is_object());
    QVERIFY(!claims.contains("nonce"));
}

void TestSandboxAuthOidc::idTokenAudienceIsTheClient()
{
    const QJsonObject tokens = tokensFor(QStringLiteral("openid user/Patient.read"));
    const json claims = verifiedClaims(tokens.value("id_token").toString());
    QVERIFY(claims.at("aud") == "ccri-explorer");
    QVERIFY(claims.at("azp") == "ccri-explorer");
    QVERIFY(claims.at("sub") == "clinician");
    QVERIFY(claims.at("exp").get<qint64>() > claims.at("iat").get<qint64>());
    // auth_time: when the user typed the password, never later than the token.
    QVERIFY(claims.at("auth_time").get<qint64>() <= claims.at("iat").get<qint64>());
    // The access token's aud is the FHIR base, not the client: the two never stand in for each other.
    const json access = verifiedClaims(tokens.value("access_token").toString());
    QVERIFY(access.at("aud") == m_server->fhirBase().toString().toStdString());
}

void TestSandboxAuthOidc::profileClaimsOnlyWithProfile()
{
    const json without
        = verifiedClaims(tokensFor(QStringLiteral("openid user/Patient.read")).value("id_token").toString());
    for (const char* claim : {"name", "given_name", "family_name"})
        QVERIFY2(!without.contains(claim), claim);
    const json with
        = verifiedClaims(tokensFor(QStringLiteral("openid profile user/Patient.read")).value("id_token").toString());
    QVERIFY(with.at("name") == "Dr Clare Clinician");
    QVERIFY(with.at("given_name") == "Clare");
    QVERIFY(with.at("family_name") == "Clinician");
}

void TestSandboxAuthOidc::fhirUserOnlyWithFhirUser()
{
    const json without
        = verifiedClaims(tokensFor(QStringLiteral("openid profile user/Patient.read")).value("id_token").toString());
    QVERIFY(!without.contains("fhirUser"));
    const json with
        = verifiedClaims(tokensFor(QStringLiteral("openid fhirUser user/Patient.read")).value("id_token").toString());
    QVERIFY(with.at("fhirUser") == m_server->urls().fhir(QStringLiteral("Practitioner/1")).toString().toStdString());
}

void TestSandboxAuthOidc::refreshedIdTokenHasNoNonce()
{
    const QJsonObject first = tokensFor(QStringLiteral("openid offline_access user/Patient.read"),
                                        {{QStringLiteral("nonce"), QStringLiteral("abc")}});
    QVERIFY(verifiedClaims(first.value("id_token").toString()).at("nonce") == "abc");
    const auto refreshed = m_browser->refresh(first.value("refresh_token").toString());
    QCOMPARE(refreshed.status, 200);
    const json claims = verifiedClaims(refreshed.json().value("id_token").toString());
    QVERIFY(claims.is_object());
    QVERIFY(!claims.contains("nonce")); // OIDC Core §12.2
    QVERIFY(claims.at("auth_time") == verifiedClaims(first.value("id_token").toString()).at("auth_time"));
}

void TestSandboxAuthOidc::promptNoneWithoutSessionIsLoginRequired()
{
    SandboxBrowser fresh(*m_server); // no cookie: nobody signed in
    const auto response = fresh.get(fresh.authorizeUrl(QStringLiteral("openid user/Patient.read"),
                                                       {{QStringLiteral("prompt"), QStringLiteral("none")}}));
    QCOMPARE(response.status, 302);
    const QUrlQuery query(QUrl(response.location).query(QUrl::FullyEncoded));
    QVERIFY(response.location.startsWith(SandboxBrowser::redirectUri()));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("login_required"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st+ate/1"));
    // Its twin: without prompt=none the login page is shown.
    const auto shown = fresh.get(fresh.authorizeUrl(QStringLiteral("openid user/Patient.read")));
    QCOMPARE(shown.status, 302);
    QVERIFY2(shown.location.contains(QStringLiteral("/auth/login")), qPrintable(shown.location));
}

void TestSandboxAuthOidc::promptNoneWithSessionIsConsentRequired()
{
    SandboxBrowser browser(*m_server);
    QVERIFY(!browser.signIn(QStringLiteral("openid user/Patient.read")).queryItemValue("code").isEmpty());
    const auto response = browser.get(browser.authorizeUrl(QStringLiteral("openid user/Patient.read"),
                                                           {{QStringLiteral("prompt"), QStringLiteral("none")}}));
    QCOMPARE(response.status, 302);
    const QUrlQuery query(QUrl(response.location).query(QUrl::FullyEncoded));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("consent_required"));
}

void TestSandboxAuthOidc::promptNoneWithOthersRefused()
{
    const auto response = m_browser->get(
        m_browser->authorizeUrl(QStringLiteral("openid"), {{QStringLiteral("prompt"), QStringLiteral("none login")}}));
    const QUrlQuery query(QUrl(response.location).query(QUrl::FullyEncoded));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
}

void TestSandboxAuthOidc::promptLoginForcesLoginPage()
{
    SandboxBrowser browser(*m_server);
    QVERIFY(!browser.signIn(QStringLiteral("user/Patient.read")).queryItemValue("code").isEmpty());
    const auto again = browser.get(browser.authorizeUrl(QStringLiteral("user/Patient.read")));
    QVERIFY2(again.location.contains(QStringLiteral("/auth/consent")), qPrintable(again.location)); // signed in
    const auto forced = browser.get(browser.authorizeUrl(QStringLiteral("user/Patient.read"),
                                                         {{QStringLiteral("prompt"), QStringLiteral("login")}}));
    QVERIFY2(forced.location.contains(QStringLiteral("/auth/login")), qPrintable(forced.location));
}

void TestSandboxAuthOidc::maxAgeForcesLoginWhenOld()
{
    SandboxBrowser browser(*m_server);
    QVERIFY(!browser.signIn(QStringLiteral("user/Patient.read")).queryItemValue("code").isEmpty());
    m_server->clock().advance(120);
    const auto fresh = browser.get(browser.authorizeUrl(QStringLiteral("user/Patient.read"),
                                                        {{QStringLiteral("max_age"), QStringLiteral("600")}}));
    QVERIFY2(fresh.location.contains(QStringLiteral("/auth/consent")), qPrintable(fresh.location));
    const auto old = browser.get(
        browser.authorizeUrl(QStringLiteral("user/Patient.read"), {{QStringLiteral("max_age"), QStringLiteral("60")}}));
    QVERIFY2(old.location.contains(QStringLiteral("/auth/login")), qPrintable(old.location));
}

void TestSandboxAuthOidc::badMaxAgeRefused()
{
    for (const char* value : {"-1", "soon", "1e3"}) {
        const auto response = m_browser->get(m_browser->authorizeUrl(
            QStringLiteral("openid"), {{QStringLiteral("max_age"), QString::fromLatin1(value)}}));
        const QUrlQuery query(QUrl(response.location).query(QUrl::FullyEncoded));
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    }
}

void TestSandboxAuthOidc::signingKeyFileKeepsTokensAcrossRestarts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signing-key.pem"));
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.signingKeyFile = path;
    QByteArray token;
    QString kid;
    {
        SandboxServer first(options);
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path)
                     & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFileDevice::Permissions());
        SandboxBrowser browser(first);
        token = browser.clientCredentials(QStringLiteral("clinical-access"), QString(), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        kid = QString::fromStdString(CompactJws::parse(token)->header.at("kid"));
    }
    const QByteArray pem = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // The restarted sandbox (on another free port, so another issuer) publishes the same key: the old
    // token's signature checks against its jwks_uri.
    auto publishedKeys = [](SandboxServer& server) {
        SandboxBrowser browser(server);
        return JwkSet::parse(browser.get(server.urls().auth(QStringLiteral("jwks"))).body).value_or(JwkSet());
    };
    SandboxServer second(options);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    const auto again = CompactJws::verify(token, publishedKeys(second));
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(publishedKeys(second).find(kid));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pem); // never rewritten
    // Its twin: without the file, a restart makes a new key, and the old token's kid is unknown.
    SandboxServer third(SandboxOptions::ephemeral(1));
    QVERIFY(third.start(&error));
    QCOMPARE(CompactJws::verify(token, publishedKeys(third)).status, CompactJws::Status::UnknownKey);
}

void TestSandboxAuthOidc::signingKeyFileReadableByOthersRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key.pem"));
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.signingKeyFile = path;
    {
        SandboxServer first(options);
        QVERIFY(first.start(nullptr));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    SandboxServer server(options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(QStringLiteral("chmod 600")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("PRIVATE KEY")));
}

void TestSandboxAuthOidc::signingKeyFileNotAKeyRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner));
    file.write("not a key\n");
    file.close();
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.signingKeyFile = path;
    SandboxServer server(options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(QStringLiteral("cannot be used")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxAuthOidc)
#include "TestSandboxAuthOidc.moc"
