// Tokens die with their grant, over loopback: a replayed code revokes every token that grew from it,
// refreshed ones included (RFC 6749 §4.1.2); revoking a refresh token revokes the access tokens of its
// grant (RFC 7009 §2.1); a rotated refresh token presented again revokes the whole family (RFC 9700
// §4.14.2); a narrower refresh scope narrows that access token only (RFC 6749 §6); client_credentials
// never returns a refresh token (§4.4.3). Each rule with its failing twin.
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ccri::sandbox;

class TestSandboxAuthFamilies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codeReplayRevokesRefreshedTokensToo();
    void revokingRefreshTokenRevokesItsGrantsAccessTokens();
    void rotatedRefreshTokenReplayRevokesTheFamily();
    void narrowerRefreshScopeNarrowsOnlyThatAccessToken();
    void clientCredentialsNeverReturnsARefreshToken();

private:
    QString code(const QString& scope);
    QJsonObject exchange(const QString& code);
    SandboxBrowser::Response refresh(const QString& refreshToken, const QString& scope = {});
    int read(const QString& accessToken, const QString& path = QStringLiteral("Patient/1"));

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthFamilies::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

QString TestSandboxAuthFamilies::code(const QString& scope)
{
    return m_browser->signIn(scope).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

QJsonObject TestSandboxAuthFamilies::exchange(const QString& code)
{
    return m_browser->exchangeCode(code).json();
}

SandboxBrowser::Response TestSandboxAuthFamilies::refresh(const QString& refreshToken, const QString& scope)
{
    return m_browser->refresh(refreshToken, scope);
}

int TestSandboxAuthFamilies::read(const QString& accessToken, const QString& path)
{
    return m_browser->get(QUrl(m_server->fhirBase().toString() + QLatin1Char('/') + path), accessToken.toLatin1())
        .status;
}

void TestSandboxAuthFamilies::codeReplayRevokesRefreshedTokensToo()
{
    const QString c = code(QStringLiteral("user/Patient.read offline_access"));
    const QJsonObject first = exchange(c);
    const QJsonObject second = refresh(first.value("refresh_token").toString()).json();
    const QString access2 = second.value("access_token").toString();
    QCOMPARE(read(access2), 200);
    // Its twin first: another sign-in's tokens, untouched by what follows.
    const QJsonObject bystander = exchange(code(QStringLiteral("user/Patient.read offline_access")));

    const auto replay = m_browser->exchangeCode(c);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(read(first.value("access_token").toString()), 401);
    QCOMPARE(read(access2), 401); // grew from the code through a refresh: revoked too
    QCOMPARE(refresh(second.value("refresh_token").toString()).status, 400);

    QCOMPARE(read(bystander.value("access_token").toString()), 200);
    QCOMPARE(refresh(bystander.value("refresh_token").toString()).status, 200);
}

void TestSandboxAuthFamilies::revokingRefreshTokenRevokesItsGrantsAccessTokens()
{
    const QJsonObject first = exchange(code(QStringLiteral("user/Patient.read offline_access")));
    const QJsonObject second = refresh(first.value("refresh_token").toString()).json();
    const QJsonObject bystander = exchange(code(QStringLiteral("user/Patient.read offline_access")));
    QCOMPARE(read(first.value("access_token").toString()), 200); // still live: refreshing does not revoke it
    const auto revoked = m_browser->post(m_server->urls().auth(QStringLiteral("revoke")),
                                         {{QStringLiteral("token"), second.value("refresh_token").toString()},
                                          {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    QCOMPARE(revoked.status, 200);
    QCOMPARE(read(first.value("access_token").toString()), 401);
    QCOMPARE(read(second.value("access_token").toString()), 401);
    QCOMPARE(refresh(second.value("refresh_token").toString()).status, 400);
    QCOMPARE(read(bystander.value("access_token").toString()), 200);
}

void TestSandboxAuthFamilies::rotatedRefreshTokenReplayRevokesTheFamily()
{
    const QJsonObject first = exchange(code(QStringLiteral("user/Patient.read offline_access")));
    const QString r1 = first.value("refresh_token").toString();
    const QJsonObject second = refresh(r1).json();
    QVERIFY(!second.value("refresh_token").toString().isEmpty());
    QVERIFY(second.value("refresh_token").toString() != r1); // rotated
    QCOMPARE(read(second.value("access_token").toString()), 200);

    const auto replay = refresh(r1); // someone else kept the old one
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value("error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY2(replay.json().value("error_description").toString().contains(QStringLiteral("already used")),
             replay.body.constData());
    // The legitimate holder's tokens die with the family.
    QCOMPARE(read(second.value("access_token").toString()), 401);
    QCOMPARE(refresh(second.value("refresh_token").toString()).status, 400);
    // Its twin: an unknown refresh token is refused without words about reuse.
    const auto unknown = refresh(QStringLiteral("never-issued"));
    QCOMPARE(unknown.status, 400);
    QVERIFY(!unknown.json().value("error_description").toString().contains(QStringLiteral("already used")));
}

void TestSandboxAuthFamilies::narrowerRefreshScopeNarrowsOnlyThatAccessToken()
{
    const QJsonObject first = exchange(code(QStringLiteral("user/Patient.read user/Observation.read offline_access")));
    const auto narrow = refresh(first.value("refresh_token").toString(), QStringLiteral("user/Patient.read"));
    QCOMPARE(narrow.status, 200);
    const QJsonObject narrowed = narrow.json();
    QCOMPARE(narrowed.value("scope").toString(), QStringLiteral("user/Patient.read"));
    QCOMPARE(read(narrowed.value("access_token").toString()), 200);
    QCOMPARE(read(narrowed.value("access_token").toString(), QStringLiteral("Observation?patient=1")), 403);
    // The refresh token kept the whole grant (RFC 6749 §6): the next refresh without scope has it all.
    const auto full = refresh(narrowed.value("refresh_token").toString());
    QCOMPARE(full.status, 200);
    QCOMPARE(full.json().value("scope").toString(),
             QStringLiteral("user/Patient.read user/Observation.read offline_access"));
    QCOMPARE(read(full.json().value("access_token").toString(), QStringLiteral("Observation?patient=1")), 200);
    // Its twin: a wider scope than the grant is refused.
    const auto wider = refresh(full.json().value("refresh_token").toString(), QStringLiteral("user/Condition.read"));
    QCOMPARE(wider.status, 400);
    QCOMPARE(wider.json().value("error").toString(), QStringLiteral("invalid_scope"));
}

void TestSandboxAuthFamilies::clientCredentialsNeverReturnsARefreshToken()
{
    // Whatever a clients file says: a client_credentials client registered for refresh_token too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clients.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"clients":[{"client_id":"robot","client_secret":"robot-secret",
                   "grant_types":["client_credentials","refresh_token"],
                   "scope":"user/Patient.read offline_access"}]})");
    file.close();
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.clientsFile = path;
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SandboxBrowser browser(server);
    const auto issued = browser.post(server.urls().auth(QStringLiteral("token")),
                                     {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                     "Basic " + QByteArray("robot:robot-secret").toBase64());
    QCOMPARE(issued.status, 200);
    QVERIFY(issued.json().value("scope").toString().contains(QStringLiteral("offline_access")));
    QVERIFY(!issued.json().contains("refresh_token"));
    // Its twin: a user's grant with offline_access does get one.
    QVERIFY(!exchange(code(QStringLiteral("user/Patient.read offline_access")))
                 .value("refresh_token")
                 .toString()
                 .isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxAuthFamilies)
#include "TestSandboxAuthFamilies.moc"
