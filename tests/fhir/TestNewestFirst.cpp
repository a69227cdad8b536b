#include "app/fhir/CapabilitySummary.h"
#include "app/fhir/NewestFirst.h"
#include "sandbox/fhir/CapabilityStatementBuilder.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/server/SandboxUrls.h"

#include <nlohmann/json.hpp>
#include <QTest>

using ccri::fhir::CapabilitySummary;
using ccri::fhir::NewestFirst;
using nlohmann::json;
using Item = QPair<QString, QString>;

// When the explorer asks a server for newest first, and in which form: only what the server's
// CapabilityStatement offers, the sandbox's own statement first.
class TestNewestFirst : public QObject
{
    Q_OBJECT

private:
    // A statement listing `type` with `params`, and `serverParams` on every search.
    static CapabilitySummary statement(const char* fhirVersion, const char* type, const json& params,
                                       const json& serverParams = json::array())
    {
        json searchParams = json::array();
        for (const json& name : params)
            searchParams.push_back({{"name", name}, {"type", "token"}});
        json rest = {{"mode", "server"}, {"resource", {{{"type", type}, {"searchParam", searchParams}}}}};
        json server = json::array();
        for (const json& name : serverParams)
            server.push_back({{"name", name}, {"type", "string"}});
        rest["searchParam"] = server;
        return *CapabilitySummary::fromJson(
            {{"resourceType", "CapabilityStatement"}, {"fhirVersion", fhirVersion}, {"rest", {rest}}});
    }

private slots:
    void theSandboxSortsEveryDatedTypeTheStu3Way()
    {
        const ccri::sandbox::SearchParameters parameters;
        const json built = ccri::sandbox::CapabilityStatementBuilder(
                               parameters, ccri::sandbox::SandboxUrls(QUrl(QStringLiteral("http://127.0.0.1:1"))))
                               .build();
        const auto sandbox = CapabilitySummary::fromJson(built);
        QVERIFY(sandbox);
        QVERIFY(sandbox->serverSearchParams().contains(QStringLiteral("_sort")));
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Observation"), *sandbox), Item("_sort:desc", "date"));
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Condition"), *sandbox), Item("_sort:desc", "onset-date"));
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("MedicationRequest"), *sandbox),
                 Item("_sort:desc", "authoredon"));
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("DocumentReference"), *sandbox), Item("_sort:desc", "created"));
        for (const char* type : {"Encounter", "Procedure", "AllergyIntolerance", "MedicationStatement", "Immunization"})
            QVERIFY2(!NewestFirst::queryItem(QLatin1String(type), *sandbox).first.isEmpty(), type);
        // A patient list, or records without a date, keep the server's order.
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Patient"), *sandbox), Item());
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Binary"), *sandbox), Item());
    }

    void r4ServersGetTheMinusForm()
    {
        const auto r4 = statement("4.0.1", "Observation", {"date", "_sort"});
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Observation"), r4), Item("_sort", "-date"));
    }

    void noSortWhereTheServerDoesNotSayIt()
    {
        // A statement without _sort: the explorer sends none (a HAPI server refuses unknown parameters).
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Observation"), statement("3.0.1", "Observation", {"date"})),
                 Item());
        // _sort, but not by a date the server lists for the type.
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Observation"),
                                        statement("3.0.1", "Observation", {"code"}, {"_sort"})),
                 Item());
        // A type the server does not list at all.
        QCOMPARE(
            NewestFirst::queryItem(QStringLiteral("Encounter"), statement("3.0.1", "Observation", {"date"}, {"_sort"})),
            Item());
        // The second-best date when the first is missing.
        QCOMPARE(NewestFirst::queryItem(QStringLiteral("Condition"),
                                        statement("3.0.1", "Condition", {"asserted-date"}, {"_sort"})),
                 Item("_sort:desc", "asserted-date"));
    }
};

QTEST_GUILESS_MAIN(TestNewestFirst)
#include "TestNewestFirst.moc"
