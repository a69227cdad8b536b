// What the command line means, before any window exists.
#include "app/cli/ExplorerCommandLine.h"

#include <QTest>

using ccri::ExplorerCommandLine;
using Mode = ccri::ExplorerCommandLine::Mode;

Q_DECLARE_METATYPE(ccri::ExplorerCommandLine::Mode)

class TestExplorerCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void decidesTheMode_data();
    void decidesTheMode();
    void readsExplainScopes();
    void readsPreviewScopes();
    void readsPatientNhsNumber();
};

void TestExplorerCommandLine::decidesTheMode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("nothing: the window") << QStringList() << Mode::Window << "";
    QTest::newRow("--help") << QStringList({"--help"}) << Mode::Help << "";
    QTest::newRow("-h") << QStringList({"-h"}) << Mode::Help << "";
    QTest::newRow("--version") << QStringList({"--version"}) << Mode::Version << "";
    QTest::newRow("--explain-scopes") << QStringList({"--explain-scopes", "profile"}) << Mode::ExplainScopes << "";
    QTest::newRow("--explain-scopes= form")
        << QStringList({"--explain-scopes=user/Patient.read", "--json"}) << Mode::ExplainScopes << "";
    QTest::newRow("--policy alone: the window") << QStringList({"--policy", "smart"}) << Mode::Window << "";
    QTest::newRow("Qt's own window options pass")
        << QStringList({"-platform", "offscreen", "-reverse"}) << Mode::Window << "";
    QTest::newRow("unknown option") << QStringList({"--bogus"}) << Mode::Error << "bogus";
    QTest::newRow("missing value") << QStringList({"--explain-scopes"}) << Mode::Error << "explain-scopes";
    QTest::newRow("--json without --explain-scopes") << QStringList({"--json"}) << Mode::Error << "--json";
    QTest::newRow("unquoted scopes") << QStringList({"--explain-scopes", "openid", "profile"}) << Mode::Error
                                     << "profile";
    QTest::newRow("two policies") << QStringList(
        {"--explain-scopes", "openid", "--policy", "ccri", "--policy", "smart"})
                                  << Mode::Error << "more than once";
    QTest::newRow("empty policy") << QStringList({"--policy", " "}) << Mode::Error << "--policy";
    QTest::newRow("patient NHS number") << QStringList({"--patient-nhs-number", "987 654 3210"}) << Mode::Window << "";
    QTest::newRow("patient NHS number, bad check digit")
        << QStringList({"--patient-nhs-number", "9876543211"}) << Mode::Error << "check digit";
    QTest::newRow("patient NHS number and explain")
        << QStringList({"--explain-scopes", "openid", "--patient-nhs-number", "9876543210"}) << Mode::Error
        << "--patient-nhs-number";
    QTest::newRow("preview and explain") << QStringList({"--explain-scopes", "openid", "--preview-scopes", "openid"})
                                         << Mode::Error << "--preview-scopes";
}

void TestExplorerCommandLine::decidesTheMode()
{
    QFETCH(QStringList, arguments);
    QFETCH(Mode, mode);
    QFETCH(QString, errorMentions);
    ExplorerCommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList({"ccri-explorer"}) + arguments), mode != Mode::Error);
    QCOMPARE(commandLine.mode(), mode);
    if (mode == Mode::Error)
        QVERIFY2(commandLine.errorText().contains(errorMentions), qPrintable(commandLine.errorText()));
    else
        QVERIFY(commandLine.errorText().isEmpty());
}

void TestExplorerCommandLine::readsExplainScopes()
{
    ExplorerCommandLine commandLine;
    QVERIFY(commandLine.parse(
        {"ccri-explorer", "--explain-scopes", "openid user/Patient.read", "--policy", "/tmp/p.json", "--json"}));
    QCOMPARE(commandLine.explainScopes(), QStringLiteral("openid user/Patient.read"));
    QCOMPARE(commandLine.policy(), QStringLiteral("/tmp/p.json"));
    QVERIFY(commandLine.policyGiven());
    QVERIFY(commandLine.json());

    ExplorerCommandLine defaults;
    QVERIFY(defaults.parse({"ccri-explorer", "--explain-scopes", "openid"}));
    QCOMPARE(defaults.policy(), QStringLiteral("ccri"));
    QVERIFY(!defaults.policyGiven());
    QVERIFY(!defaults.json());
}

void TestExplorerCommandLine::readsPreviewScopes()
{
    ExplorerCommandLine commandLine;
    QVERIFY(commandLine.parse({"ccri-explorer", "--preview-scopes", "profile", "--policy", "smart"}));
    QCOMPARE(commandLine.mode(), Mode::Window);
    QVERIFY(commandLine.previewScopesGiven());
    QCOMPARE(commandLine.previewScopes(), QStringLiteral("profile"));
    QCOMPARE(commandLine.policy(), QStringLiteral("smart"));
}

void TestExplorerCommandLine::readsPatientNhsNumber()
{
    ExplorerCommandLine commandLine;
    QVERIFY(commandLine.parse({"ccri-explorer", "--sandbox", "--patient-nhs-number", "987 654 3210"}));
    QCOMPARE(commandLine.patientNhsNumber(), QStringLiteral("9876543210"));
    ExplorerCommandLine without;
    QVERIFY(without.parse({"ccri-explorer"}));
    QVERIFY(without.patientNhsNumber().isEmpty());
}

QTEST_GUILESS_MAIN(TestExplorerCommandLine)
#include "TestExplorerCommandLine.moc"
