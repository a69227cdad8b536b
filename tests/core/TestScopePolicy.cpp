// The policies: the CCRI table with its oddities, the SMART table, user files, bad files, explanations.
#include "app/core/ScopePolicy.h"
#include "tests/support/DemoScopes.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ccri::PolicyDecision;
using ccri::ScopePolicy;
using ccri::ScopeSet;

using ccri::test::DemoScopes;

class TestScopePolicy : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheBuiltinPolicies_data();
    void loadsTheBuiltinPolicies();
    void builtinPoliciesMatchTheirSourceFiles();
    void decides_data();
    void decides();
    void explainsInASentence_data();
    void explainsInASentence();
    void typesOutsideThePolicyAreNotRestricted();
    void loadsAUserFile();
    void rejectsBadFilesWithASentence_data();
    void rejectsBadFilesWithASentence();
    void rejectsAMissingFileAndAnUnknownId();

private:
    QString write(const QByteArray& content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

ScopePolicy loaded(const QString& id)
{
    QString error;
    const std::optional<ScopePolicy> policy = ScopePolicy::load(id, &error);
    if (!policy)
        qFatal("cannot load %s: %s", qPrintable(id), qPrintable(error));
    return *policy;
}
} // namespace

QString TestScopePolicy::write(const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("policy%1.json").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestScopePolicy::loadsTheBuiltinPolicies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("procedureNeeds");
    QTest::addColumn<QString>("medicationRequestNeeds");

    QTest::newRow("ccri") << "ccri"
                          << "CCRI policy"
                          << "user/Observation.read"
                          << "user/MedicationPrescription.read";
    QTest::newRow("smart") << "smart"
                           << "SMART policy"
                           << "user/Procedure.read"
                           << "user/MedicationRequest.read";
}

void TestScopePolicy::loadsTheBuiltinPolicies()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, procedureNeeds);
    QFETCH(QString, medicationRequestNeeds);
    QCOMPARE(ScopePolicy::builtinIds(), QStringList({"ccri", "smart"}));
    const ScopePolicy policy = loaded(id);
    QCOMPARE(policy.id(), id);
    QCOMPARE(policy.name(), name);
    QVERIFY(!policy.description().isEmpty());
    QVERIFY(policy.anyContext());
    QCOMPARE(policy.resourceTypes(), DemoScopes::resourceTypes());
    QCOMPARE(policy.decide(QStringLiteral("Procedure"), {}).needs, procedureNeeds);
    QCOMPARE(policy.decide(QStringLiteral("MedicationRequest"), {}).needs, medicationRequestNeeds);
}

void TestScopePolicy::builtinPoliciesMatchTheirSourceFiles()
{
    // The compiled-in copy and resources/policies/*.json are the same policy.
    for (const QString& id : ScopePolicy::builtinIds()) {
        const ScopePolicy builtin = loaded(id);
        const ScopePolicy file
            = loaded(ccri::test::TestPaths::source(QStringLiteral("resources/policies/%1.json").arg(id)));
        QCOMPARE(file.resourceTypes(), builtin.resourceTypes());
        for (qsizetype i = 0; i < file.rules().size(); ++i)
            QCOMPARE(file.rules().at(i).required.text(), builtin.rules().at(i).required.text());
    }
}

