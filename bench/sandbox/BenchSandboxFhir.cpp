#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticData.h"
#include "sandbox/fhir/BundleBuilder.h"
#include "sandbox/fhir/SearchEngine.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/fhir/SearchQuery.h"

#include <QTest>

using namespace ccri::sandbox;

// Speed of the sandbox's data and search, without HTTP (the HTTP load test is fhir-load.sh).
// Figures in docs/performance.md.
class BenchSandboxFhir : public QObject
{
    Q_OBJECT

private slots:
    void generateDefaultDataSet()
    {
        ResourceStore store;
        QBENCHMARK
        {
            SyntheticData().generate(&store);
        }
        QCOMPARE(store.size(), 4892);
    }

    void generateBigPatient10000()
    {
        ResourceStore store;
        QBENCHMARK
        {
            SyntheticData({100, 1, 10000}).generate(&store);
        }
    }

    void searchPageOfObservationsForOnePatient()
    {
        ResourceStore store;
        SyntheticData().generate(&store);
        SearchParameters parameters;
        QString error;
        const auto query = SearchQuery::parse(QStringLiteral("Observation"), {{"patient", "1"}, {"_count", "10"}},
                                              parameters, &error);
        const BundleBuilder bundles(SandboxUrls(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QBENCHMARK
        {
            const auto matches = SearchEngine(store).search(QStringLiteral("Observation"), *query);
            QVERIFY(!bundles.searchset(QStringLiteral("Observation"), *query, matches).dump().empty());
        }
    }

    void searchAllVitalSignsUnindexed()
    {
        ResourceStore store;
        SyntheticData().generate(&store);
        SearchParameters parameters;
        QString error;
        const auto query
            = SearchQuery::parse(QStringLiteral("Observation"), {{"category", "vital-signs"}}, parameters, &error);
        QBENCHMARK
        {
            SearchEngine(store).search(QStringLiteral("Observation"), *query);
        }
    }
};

QTEST_GUILESS_MAIN(BenchSandboxFhir)
#include "BenchSandboxFhir.moc"
