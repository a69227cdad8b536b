#include "app/core/ScopePolicy.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/fhir/FhirApi.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <QHostAddress>
#include <QHttpServer>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace ccri::sandbox;
using nlohmann::json;

namespace {

QString str(const json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QString link(const json& bundle, const char* relation)
{
    for (const json& l : bundle.value("link", json::array())) {
        if (l.value("relation", "") == relation)
            return str(l.at("url"));
    }
    return {};
}

} // namespace

// The FHIR API over loopback against a real SandboxServer, with tokens from its own OAuth2 server
// (clinical-access by client_credentials). Each rule with its failing twin.
class TestSandboxFhirApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_http;
    QByteArray m_token; // clinical-access (client_credentials)
    QByteArray m_gpToken; // the gp user's user/*.read (authorization code): documents and binaries

    QUrl fhir(const QString& pathAndQuery) const
    {
        return QUrl(m_server->urls().fhirBase().toString() + QLatin1Char('/') + pathAndQuery);
    }
    json getJson(const QString& pathAndQuery, int expectedStatus = 200, const QByteArray& token = {})
    {
        const SandboxBrowser::Response reply = m_http->get(fhir(pathAndQuery), token.isEmpty() ? m_token : token);
        if (reply.status != expectedStatus)
            qWarning("%s -> %d %s", qPrintable(pathAndQuery), reply.status, reply.body.left(300).constData());
        return reply.status == expectedStatus ? reply.fhirJson() : json();
    }

    // Every page of a search, following its next links; empty (with a warning) if a page is not a 200.
    QList<json> allPages(const QString& pathAndQuery)
    {
        QList<json> pages {getJson(pathAndQuery)};
        if (!pages.first().is_object())
            return {};
        for (QString next = link(pages.last(), "next"); !next.isEmpty() && pages.size() < 1000;
             next = link(pages.last(), "next")) {
            const SandboxBrowser::Response reply = m_http->get(QUrl(next), m_token);
            if (reply.status != 200) {
                qWarning("%s -> %d", qPrintable(next), reply.status);
                return {};
            }
            pages.append(reply.fhirJson());
        }
        return pages;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(30));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_http = std::make_unique<SandboxBrowser>(*m_server);
        m_token = m_http->clientCredentials(QStringLiteral("clinical-access"), {}, &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
        m_gpToken = m_http->authorizationCode(QStringLiteral("gp"), QStringLiteral("user/*.read"), {}, &error);
        QVERIFY2(!m_gpToken.isEmpty(), qPrintable(error));
    }

    void metadata_isOpenWithOAuthUris()
    {
        const SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral("metadata")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/fhir+json"));
        const json cs = reply.fhirJson();
        QCOMPARE(str(cs.at("fhirVersion")), QStringLiteral("3.0.1"));
        const json& ext = cs.at("rest")[0].at("security").at("extension")[0];
        QCOMPARE(str(ext.at("url")),
                 QStringLiteral("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"));
        QSet<QString> names;
        for (const json& sub : ext.at("extension")) {
            names.insert(str(sub.at("url")));
            QVERIFY(str(sub.at("valueUri")).startsWith(m_server->urls().authBase().toString()));
        }
        QCOMPARE(names, (QSet<QString> {"authorize", "token", "revoke", "introspect"}));
        QCOMPARE(cs.at("rest")[0].at("resource").size(), std::size_t(13));
    }

    void metadata_postIsRefused()
    {
        const SandboxBrowser::Response reply
            = m_http->send("POST", fhir(QStringLiteral("metadata")), "{}", {{"Content-Type", "application/fhir+json"}});
        QCOMPARE(reply.status, 405);
        QCOMPARE(str(reply.fhirJson().at("issue")[0].at("severity")), QStringLiteral("error"));
    }

