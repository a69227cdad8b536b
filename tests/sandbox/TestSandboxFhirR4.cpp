#include "sandbox/data/ResourceStore.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "sandbox/server/SandboxUrls.h"
#include "tests/sandbox/R4StructureValidator.h"
#include "tests/sandbox/SandboxBrowser.h"
#include "tests/support/TestPaths.h"

#include <memory>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ccri::sandbox;
using nlohmann::json;

namespace {

QString str(const json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// The resources of a searchset (mode match), in order.
QList<json> matches(const json& bundle)
{
    QList<json> found;
    for (const json& entry : bundle.value("entry", json::array()))
        found.append(entry.at("resource"));
    return found;
}

} // namespace

// The UK Core R4 base (/fhir/R4) beside Care Connect STU3, over loopback against a real SandboxServer:
// every resource it serves is valid FHIR R4 by the official R4 StructureDefinitions (the structural
// validator in R4StructureValidator), with its UK Core profile; and a token is good at the base its
// aud names only (each rule with its failing twin).
class TestSandboxFhirR4 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_http;
    std::optional<R4StructureValidator> m_validator;
    QByteArray m_r4Token; // the gp user's user/*.read, asked with aud = the R4 base
    QByteArray m_stu3Token; // the same user and scopes, aud = the STU3 base

    QUrl r4(const QString& pathAndQuery) const
    {
        return QUrl(m_server->urls().fhirBase(FhirRelease::R4).toString() + QLatin1Char('/') + pathAndQuery);
    }
    QUrl stu3(const QString& pathAndQuery) const
    {
        return QUrl(m_server->urls().fhirBase().toString() + QLatin1Char('/') + pathAndQuery);
    }
    json getR4(const QString& pathAndQuery, int expectedStatus = 200)
    {
        const SandboxBrowser::Response reply = m_http->get(r4(pathAndQuery), m_r4Token);
        if (reply.status != expectedStatus)
            qWarning("%s -> %d %s", qPrintable(pathAndQuery), reply.status, reply.body.left(300).constData());
        return reply.status == expectedStatus ? reply.fhirJson() : json();
    }
    QString problems(const json& resource) const { return m_validator->check(resource).join(QLatin1Char('\n')); }

private slots:
    void releaseOfNamesEachBase()
    {
        // A token's aud is compared with each base through SandboxUrls::releaseOf().
        const SandboxUrls urls(QUrl(QStringLiteral("http://127.0.0.1:8080/anything?x=1")));
        QCOMPARE(urls.releaseOf(QStringLiteral("http://127.0.0.1:8080/fhir/STU3")), FhirRelease::Stu3);
        QCOMPARE(urls.releaseOf(QStringLiteral("http://127.0.0.1:8080/fhir/R4//")), FhirRelease::R4);
        QCOMPARE(urls.releaseOf(urls.fhirBase(FhirRelease::R4).toString()), FhirRelease::R4);
        QCOMPARE(urls.releaseOf(QStringLiteral("http://127.0.0.1:8080/fhir/R4x")), std::nullopt);
        QCOMPARE(urls.releaseOf(QStringLiteral("http://127.0.0.1:8081/fhir/STU3")), std::nullopt);
        QCOMPARE(urls.releaseOf(QStringLiteral("http://127.0.0.1:8080")), std::nullopt);
        QCOMPARE(urls.releaseOf(QStringLiteral("ccri-explorer")), std::nullopt);
    }

