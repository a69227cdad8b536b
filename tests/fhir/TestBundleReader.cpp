#include "app/fhir/BundleParser.h"
#include "app/fhir/BundleReader.h"
#include "app/fhir/ResourceListModel.h"
#include "app/fhir/ResourceSummary.h"
#include "tests/fhir/BundleFixtures.h"

#include <nlohmann/json.hpp>
#include <QSignalSpy>
#include <QTest>

using namespace ccri::fhir;

namespace {

struct Result
{
    QList<ResourceRow> rows;
    BundleInfo info;
    int chunks = 0;
};

Result readAll(const QByteArray& bytes, const QString& type = {}, int chunkSize = 100)
{
    Result result;
    BundleReader::read(bytes, type, chunkSize, [&result](BundleChunk&& chunk) {
        ++result.chunks;
        result.rows.append(chunk.rows);
        if (chunk.last) {
            result.info = chunk.info;
        }
    });
    return result;
}

} // namespace

class TestBundleReader : public QObject
{
    Q_OBJECT

private slots:
    void readsASearchsetInChunks()
    {
        QList<QByteArray> entries;
        for (int i = 0; i < 250; ++i) {
            entries << observation(i);
        }
        const Result result = readAll(bundle(entries, 1000), QStringLiteral("Observation"), 100);
        QCOMPARE(result.rows.size(), 250);
        QCOMPARE(result.chunks, 3); // 100, 100, and the last 50 with the info
        QCOMPARE(result.info.total, 1000);
        QCOMPARE(result.info.next.query(), QStringLiteral("patient=1&page=2"));
        QVERIFY(result.info.error.isEmpty());
        const ResourceRow& first = result.rows.first();
        QCOMPARE(first.id, QStringLiteral("obs-0"));
        QCOMPARE(first.columns,
                 QStringList({"2020-01-01T10:00:00Z", "Heart rate", "60 beats/min", "final", "Vital Signs"}));
        QCOMPARE(first.resource.parse()["id"].get<std::string>(), std::string("obs-0"));
    }