    void smartConfiguration_fields()
    {
        const SandboxBrowser::Response reply = m_http->get(fhir(QStringLiteral(".well-known/smart-configuration")));
        QCOMPARE(reply.status, 200);
        const json config = reply.fhirJson();
        QVERIFY(config.at("code_challenge_methods_supported") == json::array({"S256"}));
        QCOMPARE(str(config.at("token_endpoint")), m_server->urls().auth(QStringLiteral("token")).toString());
        QCOMPARE(str(config.at("revocation_endpoint")), m_server->urls().auth(QStringLiteral("revoke")).toString());
        QCOMPARE(str(config.at("introspection_endpoint")),
                 m_server->urls().auth(QStringLiteral("introspect")).toString());
        QCOMPARE(str(config.at("issuer")), m_server->urls().issuer());
        for (const char* capability :
             {"launch-standalone", "client-public", "client-confidential-symmetric", "context-standalone-patient",
              "permission-offline", "permission-patient", "permission-user", "permission-v1"})
            QVERIFY2(std::find(config.at("capabilities").begin(), config.at("capabilities").end(), capability)
                         != config.at("capabilities").end(),
                     capability);
        // RS256 id_tokens with their keys at jwks_uri: SMART's sso-openid-connect is claimed truthfully.
        QVERIFY(std::find(config.at("capabilities").begin(), config.at("capabilities").end(), "sso-openid-connect")
                != config.at("capabilities").end());
        QCOMPARE(str(config.at("jwks_uri")), m_server->urls().auth(QStringLiteral("jwks")).toString());
        QVERIFY(config.at("grant_types_supported").size() >= 2);
        QVERIFY(!config.at("scopes_supported").empty());
    }

    void search_byNhsNumber()
    {
        const json bundle
            = getJson(QStringLiteral("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9876543210"));
        QCOMPARE(str(bundle.at("type")), QStringLiteral("searchset"));
        QCOMPARE(bundle.at("total").get<int>(), 1);
        const json& bernie = bundle.at("entry")[0].at("resource");
        QCOMPARE(str(bernie.at("name")[0].at("family")), QStringLiteral("Kanfeld"));
        QCOMPARE(str(bundle.at("entry")[0].at("fullUrl")), fhir(QStringLiteral("Patient/1")).toString());
    }

    void search_byWrongNhsNumberFindsNone()
    {
        const json bundle
            = getJson(QStringLiteral("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9876543219"));
        QCOMPARE(bundle.at("total").get<int>(), 0);
        QVERIFY(!bundle.contains("entry"));
    }

    void search_byName()
    {
        const json bundle = getJson(QStringLiteral("Patient?name=samson"));
        QCOMPARE(bundle.at("total").get<int>(), 1); // Horatio Samson; "Mills-Samson" does not start with it
        QCOMPARE(getJson(QStringLiteral("Patient?family=Mills-Samson&given=Elsie")).at("total").get<int>(), 1);
    }

    void search_byUnknownNameFindsNone()
    {
        QCOMPARE(getJson(QStringLiteral("Patient?name=Nobody")).at("total").get<int>(), 0);
    }

    void search_byBirthdateRange()
    {
        const json bundle = getJson(QStringLiteral("Patient?birthdate=ge1998-03-19&birthdate=le1998-03-19"));
        QVERIFY(bundle.at("total").get<int>() >= 1);
        for (const json& entry : bundle.at("entry"))
            QCOMPARE(str(entry.at("resource").at("birthDate")), QStringLiteral("1998-03-19"));
    }

    void search_byBirthdateRangeOutsideFindsNone()
    {
        QCOMPARE(getJson(QStringLiteral("Patient?birthdate=ge2090-01-01")).at("total").get<int>(), 0);
        const json outcome = getJson(QStringLiteral("Patient?birthdate=soon"), 400);
        QVERIFY(SandboxBrowser::diagnostics(outcome).contains(QLatin1String("Invalid date")));
    }

    void search_patientFilter()
    {
        const json bundle = getJson(QStringLiteral("Observation?patient=Patient/2&_count=100"));
        const int expected
            = int(m_server->store().forPatient(QStringLiteral("Observation"), QStringLiteral("2")).size());
        QCOMPARE(bundle.at("total").get<int>(), expected);
        for (const json& entry : bundle.at("entry"))
            QCOMPARE(str(entry.at("resource").at("subject").at("reference")), QStringLiteral("Patient/2"));
    }

    void search_patientFilterForNobodyFindsNone()
    {
        QCOMPARE(getJson(QStringLiteral("Observation?patient=Patient/nobody")).at("total").get<int>(), 0);
    }

