// SMART v2 granular scopes (SMART App Launch 2.2 §"Finer-grained resource constraints using search
// parameters"): the grammar of ?param=value qualifiers and the three-state decisions (open, partly
// open with the granted qualifiers, shut) under the SMART and CCRI policies, table-driven.
#include "app/core/ScopePolicy.h"

#include <QTest>

using ccri::PolicyDecision;
using ccri::Scope;
using ccri::ScopePolicy;
using ccri::ScopeSet;

class TestGranularScopes : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void refusesMalformedQualifiers_data();
    void refusesMalformedQualifiers();
    void comparesByMeaning_data();
    void comparesByMeaning();
    void explainsInWords();

private:
    static PolicyDecision decide(const QString& policy, const QString& type, const QString& scopes);
};

namespace {
const QString kObs = QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString kObsStu3 = QStringLiteral("http://hl7.org/fhir/observation-category");
} // namespace

PolicyDecision TestGranularScopes::decide(const QString& policy, const QString& type, const QString& scopes)
{
    QString error;
    const auto loaded = ScopePolicy::load(policy, &error);
    if (!loaded)
        qFatal("%s", qPrintable(error));
    return loaded->decide(type, ScopeSet::parse(scopes));
}

void TestGranularScopes::decides_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("access"); // open, partial, shut
    QTest::addColumn<QStringList>("partial"); // the granted qualifiers, in order

    const QString vs = QStringLiteral("patient/Observation.rs?category=%1|vital-signs").arg(kObs);
    // One qualifier.
    QTest::newRow("system|code grants in part")
        << "smart"
        << "Observation" << vs << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("bare code grants in part") << "smart"
                                              << "Observation"
                                              << "patient/Observation.rs?category=laboratory"
                                              << "partial" << QStringList {"category=laboratory"};
    QTest::newRow("user context") << "smart"
                                  << "Observation"
                                  << "user/Observation.rs?category=vital-signs"
                                  << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("system context") << "smart"
                                    << "Observation"
                                    << "system/Observation.rs?category=vital-signs"
                                    << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("cruds with a qualifier") << "smart"
                                            << "Observation"
                                            << "user/Observation.cruds?category=vital-signs"
                                            << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("STU3 system spelling")
        << "smart"
        << "Observation" << QStringLiteral("patient/Observation.rs?category=%1|vital-signs").arg(kObsStu3) << "partial"
        << QStringList {"category=vital-signs"};
    QTest::newRow("percent-encoded bar") << "smart"
                                         << "Observation"
                                         << QStringLiteral("patient/Observation.rs?category=%1%7Cvital-signs").arg(kObs)
                                         << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("Condition problem list") << "smart"
                                            << "Condition"
                                            << "patient/Condition.rs?category=problem-list-item"
                                            << "partial" << QStringList {"category=problem-list-item"};
    QTest::newRow("a qualifier on another type") << "smart"
                                                 << "Observation"
                                                 << "patient/Condition.rs?category=problem-list-item"
                                                 << "shut" << QStringList();
    QTest::newRow("the issue's pair, Observation")
        << "smart"
        << "Observation" << vs + QStringLiteral(" patient/Condition.rs?category=problem-list-item") << "partial"
        << QStringList {"category=vital-signs"};
    QTest::newRow("the issue's pair, Condition")
        << "smart"
        << "Condition" << vs + QStringLiteral(" patient/Condition.rs?category=problem-list-item") << "partial"
        << QStringList {"category=problem-list-item"};
    QTest::newRow("two parameters in one scope")
        << "smart"
        << "Observation"
        << "user/Observation.rs?category=laboratory&code=http://loinc.org|2345-7"
        << "partial" << QStringList {"category=laboratory&code=2345-7"};
    // Several on one type.
    QTest::newRow("two categories add up")
        << "smart"
        << "Observation"
        << "user/Observation.rs?category=vital-signs user/Observation.rs?category=laboratory"
        << "partial" << QStringList {"category=vital-signs", "category=laboratory"};
    QTest::newRow("same category twice, two spellings")
        << "smart"
        << "Observation" << vs + QStringLiteral(" patient/Observation.rs?category=%1|vital-signs").arg(kObsStu3)
        << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow(".r + .s on one category")
        << "smart"
        << "Observation"
        << "patient/Observation.r?category=laboratory patient/Observation.s?category=laboratory"
        << "partial" << QStringList {"category=laboratory"};
    QTest::newRow(".r on one, .s on another")
        << "smart"
        << "Observation"
        << "patient/Observation.r?category=laboratory patient/Observation.s?category=vital-signs"
        << "shut" << QStringList();
    QTest::newRow("read only: search missing") << "smart"
                                               << "Observation"
                                               << "patient/Observation.r?category=laboratory"
                                               << "shut" << QStringList();
    QTest::newRow("create only grants no reading") << "smart"
                                                   << "Observation"
                                                   << "patient/Observation.c?category=laboratory"
                                                   << "shut" << QStringList();
    // Mixed with unqualified.
    QTest::newRow("unqualified opens whole")
        << "smart"
        << "Observation" << vs + QStringLiteral(" user/Observation.rs") << "open" << QStringList();
    QTest::newRow("unqualified v1 opens whole")
        << "smart"
        << "Observation" << vs + QStringLiteral(" patient/Observation.read") << "open" << QStringList();
    QTest::newRow("wildcard type opens whole")
        << "smart"
        << "Observation" << vs + QStringLiteral(" user/*.read") << "open" << QStringList();
    QTest::newRow("unqualified .r lends to qualified .s")
        << "smart"
        << "Observation"
        << "user/Observation.r user/Observation.s?category=vital-signs"
        << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("wildcard qualified") << "smart"
                                        << "Observation"
                                        << "user/*.rs?category=vital-signs"
                                        << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("unqualified on another type") << "smart"
                                                 << "Observation"
                                                 << "user/Patient.read user/Observation.rs?category=laboratory"
                                                 << "partial" << QStringList {"category=laboratory"};
    // v1 / v2 mixes.
    QTest::newRow("v1 with a qualifier grants nothing") << "smart"
                                                        << "Observation"
                                                        << "patient/Observation.read?category=vital-signs"
                                                        << "shut" << QStringList();
    QTest::newRow("v1 read and v2 qualified") << "smart"
                                              << "Observation"
                                              << "user/Patient.read patient/Observation.rs?category=vital-signs"
                                              << "partial" << QStringList {"category=vital-signs"};
    QTest::newRow("v1 write beside qualified read") << "smart"
                                                    << "Observation"
                                                    << "user/Observation.write user/Observation.rs?category=laboratory"
                                                    << "partial" << QStringList {"category=laboratory"};
    // Malformed qualifiers grant nothing.
    QTest::newRow("malformed: no value") << "smart"
                                         << "Observation"
                                         << "patient/Observation.rs?category="
                                         << "shut" << QStringList();
    QTest::newRow("malformed: no equals") << "smart"
                                          << "Observation"
                                          << "patient/Observation.rs?category"
                                          << "shut" << QStringList();
    QTest::newRow("malformed: empty code after bar")
        << "smart"
        << "Observation" << QStringLiteral("patient/Observation.rs?category=%1|").arg(kObs) << "shut" << QStringList();
    QTest::newRow("malformed beside a good one")
        << "smart"
        << "Observation"
        << "patient/Observation.rs?category= patient/Observation.rs?category=laboratory"
        << "partial" << QStringList {"category=laboratory"};
    // The CCRI policy has no granular scopes.
    QTest::newRow("ccri: qualified grants nothing") << "ccri"
                                                    << "Observation" << vs << "shut" << QStringList();
    QTest::newRow("ccri: unqualified still opens")
        << "ccri"
        << "Observation" << vs + QStringLiteral(" user/Observation.read") << "open" << QStringList();
    QTest::newRow("ccri: Procedure needs Observation, qualified") << "ccri"
                                                                  << "Procedure" << vs << "shut" << QStringList();
    QTest::newRow("ccri: DocumentReference any access, qualified") << "ccri"
                                                                   << "DocumentReference"
                                                                   << "user/DocumentReference.r?category=clinical-note"
                                                                   << "shut" << QStringList();
    QTest::newRow("smart: DocumentReference qualified") << "smart"
                                                        << "DocumentReference"
                                                        << "user/DocumentReference.rs?category=clinical-note"
                                                        << "partial" << QStringList {"category=clinical-note"};
}

