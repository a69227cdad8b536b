#include "app/auth/SmartConfiguration.h"

#include <QTest>

using ccri::auth::SmartConfiguration;

namespace {
const QUrl kBase(QStringLiteral("http://127.0.0.1:8080/fhir/STU3"));
}

class TestSmartConfiguration : public QObject
{
    Q_OBJECT
private slots:
    void readsWellKnown()
    {
        const QByteArray json
            = "{"
              "\"issuer\": \"http://127.0.0.1:8080/auth\","
              "\"authorization_endpoint\": \"http://127.0.0.1:8080/auth/authorize\","
              "\"token_endpoint\": \"http://127.0.0.1:8080/auth/token\","
              "\"revocation_endpoint\": \"/auth/revoke\","
              "\"jwks_uri\": \"/auth/jwks\","
              "\"introspection_endpoint\": \"../../auth/introspect\","
              "\"code_challenge_methods_supported\": [\"S256\"],"
              "\"capabilities\": [\"launch-standalone\", \"client-public\", \"permission-v1\"],"
              "\"grant_types_supported\": [\"authorization_code\", \"refresh_token\", \"client_credentials\"]"
              "}";
        QString error;
        const auto config = SmartConfiguration::fromSmartConfiguration(json, kBase, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->source, SmartConfiguration::Source::WellKnown);
        QCOMPARE(config->authorizationEndpoint, QUrl(QStringLiteral("http://127.0.0.1:8080/auth/authorize")));
        QCOMPARE(config->tokenEndpoint, QUrl(QStringLiteral("http://127.0.0.1:8080/auth/token")));
        QCOMPARE(config->revocationEndpoint, QUrl(QStringLiteral("http://127.0.0.1:8080/auth/revoke")));
        QCOMPARE(config->introspectionEndpoint, QUrl(QStringLiteral("http://127.0.0.1:8080/auth/introspect")));
        QCOMPARE(config->jwksUri, QUrl(QStringLiteral("http://127.0.0.1:8080/auth/jwks")));
        QVERIFY(config->advertisesS256());
        QVERIFY(config->capabilities.contains(QStringLiteral("client-public")));
    }

    void wellKnownWithoutTokenEndpointIsRefused()
    {
        QString error;
        QVERIFY(!SmartConfiguration::fromSmartConfiguration("{\"authorization_endpoint\":\"x\"}", kBase, &error));
        QVERIFY(error.contains(QLatin1String("token_endpoint")));
    }

    void htmlIsNamedAsHtml()
    {
        QString error;
        QVERIFY(!SmartConfiguration::fromSmartConfiguration("<!DOCTYPE html><html><body>Login</body></html>", kBase,
                                                            &error));
        QVERIFY2(error.contains(QLatin1String("HTML")), qPrintable(error));
        QVERIFY(!SmartConfiguration::fromCapabilityStatement("<html></html>", kBase, &error));
        QVERIFY(error.contains(QLatin1String("HTML")));
        QVERIFY(!SmartConfiguration::fromCapabilityStatement("{\"a\":", kBase, &error));
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
    }

    void readsTheCcriCapabilityStatement()
    {
        const QByteArray json
            = "{"
              "\"resourceType\": \"CapabilityStatement\","
              "\"fhirVersion\": \"3.0.1\","
              "\"rest\": [{"
              "\"mode\": \"server\","
              "\"security\": {"
              "\"extension\": [{"
              "\"url\": \"http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris\","
              "\"extension\": ["
              "{\"url\": \"authorize\", \"valueUri\": \"https://data.developer.nhs.uk/ccri-auth/authorize\"},"
              "{\"url\": \"token\", \"valueUri\": \"https://data.developer.nhs.uk/ccri-auth/token\"},"
              "{\"url\": \"register\", \"valueUri\": \"https://data.developer.nhs.uk/ccri-auth/register\"}"
              "]"
              "}]"
              "}"
              "}]"
              "}";
        QString error;
        const auto config = SmartConfiguration::fromCapabilityStatement(json, kBase, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->source, SmartConfiguration::Source::CapabilityStatement);
        QCOMPARE(config->authorizationEndpoint,
                 QUrl(QStringLiteral("https://data.developer.nhs.uk/ccri-auth/authorize")));
        QCOMPARE(config->tokenEndpoint, QUrl(QStringLiteral("https://data.developer.nhs.uk/ccri-auth/token")));
        QCOMPARE(config->registrationEndpoint,
                 QUrl(QStringLiteral("https://data.developer.nhs.uk/ccri-auth/register")));
        QVERIFY(config->revocationEndpoint.isEmpty());
        QVERIFY(config->isStu3());
        QCOMPARE(config->fhirReleaseName(), QStringLiteral("STU3"));
    }

    void capabilityStatementWithoutOauthUrisSaysSo()
    {
        QString error;
        const auto config = SmartConfiguration::fromCapabilityStatement(
            "{\"resourceType\":\"CapabilityStatement\",\"fhirVersion\":\"4.0.1\",\"rest\":[{\"mode\":\"server\"}]}",
            kBase, &error);
        QVERIFY(config);
        QVERIFY(config->tokenEndpoint.isEmpty());
        QVERIFY(config->isR4());
        QVERIFY(error.contains(QLatin1String("oauth-uris")));
        QVERIFY(!SmartConfiguration::fromCapabilityStatement("{\"resourceType\":\"Patient\"}", kBase, &error));
    }

    void complementFillsOnlyTheGaps()
    {
        SmartConfiguration wellKnown;
        wellKnown.tokenEndpoint = QUrl(QStringLiteral("http://a/token"));
        SmartConfiguration capability;
        capability.tokenEndpoint = QUrl(QStringLiteral("http://b/token"));
        capability.revocationEndpoint = QUrl(QStringLiteral("http://b/revoke"));
        capability.fhirVersion = QStringLiteral("3.0.1");
        wellKnown.complementWith(capability);
        QCOMPARE(wellKnown.tokenEndpoint, QUrl(QStringLiteral("http://a/token")));
        QCOMPARE(wellKnown.revocationEndpoint, QUrl(QStringLiteral("http://b/revoke")));
        QCOMPARE(wellKnown.fhirVersion, QStringLiteral("3.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestSmartConfiguration)
#include "TestSmartConfiguration.moc"
