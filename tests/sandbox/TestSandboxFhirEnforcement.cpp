#include "sandbox/data/ResourceStore.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <memory>
#include <QMap>
#include <QTest>

using namespace ccri::sandbox;
using nlohmann::json;

// Who may read what on the FHIR API, over loopback against a real SandboxServer, with tokens from
// its own OAuth2 server (client_credentials for the CCRI clients, the authorization-code flow for
// a patient-scoped user). Each rule with its failing twin.
class TestSandboxFhirEnforcement : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_http;

    QUrl fhir(const QString& path) const
    {
        return QUrl(m_server->urls().fhirBase().toString() + QLatin1Char('/') + path);
    }

    QByteArray token(const QString& clientId, const QString& scope = {})
    {
        QString error;
        const QByteArray access = m_http->clientCredentials(clientId, scope, &error);
        if (access.isEmpty())
            qWarning("%s", qPrintable(error));
        return access;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(10));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_http = std::make_unique<SandboxBrowser>(*m_server);
    }

    void noToken_is401WithBearerChallenge()
    {
        const SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral("Patient/1")));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(reply.diagnostics(), QStringLiteral("Unauthorised access to protected resource"));
        QCOMPARE(reply.severity(), QStringLiteral("error"));
        QCOMPARE(m_http->get(fhir(QStringLiteral("Organization/RTG"))).status, 401);
    }

    void validToken_is200()
    {
        QCOMPARE(m_http->get(fhir(QStringLiteral("Patient/1")), token(QStringLiteral("clinical-access"))).status, 200);
    }

    void tamperedToken_is401()
    {
        const QByteArray good = token(QStringLiteral("clinical-access"));
        QVERIFY(!good.isEmpty());
        QList<QByteArray> parts = good.split('.');
        QCOMPARE(parts.size(), 3);
        // Claim more scopes in the payload, keep the signature: the signature no longer matches.
        json payload = json::parse(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding).toStdString());
        payload["scope"] = "user/*.read";
        parts[1] = QByteArray::fromStdString(payload.dump())
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral("MedicationRequest")), parts.join('.'));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").contains("invalid_token"));
        QVERIFY(!reply.diagnostics().isEmpty());
        QCOMPARE(reply.severity(), QStringLiteral("error"));
        for (const QByteArray& garbage : {QByteArray("not-a-jwt"), QByteArray("a.b.c"), good.left(good.size() - 4)})
            QCOMPARE(m_http->get(fhir(QStringLiteral("Patient/1")), garbage).status, 401);
    }

    void forgedTokens_are401()
    {
        // alg "none": a token anyone can make, with every scope, and no signature.
        const auto part = [](const json& object) {
            return QByteArray::fromStdString(object.dump())
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray good = token(QStringLiteral("clinical-access"));
        json claims = json::parse(
            QByteArray::fromBase64(good.split('.').value(1), QByteArray::Base64UrlEncoding).toStdString());
        claims["scope"] = "user/*.read";
        const QByteArray none = part({{"alg", "none"}, {"typ", "JWT"}}) + '.' + part(claims) + '.';
        SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral("MedicationRequest")), none);
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.diagnostics().isEmpty());
        QCOMPARE(reply.severity(), QStringLiteral("error"));
        // A well-signed token from another sandbox (another key, another issuer and audience).
        SandboxServer other(SandboxOptions::ephemeral(3));
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        const QByteArray foreign
            = SandboxBrowser(other).clientCredentials(QStringLiteral("clinical-access"), {}, &error);
        QVERIFY2(!foreign.isEmpty(), qPrintable(error));
        reply = m_http->get(fhir(QStringLiteral("Patient/1")), foreign);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").contains("invalid_token"));
    }

    void expiredToken_is401()
    {
        SandboxServer server(SandboxOptions::ephemeral(3));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        SandboxBrowser http(server);
        const QByteArray access = http.clientCredentials(QStringLiteral("clinical-access"), {}, &error);
        QVERIFY2(!access.isEmpty(), qPrintable(error));
        const QUrl patient(server.urls().fhirBase().toString() + QStringLiteral("/Patient/1"));
        QCOMPARE(http.get(patient, access).status, 200);
        server.clock().advance(server.options().tokenLifetimeSeconds + 60);
        const SandboxBrowser::Response reply = http.get(patient, access);
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.diagnostics().contains(QLatin1String("expired")), qPrintable(reply.diagnostics()));
        QCOMPARE(reply.severity(), QStringLiteral("error"));
    }

    void missingScope_is403()
    {
        const QByteArray limited = token(QStringLiteral("limited-access"));
        QVERIFY(!limited.isEmpty());
        const SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral("Observation?patient=1")), limited);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.diagnostics(), QStringLiteral("Insufficient Access Rights to access Observation."));
        QCOMPARE(reply.severity(), QStringLiteral("error"));
        // RFC 6750 §3.1: the 403 says why in its challenge too.
        const QByteArray challenge = reply.header("WWW-Authenticate");
        QVERIFY2(challenge.startsWith("Bearer ") && challenge.contains("error=\"insufficient_scope\""),
                 challenge.constData());
        QVERIFY(!challenge.contains('\n'));
        QCOMPARE(m_http->get(fhir(QStringLiteral("Patient/1")), limited).status, 403);
        // Its twin: an allowed read carries no challenge.
        const SandboxBrowser::Response allowed
            = m_http->get(fhir(QStringLiteral("Patient/1")), token(QStringLiteral("clinical-access")));
        QCOMPARE(allowed.status, 200);
        QVERIFY(allowed.header("WWW-Authenticate").isEmpty());
    }

    void grantedScope_is200()
    {
        QCOMPARE(
            m_http->get(fhir(QStringLiteral("Observation?patient=1")), token(QStringLiteral("clinical-access"))).status,
            200);
    }

    void ccriPolicy_procedureNeedsObservationRead()
    {
        // The CCRI checked user/Observation.read for Procedure: clinical-access has it.
        const QByteArray clinical = token(QStringLiteral("clinical-access"));
        QCOMPARE(m_http->get(fhir(QStringLiteral("Procedure?patient=1")), clinical).status, 200);
        // ... and patient-access does not.
        const SandboxBrowser::Response reply
            = m_http->get(fhir(QStringLiteral("Procedure?patient=1")), token(QStringLiteral("patient-access")));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.diagnostics(), QStringLiteral("Insufficient Access Rights to access Procedure."));
        QCOMPARE(reply.severity(), QStringLiteral("error"));
    }

    void ccriPolicy_medicationRequestNeedsMedicationPrescription()
    {
        // clinical-access has MedicationRequest.read, but the CCRI checked MedicationPrescription.
        const SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral("MedicationRequest?patient=1")),
                                                           token(QStringLiteral("clinical-access")));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.diagnostics(), QStringLiteral("Insufficient Access Rights to access MedicationRequest."));
        QCOMPARE(reply.severity(), QStringLiteral("error"));
        QVERIFY(
            reply.fhirJson().at("issue")[0].at("details").at("text").get<std::string>().find("MedicationPrescription")
            != std::string::npos);
        QCOMPARE(
            m_http->get(fhir(QStringLiteral("MedicationStatement?patient=1")), token(QStringLiteral("clinical-access")))
                .status,
            200);
    }

    void uncoveredTypes_needOnlyAValidToken()
    {
        const QByteArray limited = token(QStringLiteral("limited-access"));
        QCOMPARE(m_http->get(fhir(QStringLiteral("Organization/C81010")), limited).status, 200);
        QCOMPARE(m_http->get(fhir(QStringLiteral("Practitioner?name=Chandra")), limited).status, 200);
        QCOMPARE(m_http->get(fhir(QStringLiteral("Practitioner?name=Chandra"))).status, 401);
    }

    void patientScopes_reachOnlyTheirPatient()
    {
        QString error;
        const QByteArray access = m_http->authorizationCode(
            QStringLiteral("clinician"), QStringLiteral("launch/patient patient/Patient.read patient/Observation.read"),
            QStringLiteral("2"), &error);
        QVERIFY2(!access.isEmpty(), qPrintable(error));
        // Inside the compartment.
        QCOMPARE(m_http->get(fhir(QStringLiteral("Patient/2")), access).status, 200);
        const SandboxBrowser::Response own = m_http->get(fhir(QStringLiteral("Observation?_count=100")), access);
        QCOMPARE(own.status, 200);
        const json bundle = own.fhirJson();
        QCOMPARE(bundle.at("total").get<int>(),
                 int(m_server->store().forPatient(QStringLiteral("Observation"), QStringLiteral("2")).size()));
        for (const json& entry : bundle.at("entry"))
            QCOMPARE(entry.at("resource").at("subject").at("reference").get<std::string>(), std::string("Patient/2"));
        QCOMPARE(m_http->get(fhir(QStringLiteral("Patient")), access).fhirJson().at("total").get<int>(), 1);
        // Outside it: reads are refused, searches find nothing.
        const SandboxBrowser::Response other = m_http->get(fhir(QStringLiteral("Patient/1")), access);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.diagnostics(), QStringLiteral("Insufficient Access Rights to access Patient."));
        QCOMPARE(other.severity(), QStringLiteral("error"));
        const QString otherObservation
            = QString::fromStdString(m_server->store()
                                         .forPatient(QStringLiteral("Observation"), QStringLiteral("1"))
                                         .first()
                                         ->at("id")
                                         .get<std::string>());
        QCOMPARE(m_http->get(fhir(QStringLiteral("Observation/") + otherObservation), access).status, 403);
        QCOMPARE(m_http->get(fhir(QStringLiteral("Observation?patient=1")), access).fhirJson().at("total").get<int>(),
                 0);
        // _revinclude brings only what the token may read (Observation, and Procedure, which the CCRI
        // policy lets Observation.read see), in its compartment.
        const json withRecords = m_http->get(fhir(QStringLiteral("Patient?_revinclude=*:patient")), access).fhirJson();
        QMap<QString, int> included;
        for (const json& entry : withRecords.at("entry")) {
            if (entry.at("search").at("mode") == "include") {
                const json& resource = entry.at("resource");
                ++included[QString::fromStdString(resource.at("resourceType").get<std::string>())];
                QCOMPARE(resource.at("subject").at("reference").get<std::string>(), std::string("Patient/2"));
            }
        }
        QCOMPARE(included.keys(), (QStringList {QStringLiteral("Observation"), QStringLiteral("Procedure")}));
        QCOMPARE(included.value(QStringLiteral("Observation")),
                 int(m_server->store().forPatient(QStringLiteral("Observation"), QStringLiteral("2")).size()));
        // And types with no patient/ scope at all are refused.
        QCOMPARE(m_http->get(fhir(QStringLiteral("Condition?patient=2")), access).status, 403);
    }

    void userScopes_reachEveryPatient()
    {
        QString error;
        const QByteArray access = m_http->authorizationCode(
            QStringLiteral("clinician"), QStringLiteral("launch/patient user/Patient.read patient/Patient.read"),
            QStringLiteral("2"), &error);
        QVERIFY2(!access.isEmpty(), qPrintable(error));
        QCOMPARE(m_http->get(fhir(QStringLiteral("Patient/1")), access).status, 200);
        QVERIFY(m_http->get(fhir(QStringLiteral("Patient")), access).fhirJson().at("total").get<int>() > 1);
    }

    void patientScopesWithoutPatient_are403()
    {
        const QByteArray access = token(QStringLiteral("clinical-access"), QStringLiteral("patient/Observation.read"));
        QVERIFY(!access.isEmpty());
        const SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral("Observation?patient=1")), access);
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.diagnostics().startsWith(QLatin1String("Insufficient Access Rights to access Observation.")));
        QCOMPARE(reply.severity(), QStringLiteral("error"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFhirEnforcement)
#include "TestSandboxFhirEnforcement.moc"