void TestGranularScopes::decides()
{
    QFETCH(QString, policy);
    QFETCH(QString, type);
    QFETCH(QString, scopes);
    QFETCH(QString, access);
    QFETCH(QStringList, partial);
    const PolicyDecision decision = decide(policy, type, scopes);
    const QString actual = decision.isOpen() ? QStringLiteral("open")
        : decision.isPartial()               ? QStringLiteral("partial")
                                             : QStringLiteral("shut");
    QCOMPARE(actual, access);
    QCOMPARE(decision.partialTexts(), partial);
    // Callers that only ask "open at all?" see a partly open type as open.
    QCOMPARE(decision.granted, access != QLatin1String("shut"));
    if (access == QLatin1String("partial")) {
        QVERIFY(!decision.grantedBy.isEmpty());
        QVERIFY2(decision.explanation().startsWith(QStringLiteral("Partly available — only ")),
                 qPrintable(decision.explanation()));
    }
}

void TestGranularScopes::refusesMalformedQualifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("no value") << "patient/Observation.rs?category="
                              << "has no value";
    QTest::newRow("no equals") << "patient/Observation.rs?category"
                               << "needs a value";
    QTest::newRow("no name") << "patient/Observation.rs?=laboratory"
                             << "not a search parameter name";
    QTest::newRow("two & in a row") << "patient/Observation.rs?category=laboratory&&code=1"
                                    << "empty search parameter";
    QTest::newRow("trailing &") << "patient/Observation.rs?category=laboratory&"
                                << "empty search parameter";
    QTest::newRow("two bars") << "patient/Observation.rs?category=a|b|c"
                              << "one code after the |";
    QTest::newRow("empty code") << "patient/Observation.rs?category=http://x|"
                                << "one code after the |";
    QTest::newRow("v1 with a qualifier") << "patient/Observation.read?category=vital-signs"
                                         << "v1";
}

