// POST /auth/revoke (RFC 7009) and /auth/introspect (RFC 7662), and what the validator makes of revoked tokens.
#include "sandbox/auth/AccessTokenValidator.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QTest>

using namespace ccri::sandbox;

class TestSandboxAuthRevocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void introspectActiveToken();
    void revokeAccessTokenThenIntrospectInactive();
    void revokeRefreshTokenKillsItAndItsAccessToken();
    void otherClientCannotRevoke();
    void unknownTokenRevokeIsOk();
    void expiredTokenIsInactive();
    void introspectNeedsClientAuthentication();
    void publicClientCannotIntrospect();
    void confidentialClientIntrospectsOnlyItsOwnTokens();
    void clientCredentialsTokenRevokedWithBasic();

private:
    QJsonObject tokens(const QString& scope);
    SandboxBrowser::Response revoke(const QString& token, const QString& clientId = QStringLiteral("ccri-explorer"));
    // RFC 7662 §2.1: with a confidential credential; the demo resource server may ask about any token.
    QJsonObject introspect(const QString& token, const QString& clientId = QStringLiteral("ccri-resource-server"));

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthRevocation::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

QJsonObject TestSandboxAuthRevocation::tokens(const QString& scope)
{
    const QString code = m_browser->signIn(scope).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return m_browser->exchangeCode(code).json();
}

SandboxBrowser::Response TestSandboxAuthRevocation::revoke(const QString& token, const QString& clientId)
{
    return m_browser->post(m_server->urls().auth(QStringLiteral("revoke")),
                           {{QStringLiteral("token"), token}, {QStringLiteral("client_id"), clientId}});
}

QJsonObject TestSandboxAuthRevocation::introspect(const QString& token, const QString& clientId)
{
    return m_browser
        ->post(m_server->urls().auth(QStringLiteral("introspect")), {{QStringLiteral("token"), token}},
               m_browser->basic(clientId))
        .json();
}

void TestSandboxAuthRevocation::introspectActiveToken()
{
    const QJsonObject t = tokens(QStringLiteral("launch/patient patient/Observation.read fhirUser"));
    const QJsonObject info = introspect(t.value("access_token").toString());
    QCOMPARE(info.value("active").toBool(), true);
    QCOMPARE(info.value("scope").toString(), QStringLiteral("launch/patient patient/Observation.read fhirUser"));
    QCOMPARE(info.value("client_id").toString(), QStringLiteral("ccri-explorer"));
    QCOMPARE(info.value("sub").toString(), QStringLiteral("clinician"));
    QCOMPARE(info.value("patient").toString(), QStringLiteral("1"));
    QCOMPARE(info.value("fhirUser").toString(), QStringLiteral("Practitioner/1"));
    QVERIFY(info.value("exp").toInteger() > QDateTime::currentSecsSinceEpoch());
}

void TestSandboxAuthRevocation::revokeAccessTokenThenIntrospectInactive()
{
    const QString access = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString();
    QVERIFY(m_server->validator().validate("Bearer " + access.toLatin1(), nullptr));
    const QUrl patient(m_server->urls().fhirBase().toString() + QStringLiteral("/Patient/1"));
    QCOMPARE(m_browser->get(patient, access.toLatin1()).status, 200);
    const auto response = revoke(access);
    QCOMPARE(response.status, 200);
    // Over HTTP too: the FHIR API refuses the revoked token at once, with the reason.
    const SandboxBrowser::Response refused = m_browser->get(patient, access.toLatin1());
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").contains("invalid_token"));
    QVERIFY2(refused.body.contains("revoked"), refused.body.constData());
    QCOMPARE(introspect(access), QJsonObject({{"active", false}}));
    QString error;
    QVERIFY(!m_server->validator().validate("Bearer " + access.toLatin1(), &error));
    QCOMPARE(error, QStringLiteral("The access token has been revoked."));
}

