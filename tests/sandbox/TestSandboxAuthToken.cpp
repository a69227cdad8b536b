// POST /auth/token: authorization_code, refresh_token, client_credentials; each rule with its failing twin.
#include "sandbox/auth/AccessTokenValidator.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QJsonDocument>
#include <QTest>

using namespace ccri::sandbox;

class TestSandboxAuthToken : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void codeGivesTokenResponse();
    void tokenIsAcceptedByTheValidator();
    void wrongVerifierRefused();
    void missingVerifierRefused();
    void reusedCodeRefusedAndRevokesFirstTokens();
    void expiredCodeRefused();
    void redirectMismatchRefused();
    void codeOfAnotherClientRefused();
    void confidentialClientUsesBasic();
    void confidentialClientWithoutBasicRefused();
    void refreshRotates();
    void refreshWithNarrowerScope();
    void refreshWithWiderScopeRefused();
    void noRefreshTokenWithoutOfflineAccess();
    void clientCredentialsForClinicalAccess();
    void clientCredentialsNarrowedByScope();
    void clientCredentialsRefusedForPublicClient();
    void clientCredentialsWrongSecretRefused();
    void malformedRequestsRefused();

private:
    QString code(const QString& scope, const QString& user = QStringLiteral("clinician"),
                 const QString& clientId = QStringLiteral("ccri-explorer"));
    SandboxBrowser::Response refresh(const QString& refreshToken, const QString& scope = QString());
    SandboxBrowser::Response clientCredentials(const QString& clientId, const QString& scope = QString());

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthToken::init()
{
    m_browser.reset();
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

QString TestSandboxAuthToken::code(const QString& scope, const QString& user, const QString& clientId)
{
    return m_browser->signIn(scope, user, clientId).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

SandboxBrowser::Response TestSandboxAuthToken::refresh(const QString& refreshToken, const QString& scope)
{
    return m_browser->refresh(refreshToken, scope);
}

SandboxBrowser::Response TestSandboxAuthToken::clientCredentials(const QString& clientId, const QString& scope)
{
    SandboxBrowser::Form form {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    return m_browser->post(m_server->urls().auth(QStringLiteral("token")), form, m_browser->basic(clientId));
}

void TestSandboxAuthToken::codeGivesTokenResponse()
{
    const auto response = m_browser->exchangeCode(
        code(QStringLiteral("openid fhirUser profile offline_access launch/patient user/Patient.read")));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("cache-control"), QByteArray("no-store"));
    QVERIFY(response.header("content-type").startsWith("application/json"));
    const QJsonObject body = response.json();
    QCOMPARE(body.value("token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value("expires_in").toInt(), 3599);
    QCOMPARE(body.value("scope").toString(),
             QStringLiteral("openid fhirUser profile offline_access launch/patient user/Patient.read"));
    QVERIFY(!body.value("refresh_token").toString().isEmpty());
    QCOMPARE(body.value("patient").toString(), QStringLiteral("1")); // first in the picker

    const QJsonObject access = SandboxBrowser::jwtClaims(body.value("access_token").toString());
    QCOMPARE(access.value("iss").toString(), m_server->urls().issuer());
    QCOMPARE(access.value("aud").toString(), m_server->fhirBase().toString());
    QCOMPARE(access.value("sub").toString(), QStringLiteral("clinician"));
    QCOMPARE(access.value("client_id").toString(), QStringLiteral("ccri-explorer"));
    QCOMPARE(access.value("patient").toString(), QStringLiteral("1"));
    QVERIFY(!access.value("jti").toString().isEmpty());
    QCOMPARE(access.value("exp").toInteger() - access.value("iat").toInteger(), 3599);

    const QJsonObject id = SandboxBrowser::jwtClaims(body.value("id_token").toString());
    QCOMPARE(id.value("sub").toString(), QStringLiteral("clinician"));
    QCOMPARE(id.value("aud").toString(), QStringLiteral("ccri-explorer"));
    QCOMPARE(id.value("name").toString(), QStringLiteral("Dr Clare Clinician"));
    QCOMPARE(id.value("fhirUser").toString(), m_server->fhirBase().toString() + QStringLiteral("/Practitioner/1"));
}

void TestSandboxAuthToken::tokenIsAcceptedByTheValidator()
{
    const auto response = m_browser->exchangeCode(code(QStringLiteral("user/Patient.read")));
    QString error;
    const auto context = m_server->validator().validate(
        "Bearer " + response.json().value("access_token").toString().toLatin1(), &error);
    QVERIFY2(context, qPrintable(error));
    QCOMPARE(context->subject, QStringLiteral("clinician"));
    QCOMPARE(context->clientId, QStringLiteral("ccri-explorer"));
    QCOMPARE(context->fhirUser, QStringLiteral("Practitioner/1"));
    QVERIFY(context->scopes.containsText(QStringLiteral("user/Patient.read")));
    // No id_token without openid, no refresh token without offline_access.
    QVERIFY(!response.json().contains("id_token"));
    QVERIFY(!response.json().contains("refresh_token"));
}

void TestSandboxAuthToken::wrongVerifierRefused()
{
    const QString c = code(QStringLiteral("user/Patient.read"));
    const auto wrong = m_browser->exchangeCode(c, QStringLiteral("x").repeated(43));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value("error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(wrong.json().value("error_description").toString().contains("PKCE"));
    QCOMPARE(wrong.header("cache-control"), QByteArray("no-store"));
}

void TestSandboxAuthToken::missingVerifierRefused()
{
    const auto response = m_browser->exchangeCode(code(QStringLiteral("user/Patient.read")), QString());
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxAuthToken::reusedCodeRefusedAndRevokesFirstTokens()
{
    const QString c = code(QStringLiteral("user/Patient.read offline_access"));
    const auto first = m_browser->exchangeCode(c);
    QCOMPARE(first.status, 200);
    const QByteArray bearer = "Bearer " + first.json().value("access_token").toString().toLatin1();
    QVERIFY(m_server->validator().validate(bearer, nullptr));

    const auto second = m_browser->exchangeCode(c);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json().value("error").toString(), QStringLiteral("invalid_grant"));
    QString error;
    QVERIFY(!m_server->validator().validate(bearer, &error));
    QCOMPARE(error, QStringLiteral("The access token has been revoked."));
    QCOMPARE(refresh(first.json().value("refresh_token").toString()).status, 400);
}

void TestSandboxAuthToken::expiredCodeRefused()
{
    const QString c = code(QStringLiteral("user/Patient.read"));
    m_server->clock().advance(61);
    const auto response = m_browser->exchangeCode(c);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(response.json().value("error_description").toString().contains("expired"));

    // Twin: 59 seconds is still in time.
    const QString fresh = code(QStringLiteral("user/Patient.read"));
    m_server->clock().advance(59);
    QCOMPARE(m_browser->exchangeCode(fresh).status, 200);
}

void TestSandboxAuthToken::redirectMismatchRefused()
{
    const QString c = code(QStringLiteral("user/Patient.read"));
    const auto response = m_browser->exchangeCode(c, SandboxBrowser::verifier(), QStringLiteral("ccri-explorer"),
                                                  QStringLiteral("http://127.0.0.1:1/callback"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxAuthToken::codeOfAnotherClientRefused()
{
    const QString c = code(QStringLiteral("user/Patient.read"));
    const auto response
        = m_browser->exchangeCode(c, SandboxBrowser::verifier(), QStringLiteral("ccri-explorer-confidential"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxAuthToken::confidentialClientUsesBasic()
{
    const QString c
        = code(QStringLiteral("user/Patient.read"), QStringLiteral("gp"), QStringLiteral("ccri-explorer-confidential"));
    const auto response
        = m_browser->exchangeCode(c, SandboxBrowser::verifier(), QStringLiteral("ccri-explorer-confidential"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value("scope").toString(), QStringLiteral("user/Patient.read"));
}

void TestSandboxAuthToken::confidentialClientWithoutBasicRefused()
{
    const QString c
        = code(QStringLiteral("user/Patient.read"), QStringLiteral("gp"), QStringLiteral("ccri-explorer-confidential"));
    const auto response
        = m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                          {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("code"), c},
                           {QStringLiteral("redirect_uri"), SandboxBrowser::redirectUri()},
                           {QStringLiteral("code_verifier"), SandboxBrowser::verifier()},
                           {QStringLiteral("client_id"), QStringLiteral("ccri-explorer-confidential")}});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_client"));
    QVERIFY(response.header("www-authenticate").startsWith("Basic"));
}

void TestSandboxAuthToken::refreshRotates()
{
    const auto first = m_browser->exchangeCode(code(QStringLiteral("user/Patient.read offline_access")));
    const QString oldRefresh = first.json().value("refresh_token").toString();
    const auto second = refresh(oldRefresh);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.header("cache-control"), QByteArray("no-store"));
    const QString newRefresh = second.json().value("refresh_token").toString();
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
    QCOMPARE(second.json().value("scope").toString(), QStringLiteral("user/Patient.read offline_access"));
    // The new one works; the old one no longer does (and, presented again, revokes the whole family:
    // RFC 9700 §4.14.2, TestSandboxAuthFamilies).
    QCOMPARE(refresh(newRefresh).status, 200);
    const auto replay = refresh(oldRefresh);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value("error").toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxAuthToken::refreshWithNarrowerScope()
{
    const auto first
        = m_browser->exchangeCode(code(QStringLiteral("user/Patient.read user/Observation.read offline_access")));
    const auto narrowed
        = refresh(first.json().value("refresh_token").toString(), QStringLiteral("user/Patient.read offline_access"));
    QCOMPARE(narrowed.status, 200);
    QCOMPARE(narrowed.json().value("scope").toString(), QStringLiteral("user/Patient.read offline_access"));
}

void TestSandboxAuthToken::refreshWithWiderScopeRefused()
{
    const auto first = m_browser->exchangeCode(code(QStringLiteral("user/Patient.read offline_access")));
    const auto wider = refresh(first.json().value("refresh_token").toString(),
                               QStringLiteral("user/Patient.read user/Observation.read"));
    QCOMPARE(wider.status, 400);
    QCOMPARE(wider.json().value("error").toString(), QStringLiteral("invalid_scope"));
}

void TestSandboxAuthToken::noRefreshTokenWithoutOfflineAccess()
{
    const auto response = m_browser->exchangeCode(code(QStringLiteral("user/Patient.read")));
    QVERIFY(!response.json().contains("refresh_token"));
    QCOMPARE(refresh(QStringLiteral("made-up")).status, 400);
}

void TestSandboxAuthToken::clientCredentialsForClinicalAccess()
{
    const auto response = clientCredentials(QStringLiteral("clinical-access"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("cache-control"), QByteArray("no-store"));
    const QJsonObject body = response.json();
    QVERIFY(body.value("scope").toString().contains("user/Observation.read"));
    QVERIFY(!body.contains("refresh_token"));
    QVERIFY(!body.contains("id_token"));
    const auto context
        = m_server->validator().validate("Bearer " + body.value("access_token").toString().toLatin1(), nullptr);
    QVERIFY(context);
    QCOMPARE(context->subject, QStringLiteral("clinical-access"));
    QCOMPARE(context->clientId, QStringLiteral("clinical-access"));
}

void TestSandboxAuthToken::clientCredentialsNarrowedByScope()
{
    const auto response = clientCredentials(QStringLiteral("patient-access"),
                                            QStringLiteral("user/Patient.read user/Observation.read"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value("scope").toString(), QStringLiteral("user/Patient.read"));
    const auto none = clientCredentials(QStringLiteral("limited-access"), QStringLiteral("user/Patient.read"));
    QCOMPARE(none.status, 400);
    QCOMPARE(none.json().value("error").toString(), QStringLiteral("invalid_scope"));
}

void TestSandboxAuthToken::clientCredentialsRefusedForPublicClient()
{
    const auto response = m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                           {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("unauthorized_client"));
    QVERIFY(!response.json().contains("access_token"));
}

void TestSandboxAuthToken::clientCredentialsWrongSecretRefused()
{
    const QByteArray wrong = "Basic " + QByteArray("clinical-access:wrong").toBase64();
    const auto response
        = m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, wrong);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_client"));
    // Secrets in the form are refused too (Basic only).
    const auto inForm = m_browser->post(
        m_server->urls().auth(QStringLiteral("token")),
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_id"), QStringLiteral("clinical-access")},
         {QStringLiteral("client_secret"), m_server->clients().find(QStringLiteral("clinical-access"))->secret}});
    QCOMPARE(inForm.status, 401);
}

void TestSandboxAuthToken::malformedRequestsRefused()
{
    const QUrl token = m_server->urls().auth(QStringLiteral("token"));
    const auto json = m_browser->postRaw(token, "{\"grant_type\":\"client_credentials\"}", "application/json",
                                         m_browser->basic(QStringLiteral("clinical-access")));
    QCOMPARE(json.status, 400);
    QCOMPARE(json.json().value("error").toString(), QStringLiteral("invalid_request"));
    const auto get = m_browser->get(token);
    QCOMPARE(get.status, 405);
    const auto unknownGrant = m_browser->post(token, {{QStringLiteral("grant_type"), QStringLiteral("password")}},
                                              m_browser->basic(QStringLiteral("clinical-access")));
    QCOMPARE(unknownGrant.json().value("error").toString(), QStringLiteral("unsupported_grant_type"));
    const auto unknownCode = m_browser->exchangeCode(QStringLiteral("not-a-code"));
    QCOMPARE(unknownCode.json().value("error").toString(), QStringLiteral("invalid_grant"));
}

QTEST_GUILESS_MAIN(TestSandboxAuthToken)
#include "TestSandboxAuthToken.moc"