void TestGranularScopes::refusesMalformedQualifiers()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);
    const Scope scope = Scope::parse(text);
    QVERIFY(!scope.isValid());
    QVERIFY2(scope.invalidReason().contains(reasonMentions), qPrintable(scope.invalidReason()));
}

void TestGranularScopes::comparesByMeaning_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("granted");
    QTest::addColumn<QString>("verdict"); // granted, narrowed, refused (for the first requested scope)
    QTest::addColumn<bool>("added"); // a granted scope reaches beyond what was asked
    QTest::newRow("whole asked, one category given") << "user/Observation.read"
                                                     << "user/Observation.rs?category=vital-signs"
                                                     << "narrowed" << false;
    QTest::newRow("bare category asked, system|code given")
        << "user/Observation.rs?category=vital-signs"
        << QStringLiteral("user/Observation.rs?category=%1|vital-signs").arg(kObs) << "narrowed" << false;
    QTest::newRow("system|code asked, bare given")
        << QStringLiteral("user/Observation.rs?category=%1|vital-signs").arg(kObs)
        << "user/Observation.rs?category=vital-signs"
        << "granted" << true;
    QTest::newRow("STU3 and R4 spellings are one")
        << QStringLiteral("user/Observation.rs?category=%1|vital-signs").arg(kObs)
        << QStringLiteral("user/Observation.rs?category=%1|vital-signs").arg(kObsStu3) << "granted" << false;
    QTest::newRow("category asked, whole given") << "user/Observation.rs?category=laboratory"
                                                 << "user/Observation.read"
                                                 << "granted" << true;
    QTest::newRow("other category given") << "user/Observation.rs?category=laboratory"
                                          << "user/Observation.rs?category=vital-signs"
                                          << "refused" << true;
}

void TestGranularScopes::comparesByMeaning()
{
    QFETCH(QString, requested);
    QFETCH(QString, granted);
    QFETCH(QString, verdict);
    QFETCH(bool, added);
    const ScopeSet::Comparison comparison = ScopeSet::compare(ScopeSet::parse(requested), ScopeSet::parse(granted));
    const QString actual = !comparison.granted.isEmpty() ? QStringLiteral("granted")
        : !comparison.narrowed.isEmpty()                 ? QStringLiteral("narrowed")
                                                         : QStringLiteral("refused");
    QCOMPARE(actual, verdict);
    QCOMPARE(!comparison.added.isEmpty(), added);
}

void TestGranularScopes::explainsInWords()
{
    const QString scopes = QStringLiteral("patient/Observation.rs?category=%1|vital-signs").arg(kObs);
    const PolicyDecision smart = decide(QStringLiteral("smart"), QStringLiteral("Observation"), scopes);
    QCOMPARE(smart.partWords(), QStringLiteral("vital signs"));
    QCOMPARE(smart.explanation(),
             QStringLiteral("Partly available — only vital signs (category=vital-signs), granted by %1 (SMART "
                            "policy); user/Observation.read would open the rest")
                 .arg(scopes));
    const PolicyDecision ccri = decide(QStringLiteral("ccri"), QStringLiteral("Observation"), scopes);
    QCOMPARE(ccri.explanation(),
             QStringLiteral("Unavailable — needs user/Observation.read (CCRI policy). %1 is not part of the CCRI "
                            "policy, which has no granular scopes; under SMART it would count as "
                            "user/Observation.read for vital signs only.")
                 .arg(scopes));
    const PolicyDecision two = decide(QStringLiteral("smart"), QStringLiteral("Observation"),
                                      QStringLiteral("user/Observation.rs?category=vital-signs "
                                                     "user/Observation.rs?category=social-history"));
    QCOMPARE(two.partWords(), QStringLiteral("vital signs or social history"));
}

QTEST_GUILESS_MAIN(TestGranularScopes)
#include "TestGranularScopes.moc"
