// Scope strings as a whole: splitting, unrecognised scopes, semantic grants, requested vs granted.
#include "app/core/ScopeSet.h"

#include <QTest>

using ccri::Scope;
using ccri::ScopeSet;

class TestScopeSet : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnAnyWhitespaceAndDropsDuplicates();
    void keepsUnrecognisedScopesInOrder();
    void emptyStringIsAnEmptySet();
    void grants_data();
    void grants();
    void namesTheScopesThatGrant_data();
    void namesTheScopesThatGrant();
    void withContextKeepsOnlyThatContext();
    void compare_data();
    void compare();
};

namespace {
QStringList texts(const QList<Scope>& scopes)
{
    QStringList result;
    for (const Scope& scope : scopes)
        result.append(scope.text());
    return result;
}
} // namespace

void TestScopeSet::splitsOnAnyWhitespaceAndDropsDuplicates()
{
    const ScopeSet set = ScopeSet::parse(QStringLiteral("  openid\tuser/Patient.read\n\nuser/Patient.read  profile "));
    QCOMPARE(texts(set.scopes()), QStringList({"openid", "user/Patient.read", "profile"}));
    QCOMPARE(set.toString(), QStringLiteral("openid user/Patient.read profile"));
    QVERIFY(set.containsText(QStringLiteral("profile")));
    QVERIFY(!set.containsText(QStringLiteral("user/Patient.rs"))); // containsText is literal
}

void TestScopeSet::keepsUnrecognisedScopesInOrder()
{
    const ScopeSet set = ScopeSet::parse(QStringLiteral("user/Patient.read bogus patient/Observation.sr openid"));
    QCOMPARE(set.scopes().size(), 4);
    QCOMPARE(texts(set.recognised()), QStringList({"user/Patient.read", "openid"}));
    const QList<Scope> unrecognised = set.unrecognised();
    QCOMPARE(texts(unrecognised), QStringList({"bogus", "patient/Observation.sr"}));
    for (const Scope& scope : unrecognised)
        QVERIFY2(!scope.invalidReason().isEmpty(), qPrintable(scope.text()));
    QCOMPARE(set.toString(), QStringLiteral("user/Patient.read bogus patient/Observation.sr openid"));
}

void TestScopeSet::emptyStringIsAnEmptySet()
{
    QVERIFY(ScopeSet::parse(QString()).isEmpty());
    QVERIFY(ScopeSet::parse(QStringLiteral(" \t\n ")).isEmpty());
    QVERIFY(!ScopeSet::parse(QString()).grants(Scope::parse(QStringLiteral("user/Patient.read")), true));
}

void TestScopeSet::grants_data()
{
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("required");
    QTest::addColumn<bool>("anyContext");
    QTest::addColumn<bool>("granted");

    QTest::newRow(".r + .s grants .rs") << "patient/Observation.r patient/Observation.s"
                                        << "patient/Observation.rs" << false << true;
    QTest::newRow(".r + .s grants .read") << "patient/Observation.s patient/Observation.r"
                                          << "patient/Observation.read" << false << true;
    QTest::newRow(".r alone does not grant .rs") << "patient/Observation.r"
                                                 << "patient/Observation.rs" << false << false;
    QTest::newRow(".r + .s of different types") << "user/Patient.r user/Observation.s"
                                                << "user/Patient.rs" << false << false;
    QTest::newRow("wildcard .r + type .s") << "user/*.r user/Patient.s"
                                           << "user/Patient.read" << false << true;
    QTest::newRow("v1 read grants v2 rs") << "user/Patient.read"
                                          << "user/Patient.rs" << false << true;
    QTest::newRow("user/*.read grants every type") << "user/*.read"
                                                   << "user/MedicationPrescription.read" << false << true;
    QTest::newRow("user/*.* grants no-suffix") << "user/*.*"
                                               << "user/DocumentReference" << false << true;
    QTest::newRow("patient/ needs anyContext") << "patient/Patient.read"
                                               << "user/Patient.read" << false << false;
    QTest::newRow("patient/ with anyContext") << "patient/Patient.read"
                                              << "user/Patient.read" << true << true;
    QTest::newRow("system/ with anyContext") << "system/Observation.rs"
                                             << "user/Observation.read" << true << true;
    QTest::newRow("identity scopes grant no resource") << "openid fhirUser profile"
                                                       << "user/Patient.read" << true << false;
    QTest::newRow("unrecognised scope grants nothing") << "user/Patient.sr"
                                                       << "user/Patient.s" << false << false;
    QTest::newRow("qualified .r + .s is still qualified")
        << "patient/Observation.r?category=laboratory patient/Observation.s?category=laboratory"
        << "patient/Observation.rs" << false << false;
    QTest::newRow("non-resource scope by text") << "openid offline_access"
                                                << "offline_access" << false << true;
}

