// What the fuzzers found in the sandbox's parsing (sandbox/), as readable regression cases.
// The raw inputs also live in tests/fuzz/corpus/<target>/crash-* and are replayed by FuzzReplay_*.
#include "sandbox/fhir/DateRange.h"

#include <QtTest>

class SandboxFuzzRegressionTest : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_search_query, crash-year-0000: `date=0000` parsed as a range ending before it starts
    // (Qt's calendar has no year 0, so both ends were invalid dates). Now it is not a date, and
    // the search answers 400 like any other bad date.
    void yearsThatAreNotYears_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2017") << QStringLiteral("2017") << true;
        QTest::newRow("0001") << QStringLiteral("0001") << true;
        QTest::newRow("0000 (found by the fuzzer)") << QStringLiteral("0000") << false;
        QTest::newRow("-999") << QStringLiteral("-999") << false;
        QTest::newRow("+999") << QStringLiteral("+999") << false;
        QTest::newRow(" 999") << QStringLiteral(" 999") << false;
        QTest::newRow("0000-01") << QStringLiteral("0000-01") << false;
    }
    void yearsThatAreNotYears()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<ccri::sandbox::DateRange> range = ccri::sandbox::DateRange::parse(text);
        QCOMPARE(bool(range), valid);
        if (range)
            QVERIFY(range->low() <= range->high());
    }
};

QTEST_GUILESS_MAIN(SandboxFuzzRegressionTest)
#include "SandboxFuzzRegressionTest.moc"
