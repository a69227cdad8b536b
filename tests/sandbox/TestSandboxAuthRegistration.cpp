// POST /auth/register (RFC 7591) for private_key_jwt clients, and the demo backend service's key:
// 201 with a fresh client_id and then a token signed by the registered key; the scope cut to the
// policy's read scopes; invalid_client_metadata / invalid_redirect_uri in words; off with
// --registration off; --write-demo-key's file (0600, never over a file) signs in as backend-demo.
#include "app/core/Base64Url.h"
#include "app/crypto/SigningKey.h"
#include "sandbox/auth/ClientAssertionVerifier.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ccri::sandbox;
using ccri::crypto::JwsAlgorithm;
using ccri::crypto::SigningKey;

class TestSandboxAuthRegistration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registerThenSignIn();
    void scopeClippedToPolicy();
    void badMetadataRefused_data();
    void badMetadataRefused();
    void registrationOff();
    void demoKeyWrittenOnceAndSignsIn();

private:
    SandboxBrowser::Response registerClient(const nlohmann::json& metadata);
    SandboxBrowser::Response token(const SigningKey& key, const QString& clientId);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthRegistration::init()
{
    m_browser.reset();
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

SandboxBrowser::Response TestSandboxAuthRegistration::registerClient(const nlohmann::json& metadata)
{
    return m_browser->postRaw(m_server->urls().auth(QStringLiteral("register")),
                              QByteArray::fromStdString(metadata.dump()), "application/json");
}

SandboxBrowser::Response TestSandboxAuthRegistration::token(const SigningKey& key, const QString& clientId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const nlohmann::json claims {{"iss", clientId.toStdString()},
                                 {"sub", clientId.toStdString()},
                                 {"aud", m_server->urls().auth(QStringLiteral("token")).toString().toStdString()},
                                 {"exp", now + 120},
                                 {"jti", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}};
    const auto jwt = ccri::crypto::CompactJws::sign({{"typ", "JWT"}}, claims, key);
    return m_browser->post(m_server->urls().auth(QStringLiteral("token")),
                           {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("client_assertion_type"), ClientAssertionVerifier::assertionType()},
                            {QStringLiteral("client_assertion"), QString::fromLatin1(jwt.value_or(QByteArray()))}});
}

void TestSandboxAuthRegistration::registerThenSignIn()
{
    const auto key = SigningKey::generate(JwsAlgorithm::Id::RS384);
    QVERIFY(key);
    const auto registered = registerClient({{"client_name", "Test backend"},
                                            {"token_endpoint_auth_method", "private_key_jwt"},
                                            {"jwks", {{"keys", {key->publicJwk()}}}},
                                            {"grant_types", {"client_credentials"}},
                                            {"scope", "system/Patient.read system/Observation.read"}});
    QVERIFY2(registered.status == 201, registered.body.constData());
    QCOMPARE(registered.header("cache-control"), QByteArray("no-store"));
    const QJsonObject body = registered.json();
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    QVERIFY(!clientId.isEmpty());
    QCOMPARE(body.value(QStringLiteral("client_name")).toString(), QStringLiteral("Test backend"));
    QCOMPARE(body.value(QStringLiteral("token_endpoint_auth_method")).toString(), QStringLiteral("private_key_jwt"));
    QCOMPARE(body.value(QStringLiteral("scope")).toString(),
             QStringLiteral("system/Patient.read system/Observation.read"));
    QVERIFY(body.contains(QStringLiteral("client_id_issued_at")));
    QVERIFY(body.contains(QStringLiteral("jwks")));

    const auto issued = token(*key, clientId);
    QVERIFY2(issued.status == 200, issued.body.constData());
    QCOMPARE(issued.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("system/Patient.read system/Observation.read"));
    // Another registration gets another client_id.
    const auto second = registerClient({{"token_endpoint_auth_method", "private_key_jwt"},
                                        {"jwks", {{"keys", {key->publicJwk()}}}},
                                        {"grant_types", {"client_credentials"}}});
    QCOMPARE(second.status, 201);
    QVERIFY(second.json().value(QStringLiteral("client_id")).toString() != clientId);
}

void TestSandboxAuthRegistration::scopeClippedToPolicy()
{
    const auto key = SigningKey::generate(JwsAlgorithm::Id::ES384);
    const auto registered = registerClient({{"token_endpoint_auth_method", "private_key_jwt"},
                                            {"jwks", {{"keys", {key->publicJwk()}}}},
                                            {"grant_types", {"client_credentials"}},
                                            {"scope", "system/Patient.read system/Patient.write system/*.read"}});
    QVERIFY2(registered.status == 201, registered.body.constData());
    const QJsonObject body = registered.json();
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("system/Patient.read"));
    QCOMPARE(body.value(QStringLiteral("scope_dropped")).toArray().size(), 2);
    QVERIFY(body.value(QStringLiteral("scope_note")).toString().contains(QLatin1String("system/Patient.write")));
}