void TestScopePolicy::decides_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("granted");
    QTest::addColumn<QStringList>("grantedBy");

    const QString ccri = QStringLiteral("ccri");
    const QString smart = QStringLiteral("smart");
    QTest::newRow("ccri clinical: Patient")
        << ccri << DemoScopes::clinicalAccess() << "Patient" << true << QStringList({"user/Patient.read"});
    QTest::newRow("ccri clinical: Procedure via Observation")
        << ccri << DemoScopes::clinicalAccess() << "Procedure" << true << QStringList({"user/Observation.read"});
    QTest::newRow("ccri clinical: MedicationRequest shut")
        << ccri << DemoScopes::clinicalAccess() << "MedicationRequest" << false << QStringList();
    QTest::newRow("ccri clinical: AllergyIntolerance shut")
        << ccri << DemoScopes::clinicalAccess() << "AllergyIntolerance" << false << QStringList();
    QTest::newRow("ccri clinical: DocumentReference shut")
        << ccri << DemoScopes::clinicalAccess() << "DocumentReference" << false << QStringList();
    QTest::newRow("ccri: MedicationPrescription opens MedicationRequest")
        << ccri << "patient/MedicationPrescription.read"
        << "MedicationRequest" << true << QStringList({"patient/MedicationPrescription.read"});
    QTest::newRow("ccri: Procedure.read does not open Procedure") << ccri << "user/Procedure.read"
                                                                  << "Procedure" << false << QStringList();
    QTest::newRow("ccri: system/ v2 Observation opens Procedure")
        << ccri << "system/Observation.rs"
        << "Procedure" << true << QStringList({"system/Observation.rs"});
    QTest::newRow("smart: a backend service's system/Patient.read opens Patient")
        << smart << "system/Patient.read system/Observation.read"
        << "Patient" << true << QStringList({"system/Patient.read"});
    QTest::newRow("ccri: DocumentReference any level (write)")
        << ccri << "user/DocumentReference.write"
        << "DocumentReference" << true << QStringList({"user/DocumentReference.write"});
    QTest::newRow("ccri: Binary any level (v2 c)") << ccri << "patient/Binary.c"
                                                   << "Binary" << true << QStringList({"patient/Binary.c"});
    QTest::newRow("ccri: user/*.read opens MedicationRequest")
        << ccri << "user/*.read"
        << "MedicationRequest" << true << QStringList({"user/*.read"});
    QTest::newRow("ccri: limited-access opens nothing") << ccri << "profile"
                                                        << "Patient" << false << QStringList();
    QTest::newRow("ccri: .r alone is not read") << ccri << "patient/Observation.r"
                                                << "Observation" << false << QStringList();
    QTest::newRow("ccri: .r + .s is read")
        << ccri << "patient/Observation.r patient/Observation.s"
        << "Observation" << true << QStringList({"patient/Observation.r", "patient/Observation.s"});
    QTest::newRow("smart: Procedure.read opens Procedure")
        << smart << "user/Procedure.read"
        << "Procedure" << true << QStringList({"user/Procedure.read"});
    QTest::newRow("smart: Observation does not open Procedure") << smart << "user/Observation.read"
                                                                << "Procedure" << false << QStringList();
    QTest::newRow("smart: MedicationRequest.read opens MedicationRequest")
        << smart << DemoScopes::clinicalAccess() << "MedicationRequest" << true
        << QStringList({"user/MedicationRequest.read"});
    QTest::newRow("smart: DocumentReference needs read") << smart << "user/DocumentReference.write"
                                                         << "DocumentReference" << false << QStringList();
    QTest::newRow("smart: v2 patient/Observation.rs")
        << smart << "patient/Observation.rs"
        << "Observation" << true << QStringList({"patient/Observation.rs"});
}

void TestScopePolicy::decides()
{
    QFETCH(QString, policy);
    QFETCH(QString, scopes);
    QFETCH(QString, type);
    QFETCH(bool, granted);
    QFETCH(QStringList, grantedBy);
    const PolicyDecision decision = loaded(policy).decide(type, ScopeSet::parse(scopes));
    QCOMPARE(decision.resourceType, type);
    QCOMPARE(decision.granted, granted);
    QCOMPARE(decision.grantedBy, grantedBy);
    QVERIFY(!decision.needs.isEmpty());
}

void TestScopePolicy::explainsInASentence_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("MedicationRequest under CCRI")
        << "ccri" << DemoScopes::clinicalAccess() << "MedicationRequest"
        << QStringLiteral("Unavailable — needs user/MedicationPrescription.read (CCRI policy)");
    QTest::newRow("Procedure under CCRI, shut")
        << "ccri"
        << "profile"
        << "Procedure" << QStringLiteral("Unavailable — needs user/Observation.read (CCRI policy)");
    QTest::newRow("DocumentReference under CCRI")
        << "ccri"
        << ""
        << "DocumentReference" << QStringLiteral("Unavailable — needs user/DocumentReference (CCRI policy)");
    QTest::newRow("granted") << "ccri" << DemoScopes::clinicalAccess() << "Patient"
                             << QStringLiteral("Available — granted by user/Patient.read (CCRI policy)");
    QTest::newRow("granted by two")
        << "smart"
        << "patient/Observation.r patient/Observation.s"
        << "Observation"
        << QStringLiteral("Available — granted by patient/Observation.r + patient/Observation.s (SMART policy)");
}

void TestScopePolicy::explainsInASentence()
{
    QFETCH(QString, policy);
    QFETCH(QString, scopes);
    QFETCH(QString, type);
    QFETCH(QString, explanation);
    QCOMPARE(loaded(policy).decide(type, ScopeSet::parse(scopes)).explanation(), explanation);
}

