// ccri-explorer --explain-scopes (and --export-jwks), run as a user would: the real binary, no
// display at all.
#include "app/crypto/JwkSet.h"
#include "app/crypto/SigningKey.h"
#include "tests/support/DemoScopes.h"
#include "tests/support/WindowlessRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ccri::test::DemoScopes;

class TestExplainScopesCli : public QObject
{
    Q_OBJECT

private slots:
    void printsJsonInPolicyOrder_data();
    void printsJsonInPolicyOrder();
    void printsATableForPeople();
    void explainsGranularScopesInWords();
    void usesAPolicyFile();
    void helpAndVersion();
    void exportsAKeyFilesPublicJwkSet();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();

private:
    using Result = ccri::test::WindowlessRun::Result;
    Result run(const QStringList& arguments);
    QTemporaryDir m_dir;
};

TestExplainScopesCli::Result TestExplainScopesCli::run(const QStringList& arguments)
{
    return ccri::test::WindowlessRun::explorer(arguments);
}

void TestExplainScopesCli::exportsAKeyFilesPublicJwkSet()
{
    const auto key = ccri::crypto::SigningKey::generate(ccri::crypto::JwsAlgorithm::Id::ES384);
    QVERIFY(key);
    const QString path = m_dir.filePath(QStringLiteral("service.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key->toPem());
    file.close();
    const Result result = run({"--private-key", path, "--signing-alg", "ES384", "--export-jwks"});
    QCOMPARE(result.exitCode, 0);
    QString error;
    const auto set = ccri::crypto::JwkSet::parse(result.out.toUtf8(), &error); // refuses private members
    QVERIFY2(set, qPrintable(error + result.out + result.err));
    QCOMPARE(int(set->keys().size()), 1);
    QCOMPARE(set->keys().front().kid(), key->thumbprint()); // RFC 7638
    QVERIFY(!result.out.contains(QLatin1String("PRIVATE")));
    // An RSA algorithm for an EC key, and a profile that does not exist: a sentence, exit code 2.
    const Result wrongType = run({"--private-key", path, "--signing-alg", "RS384", "--export-jwks"});
    QCOMPARE(wrongType.exitCode, 2);
    QVERIFY2(wrongType.err.contains(QLatin1String("can't be used")), qPrintable(wrongType.err));
    const Result noProfile
        = run({"--server", "https://nowhere.example/fhir", "--client-id", "nobody", "--export-jwks"});
    QCOMPARE(noProfile.exitCode, 2);
    QVERIFY2(noProfile.err.contains(QLatin1String("No profile for https://nowhere.example/fhir")),
             qPrintable(noProfile.err));
}

void TestExplainScopesCli::printsJsonInPolicyOrder_data()
{
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("expected"); // type:granted:needs, one per line

    QTest::newRow("ccri clinical-access") << DemoScopes::clinicalAccess() << "ccri"
                                          << "Patient:1:user/Patient.read\n"
                                             "Observation:1:user/Observation.read\n"
                                             "Encounter:1:user/Encounter.read\n"
                                             "Condition:1:user/Condition.read\n"
                                             "Procedure:1:user/Observation.read\n"
                                             "AllergyIntolerance:0:user/AllergyIntolerance.read\n"
                                             "MedicationRequest:0:user/MedicationPrescription.read\n"
                                             "MedicationStatement:1:user/MedicationStatement.read\n"
                                             "Immunization:1:user/Immunization.read\n"
                                             "DocumentReference:0:user/DocumentReference\n"
                                             "Binary:0:user/Binary";
    QTest::newRow("smart v2 halves") << "patient/Observation.r patient/Observation.s system/Procedure.rs"
                                     << "smart"
                                     << "Patient:0:user/Patient.read\n"
                                        "Observation:1:patient/Observation.r patient/Observation.s\n"
                                        "Encounter:0:user/Encounter.read\n"
                                        "Condition:0:user/Condition.read\n"
                                        "Procedure:1:system/Procedure.rs\n"
                                        "AllergyIntolerance:0:user/AllergyIntolerance.read\n"
                                        "MedicationRequest:0:user/MedicationRequest.read\n"
                                        "MedicationStatement:0:user/MedicationStatement.read\n"
                                        "Immunization:0:user/Immunization.read\n"
                                        "DocumentReference:0:user/DocumentReference.read\n"
                                        "Binary:0:user/Binary.read";
    // SMART App Launch 2.2 granular scopes: partly open types carry their granted qualifiers.
    const QString vitalSigns = QStringLiteral(
        "patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs");
    QTest::newRow("smart granular") << vitalSigns + QStringLiteral(" patient/Condition.rs?category=problem-list-item")
                                    << "smart"
                                    << "Patient:0:user/Patient.read\n"
                                       "Observation:1:"
            + vitalSigns
            + ":category=vital-signs\n"
              "Encounter:0:user/Encounter.read\n"
              "Condition:1:patient/Condition.rs?category=problem-list-item:category=problem-list-item\n"
              "Procedure:0:user/Procedure.read\n"
              "AllergyIntolerance:0:user/AllergyIntolerance.read\n"
              "MedicationRequest:0:user/MedicationRequest.read\n"
              "MedicationStatement:0:user/MedicationStatement.read\n"
              "Immunization:0:user/Immunization.read\n"
              "DocumentReference:0:user/DocumentReference.read\n"
              "Binary:0:user/Binary.read";
    QTest::newRow("smart two categories, one type")
        << "user/Observation.rs?category=vital-signs user/Observation.rs?category=laboratory user/Patient.read"
        << "smart"
        << "Patient:1:user/Patient.read\n"
           "Observation:1:user/Observation.rs?category=vital-signs user/Observation.rs?category=laboratory:"
           "category=vital-signs:category=laboratory\n"
           "Encounter:0:user/Encounter.read\n"
           "Condition:0:user/Condition.read\n"
           "Procedure:0:user/Procedure.read\n"
           "AllergyIntolerance:0:user/AllergyIntolerance.read\n"
           "MedicationRequest:0:user/MedicationRequest.read\n"
           "MedicationStatement:0:user/MedicationStatement.read\n"
           "Immunization:0:user/Immunization.read\n"
           "DocumentReference:0:user/DocumentReference.read\n"
           "Binary:0:user/Binary.read";
}

void TestExplainScopesCli::printsJsonInPolicyOrder()
{
    QFETCH(QString, scopes);
    QFETCH(QString, policy);
    QFETCH(QString, expected);
    const Result result = run({"--explain-scopes", scopes, "--policy", policy, "--json"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + result.out));
    QVERIFY(document.isArray());
    QStringList lines;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject element = value.toObject();
        QCOMPARE(element.keys(), QStringList({"granted", "needs", "partial", "type"}));
        QString line = QStringLiteral("%1:%2:%3")
                           .arg(element.value(QLatin1String("type")).toString())
                           .arg(element.value(QLatin1String("granted")).toBool() ? 1 : 0)
                           .arg(element.value(QLatin1String("needs")).toString());
        const QJsonArray partial = element.value(QLatin1String("partial")).toArray();
        for (const QJsonValue& part : partial)
            line += QLatin1Char(':') + part.toString();
        lines.append(line);
    }
    QCOMPARE(lines.join(QLatin1Char('\n')), expected);
}

void TestExplainScopesCli::printsATableForPeople()
{
    const Result result = run({"--explain-scopes", DemoScopes::clinicalAccess() + QStringLiteral(" bogus")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("CCRI policy: 7 of 11 resource types open")), qPrintable(result.out));
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    const auto line = [&lines](const QString& type) {
        for (const QString& l : lines) {
            if (l.startsWith(type + QLatin1Char(' ')))
                return l.simplified();
        }
        return QString();
    };
    QCOMPARE(line(QStringLiteral("Procedure")), QStringLiteral("Procedure granted user/Observation.read"));
    QCOMPARE(line(QStringLiteral("MedicationRequest")),
             QStringLiteral("MedicationRequest unavailable needs user/MedicationPrescription.read"));
    QVERIFY(result.out.contains(QStringLiteral("Not recognised:")));
    QVERIFY(result.out.contains(QStringLiteral("bogus — ")));
}

// The issue's scopes: 0 of 11 open before granular scopes were understood.
void TestExplainScopesCli::explainsGranularScopesInWords()
{
    const QString scopes = QStringLiteral(
        "patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs "
        "patient/Condition.rs?category=problem-list-item");
    const Result smart = run({"--explain-scopes", scopes, "--policy", "smart"});
    QCOMPARE(smart.exitCode, 0);
    QVERIFY2(smart.out.contains(QStringLiteral("SMART policy: 2 of 11 resource types open with these scopes. 2 of "
                                               "them only in part.")),
             qPrintable(smart.out));
    QString observation;
    for (const QString& line : smart.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Observation ")))
            observation = line.simplified();
    }
    QVERIFY2(observation.startsWith(QStringLiteral("Observation partly only category vital-signs, granted by ")),
             qPrintable(observation));
    QVERIFY(observation.endsWith(QStringLiteral("; user/Observation.read would open the rest")));
    // The CCRI's table had no granular scopes: nothing opens, and a note says what SMART would make of it.
    const Result ccri = run({"--explain-scopes", scopes, "--policy", "ccri"});
    QCOMPARE(ccri.exitCode, 0);
    QVERIFY2(ccri.out.contains(QStringLiteral("CCRI policy: 0 of 11 resource types open")), qPrintable(ccri.out));
    QVERIFY2(ccri.out.contains(QStringLiteral("Notes:")), qPrintable(ccri.out));
    QVERIFY(ccri.out.contains(QStringLiteral("is not part of the CCRI policy, which has no granular scopes; under "
                                             "SMART it would count as user/Observation.read for vital signs only.")));
    // Malformed qualifiers: not recognised, with the reason.
    const Result bad
        = run({"--explain-scopes", "user/Patient.read patient/Observation.rs?category=", "--policy", "smart"});
    QCOMPARE(bad.exitCode, 0);
    QVERIFY2(
        bad.out.contains(QStringLiteral("patient/Observation.rs?category= — The qualifier category= has no value.")),
        qPrintable(bad.out));
}

void TestExplainScopesCli::usesAPolicyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("clinic.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": "clinic", "name": "Clinic policy",
                   "rules": [{"type": "Flag", "scope": "user/Flag.read"}, {"type": "Patient", "scope": "user/Patient"}]})");
    file.close();
    const Result result = run({"--explain-scopes", "patient/Patient.c bogus", "--policy", path, "--json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("Flag"));
    QCOMPARE(array.at(0).toObject().value(QLatin1String("granted")).toBool(), false);
    QCOMPARE(array.at(1).toObject().value(QLatin1String("granted")).toBool(), true);
    QCOMPARE(array.at(1).toObject().value(QLatin1String("needs")).toString(), QStringLiteral("patient/Patient.c"));
    QVERIFY2(result.err.contains(QStringLiteral("Not recognised: bogus")), qPrintable(result.err)); // not in the JSON
}

void TestExplainScopesCli::helpAndVersion()
{
    const Result help = run({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char* option : {"--explain-scopes", "--policy", "--json", "--version"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    QVERIFY(!help.out.contains(QLatin1String("platform"))); // Qt's own options stay out of the help
    const Result version = run({"--version"});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("CareConnect Explorer " CCRI_VERSION));
}

void TestExplainScopesCli::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorMentions");

    const QString badJson = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(badJson);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(badJson));
    file.write("<html>502 Bad Gateway</html>");
    file.close();

    QTest::newRow("bad policy file") << QStringList({"--explain-scopes", "profile", "--policy", badJson})
                                     << "not valid JSON";
    QTest::newRow("missing policy file") << QStringList({"--explain-scopes", "profile", "--policy", "/nowhere/p.json"})
                                         << "/nowhere/p.json";
    QTest::newRow("empty scope string") << QStringList({"--explain-scopes", "  "}) << "empty";
    QTest::newRow("nothing readable") << QStringList({"--explain-scopes", "user/Patient.sr bogus"})
                                      << "user/Patient.sr — ";
    QTest::newRow("unknown option") << QStringList({"--explain-scopes", "profile", "--yaml"}) << "yaml";
    QTest::newRow("the window, with no display") << QStringList() << "No display found";
    QTest::newRow("redirect the embedded browser can't catch")
        << QStringList({"--sandbox", "--redirect-uri", "uk.nhs.ccri.explorer:/callback"})
        << "--redirect-uri: The embedded browser can't catch a redirect to “uk.nhs.ccri.explorer:/callback”";
}

void TestExplainScopesCli::refusesWhatItCannotRead()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorMentions);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(errorMentions), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestExplainScopesCli)
#include "TestExplainScopesCli.moc"