void TestSandboxAuthRevocation::revokeRefreshTokenKillsItAndItsAccessToken()
{
    const QJsonObject t = tokens(QStringLiteral("user/Patient.read offline_access"));
    const QString refresh = t.value("refresh_token").toString();
    QCOMPARE(introspect(refresh).value("active").toBool(), true);
    QCOMPARE(introspect(refresh).value("token_type").toString(), QStringLiteral("refresh_token"));
    QCOMPARE(revoke(refresh).status, 200);
    QCOMPARE(introspect(refresh).value("active").toBool(), false);
    QCOMPARE(introspect(t.value("access_token").toString()).value("active").toBool(), false);
    QCOMPARE(m_browser
                 ->get(QUrl(m_server->urls().fhirBase().toString() + QStringLiteral("/Patient/1")),
                       t.value("access_token").toString().toLatin1())
                 .status,
             401);
    const auto use = m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                      {QStringLiteral("refresh_token"), refresh},
                                      {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    QCOMPARE(use.status, 400);
}

void TestSandboxAuthRevocation::otherClientCannotRevoke()
{
    const QString access = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString();
    const auto response
        = m_browser->post(m_server->urls().auth(QStringLiteral("revoke")), {{QStringLiteral("token"), access}},
                          m_browser->basic(QStringLiteral("ccri-explorer-confidential")));
    QCOMPARE(response.status, 200); // RFC 7009: no hint to the caller
    QCOMPARE(introspect(access).value("active").toBool(), true);
}

void TestSandboxAuthRevocation::unknownTokenRevokeIsOk()
{
    QCOMPARE(revoke(QStringLiteral("no-such-token")).status, 200);
    const auto missing = m_browser->post(m_server->urls().auth(QStringLiteral("revoke")),
                                         {{QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value("error").toString(), QStringLiteral("invalid_request"));
}

void TestSandboxAuthRevocation::expiredTokenIsInactive()
{
    const QString access = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString();
    QCOMPARE(introspect(access).value("active").toBool(), true);
    m_server->clock().advance(3600);
    QCOMPARE(introspect(access).value("active").toBool(), false);
    QString error;
    QVERIFY(!m_server->validator().validate("Bearer " + access.toLatin1(), &error));
    QCOMPARE(error, QStringLiteral("OAuth2 Authentication Token has expired."));
}

void TestSandboxAuthRevocation::introspectNeedsClientAuthentication()
{
    const auto response = m_browser->post(m_server->urls().auth(QStringLiteral("introspect")),
                                          {{QStringLiteral("token"), QStringLiteral("x")}});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_client"));
}

void TestSandboxAuthRevocation::publicClientCannotIntrospect()
{
    // RFC 7662 §2.1: a client_id alone authenticates nobody, so a public client is refused, even for its own token.
    const QString access = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString();
    const auto response = m_browser->post(
        m_server->urls().auth(QStringLiteral("introspect")),
        {{QStringLiteral("token"), access}, {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value("error").toString(), QStringLiteral("invalid_client"));
    QVERIFY(response.json().value("error_description").toString().contains(QStringLiteral("confidential")));
    QVERIFY(!response.body.contains("\"active\""));
    // Its twin: the same token, asked about with a confidential credential.
    QCOMPARE(introspect(access).value("active").toBool(), true);
}

void TestSandboxAuthRevocation::confidentialClientIntrospectsOnlyItsOwnTokens()
{
    QString error;
    const QByteArray own = m_browser->clientCredentials(QStringLiteral("clinical-access"), QString(), &error);
    QVERIFY2(!own.isEmpty(), qPrintable(error));
    const QString explorers = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString();
    QCOMPARE(introspect(QString::fromLatin1(own), QStringLiteral("clinical-access")).value("active").toBool(), true);
    // Another client's live token: as good as unknown to this caller (RFC 7662 §4, no token scanning).
    QCOMPARE(introspect(explorers, QStringLiteral("clinical-access")), QJsonObject({{"active", false}}));
    // A resource server's credential may ask about both.
    QCOMPARE(introspect(explorers).value("active").toBool(), true);
    QCOMPARE(introspect(QString::fromLatin1(own)).value("active").toBool(), true);
}

void TestSandboxAuthRevocation::clientCredentialsTokenRevokedWithBasic()
{
    const QByteArray basic = m_browser->basic(QStringLiteral("clinical-access"));
    const auto issued = m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, basic);
    const QString access = issued.json().value("access_token").toString();
    QVERIFY(m_server->validator().validate("Bearer " + access.toLatin1(), nullptr));
    QCOMPARE(
        m_browser->post(m_server->urls().auth(QStringLiteral("revoke")), {{QStringLiteral("token"), access}}, basic)
            .status,
        200);
    QVERIFY(!m_server->validator().validate("Bearer " + access.toLatin1(), nullptr));
}

QTEST_GUILESS_MAIN(TestSandboxAuthRevocation)
#include "TestSandboxAuthRevocation.moc"