    void paging_followsNextToTheEnd()
    {
        const QList<json> pages = allPages(QStringLiteral("Observation?category=vital-signs&_count=50"));
        QVERIFY(!pages.isEmpty());
        const int total = pages.first().at("total").get<int>();
        QVERIFY(total > 500);
        QSet<QString> seen;
        for (const json& page : pages) {
            QCOMPARE(page.at("total").get<int>(), total);
            for (const json& entry : page.value("entry", json::array()))
                seen.insert(str(entry.at("resource").at("id")));
            QVERIFY(link(page, "self").startsWith(m_server->urls().fhirBase().toString()));
        }
        QCOMPARE(int(seen.size()), total);
        QCOMPARE(pages.size(), (total + 49) / 50);
        // The previous link of the last page works too.
        const SandboxBrowser::Response previous = m_http->get(QUrl(link(pages.last(), "previous")), m_token);
        QCOMPARE(previous.status, 200);
        QCOMPARE(previous.fhirJson().at("entry").size(), std::size_t(50));
    }

    void paging_firstPageHasNoPreviousAndCountIsCapped()
    {
        const json page = getJson(QStringLiteral("Observation?_count=500"));
        QVERIFY(link(page, "previous").isEmpty());
        QCOMPARE(page.at("entry").size(), std::size_t(100));
        QCOMPARE(getJson(QStringLiteral("Observation")).at("entry").size(), std::size_t(10));
        const json self = getJson(link(page, "self").mid(m_server->urls().fhirBase().toString().size() + 1));
        QCOMPARE(self.at("entry").size(), std::size_t(100));
    }

    void paging_offsetBoundedWithoutOverflow()
    {
        // An offset near INT_MAX would overflow offset + count: refused in words, never a crash.
        for (const char* offset : {"2147483600", "10000001", "99999999999", "-1"})
            QVERIFY2(
                getJson(QStringLiteral("Observation?_count=100&_offset=") + QLatin1String(offset), 400).is_object(),
                offset);
        // Its twin: the largest offset allowed gives an empty page, not an error.
        const json last = getJson(QStringLiteral("Observation?_count=100&_offset=10000000"));
        QVERIFY(!last.contains("entry") || last.at("entry").empty());
        QVERIFY(link(last, "next").isEmpty());
    }

