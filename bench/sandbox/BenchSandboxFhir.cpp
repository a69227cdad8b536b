#include "sandbox/data/r4/UkCoreR4Resource.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticData.h"
#include "sandbox/fhir/BundleBuilder.h"
#include "sandbox/fhir/SearchEngine.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/fhir/SearchQuery.h"

#include <malloc.h>
#include <QTest>

using namespace ccri::sandbox;

namespace {
// Bytes malloc has handed out and not had back (mallinfo2's uordblks): what a store keeps, not RSS.
qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}
} // namespace

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

    // The sandbox's start-up cost of its UK Core R4 base (issue 16): the R4 copy of the store.
    void convertDefaultDataSetToR4()
    {
        ResourceStore stu3;
        SyntheticData().generate(&stu3);
        QBENCHMARK
        {
            ResourceStore r4;
            UkCoreR4Resource::convertStore(stu3, &r4);
            QCOMPARE(r4.size(), stu3.size());
        }
    }

    void convertBigPatient10000ToR4()
    {
        ResourceStore stu3;
        SyntheticData({100, 1, 10000}).generate(&stu3);
        QBENCHMARK
        {
            ResourceStore r4;
            UkCoreR4Resource::convertStore(stu3, &r4);
        }
    }

    // Memory: the heap the STU3 store holds, and what the R4 copy adds (printed, not timed).
    void r4StoreMemory()
    {
        const qint64 start = heapInUse();
        ResourceStore stu3;
        SyntheticData().generate(&stu3);
        const qint64 afterStu3 = heapInUse();
        ResourceStore r4;
        UkCoreR4Resource::convertStore(stu3, &r4);
        const qint64 afterR4 = heapInUse();
        qInfo("default data set, %lld resources: STU3 store %.1f MB, R4 copy %.1f MB", qint64(stu3.size()),
              double(afterStu3 - start) / 1e6, double(afterR4 - afterStu3) / 1e6);
        QVERIFY(afterR4 > afterStu3);
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
