#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticData.h"
#include "sandbox/fhir/BundleBuilder.h"
#include "sandbox/fhir/DateRange.h"
#include "sandbox/fhir/SearchEngine.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/fhir/SearchQuery.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

using namespace ccri::sandbox;
using nlohmann::json;

// The search engine on its own (SearchQuery + SearchEngine over generated data); the same
// searches over HTTP, with tokens, are in TestSandboxFhirApi.
class TestSandboxFhirSearch : public QObject
{
    Q_OBJECT

private:
    ResourceStore m_store;
    SearchParameters m_parameters;

    QList<const json*> run(const QString& type, const QList<QPair<QString, QString>>& items,
                           const QString& compartment = {})
    {
        QString error;
        const auto query = SearchQuery::parse(type, items, m_parameters, &error);
        if (!query) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return SearchEngine(m_store).search(type, *query, compartment);
    }

    static QString id(const json* resource) { return QString::fromStdString(resource->at("id").get<std::string>()); }
    // Every generated Observation has an effectiveDateTime, all in the same zone: text order is time order.
    static QString effective(const json* observation)
    {
        return QString::fromStdString(observation->at("effectiveDateTime").get<std::string>());
    }
    static QString family(const json* patient)
    {
        return QString::fromStdString(patient->at("name")[0].at("family").get<std::string>());
    }

private slots:
    void initTestCase() { SyntheticData().generate(&m_store); }