void TestSandboxAuthRegistration::badMetadataRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const auto key = SigningKey::generate(JwsAlgorithm::Id::ES384);
    const nlohmann::json jwks {{"keys", {key->publicJwk()}}};
    QTest::newRow("not json") << QByteArray("client_name=x") << QStringLiteral("invalid_client_metadata");
    QTest::newRow("secret method") << QByteArray::fromStdString(
        nlohmann::json({{"token_endpoint_auth_method", "client_secret_basic"}, {"grant_types", {"client_credentials"}}})
            .dump()) << QStringLiteral("invalid_client_metadata");
    QTest::newRow("no keys") << QByteArray::fromStdString(
        nlohmann::json({{"token_endpoint_auth_method", "private_key_jwt"}, {"grant_types", {"client_credentials"}}})
            .dump()) << QStringLiteral("invalid_client_metadata");
    QTest::newRow("both jwks and jwks_uri")
        << QByteArray::fromStdString(nlohmann::json({{"token_endpoint_auth_method", "private_key_jwt"},
                                                     {"jwks", jwks},
                                                     {"jwks_uri", "https://example.org/jwks"},
                                                     {"grant_types", {"client_credentials"}}})
                                         .dump())
        << QStringLiteral("invalid_client_metadata");
    QTest::newRow("private key in jwks") << QByteArray::fromStdString(
        nlohmann::json({{"token_endpoint_auth_method", "private_key_jwt"},
                        {"jwks", {{"keys", {{{"kty", "oct"}, {"k", "c2VjcmV0"}}}}}},
                        {"grant_types", {"client_credentials"}}})
            .dump()) << QStringLiteral("invalid_client_metadata");
    QTest::newRow("code without redirect")
        << QByteArray::fromStdString(nlohmann::json({{"token_endpoint_auth_method", "private_key_jwt"},
                                                     {"jwks", jwks},
                                                     {"grant_types", {"authorization_code"}}})
                                         .dump())
        << QStringLiteral("invalid_redirect_uri");
    QTest::newRow("redirect with fragment")
        << QByteArray::fromStdString(nlohmann::json({{"token_endpoint_auth_method", "private_key_jwt"},
                                                     {"jwks", jwks},
                                                     {"redirect_uris", {"https://app.example.org/cb#x"}},
                                                     {"grant_types", {"authorization_code"}}})
                                         .dump())
        << QStringLiteral("invalid_redirect_uri");
    QTest::newRow("only write scopes") << QByteArray::fromStdString(
        nlohmann::json({{"token_endpoint_auth_method", "private_key_jwt"},
                        {"jwks", jwks},
                        {"grant_types", {"client_credentials"}},
                        {"scope", "system/Patient.write"}})
            .dump()) << QStringLiteral("invalid_client_metadata");
}

void TestSandboxAuthRegistration::badMetadataRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const auto response
        = m_browser->postRaw(m_server->urls().auth(QStringLiteral("register")), body, "application/json");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(response.json().value(QStringLiteral("error_description")).toString().size() > 10);
}

void TestSandboxAuthRegistration::registrationOff()
{
    m_browser.reset();
    SandboxOptions options = SandboxOptions::ephemeral(2);
    options.registration = SandboxOptions::Registration::Off;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
    const auto key = SigningKey::generate(JwsAlgorithm::Id::ES384);
    const auto response = registerClient({{"token_endpoint_auth_method", "private_key_jwt"},
                                          {"jwks", {{"keys", {key->publicJwk()}}}},
                                          {"grant_types", {"client_credentials"}}});
    QCOMPARE(response.status, 403);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), QStringLiteral("access_denied"));
    const auto smart = m_browser->get(m_server->urls().fhir(QStringLiteral(".well-known/smart-configuration")));
    QVERIFY(!smart.fhirJson().contains("registration_endpoint"));
}

void TestSandboxAuthRegistration::demoKeyWrittenOnceAndSignsIn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("backend-demo.pem"));
    const QString program = ccri::test::TestPaths::executable(QStringLiteral("ccri-sandbox"));
    QProcess write;
    write.start(program, {QStringLiteral("--write-demo-key"), path});
    QVERIFY(write.waitForFinished(30000));
    QCOMPARE(write.exitCode(), 0);
    QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess again;
    again.start(program, {QStringLiteral("--write-demo-key"), path});
    QVERIFY(again.waitForFinished(30000));
    QCOMPARE(again.exitCode(), 1);
    QVERIFY(again.readAllStandardError().contains("already exists"));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString why;
    const auto key = SigningKey::fromPem(file.readAll(), &why);
    QVERIFY2(key, qPrintable(why));
    const auto issued = token(*key, QStringLiteral("backend-demo"));
    QVERIFY2(issued.status == 200, issued.body.constData());
    QVERIFY(issued.json().value(QStringLiteral("scope")).toString().contains(QLatin1String("system/Patient.read")));
}

QTEST_GUILESS_MAIN(TestSandboxAuthRegistration)
#include "TestSandboxAuthRegistration.moc"
