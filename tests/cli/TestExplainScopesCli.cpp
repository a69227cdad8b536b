// ccri-explorer --explain-scopes (and --export-jwks), run as a user would: the real binary, no
// display at all.
#include "app/crypto/JwkSet.h"
#include "app/crypto/SigningKey.h"
#include "tests/support/DemoScopes.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    void usesAPolicyFile();
    void helpAndVersion();
    void exportsAKeyFilesPublicJwkSet();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList& arguments);
    QTemporaryDir m_dir;
};

TestExplainScopesCli::Result TestExplainScopesCli::run(const QStringList& arguments)
{
    QProcess process;
    // No display of any kind: the windowless commands must not need one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(ccri::test::TestPaths::executable(QStringLiteral("ccri-explorer")), arguments);
    if (!process.waitForFinished(30000))
        qWarning("ccri-explorer did not finish: %s", qPrintable(process.errorString()));
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
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
        QCOMPARE(element.keys(), QStringList({"granted", "needs", "type"}));
        lines.append(QStringLiteral("%1:%2:%3")
                         .arg(element.value(QLatin1String("type")).toString())
                         .arg(element.value(QLatin1String("granted")).toBool() ? 1 : 0)
                         .arg(element.value(QLatin1String("needs")).toString()));
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