    void initTestCase()
    {
        QString error;
        m_validator = R4StructureValidator::load(
            ccri::test::TestPaths::source(QStringLiteral("tests/sandbox/data/r4/structure-definitions.json")), &error);
        QVERIFY2(m_validator, qPrintable(error));
        m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(4));
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_http = std::make_unique<SandboxBrowser>(*m_server);
        m_r4Token = m_http->authorizationCode(QStringLiteral("gp"), QStringLiteral("user/*.read"), {}, &error,
                                              m_server->urls().fhirBase(FhirRelease::R4).toString());
        QVERIFY2(!m_r4Token.isEmpty(), qPrintable(error));
        m_stu3Token = m_http->authorizationCode(QStringLiteral("gp"), QStringLiteral("user/*.read"), {}, &error);
        QVERIFY2(!m_stu3Token.isEmpty(), qPrintable(error));
    }

    // The R4 base is made on its first use, not at start (LazyR4Base): signing in for it and using
    // STU3 leave it unmade; the first /fhir/R4 request makes it and is answered from it.
    void r4BaseMadeOnFirstUse()
    {
        QVERIFY(!m_server->isR4Made());
        const SandboxBrowser::Response stu3Reply = m_http->get(stu3(QStringLiteral("Patient?_count=1")), m_stu3Token);
        QCOMPARE(stu3Reply.status, 200);
        QVERIFY(!m_server->isR4Made());
        const json patients = getR4(QStringLiteral("Patient?_count=1"));
        QCOMPARE(QString::fromStdString(patients.value("resourceType", "")), QStringLiteral("Bundle"));
        QVERIFY(m_server->isR4Made());
        QCOMPARE(QString::fromStdString(patients["entry"][0]["resource"]["meta"]["profile"][0].get<std::string>()),
                 QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"));
    }

    // The validator itself finds what is wrong: an STU3 rendering is not R4.
    void validator_findsStu3AndBrokenResources()
    {
        const json stu3Condition = *m_server->store().all(QStringLiteral("Condition")).first();
        const QString found = problems(stu3Condition);
        QVERIFY2(found.contains(QStringLiteral("Condition.clinicalStatus: expected an object")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("Condition.assertedDate: not an element")), qPrintable(found));
        QVERIFY(problems(*m_server->store().all(QStringLiteral("Immunization")).first())
                    .contains(QStringLiteral("Immunization.occurrence[x]: required")));

        json observation = *m_server->storeR4().all(QStringLiteral("Observation")).first();
        QCOMPARE(problems(observation), QString());
        observation.erase("code");
        observation["status"] = json::array({"final"});
        observation["effectiveDateTime"] = "7 May 2019";
        observation["subject"]["reference"] = 12;
        observation["category"][0]["coding"][0]["code"] = json::array({"vital-signs"}); // deep in a datatype
        const QString broken = problems(observation);
        QVERIFY2(broken.contains(QStringLiteral("Observation.code: required (min 1) but missing")), qPrintable(broken));
        QVERIFY2(broken.contains(QStringLiteral("Observation.status: max 1, but an array")), qPrintable(broken));
        QVERIFY2(broken.contains(QStringLiteral("\"7 May 2019\" is not a valid dateTime")), qPrintable(broken));
        QVERIFY2(broken.contains(QStringLiteral("Observation.subject.reference: expected a string")),
                 qPrintable(broken));
        QVERIFY2(broken.contains(QStringLiteral("Observation.category[0].coding[0].code: max 1, but an array")),
                 qPrintable(broken));

        json patient = *m_server->storeR4().all(QStringLiteral("Patient")).first();
        patient["name"] = patient["name"][0];
        patient["gender"] = "";
        const QString patientProblems = problems(patient);
        QVERIFY2(patientProblems.contains(QStringLiteral("Patient.name: repeats (max *), so must be an array")),
                 qPrintable(patientProblems));
        QVERIFY2(patientProblems.contains(QStringLiteral("Patient.gender: an empty string")),
                 qPrintable(patientProblems));
    }

    // Every resource of the R4 store, of every type, valid by the R4 StructureDefinitions, with UK Core.
    void everyStoredResource_isValidR4()
    {
        const QStringList types = m_server->storeR4().types();
        QCOMPARE(types, m_server->store().types());
        QVERIFY(types.size() >= 13);
        for (const QString& type : types) {
            QVERIFY2(m_validator->knowsResource(type.toStdString()), qPrintable(type));
            QCOMPARE(m_server->storeR4().count(type), m_server->store().count(type));
            for (const json* resource : m_server->storeR4().all(type)) {
                const QString found = problems(*resource);
                QVERIFY2(found.isEmpty(),
                         qPrintable(type + QLatin1Char('/') + str(resource->at("id")) + ":\n" + found));
                if (type != QLatin1String("Binary"))
                    QCOMPARE(str(resource->at("meta").at("profile")[0]),
                             QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/UKCore-") + type);
            }
        }
    }

    // Over the wire: every served type's searchset Bundle and its resources, a read, metadata and an outcome.
    void everyServedType_overLoopback_isValidR4()
    {
        const json statement = getR4(QStringLiteral("metadata"));
        QCOMPARE(problems(statement), QString());
        const json& resources = statement.at("rest")[0].at("resource");
        QVERIFY(resources.size() >= 13);
        for (const json& entry : resources) {
            const QString type = str(entry.at("type"));
            const json bundle = getR4(type + QStringLiteral("?_count=100"));
            QVERIFY2(bundle.is_object(), qPrintable(type));
            QVERIFY2(problems(bundle).isEmpty(), qPrintable(type + QStringLiteral(" bundle:\n") + problems(bundle)));
            const QList<json> found = matches(bundle);
            QVERIFY2(!found.isEmpty(), qPrintable(type));
            const json read = getR4(type + QLatin1Char('/') + str(found.first().at("id")));
            QVERIFY2(problems(read).isEmpty(), qPrintable(type + QStringLiteral(" read:\n") + problems(read)));
            QVERIFY(str(bundle.at("entry")[0].at("fullUrl"))
                        .startsWith(m_server->urls().fhirBase(FhirRelease::R4).toString() + QLatin1Char('/') + type));
        }
        const json missing = getR4(QStringLiteral("Patient/no-such-patient"), 404);
        QCOMPARE(str(missing.at("resourceType")), QStringLiteral("OperationOutcome"));
        QCOMPARE(problems(missing), QString());
    }

    void metadata_isR4WithOAuthUrisAndUkCore()
    {
        const SandboxBrowser::Response reply = m_http->get(r4(QStringLiteral("metadata")));
        QCOMPARE(reply.status, 200);
        const json cs = reply.fhirJson();
        QCOMPARE(str(cs.at("fhirVersion")), QStringLiteral("4.0.1"));
        QVERIFY(!cs.contains("acceptUnknown"));
        QCOMPARE(str(cs.at("implementation").at("url")), m_server->urls().fhirBase(FhirRelease::R4).toString());
        const json& ext = cs.at("rest")[0].at("security").at("extension")[0];
        QCOMPARE(str(ext.at("url")),
                 QStringLiteral("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"));
        QSet<QString> names;
        for (const json& sub : ext.at("extension"))
            names.insert(str(sub.at("url")));
        QCOMPARE(names, (QSet<QString> {"authorize", "token", "revoke", "introspect"}));
        for (const json& resource : cs.at("rest")[0].at("resource")) {
            if (resource.at("type") == "Patient")
                QCOMPARE(str(resource.at("profile")),
                         QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"));
            if (resource.at("type") == "Condition") {
                QSet<QString> params;
                for (const json& p : resource.at("searchParam"))
                    params.insert(str(p.at("name")));
                QVERIFY(params.contains(QStringLiteral("recorded-date")));
                QVERIFY(!params.contains(QStringLiteral("asserted-date"))); // STU3's name
            }
        }
        // The twin: the STU3 base still says 3.0.1 with Care Connect.
        const json stu3Statement = m_http->get(stu3(QStringLiteral("metadata"))).fhirJson();
        QCOMPARE(str(stu3Statement.at("fhirVersion")), QStringLiteral("3.0.1"));
        QVERIFY(!problems(stu3Statement).isEmpty()); // acceptUnknown, Reference profiles: not R4
    }

    void smartConfiguration_underTheR4Base()
    {
        const SandboxBrowser::Response reply = m_http->get(r4(QStringLiteral(".well-known/smart-configuration")));
        QCOMPARE(reply.status, 200);
        const json config = reply.fhirJson();
        QCOMPARE(str(config.at("authorization_endpoint")),
                 m_server->urls().auth(QStringLiteral("authorize")).toString());
        QCOMPARE(str(config.at("token_endpoint")), m_server->urls().auth(QStringLiteral("token")).toString());
    }

    // The R4 differences the issue names, on the wire.
    void r4Renderings_ofTheSameContent()
    {
        const json patient = getR4(QStringLiteral("Patient/1"));
        const json stu3Patient = m_http->get(stu3(QStringLiteral("Patient/1")), m_stu3Token).fhirJson();
        QCOMPARE(str(patient.at("identifier")[0].at("value")), str(stu3Patient.at("identifier")[0].at("value")));
        QCOMPARE(
            str(patient.at("identifier")[0].at("extension")[0].at("url")),
            QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus"));

        const json condition = matches(getR4(QStringLiteral("Condition?patient=1"))).first();
        QCOMPARE(str(condition.at("clinicalStatus").at("coding")[0].at("system")),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"));
        QCOMPARE(str(condition.at("verificationStatus").at("coding")[0].at("code")), QStringLiteral("confirmed"));
        const json allergy = matches(getR4(QStringLiteral("AllergyIntolerance?patient=1"))).first();
        QCOMPARE(str(allergy.at("clinicalStatus").at("coding")[0].at("code")), QStringLiteral("active"));
        const json immunization = matches(getR4(QStringLiteral("Immunization?patient=1"))).first();
        QVERIFY(immunization.at("occurrenceDateTime").is_string());
        QCOMPARE(str(immunization.at("status")), QStringLiteral("completed"));
        QVERIFY(!immunization.contains("date") && !immunization.contains("notGiven"));
        const json request = matches(getR4(QStringLiteral("MedicationRequest?patient=1"))).first();
        QVERIFY(str(request.at("requester").at("reference")).startsWith(QStringLiteral("Practitioner/")));
        const json encounter = matches(getR4(QStringLiteral("Encounter?patient=1"))).first();
        QCOMPARE(str(encounter.at("class").at("system")),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"));
        const json document = matches(getR4(QStringLiteral("DocumentReference?patient=1"))).first();
        QVERIFY(document.at("date").is_string() && !document.contains("indexed"));

        const QString binaryId = str(document.at("content")[0].at("attachment").at("url")).section(QLatin1Char('/'), 1);
        const json binary = getR4(QStringLiteral("Binary/") + binaryId);
        QVERIFY(binary.at("data").is_string() && !binary.contains("content"));
        const SandboxBrowser::Response raw = m_http->get(r4(QStringLiteral("Binary/") + binaryId), m_r4Token,
                                                         QByteArray::fromStdString(binary.value("contentType", "")));
        QCOMPARE(raw.status, 200);
        QCOMPARE(raw.body, QByteArray::fromBase64(QByteArray::fromStdString(binary.at("data").get<std::string>())));
    }

    void searchParameters_ofR4()
    {
        // _sort=-date: newest first.
        const QList<json> observations = matches(getR4(QStringLiteral("Observation?patient=1&_sort=-date&_count=100")));
        QVERIFY(observations.size() > 2);
        for (qsizetype i = 1; i < observations.size(); ++i)
            QVERIFY(str(observations.at(i - 1).at("effectiveDateTime"))
                    >= str(observations.at(i).at("effectiveDateTime")));
        const QList<json> immunizations = matches(getR4(QStringLiteral("Immunization?patient=1&_sort=-date")));
        QCOMPARE(immunizations.size(), 2);
        QVERIFY(str(immunizations.at(0).at("occurrenceDateTime")) >= str(immunizations.at(1).at("occurrenceDateTime")));
        QCOMPARE(matches(getR4(QStringLiteral("Condition?patient=1&recorded-date=ge1900-01-01"))).size(),
                 matches(getR4(QStringLiteral("Condition?patient=1"))).size());
        QVERIFY(!matches(getR4(QStringLiteral("MedicationRequest?requester=Practitioner/")
                               + str(matches(getR4(QStringLiteral("MedicationRequest?patient=1")))
                                         .first()
                                         .at("requester")
                                         .at("reference"))
                                     .section(QLatin1Char('/'), 1)))
                     .isEmpty());
        QVERIFY(!matches(getR4(QStringLiteral("Condition?clinical-status=active"))).isEmpty());
        // The twins: STU3's names are unknown on R4.
        QVERIFY(SandboxBrowser::diagnostics(getR4(QStringLiteral("Condition?asserted-date=ge1900-01-01"), 400))
                    .contains(QStringLiteral("asserted-date")));
        getR4(QStringLiteral("Immunization?notgiven=false"), 400);
    }

    // RFC 6750 §3.1 / SMART App Launch 2.2: the token is for the base its aud named, and no other.
    void token_forOneBase_isRefusedAtTheOther()
    {
        const SandboxBrowser::Response refused = m_http->get(stu3(QStringLiteral("Patient/1")), m_r4Token);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        const QString why = refused.diagnostics();
        QVERIFY2(why.contains(m_server->urls().fhirBase(FhirRelease::R4).toString())
                     && why.contains(QStringLiteral("aud")),
                 qPrintable(why));
        const SandboxBrowser::Response refusedToo = m_http->get(r4(QStringLiteral("Patient/1")), m_stu3Token);
        QCOMPARE(refusedToo.status, 401);
        QVERIFY(refusedToo.diagnostics().contains(m_server->urls().fhirBase().toString()));
        // The twins: each token at its own base.
        QCOMPARE(m_http->get(r4(QStringLiteral("Patient/1")), m_r4Token).status, 200);
        QCOMPARE(m_http->get(stu3(QStringLiteral("Patient/1")), m_stu3Token).status, 200);
    }

    // RFC 8707 §2: a client_credentials request naming `resource` gets a token for that base only; naming
    // none, a token for both bases with aud an array (RFC 7519 §4.1.3), good at each; an unknown resource
    // is an invalid_target.
    void clientCredentials_resourceNamesTheBase()
    {
        const QUrl tokenUrl = m_server->urls().auth(QStringLiteral("token"));
        const QByteArray basic = m_http->basic(QStringLiteral("clinical-access"));
        const QString r4Base = m_server->urls().fhirBase(FhirRelease::R4).toString();
        const QString stu3Base = m_server->urls().fhirBase().toString();
        const SandboxBrowser::Form grant {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};

        SandboxBrowser::Form forR4 = grant;
        forR4.append({QStringLiteral("resource"), r4Base});
        const QByteArray r4Only
            = m_http->post(tokenUrl, forR4, basic).json().value("access_token").toString().toLatin1();
        QVERIFY(!r4Only.isEmpty());
        QCOMPARE(SandboxBrowser::jwtClaims(QString::fromLatin1(r4Only)).value("aud").toString(), r4Base);
        QCOMPARE(m_http->get(r4(QStringLiteral("Patient/1")), r4Only).status, 200);
        QCOMPARE(m_http->get(stu3(QStringLiteral("Patient/1")), r4Only).status, 401); // the failing twin

        const QByteArray both = m_http->post(tokenUrl, grant, basic).json().value("access_token").toString().toLatin1();
        const QJsonValue aud = SandboxBrowser::jwtClaims(QString::fromLatin1(both)).value("aud");
        QVERIFY(aud.isArray());
        QCOMPARE(aud.toArray(), QJsonArray({stu3Base, r4Base}));
        QCOMPARE(m_http->get(r4(QStringLiteral("Patient/1")), both).status, 200);
        QCOMPARE(m_http->get(stu3(QStringLiteral("Patient/1")), both).status, 200);
        // RFC 7662 §2.2: introspection gives the array as it is.
        const QJsonObject info = m_http
                                     ->post(m_server->urls().auth(QStringLiteral("introspect")),
                                            {{QStringLiteral("token"), QString::fromLatin1(both)}},
                                            m_http->basic(QStringLiteral("ccri-resource-server")))
                                     .json();
        QCOMPARE(info.value("active").toBool(), true);
        QCOMPARE(info.value("aud").toArray(), aud.toArray());

        SandboxBrowser::Form unknown = grant;
        unknown.append({QStringLiteral("resource"), QStringLiteral("https://other.example/fhir/R4")});
        const SandboxBrowser::Response refused = m_http->post(tokenUrl, unknown, basic);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value("error").toString(), QStringLiteral("invalid_target"));
    }

    void authorize_acceptsEitherBase_refusesOthers()
    {
        QUrl other = m_server->urls().fhirBase(FhirRelease::R4);
        other.setPath(QStringLiteral("/fhir/R5"));
        const SandboxBrowser::Response refused = m_http->get(
            m_http->authorizeUrl(QStringLiteral("user/*.read"), {{QStringLiteral("aud"), other.toString()}}));
        QCOMPARE(refused.status, 302);
        QVERIFY2(refused.location.contains(QStringLiteral("error=invalid_request")), qPrintable(refused.location));
        // The twin: the R4 base (with a trailing slash) is a good aud.
        const SandboxBrowser::Response accepted = m_http->get(m_http->authorizeUrl(
            QStringLiteral("user/*.read"),
            {{QStringLiteral("aud"), m_server->urls().fhirBase(FhirRelease::R4).toString() + QLatin1Char('/')}}));
        QVERIFY2(!accepted.location.contains(QStringLiteral("error=")), qPrintable(accepted.location));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFhirR4)
#include "TestSandboxFhirR4.moc"