    void paging_linksKeepEncodedParameters()
    {
        // A '|' token and a '+' time zone survive the round trip through the links.
        json page = getJson(QStringLiteral("Observation?patient=Patient/1&code=http://snomed.info/sct%7C75367002"
                                           "&date=ge2019-01-01T00:00:00%2B00:00&_count=3"));
        QCOMPARE(page.at("total").get<int>(), 4);
        const SandboxBrowser::Response next = m_http->get(QUrl(link(page, "next")), m_token);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.fhirJson().at("total").get<int>(), 4);
        QCOMPARE(next.fhirJson().at("entry").size(), std::size_t(1));
    }

    void sort_newestFirstAcrossPages()
    {
        // The explorer's question: a patient's observations, newest first, a page at a time.
        const QList<json> pages = allPages(QStringLiteral("Observation?patient=Patient/1&_sort=-date&_count=10"));
        QStringList dates;
        for (const json& page : pages) {
            for (const json& entry : page.value("entry", json::array()))
                dates.append(str(entry.at("resource").at("effectiveDateTime")));
            if (&page != &pages.last())
                QVERIFY(link(page, "next").contains(QLatin1String("_sort=-date")));
        }
        QCOMPARE(dates.size(),
                 int(m_server->store().forPatient(QStringLiteral("Observation"), QStringLiteral("1")).size()));
        QStringList sorted = dates;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(dates, sorted);
        // The CapabilityStatement says so, and an unknown key is ignored with a warning that names it: an
        // OperationOutcome entry with search.mode "outcome" (FHIR search §3.1.1.4), the results still there.
        const json metadata = getJson(QStringLiteral("metadata"));
        bool advertised = false;
        for (const json& parameter : metadata.at("rest")[0].at("searchParam"))
            advertised = advertised || parameter.at("name") == "_sort";
        QVERIFY(advertised);
        const json ignored = getJson(QStringLiteral("Observation?patient=Patient/1&_sort=colour"));
        const json& last = ignored.at("entry").back();
        QCOMPARE(str(last.at("search").at("mode")), QStringLiteral("outcome"));
        QCOMPARE(str(last.at("resource").at("resourceType")), QStringLiteral("OperationOutcome"));
        QCOMPARE(str(last.at("resource").at("issue")[0].at("severity")), QStringLiteral("warning"));
        QVERIFY(SandboxBrowser::diagnostics(last.at("resource")).contains(QLatin1String("\"colour\"")));
        QVERIFY(ignored.at("entry").size() > 1);
    }

    void revinclude_addsOnlyWhatTheTokenMayRead()
    {
        const json bundle = getJson(QStringLiteral("Patient?_id=1&_revinclude=*:patient"));
        QCOMPARE(bundle.at("total").get<int>(), 1);
        QMap<QString, int> included;
        for (const json& entry : bundle.at("entry")) {
            if (entry.at("search").at("mode") == "include")
                ++included[str(entry.at("resource").at("resourceType"))];
        }
        // clinical-access under the CCRI policy: Procedure via Observation.read; no MedicationRequest
        // (needs MedicationPrescription), no AllergyIntolerance or DocumentReference.
        for (const char* type :
             {"Observation", "Encounter", "Condition", "Procedure", "MedicationStatement", "Immunization"})
            QCOMPARE(included.value(QString::fromLatin1(type)),
                     int(m_server->store().forPatient(QString::fromLatin1(type), QStringLiteral("1")).size()));
        for (const char* type : {"MedicationRequest", "AllergyIntolerance", "DocumentReference", "Binary"})
            QVERIFY2(!included.contains(QString::fromLatin1(type)), type);
    }

    void revinclude_refusedWhereUnsupported()
    {
        QVERIFY(SandboxBrowser::diagnostics(getJson(QStringLiteral("Observation?_revinclude=*:patient"), 400))
                    .contains(QLatin1String("Patient")));
        QVERIFY(!SandboxBrowser::diagnostics(getJson(QStringLiteral("Patient?_revinclude=Observation:code"), 400))
                     .isEmpty());
        const json plain = getJson(QStringLiteral("Patient?_id=1"));
        QCOMPARE(plain.at("entry").size(), std::size_t(1));
    }

    void unknownParameter_is400()
    {
        const SandboxBrowser::Response reply
            = m_http->get(fhir(QStringLiteral("Patient?favourite-colour=blue")), m_token);
        QCOMPARE(reply.status, 400);
        const json outcome = reply.fhirJson();
        QCOMPARE(str(outcome.at("issue")[0].at("severity")), QStringLiteral("error"));
        QVERIFY(SandboxBrowser::diagnostics(outcome).contains(QLatin1String("favourite-colour")));
    }

    void knownParameter_is200()
    {
        QCOMPARE(m_http->get(fhir(QStringLiteral("Patient?gender=female")), m_token).status, 200);
    }

    void xml_is406()
    {
        for (const auto& [path, accept] :
             QList<QPair<QString, QByteArray>> {{QStringLiteral("Patient?_format=xml"), {}},
                                                {QStringLiteral("Patient/1"), "application/fhir+xml"},
                                                {QStringLiteral("metadata"), "application/xml"}}) {
            const SandboxBrowser::Response reply = m_http->get(fhir(path), m_token, accept);
            QCOMPARE(reply.status, 406);
            QVERIFY(reply.diagnostics().contains(QLatin1String("JSON only")));
        }
    }

    void json_isServed()
    {
        const SandboxBrowser::Response reply
            = m_http->get(fhir(QStringLiteral("Patient/1?_format=json")), m_token, "application/fhir+json");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/fhir+json"));
        QCOMPARE(
            m_http->get(fhir(QStringLiteral("Patient/1")), m_token, "application/fhir+xml, application/fhir+json;q=0.9")
                .status,
            200);
    }

    void post_is405()
    {
        const SandboxBrowser::Response reply
            = m_http->send("POST", fhir(QStringLiteral("Patient")), R"({"resourceType":"Patient"})",
                           {{"Authorization", "Bearer " + m_token}, {"Content-Type", "application/fhir+json"}});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));
        QCOMPARE(m_http->send("DELETE", fhir(QStringLiteral("Patient/1")), {}, {{"Authorization", "Bearer " + m_token}})
                     .status,
                 405);
    }

    void read_knownAndUnknown()
    {
        QCOMPARE(str(getJson(QStringLiteral("Patient/2")).at("name")[0].at("given")[0]), QStringLiteral("Horatio"));
        QCOMPARE(str(getJson(QStringLiteral("Organization/C81010")).at("name")),
                 QStringLiteral("The Moir Medical Centre"));
        QVERIFY(SandboxBrowser::diagnostics(getJson(QStringLiteral("Patient/nobody"), 404))
                    .contains(QLatin1String("not known")));
        QVERIFY(SandboxBrowser::diagnostics(getJson(QStringLiteral("Spaceship?name=x"), 404))
                    .contains(QLatin1String("Unknown resource type")));
    }

    void binary_resourceAndRawBytes()
    {
        const json docs = getJson(QStringLiteral("DocumentReference?patient=1&_count=100"), 200, m_gpToken);
        QCOMPARE(docs.at("total").get<int>(), 3);
        QSet<QString> types;
        for (const json& entry : docs.at("entry")) {
            const json& attachment = entry.at("resource").at("content")[0].at("attachment");
            const QString contentType = str(attachment.at("contentType"));
            types.insert(contentType);
            const json binary = getJson(str(attachment.at("url")), 200, m_gpToken);
            QCOMPARE(str(binary.at("contentType")), contentType);
            const QByteArray bytes
                = QByteArray::fromBase64(QByteArray::fromStdString(binary.at("content").get<std::string>()));
            const SandboxBrowser::Response raw
                = m_http->get(fhir(str(attachment.at("url"))), m_gpToken, contentType.toLatin1());
            QCOMPARE(raw.status, 200);
            QCOMPARE(raw.header("Content-Type"), contentType.toLatin1());
            QCOMPARE(raw.body, bytes);
        }
        QCOMPARE(types, (QSet<QString> {"text/plain", "application/pdf", "image/png"}));
    }

    void registerRoutes_servesTheApiOnAnyQHttpServer()
    {
        // FhirApi on a server of our own (the SandboxServer calls FhirApi::handle() itself).
        const auto policy = ccri::ScopePolicy::load(QStringLiteral("ccri"));
        QVERIFY(policy);
        FhirApi api(m_server->store(), *policy, m_server->validator(), m_server->urls());
        QList<QPair<QString, int>> seen;
        api.setObserver([&seen](const QHttpServerRequest&, const FhirApi::Caller& caller, int status) {
            seen.append({caller.clientId, status});
        });
        QHttpServer http;
        api.registerRoutes(http);
        const quint16 port = http.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1/fhir/STU3/").arg(port);
        QCOMPARE(m_http->get(QUrl(base + QStringLiteral("Patient/1")), m_token).status, 200);
        QCOMPARE(m_http->get(QUrl(base + QStringLiteral("Patient/1"))).status, 401);
        QCOMPARE(m_http->get(QUrl(base + QStringLiteral("Patient/1/_history/1")), m_token).status, 404);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.first(), qMakePair(QStringLiteral("clinical-access"), 200));
        QCOMPARE(seen.at(1), qMakePair(QString(), 401));
    }

    void determinism_sameSeedSameBytes()
    {
        SandboxServer other(SandboxOptions::ephemeral(30));
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        SandboxBrowser http(other);
        const QByteArray token = http.clientCredentials(QStringLiteral("clinical-access"), {}, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        for (const QString& path :
             {QStringLiteral("Patient/17"), QStringLiteral("Observation/300"), QStringLiteral("Binary/20")}) {
            const QByteArray mine = m_http->get(fhir(path), m_token).body;
            QCOMPARE(http.get(QUrl(other.urls().fhirBase().toString() + QLatin1Char('/') + path), token).body, mine);
        }
    }

    void determinism_otherSeedOtherData()
    {
        SandboxOptions options = SandboxOptions::ephemeral(30);
        options.seed = 2;
        SandboxServer other(options);
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        QVERIFY(other.store().dump() != m_server->store().dump());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFhirApi)
#include "TestSandboxFhirApi.moc"
