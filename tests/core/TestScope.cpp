// One scope at a time: both SMART grammars, the non-resource scopes, malformed input, covers().
#include "app/core/Scope.h"

#include <QTest>

using ccri::Scope;

Q_DECLARE_METATYPE(Scope::Kind)
Q_DECLARE_METATYPE(Scope::Context)

class TestScope : public QObject
{
    Q_OBJECT

private slots:
    void parsesResourceScopes_data();
    void parsesResourceScopes();
    void parsesOtherScopes_data();
    void parsesOtherScopes();
    void keepsMalformedScopesWithAReason_data();
    void keepsMalformedScopesWithAReason();
    void covers_data();
    void covers();
};

namespace {
const Scope::Permissions readAccess = Scope::Read | Scope::Search;
const Scope::Permissions writeAccess = Scope::Create | Scope::Update | Scope::Delete;
const Scope::Permissions allAccess = readAccess | writeAccess;
} // namespace

void TestScope::parsesResourceScopes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Scope::Context>("context");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("hasPermissions");
    QTest::addColumn<int>("permissions");
    QTest::addColumn<bool>("v2");
    QTest::addColumn<QString>("query");

    using C = Scope::Context;
    QTest::newRow("v1 user read") << "user/Patient.read" << C::User << "Patient" << true << int(readAccess) << false
                                  << "";
    QTest::newRow("v1 patient wildcard read")
        << "patient/*.read" << C::Patient << "*" << true << int(readAccess) << false << "";
    QTest::newRow("v1 user everything") << "user/*.*" << C::User << "*" << true << int(allAccess) << false << "";
    QTest::newRow("v1 write is cud") << "user/Observation.write" << C::User << "Observation" << true << int(writeAccess)
                                     << false << "";
    QTest::newRow("v2 rs") << "patient/Observation.rs" << C::Patient << "Observation" << true << int(readAccess) << true
                           << "";
    QTest::newRow("v2 system cruds") << "system/*.cruds" << C::System << "*" << true << int(allAccess) << true << "";
    QTest::newRow("v2 system r") << "system/*.r" << C::System << "*" << true << int(Scope::Read) << true << "";
    QTest::newRow("v2 s only") << "user/Encounter.s" << C::User << "Encounter" << true << int(Scope::Search) << true
                               << "";
    QTest::newRow("v2 cud") << "user/Condition.cud" << C::User << "Condition" << true << int(writeAccess) << true << "";
    QTest::newRow("v2 qualifier") << "patient/Observation.rs?category=laboratory" << C::Patient << "Observation" << true
                                  << int(readAccess) << true << "category=laboratory";
    QTest::newRow("CCRI no suffix") << "user/DocumentReference" << C::User << "DocumentReference" << false << 0 << false
                                    << "";
    QTest::newRow("CCRI no suffix, patient") << "patient/Binary" << C::Patient << "Binary" << false << 0 << false << "";
    QTest::newRow("surrounding spaces trimmed")
        << "  user/Immunization.read " << C::User << "Immunization" << true << int(readAccess) << false << "";
}

void TestScope::parsesResourceScopes()
{
    QFETCH(QString, text);
    QFETCH(Scope::Context, context);
    QFETCH(QString, type);
    QFETCH(bool, hasPermissions);
    QFETCH(int, permissions);
    QFETCH(bool, v2);
    QFETCH(QString, query);

    const Scope scope = Scope::parse(text);
    QVERIFY2(scope.isValid(), qPrintable(scope.invalidReason()));
    QCOMPARE(scope.kind(), Scope::Kind::Resource);
    QVERIFY(scope.invalidReason().isEmpty());
    QCOMPARE(scope.context(), context);
    QCOMPARE(scope.resourceType(), type);
    QCOMPARE(scope.isWildcardType(), type == QLatin1String("*"));
    QCOMPARE(scope.hasPermissions(), hasPermissions);
    QCOMPARE(int(scope.permissions()), permissions);
    QCOMPARE(scope.isV2(), v2);
    QCOMPARE(scope.query(), query);
    QCOMPARE(scope.text(), text.trimmed());
}

void TestScope::parsesOtherScopes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Scope::Kind>("kind");

    QTest::newRow("openid") << "openid" << Scope::Kind::Identity;
    QTest::newRow("fhirUser") << "fhirUser" << Scope::Kind::Identity;
    QTest::newRow("profile") << "profile" << Scope::Kind::Identity;
    QTest::newRow("launch") << "launch" << Scope::Kind::Launch;
    QTest::newRow("launch/patient") << "launch/patient" << Scope::Kind::Launch;
    QTest::newRow("launch/encounter") << "launch/encounter" << Scope::Kind::Launch;
    QTest::newRow("offline_access") << "offline_access" << Scope::Kind::Access;
    QTest::newRow("online_access") << "online_access" << Scope::Kind::Access;
}

void TestScope::parsesOtherScopes()
{
    QFETCH(QString, text);
    QFETCH(Scope::Kind, kind);
    const Scope scope = Scope::parse(text);
    QVERIFY(scope.isValid());
    QVERIFY(!scope.isResource());
    QCOMPARE(scope.kind(), kind);
    QCOMPARE(scope.text(), text);
}