    // The Bundle written straight into bytes (what the API serves) is, byte for byte, the JSON tree's
    // compact dump, but for the Bundle's fresh id and time; paging links, included resources and an
    // empty page too. Twice, so the second comes from the cache of resource texts.
    void bundleBytesAreTheTreesDump_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("query");
        QTest::newRow("first page") << "Observation"
                                    << "patient=1&_count=10";
        QTest::newRow("middle page") << "Observation"
                                     << "patient=1&_count=5&_offset=5";
        QTest::newRow("summary count") << "Observation"
                                       << "patient=1&_summary=count";
        QTest::newRow("nothing found") << "Patient"
                                       << "family=NoSuchFamily";
        QTest::newRow("text to escape") << "Patient"
                                        << "name=O%27Brien%20%22x%22";
    }
    void bundleBytesAreTheTreesDump()
    {
        QFETCH(QString, type);
        QFETCH(QString, query);
        QList<QPair<QString, QString>> items;
        for (const auto& [key, value] : QUrlQuery(query).queryItems(QUrl::FullyDecoded))
            items.append({key, value});
        QString error;
        const auto parsed = SearchQuery::parse(type, items, m_parameters, &error);
        QVERIFY2(parsed, qPrintable(error));
        const QList<const json*> matches = SearchEngine(m_store).search(type, *parsed, QString());
        const QList<const json*> included = matches.mid(0, 2);
        const BundleBuilder builder(SandboxUrls(QUrl(QStringLiteral("http://127.0.0.1:9999"))));
        for (int round = 0; round < 2; ++round) {
            const QByteArray bytes = builder.searchsetBytes(type, *parsed, matches, included);
            const json fromBytes = json::parse(bytes.toStdString());
            json tree = builder.searchset(type, *parsed, matches, included);
            tree["id"] = fromBytes.at("id");
            tree["meta"]["lastUpdated"] = fromBytes.at("meta").at("lastUpdated");
            QCOMPARE(QString::fromStdString(bytes.toStdString()), QString::fromStdString(tree.dump()));
        }
    }

    void identifier_systemAndValue()
    {
        const auto found
            = run(QStringLiteral("Patient"), {{"identifier", "https://fhir.nhs.uk/Id/nhs-number|9876543210"}});
        QCOMPARE(found.size(), 1);
        QCOMPARE(id(found.first()), QStringLiteral("1"));
        QCOMPARE(run(QStringLiteral("Patient"), {{"identifier", "9876543210"}}).size(), 1);
    }

    void identifier_onClinicalRecords()
    {
        const auto found
            = run(QStringLiteral("Observation"), {{"identifier", "https://fhir.example.nhs.uk/Id/observation|OBS-7"}});
        QCOMPARE(found.size(), 1);
        QCOMPARE(id(found.first()), QStringLiteral("7"));
    }

    void identifier_wrongSystemOrNumberFindsNothing()
    {
        QVERIFY(run(QStringLiteral("Patient"), {{"identifier", "https://fhir.nhs.uk/Id/other|9876543210"}}).isEmpty());
        QVERIFY(
            run(QStringLiteral("Patient"), {{"identifier", "https://fhir.nhs.uk/Id/nhs-number|9876543219"}}).isEmpty());
    }

    void name_startsWithAnyPartIgnoringCase()
    {
        QCOMPARE(run(QStringLiteral("Patient"), {{"name", "kanf"}}).size(), 1);
        QCOMPARE(run(QStringLiteral("Patient"), {{"family", "Samson"}}).size(), 1); // not Mills-Samson
        QCOMPARE(run(QStringLiteral("Patient"), {{"family:contains", "samson"}}).size(), 2);
        QCOMPARE(run(QStringLiteral("Patient"), {{"given", "Horatio"}, {"family", "Samson"}}).size(), 1);
    }

    void name_noMatch()
    {
        QVERIFY(run(QStringLiteral("Patient"), {{"name", "Zzyzx"}}).isEmpty());
        QVERIFY(run(QStringLiteral("Patient"), {{"family:exact", "kanfeld"}}).isEmpty()); // exact is case-sensitive
    }

    void birthdate_geAndLe()
    {
        const auto day = run(QStringLiteral("Patient"), {{"birthdate", "ge1998-03-19"}, {"birthdate", "le1998-03-19"}});
        QVERIFY(!day.isEmpty());
        for (const json* patient : day)
            QCOMPARE(QString::fromStdString(patient->at("birthDate").get<std::string>()), QStringLiteral("1998-03-19"));
        const auto nineties = run(QStringLiteral("Patient"), {{"birthdate", "ge1990"}, {"birthdate", "le1999"}});
        for (const json* patient : nineties) {
            const QString born = QString::fromStdString(patient->at("birthDate").get<std::string>());
            QVERIFY2(born >= QLatin1String("1990") && born < QLatin1String("2000"), qPrintable(born));
        }
        QVERIFY(nineties.size() > day.size());
    }

    void birthdate_outsideTheRangeFindsNothing()
    {
        QVERIFY(run(QStringLiteral("Patient"), {{"birthdate", "ge2030-01-01"}}).isEmpty());
        QVERIFY(run(QStringLiteral("Patient"), {{"birthdate", "le1900"}}).isEmpty());
        QString error;
        QVERIFY(!SearchQuery::parse(QStringLiteral("Patient"), {{"birthdate", "xx1998"}}, m_parameters, &error));
        QVERIFY(!SearchQuery::parse(QStringLiteral("Patient"), {{"birthdate", "1998-13-40"}}, m_parameters, &error));
    }

    void patientFilter_andCodeAndCategory()
    {
        const auto all = run(QStringLiteral("Observation"), {{"patient", "Patient/1"}});
        QCOMPARE(all.size(), m_store.forPatient(QStringLiteral("Observation"), QStringLiteral("1")).size());
        QCOMPARE(run(QStringLiteral("Observation"), {{"subject", "1"}}).size(), all.size());
        const auto bp
            = run(QStringLiteral("Observation"), {{"patient", "1"}, {"code", "http://snomed.info/sct|75367002"}});
        QCOMPARE(bp.size(), 4);
        QCOMPARE(run(QStringLiteral("Observation"), {{"patient", "1"}, {"category", "social-history"}}).size(), 1);
        QCOMPARE(run(QStringLiteral("Observation"), {{"patient", "1"}, {"code", "75367002,27113001"}}).size(), 8);
    }

    void patientFilter_otherPatientOrCompartment()
    {
        QVERIFY(run(QStringLiteral("Observation"), {{"patient", "Patient/does-not-exist"}}).isEmpty());
        // A compartment limits every search, whatever it names.
        QVERIFY(run(QStringLiteral("Observation"), {{"patient", "2"}}, QStringLiteral("1")).isEmpty());
        const auto limited = run(QStringLiteral("Observation"), {}, QStringLiteral("1"));
        QCOMPARE(limited.size(), m_store.forPatient(QStringLiteral("Observation"), QStringLiteral("1")).size());
    }

    void dates_periodsAndStatus()
    {
        const auto encounters = run(QStringLiteral("Encounter"), {{"patient", "1"}, {"status", "finished"}});
        QCOMPARE(encounters.size(), 4);
        QVERIFY(run(QStringLiteral("Encounter"), {{"patient", "1"}, {"status", "planned"}}).isEmpty());
        QVERIFY(run(QStringLiteral("Encounter"), {{"patient", "1"}, {"date", "le2018-12-31"}}).isEmpty());
        QCOMPARE(run(QStringLiteral("Encounter"), {{"patient", "1"}, {"date", "ge2019-01-01"}}).size(), 4);
        QCOMPARE(run(QStringLiteral("MedicationRequest"), {{"patient", "1"}, {"status", "active"}}).size(), 1);
    }

    void unknownParameters_refused()
    {
        QString error;
        QVERIFY(!SearchQuery::parse(QStringLiteral("Patient"), {{"colour", "blue"}}, m_parameters, &error));
        QVERIFY(error.contains(QLatin1String("Unknown search parameter \"colour\"")));
        QVERIFY(!SearchQuery::parse(QStringLiteral("Observation"), {{"code:text", "x"}}, m_parameters, &error));
        QVERIFY(!SearchQuery::parse(QStringLiteral("Patient"), {{"_count", "-1"}}, m_parameters, &error));
        QVERIFY(SearchQuery::parse(QStringLiteral("Patient"), {{"_count", "500"}}, m_parameters, &error)->count()
                == 100);
    }

    void sort_byDateNewestOrOldestFirst()
    {
        const auto plain = run(QStringLiteral("Observation"), {{"patient", "1"}});
        const auto newest = run(QStringLiteral("Observation"), {{"patient", "1"}, {"_sort", "-date"}});
        const auto oldest = run(QStringLiteral("Observation"), {{"patient", "1"}, {"_sort", "date"}});
        QCOMPARE(newest.size(), plain.size());
        QCOMPARE(oldest.size(), plain.size());
        QVERIFY(plain.size() > 20);
        for (qsizetype i = 1; i < newest.size(); ++i) {
            QVERIFY2(effective(newest[i - 1]) >= effective(newest[i]), qPrintable(effective(newest[i])));
            QVERIFY2(effective(oldest[i - 1]) <= effective(oldest[i]), qPrintable(effective(oldest[i])));
        }
        QVERIFY(effective(newest.first()) > effective(newest.last()));
        // The store's order is not already by date (the smoking status is recorded on the first visit).
        QVERIFY(plain != oldest);
        // STU3's own form gives the same order.
        QCOMPARE(run(QStringLiteral("Observation"), {{"patient", "1"}, {"_sort:desc", "date"}}), newest);
        QCOMPARE(run(QStringLiteral("Observation"), {{"patient", "1"}, {"_sort:asc", "date"}}), oldest);
    }

    void sort_byTextAndNumericIdsWithSecondKeys()
    {
        const auto byFamily = run(QStringLiteral("Patient"), {{"_sort", "family,given"}});
        QVERIFY(byFamily.size() > 5);
        for (qsizetype i = 1; i < byFamily.size(); ++i)
            QVERIFY(family(byFamily[i - 1]).compare(family(byFamily[i]), Qt::CaseInsensitive) <= 0);
        // Ids are numbers: "10" sorts after "9", not before "2".
        const auto byId = run(QStringLiteral("Patient"), {{"_sort", "-_id"}});
        for (qsizetype i = 1; i < byId.size(); ++i)
            QVERIFY(id(byId[i - 1]).toInt() > id(byId[i]).toInt());
    }

    void sort_refusedWithAReason()
    {
        QString error;
        // An unknown key is ignored with a warning (sent back as a search.mode "outcome" entry), not refused.
        const auto ignored
            = SearchQuery::parse(QStringLiteral("Observation"), {{"_sort", "colour,-date"}}, m_parameters, &error);
        QVERIFY(ignored);
        QCOMPARE(ignored->sort().size(), 1);
        QCOMPARE(ignored->warnings().size(), 1);
        QVERIFY2(ignored->warnings().constFirst().contains(QLatin1String("Unknown sort parameter \"colour\"")),
                 qPrintable(ignored->warnings().constFirst()));
        QVERIFY(ignored->warnings().constFirst().contains(QLatin1String("was ignored")));
        QVERIFY(!SearchQuery::parse(QStringLiteral("Observation"), {{"_sort", ""}}, m_parameters, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!SearchQuery::parse(QStringLiteral("Observation"), {{"_sort:up", "date"}}, m_parameters, &error));
        QVERIFY(error.contains(QLatin1String(":up")));
        const auto query
            = SearchQuery::parse(QStringLiteral("Observation"), {{"_sort", "-date,code"}}, m_parameters, &error);
        QVERIFY(query);
        QCOMPARE(query->sort().size(), 2);
        QVERIFY(query->sort()[0].descending);
        QVERIFY(!query->sort()[1].descending);
        // Kept for the paging links.
        QCOMPARE(query->criteriaItems(), (QList<QPair<QString, QString>> {{"_sort", "-date,code"}}));
    }

    void revinclude_parsedOnPatientOnly()
    {
        QString error;
        const auto all
            = SearchQuery::parse(QStringLiteral("Patient"), {{"_revinclude", "*:patient"}}, m_parameters, &error);
        QVERIFY(all);
        QCOMPARE(all->revIncludes().size(), 9); // every type with a patient parameter
        const auto one = SearchQuery::parse(QStringLiteral("Patient"), {{"_revinclude", "Observation:subject"}},
                                            m_parameters, &error);
        QVERIFY(one);
        QCOMPARE(one->revIncludes(), (QList<QPair<QString, QString>> {{"Observation", "subject"}}));
        QVERIFY(
            !SearchQuery::parse(QStringLiteral("Observation"), {{"_revinclude", "*:patient"}}, m_parameters, &error));
        QVERIFY(!SearchQuery::parse(QStringLiteral("Patient"), {{"_revinclude", "Observation:code"}}, m_parameters,
                                    &error));
        QVERIFY(!SearchQuery::parse(QStringLiteral("Patient"), {{"_revinclude", "Organization:patient"}}, m_parameters,
                                    &error));
    }

    void dateRange_semantics()
    {
        const DateRange day = *DateRange::parse(QStringLiteral("2020-05-01"));
        const DateRange year = *DateRange::parse(QStringLiteral("2020"));
        QVERIFY(day.matches(DateRange::Prefix::Eq, year));
        QVERIFY(!year.matches(DateRange::Prefix::Eq, day));
        QVERIFY(day.matches(DateRange::Prefix::Ge, *DateRange::parse(QStringLiteral("2020-05-01"))));
        QVERIFY(!day.matches(DateRange::Prefix::Gt, *DateRange::parse(QStringLiteral("2020-05-01"))));
        QVERIFY(DateRange::parse(QStringLiteral("2020-05-01T10:00:00+01:00"))->matches(DateRange::Prefix::Eq, day));
    }

    void searchTime()
    {
        // Reported, not asserted.
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 100; ++i)
            run(QStringLiteral("Observation"), {{"code", "75367002"}});
        qInfo("100 unindexed Observation code searches over %lld observations: %lld ms",
              qlonglong(m_store.count(QStringLiteral("Observation"))), qlonglong(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFhirSearch)
#include "TestSandboxFhirSearch.moc"