void TestScopeSet::grants()
{
    QFETCH(QString, scopes);
    QFETCH(QString, required);
    QFETCH(bool, anyContext);
    QFETCH(bool, granted);
    const ScopeSet set = ScopeSet::parse(scopes);
    const Scope requiredScope = Scope::parse(required);
    QCOMPARE(set.grants(requiredScope, anyContext), granted);
    QCOMPARE(set.grantingScopes(requiredScope, anyContext).isEmpty(), !granted);
}

void TestScopeSet::namesTheScopesThatGrant_data()
{
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("required");
    QTest::addColumn<QStringList>("grantingScopes");

    QTest::newRow("one scope that covers alone wins")
        << "patient/Observation.r user/Observation.read"
        << "user/Observation.read" << QStringList({"user/Observation.read"});
    QTest::newRow("two halves") << "openid patient/Observation.r patient/Observation.s"
                                << "user/Observation.rs"
                                << QStringList({"patient/Observation.r", "patient/Observation.s"});
    QTest::newRow("wildcard") << "profile user/*.read"
                              << "user/Binary" << QStringList({"user/*.read"});
}

void TestScopeSet::namesTheScopesThatGrant()
{
    QFETCH(QString, scopes);
    QFETCH(QString, required);
    QFETCH(QStringList, grantingScopes);
    QCOMPARE(texts(ScopeSet::parse(scopes).grantingScopes(Scope::parse(required), true)), grantingScopes);
}

void TestScopeSet::withContextKeepsOnlyThatContext()
{
    const ScopeSet set
        = ScopeSet::parse(QStringLiteral("openid patient/Patient.read user/Observation.read patient/*.rs bogus"));
    QCOMPARE(set.withContext(Scope::Context::Patient).toString(), QStringLiteral("patient/Patient.read patient/*.rs"));
    QCOMPARE(set.withContext(Scope::Context::User).toString(), QStringLiteral("user/Observation.read"));
    QVERIFY(set.withContext(Scope::Context::System).isEmpty());
}

void TestScopeSet::compare_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("granted");
    QTest::addColumn<QStringList>("grantedAsRequested");
    QTest::addColumn<QStringList>("narrowedAway");
    QTest::addColumn<QStringList>("added");

    QTest::newRow("same, different grammar")
        << "user/Patient.read"
        << "user/Patient.rs" << QStringList({"user/Patient.read"}) << QStringList() << QStringList();
    QTest::newRow("server drops one") << "openid user/Patient.read user/Observation.read"
                                      << "openid user/Patient.read" << QStringList({"openid", "user/Patient.read"})
                                      << QStringList({"user/Observation.read"}) << QStringList();
    QTest::newRow("server broadens") << "patient/Observation.read"
                                     << "patient/*.read" << QStringList({"patient/Observation.read"}) << QStringList()
                                     << QStringList({"patient/*.read"});
    QTest::newRow("granted in halves") << "patient/Observation.rs"
                                       << "patient/Observation.r patient/Observation.s"
                                       << QStringList({"patient/Observation.rs"}) << QStringList() << QStringList();
    QTest::newRow("server adds others") << "user/Patient.read"
                                        << "user/Patient.read offline_access" << QStringList({"user/Patient.read"})
                                        << QStringList() << QStringList({"offline_access"});
    QTest::newRow("context matters") << "user/Patient.read"
                                     << "patient/Patient.read" << QStringList() << QStringList({"user/Patient.read"})
                                     << QStringList({"patient/Patient.read"});
    QTest::newRow("nothing granted") << "profile user/Patient.read"
                                     << "" << QStringList() << QStringList({"profile", "user/Patient.read"})
                                     << QStringList();
}

void TestScopeSet::compare()
{
    QFETCH(QString, requested);
    QFETCH(QString, granted);
    QFETCH(QStringList, grantedAsRequested);
    QFETCH(QStringList, narrowedAway);
    QFETCH(QStringList, added);
    const ScopeSet::Comparison comparison = ScopeSet::compare(ScopeSet::parse(requested), ScopeSet::parse(granted));
    QCOMPARE(texts(comparison.granted), grantedAsRequested);
    QCOMPARE(texts(comparison.narrowedAway), narrowedAway);
    QCOMPARE(texts(comparison.added), added);
}

QTEST_GUILESS_MAIN(TestScopeSet)
#include "TestScopeSet.moc"