void TestScopePolicy::typesOutsideThePolicyAreNotRestricted()
{
    // As on the CCRI: types outside the scope map (Organization, Practitioner) needed only a token.
    const ScopePolicy policy = loaded(QStringLiteral("ccri"));
    QVERIFY(!policy.covers(QStringLiteral("Organization")));
    const PolicyDecision decision
        = policy.decide(QStringLiteral("Organization"), ScopeSet::parse(QStringLiteral("profile")));
    QVERIFY(decision.granted);
    QVERIFY(decision.needs.isEmpty());
    QVERIFY(!decision.explanation().contains(QStringLiteral("Unavailable")));
}

void TestScopePolicy::loadsAUserFile()
{
    const QString path = write(R"({"id": "clinic", "name": "Clinic policy", "anyContext": false,
        "rules": [{"type": "Patient", "scope": "patient/Patient.rs"}, {"type": "Flag", "scope": "user/Flag"}]})");
    QString error;
    const std::optional<ScopePolicy> policy = ScopePolicy::load(path, &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->id(), QStringLiteral("clinic"));
    QCOMPARE(policy->name(), QStringLiteral("Clinic policy"));
    QVERIFY(!policy->anyContext());
    QCOMPARE(policy->resourceTypes(), QStringList({"Patient", "Flag"}));
    // anyContext false: a user/ scope does not open a patient/ rule.
    QVERIFY(!policy->decide(QStringLiteral("Patient"), ScopeSet::parse(QStringLiteral("user/Patient.read"))).granted);
    QVERIFY(policy->decide(QStringLiteral("Patient"), ScopeSet::parse(QStringLiteral("patient/Patient.read"))).granted);
    QVERIFY(policy->decide(QStringLiteral("Flag"), ScopeSet::parse(QStringLiteral("user/Flag.c"))).granted);
    QCOMPARE(policy->decideAll(ScopeSet::parse(QStringLiteral("user/Flag.r"))).size(), 2);
}

void TestScopePolicy::rejectsBadFilesWithASentence_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("not JSON") << QByteArray("{\"id\": \"x\", ") << "not valid JSON";
    QTest::newRow("HTML") << QByteArray("<html><body>Not found</body></html>") << "not valid JSON";
    QTest::newRow("empty file") << QByteArray() << "not valid JSON";
    QTest::newRow("array, not object") << QByteArray("[]") << "JSON object";
    QTest::newRow("no id") << QByteArray(R"({"rules": [{"type": "Patient", "scope": "user/Patient.read"}]})") << "id";
    QTest::newRow("no rules") << QByteArray(R"({"id": "x"})") << "rules";
    QTest::newRow("empty rules") << QByteArray(R"({"id": "x", "rules": []})") << "rules";
    QTest::newRow("rule without type") << QByteArray(R"({"id": "x", "rules": [{"scope": "user/Patient.read"}]})")
                                       << "rule 1";
    QTest::newRow("bad scope in a rule") << QByteArray(
        R"({"id": "x", "rules": [{"type": "Patient", "scope": "user/Patient.sr"}]})")
                                         << "user/Patient.sr";
    QTest::newRow("non-resource scope in a rule")
        << QByteArray(R"({"id": "x", "rules": [{"type": "Patient", "scope": "openid"}]})") << "not a resource scope";
    QTest::newRow("type twice") << QByteArray(
        R"({"id": "x", "rules": [{"type": "Patient", "scope": "user/Patient.read"},
        {"type": "Patient", "scope": "user/Patient.rs"}]})")
                                << "second time";
}

void TestScopePolicy::rejectsBadFilesWithASentence()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorMentions);
    const QString path = write(content);
    QString error;
    QVERIFY(!ScopePolicy::load(path, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("policy")), qPrintable(error)); // says which file, in words
}

void TestScopePolicy::rejectsAMissingFileAndAnUnknownId()
{
    QString error;
    QVERIFY(!ScopePolicy::load(m_dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
    QVERIFY(!ScopePolicy::load(QStringLiteral("hapi"), &error));
    QVERIFY2(error.contains(QStringLiteral("ccri, smart")), qPrintable(error));
    QVERIFY(!ScopePolicy::load(m_dir.path(), &error)); // a folder
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestScopePolicy)
#include "TestScopePolicy.moc"
