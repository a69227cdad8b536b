// Inputs the fuzzers found (or that are next to what they found), as readable regression cases.
// The raw crash files also live in tests/fuzz/corpus/<target>/ and are replayed by FuzzReplay_*.
#include "app/core/ScopePolicy.h"
#include "app/core/ScopeSet.h"

#include <QtTest>

class FuzzRegressionTest : public QObject
{
    Q_OBJECT

private slots:
    void scopeStringsNeverBreakTheModel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only whitespace") << QStringLiteral(" \t\n ");
        QTest::newRow("lone slash") << QStringLiteral("/");
        QTest::newRow("lone dot") << QStringLiteral("user/.");
        QTest::newRow("empty query") << QStringLiteral("patient/Observation.rs?");
        QTest::newRow("nul and replacement") << QString::fromUtf8("user/Patient.read\0\xff", 20);
    }
    void scopeStringsNeverBreakTheModel()
    {
        QFETCH(QString, text);
        const ccri::ScopeSet set = ccri::ScopeSet::parse(text);
        QCOMPARE(set.recognised().size() + set.unrecognised().size(), set.scopes().size());
        const auto policy = ccri::ScopePolicy::load(QStringLiteral("ccri"));
        QVERIFY(policy);
        QCOMPARE(policy->decideAll(set).size(), policy->rules().size());
        (void)ccri::ScopeSet::compare(set, set);
    }
};

QTEST_GUILESS_MAIN(FuzzRegressionTest)
#include "FuzzRegressionTest.moc"