void TestScope::keepsMalformedScopesWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("plain word") << "bogus"
                                << "Not a SMART scope";
    QTest::newRow("unknown context") << "doctor/Patient.read"
                                     << "doctor";
    QTest::newRow("capitalised context") << "User/Patient.read"
                                         << "User";
    QTest::newRow("unknown launch context") << "launch/practitioner"
                                            << "launch";
    QTest::newRow("no type") << "user/.read"
                             << "No resource type";
    QTest::newRow("lower-case type") << "user/patient.read"
                                     << "capital letter";
    QTest::newRow("type with digits") << "user/Patient2.read"
                                      << "Patient2";
    QTest::newRow("empty access level") << "user/Patient."
                                        << "No access level";
    QTest::newRow("unknown access level") << "user/Patient.view"
                                          << "view";
    QTest::newRow("v2 letters out of order") << "patient/Observation.sr"
                                             << "sr";
    QTest::newRow("v2 letter twice") << "patient/Observation.rr"
                                     << "rr";
    QTest::newRow("v2 unknown letter") << "patient/Observation.rx"
                                       << "rx";
    QTest::newRow("v1 with a qualifier") << "patient/Observation.read?category=vital-signs"
                                         << "v1";
    QTest::newRow("empty qualifier") << "patient/Observation.rs?"
                                     << "empty";
    QTest::newRow("qualifier without access level") << "patient/Observation?category=x"
                                                    << "access level";
    QTest::newRow("upper-case access level") << "user/Patient.READ"
                                             << "READ";
}

void TestScope::keepsMalformedScopesWithAReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);
    const Scope scope = Scope::parse(text);
    QVERIFY(!scope.isValid());
    QCOMPARE(scope.kind(), Scope::Kind::Invalid);
    QCOMPARE(scope.text(), text); // kept as given
    QVERIFY2(scope.invalidReason().contains(reasonMentions, Qt::CaseInsensitive), qPrintable(scope.invalidReason()));
    QVERIFY(scope.invalidReason().endsWith(QLatin1Char('.'))); // a sentence
    QVERIFY(!scope.covers(Scope::parse(QStringLiteral("user/Patient.read")), true));
}

void TestScope::covers_data()
{
    QTest::addColumn<QString>("granted");
    QTest::addColumn<QString>("required");
    QTest::addColumn<bool>("anyContext");
    QTest::addColumn<bool>("covers");

    QTest::newRow("same scope") << "user/Patient.read"
                                << "user/Patient.read" << false << true;
    QTest::newRow(".read == .rs") << "user/Patient.read"
                                  << "user/Patient.rs" << false << true;
    QTest::newRow(".rs == .read") << "user/Patient.rs"
                                  << "user/Patient.read" << false << true;
    QTest::newRow(".r alone is not .read") << "user/Patient.r"
                                           << "user/Patient.read" << false << false;
    QTest::newRow(".cruds covers .read") << "user/Patient.cruds"
                                         << "user/Patient.read" << false << true;
    QTest::newRow(".* covers .rs") << "user/Patient.*"
                                   << "user/Patient.rs" << false << true;
    QTest::newRow(".write does not read") << "user/Patient.write"
                                          << "user/Patient.read" << false << false;
    QTest::newRow(".write == .cud") << "user/Patient.write"
                                    << "user/Patient.cud" << false << true;
    QTest::newRow("wildcard type") << "user/*.read"
                                   << "user/Binary.read" << false << true;
    QTest::newRow("other type") << "user/Observation.read"
                                << "user/Patient.read" << false << false;
    QTest::newRow("type does not cover wildcard") << "user/Patient.read"
                                                  << "user/*.read" << false << false;
    QTest::newRow("patient/ is not user/") << "patient/Patient.read"
                                           << "user/Patient.read" << false << false;
    QTest::newRow("patient/ with anyContext") << "patient/Patient.read"
                                              << "user/Patient.read" << true << true;
    QTest::newRow("system/ with anyContext") << "system/*.rs"
                                             << "user/Condition.read" << true << true;
    QTest::newRow("any level: write") << "user/DocumentReference.write"
                                      << "user/DocumentReference" << false << true;
    QTest::newRow("any level: v2 c") << "patient/Binary.c"
                                     << "user/Binary" << true << true;
    QTest::newRow("any level: other type") << "user/Patient.read"
                                           << "user/Binary" << false << false;
    QTest::newRow("no level does not grant read") << "user/DocumentReference"
                                                  << "user/DocumentReference.read" << false << false;
    QTest::newRow("qualified grant is narrower") << "patient/Observation.rs?category=laboratory"
                                                 << "patient/Observation.rs" << false << false;
    QTest::newRow("unqualified grant covers qualified")
        << "patient/Observation.rs"
        << "patient/Observation.rs?category=laboratory" << false << true;
    QTest::newRow("identity scope by text") << "openid"
                                            << "openid" << false << true;
    QTest::newRow("identity scope is not another") << "openid"
                                                   << "profile" << false << false;
}

void TestScope::covers()
{
    QFETCH(QString, granted);
    QFETCH(QString, required);
    QFETCH(bool, anyContext);
    QFETCH(bool, covers);
    QCOMPARE(Scope::parse(granted).covers(Scope::parse(required), anyContext), covers);
}

QTEST_GUILESS_MAIN(TestScope)
#include "TestScope.moc"
