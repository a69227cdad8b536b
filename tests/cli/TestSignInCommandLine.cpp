// The sign-in options of the explorer's command line: --sandbox, --server, --client-id, --scope,
// --redirect-uri, --sign-in, and the combinations refused with a sentence.
#include "app/cli/ExplorerCommandLine.h"

#include <QTest>

using ccri::ExplorerCommandLine;
using Mode = ccri::ExplorerCommandLine::Mode;

class TestSignInCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void accepted()
    {
        ExplorerCommandLine line;
        QVERIFY(line.parse({"ccri-explorer", "--server", "https://example.org/fhir/STU3", "--client-id", "my-app",
                            "--scope", "user/Patient.read  openid", "--policy", "smart", "--redirect-uri",
                            "http://127.0.0.1/callback", "--sign-in"}));
        QCOMPARE(line.mode(), Mode::Window);
        QCOMPARE(line.server(), QUrl("https://example.org/fhir/STU3"));
        QCOMPARE(line.clientId(), QStringLiteral("my-app"));
        QCOMPARE(line.scope(), QStringLiteral("user/Patient.read openid"));
        QCOMPARE(line.policy(), QStringLiteral("smart"));
        QCOMPARE(line.redirectUri(), QUrl("http://127.0.0.1/callback"));
        QVERIFY(line.signIn());
        QVERIFY(!line.sandbox());

        ExplorerCommandLine sandbox;
        QVERIFY(sandbox.parse({"ccri-explorer", "--sandbox", "--sign-in"}));
        QVERIFY(sandbox.sandbox());
        QVERIFY(sandbox.signIn());
        QVERIFY(!sandbox.server().isValid());
        QVERIFY(!sandbox.scopeGiven());
        QCOMPARE(sandbox.fhirVersion(), QStringLiteral("STU3"));

        // The sandbox's UK Core R4 base (scripts/run --r4).
        ExplorerCommandLine r4;
        QVERIFY2(r4.parse({"ccri-explorer", "--sandbox", "--sign-in", "--fhir-version", "r4"}),
                 qPrintable(r4.errorText()));
        QCOMPARE(r4.fhirVersion(), QStringLiteral("R4"));

        // Loopback redirects, with or without a port, and localhost.
        for (const char* uri : {"http://127.0.0.1:8765/callback", "http://localhost/cb", "http://[::1]/callback"}) {
            ExplorerCommandLine loopback;
            QVERIFY2(loopback.parse({"ccri-explorer", "--sandbox", "--redirect-uri", QString::fromLatin1(uri)}),
                     qPrintable(loopback.errorText()));
            QCOMPARE(loopback.redirectUri(), QUrl(QString::fromLatin1(uri)));
        }
    }

    void backendService()
    {
        ExplorerCommandLine line;
        QVERIFY2(line.parse({"ccri-explorer", "--server", "https://example.org/fhir", "--client-id", "svc", "--system",
                             "--private-key", "/tmp/k.pem", "--signing-alg", "ES384", "--sign-in"}),
                 qPrintable(line.errorText()));
        QCOMPARE(line.mode(), Mode::Window);
        QVERIFY(line.system());
        QCOMPARE(line.privateKeyFile(), QStringLiteral("/tmp/k.pem"));
        QCOMPARE(line.signingAlgorithm(), QStringLiteral("ES384"));
        ExplorerCommandLine defaults;
        QVERIFY(defaults.parse({"ccri-explorer", "--server", "https://x/fhir", "--client-id", "a", "--system"}));
        QCOMPARE(defaults.signingAlgorithm(), QStringLiteral("RS384"));
        QVERIFY(defaults.privateKeyFile().isEmpty());
        ExplorerCommandLine exportJwks;
        QVERIFY(exportJwks.parse({"ccri-explorer", "--server", "https://x/fhir", "--client-id", "a", "--export-jwks"}));
        QCOMPARE(exportJwks.mode(), Mode::ExportJwks);
        ExplorerCommandLine exportFile; // a key file's public half
        QVERIFY(
            exportFile.parse({"ccri-explorer", "--private-key", "k.pem", "--signing-alg", "RS384", "--export-jwks"}));
        QCOMPARE(exportFile.mode(), Mode::ExportJwks);
        QCOMPARE(exportFile.privateKeyFile(), QStringLiteral("k.pem"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        QTest::newRow("server without client id") << QStringList({"--server", "https://x/fhir"}) << "go together";
        QTest::newRow("client id without server") << QStringList({"--client-id", "a"}) << "go together";
        QTest::newRow("both sandbox and server")
            << QStringList({"--sandbox", "--server", "https://x/fhir", "--client-id", "a"}) << "not both";
        QTest::newRow("server not http") << QStringList({"--server", "ftp://x/fhir", "--client-id", "a"})
                                         << "http:// or https://";
        QTest::newRow("scope without a profile") << QStringList({"--scope", "openid"}) << "give --sandbox or --server";
        QTest::newRow("with explain-scopes")
            << QStringList({"--explain-scopes", "openid", "--sign-in"}) << "cannot be combined with --explain-scopes";
        QTest::newRow("twice") << QStringList({"--sandbox", "--scope", "a", "--scope", "b"}) << "more than once";
        QTest::newRow("relative redirect")
            << QStringList({"--sandbox", "--redirect-uri", "/callback"}) << "absolute URI";
        // The embedded browser never sees a redirect to a private-use scheme: sign-in would hang.
        QTest::newRow("private-use scheme redirect")
            << QStringList({"--sandbox", "--redirect-uri", "uk.nhs.ccri.explorer:/callback"})
            << "The embedded browser can't catch a redirect to “uk.nhs.ccri.explorer:/callback”";
        QTest::newRow("system without server") << QStringList({"--system"}) << "give --server and --client-id";
        QTest::newRow("key without server") << QStringList({"--private-key", "k.pem"}) << "give --server";
        QTest::newRow("unknown alg") << QStringList(
            {"--server", "https://x/fhir", "--client-id", "a", "--private-key", "k.pem", "--signing-alg", "HS256"})
                                     << "is not one of RS384, ES384, RS512, RS256";
        QTest::newRow("alg without key") << QStringList(
            {"--server", "https://x/fhir", "--client-id", "a", "--signing-alg", "RS512"})
                                         << "give the key file with it";
        QTest::newRow("export without server")
            << QStringList({"--export-jwks"}) << "needs either --server and --client-id";
        QTest::newRow("export with sign-in")
            << QStringList({"--server", "https://x/fhir", "--client-id", "a", "--export-jwks", "--sign-in"})
            << "cannot be combined with --sign-in";
        QTest::newRow("unknown FHIR version")
            << QStringList({"--sandbox", "--fhir-version", "R5"}) << "--fhir-version \"R5\" is not STU3 or R4";
        QTest::newRow("FHIR version without sandbox")
            << QStringList({"--fhir-version", "R4"}) << "give it once, with --sandbox";
        QTest::newRow("redirect without a host")
            << QStringList({"--server", "https://x/fhir", "--client-id", "a", "--redirect-uri", "http:/callback"})
            << "http://127.0.0.1/callback";
    }
    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        ExplorerCommandLine line;
        QVERIFY(!line.parse(QStringList({"ccri-explorer"}) + arguments));
        QCOMPARE(line.mode(), Mode::Error);
        QVERIFY2(line.errorText().contains(words), qPrintable(line.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestSignInCommandLine)
#include "TestSignInCommandLine.moc"