    void keepsTheGoodEntriesAndListsTheBad()
    {
        const QByteArray bytes = bundle({observation(1), "42", fixture("no resource"), fixture("no resourceType"),
                                         fixture("no id"), observation(2)});
        const Result result = readAll(bytes, QStringLiteral("Observation"));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.info.malformed.size(), 4);
        QCOMPARE(result.info.malformed.at(0).entryIndex, 1);
        QVERIFY(result.info.malformed.at(0).reason.contains(QStringLiteral("not a JSON object")));
        QVERIFY(result.info.malformed.at(1).reason.contains(QStringLiteral("no resource")));
        QVERIFY(result.info.malformed.at(2).reason.contains(QStringLiteral("no resourceType")));
        QVERIFY(result.info.malformed.at(3).reason.contains(QStringLiteral("has no id")));
        QCOMPARE(result.info.entryCount, 6);
        QCOMPARE(result.info.shownCount, 2);
    }

    void malformedJsonSaysWhere()
    {
        const Result result = readAll(fixture("truncated"));
        QVERIFY(result.rows.isEmpty());
        QVERIFY2(result.info.error.contains(QStringLiteral("not valid JSON")), qPrintable(result.info.error));
        QVERIFY2(result.info.error.contains(QStringLiteral("line 1")), qPrintable(result.info.error));
        QVERIFY(!result.info.error.contains(QStringLiteral("json.exception")));
    }

    void operationOutcomeIsAnError()
    {
        const Result result = readAll(fixture("operation outcome 403"));
        QVERIFY(result.info.outcome.has_value());
        QVERIFY(result.info.error.contains(QStringLiteral("Insufficient Access Rights to access Observation.")));
    }

    void notFhirJson()
    {
        const Result result = readAll(fixture("not fhir"));
        QVERIFY(result.info.error.contains(QStringLiteral("not a FHIR resource")));
    }

    void aSingleResourceIsOneRow()
    {
        const Result result = readAll(fixture("patient kanfeld"));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().columns,
                 QStringList({"Miss Bernie Kanfeld", "987 654 3210", "1998-03-19", "Female",
                              "1 Curzon Street, Nottingham, NG11 0HQ"}));
    }

    void summariesPerType_data()
    {
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("blood pressure") << QByteArray(fixture("blood pressure"))
                                        << QStringList({"2020-01-01", "Blood pressure", "120 / 80 mmHg", "final", ""});
        QTest::newRow("encounter") << QByteArray(fixture(
            "encounter")) << QStringList({"2020-01-01T10:00 – 2020-01-01T10:15", "ambulatory", "GP visit", "finished"});
        QTest::newRow("condition") << QByteArray(fixture("condition"))
                                   << QStringList({"Asthma", "active", "2019-05-01"});
        QTest::newRow("procedure") << QByteArray(fixture("procedure"))
                                   << QStringList({"Appendicectomy", "2010-02-02", "completed"});
        QTest::newRow("allergy") << QByteArray(fixture("allergy")) << QStringList({"Penicillin", "high", "confirmed"});
        QTest::newRow("medication request")
            << QByteArray(fixture("medication request"))
            << QStringList({"Salbutamol", "Two puffs when needed", "2020-03-03", "active"});
        QTest::newRow("medication statement")
            << QByteArray(fixture("medication statement")) << QStringList({"Aspirin 75mg", "2020-04-04", "active"});
        QTest::newRow("immunization") << QByteArray(fixture("immunization"))
                                      << QStringList({"Influenza", "2019-10-10", "completed"});
        QTest::newRow("document") << QByteArray(fixture(
            "document")) << QStringList({"Discharge letter", "2020-05-05T00:00:00Z", "application/pdf", "2.0 KB"});
        QTest::newRow("binary") << QByteArray(fixture("binary")) << QStringList({"text/plain", "5 bytes"});
    }

    void summariesPerType()
    {
        QFETCH(QByteArray, resource);
        QFETCH(QStringList, columns);
        const auto json = nlohmann::json::parse(resource.constData());
        const QString type = QString::fromStdString(json["resourceType"].get<std::string>());
        QCOMPARE(ResourceSummary::columns(type, json), columns);
        QCOMPARE(ResourceSummary::headers(type).size(), columns.size());
        QVERIFY(ResourceSummary::describe(json).startsWith(type + QStringLiteral(" 1")));
    }

    void parserDeliversChunksToTheModel()
    {
        QList<QByteArray> entries;
        for (int i = 0; i < 1000; ++i) {
            entries << observation(i);
        }
        BundleParser parser;
        parser.setChunkSize(100);
        ResourceListModel model(QStringLiteral("Observation"));
        connect(&parser, &BundleParser::rowsReady, &model, &ResourceListModel::appendRows);
        QSignalSpy chunks(&parser, &BundleParser::rowsReady);
        QSignalSpy finished(&parser, &BundleParser::finished);
        parser.start(bundle(entries, 1000), QStringLiteral("Observation"));
        QVERIFY(parser.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.data(model.index(999, 2)).toString(), QStringLiteral("99 beats/min"));
        QVERIFY(chunks.count() >= 2);
        QVERIFY(!parser.isRunning());
    }

    void rowsKeepTheResourceExactly()
    {
        // Rows keep compact text (ResourceText): parsed again it is the tree the server sent,
        // numbers, non-ASCII text and nesting included.
        const nlohmann::json sent = nlohmann::json::parse(R"({"resourceType":"Observation","id":"exact",
            "status":"final","code":{"text":"Pwysau – weight ✓"},"valueQuantity":{"value":72.30000000000001,
            "unit":"kg"},"component":[{"valueInteger":-3},{"valueBoolean":false},{"valueString":null}]})");
        const std::string text = sent.dump();
        const Result result = readAll(bundle({"{\"resource\":" + QByteArray::fromStdString(text) + "}"}),
                                      QStringLiteral("Observation"));
        QCOMPARE(result.rows.size(), 1);
        QVERIFY(result.rows.first().resource.parse() == sent);
        QCOMPARE(result.rows.first().resource.text(), QByteArray::fromStdString(text));
        QVERIFY(ResourceText().parse().is_null());
        QVERIFY(!ResourceText());
    }

    void aRepeatedEntryKeyKeepsTheLastAsJsonParseDoes()
    {
        const QByteArray bytes = R"({"resourceType":"Bundle","type":"searchset","entry":[{"resource":
            {"resourceType":"Observation","id":"first"}}],"entry":[{"resource":{"resourceType":"Observation",
            "id":"second"}},{"resource":{"resourceType":"Observation","id":"third"}}]})";
        const Result result = readAll(bytes, QStringLiteral("Observation"));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).id, QStringLiteral("second"));
        QCOMPARE(result.rows.at(0).entryIndex, 0);
        QCOMPARE(result.rows.at(1).id, QStringLiteral("third"));
        QCOMPARE(result.info.entryCount, 2);
        const Result notAList
            = readAll(R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","id":"p"}}],
                          "entry":{"resource":{}}})");
        QCOMPARE(notAList.rows.size(), 0);
        QCOMPARE(notAList.info.malformed.size(), 1);
    }

    void aResourceWithAnEntryListThatIsNotABundleIsOneRow()
    {
        // A List has a top-level "entry" array too: it is one resource, kept whole.
        const QByteArray bytes = R"({"resourceType":"List","id":"l1","status":"current","mode":"working",
            "entry":[{"item":{"reference":"Patient/1"}},{"item":{"reference":"Patient/2"}}]})";
        const Result result = readAll(bytes);
        QCOMPARE(result.rows.size(), 1);
        QVERIFY(!result.info.isBundle);
        const nlohmann::json list = result.rows.first().resource.parse();
        QCOMPARE(list["entry"].size(), std::size_t(2));
        QCOMPARE(list["entry"][1]["item"]["reference"].get<std::string>(), std::string("Patient/2"));
    }

    void truncatedJsonGivesNoRows()
    {
        QList<QByteArray> entries;
        for (int i = 0; i < 10; ++i) {
            entries << observation(i);
        }
        const QByteArray whole = bundle(entries);
        const Result result = readAll(whole.left(whole.size() - 40), QStringLiteral("Observation"));
        QCOMPARE(result.rows.size(), 0);
        QVERIFY(!result.info.error.isEmpty());
    }

    void cancelStopsDelivery()
    {
        QList<QByteArray> entries;
        for (int i = 0; i < 2000; ++i) {
            entries << observation(i);
        }
        BundleParser parser;
        QSignalSpy finished(&parser, &BundleParser::finished);
        parser.start(bundle(entries));
        parser.cancel();
        QVERIFY(!parser.isRunning());
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        // And it can start again.
        parser.start(bundle({observation(1)}));
        QVERIFY(finished.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestBundleReader)
#include "TestBundleReader.moc"
