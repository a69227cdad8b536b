// Signed-JWT client authentication (private_key_jwt, RFC 7523; SMART App Launch 2.2 "Client
// Authentication: Asymmetric") and SMART Backend Services, end to end against the real sandbox over
// loopback and the real keyring: the explorer registers itself (RFC 7591) with a key it made, signs
// in as a backend service with each algorithm, fetches a new token before the old one expires, says
// in words which rule a refused assertion broke, imports a key from the command line, prints the
// public JWK Set, and keeps the private key in the keychain only.
#include "app/auth/ClientAssertion.h"
#include "app/auth/ClientRegistration.h"
#include "app/auth/Discovery.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/cli/ExplorerCommandLine.h"
#include "app/cli/ExportJwksCommand.h"
#include "app/crypto/CompactJws.h"
#include "app/crypto/JwkSet.h"
#include "app/fhir/FhirClient.h"
#include "app/net/RequestLog.h"
#include "sandbox/auth/DemoClientKey.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/ExplorerUnderTest.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "tests/support/SteppedClock.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/browser/TokenInspectorDock.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/ProfilesDialog.h"
#include "ui/signin/SessionStatusWidget.h"

#include <nlohmann/json.hpp>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ccri;
using ccri::test::SignInTestSupport;

namespace {
const char* kNoKeychainChild = "--no-keychain-child";
const QString kScopes = QStringLiteral("system/Patient.read system/Observation.read");

std::optional<auth::SmartConfiguration> discover(QNetworkAccessManager* network, const QUrl& fhirBase)
{
    auth::Discovery discovery(network);
    std::optional<auth::SmartConfiguration> found;
    bool done = false;
    QObject::connect(&discovery, &auth::Discovery::finished, [&](const auth::SmartConfiguration& configuration) {
        found = configuration;
        done = true;
    });
    QObject::connect(&discovery, &auth::Discovery::failed, [&](const QString&) { done = true; });
    discovery.start(fhirBase);
    (void)QTest::qWaitFor([&done] { return done; }, 20000);
    return found;
}

// The explorer's registration step (RFC 7591) with the public half of `key`: the client id, or empty.
QString registerClient(QNetworkAccessManager* network, const QUrl& endpoint, const crypto::SigningKey& key,
                       QString* error)
{
    auth::ClientRegistration registration(network, endpoint);
    QString clientId;
    bool done = false;
    QObject::connect(&registration, &auth::ClientRegistration::registered, [&](const QString& id) {
        clientId = id;
        done = true;
    });
    QObject::connect(&registration, &auth::ClientRegistration::failed, [&](const QString& message) {
        *error = message;
        done = true;
    });
    registration.start(QStringLiteral("Explorer test backend"), crypto::JwkSet({key.verifyingKey()}),
                       {QStringLiteral("client_credentials")}, kScopes);
    (void)QTest::qWaitFor([&done] { return done; }, 20000);
    return clientId;
}

auth::ServerProfile backendProfile(const QUrl& fhirBase, const QString& clientId, const QString& algorithm)
{
    auth::ServerProfile profile;
    profile.id = QStringLiteral("backend-%1").arg(clientId);
    profile.displayName = QStringLiteral("Backend %1").arg(algorithm);
    profile.fhirBase = fhirBase;
    profile.clientId = clientId;
    profile.clientType = auth::ServerProfile::ClientType::SignedJwt;
    profile.signingAlgorithm = algorithm;
    profile.signInMode = auth::ServerProfile::SignInMode::ClientCredentials;
    profile.policy = QStringLiteral("ccri");
    profile.scopes = kScopes;
    profile.redirectUri = auth::ServerProfile::defaultRedirectUri(profile.signInMode);
    return profile;
}

bool saveKey(auth::TokenStore* tokens, const auth::ServerProfile& profile, const crypto::SigningKey& key)
{
    bool saved = false;
    auth::SigningKeyStore::save(tokens, profile, key,
                                [&saved](auth::TokenStore::Result, const QString&) { saved = true; });
    return QTest::qWaitFor([&saved] { return saved; }, 20000);
}

// Signs in with the profile; the session, or nullptr and the failure's sentence in *failure.
auth::Session* signIn(AccountController* account, const auth::ServerProfile& profile, QString* failure)
{
    account->profiles()->save(profile);
    account->selectProfile(profile.id);
    QSignalSpy changed(account, &AccountController::sessionChanged);
    QSignalSpy failed(account, &AccountController::signInFailed);
    account->signIn();
    (void)QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30000);
    if (!failed.isEmpty() && failure)
        *failure = failed.first().first().toString();
    return failed.isEmpty() ? account->session() : nullptr;
}

int readPatients(auth::Session* session, const QUrl& fhirBase)
{
    QNetworkAccessManager network;
    fhir::FhirClient client(&network, session, nullptr);
    client.setBaseUrl(fhirBase);
    fhir::FhirReply* reply = client.search(QStringLiteral("Patient"), QUrlQuery());
    int status = -1;
    QObject::connect(reply, &fhir::FhirReply::finished, [&status, reply] { status = reply->response().httpStatus; });
    (void)QTest::qWaitFor([&status] { return status != -1; }, 20000);
    return status;
}
} // namespace

class TestBackendService : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void initTestCase(); // (init, cleanup and cleanupTestCase: SignInTestCase's)
    void discoveryAdvertisesSignedJwt();
    void registersThenSignsInWithEachAlgorithm_data();
    void registersThenSignsInWithEachAlgorithm();
    void fetchesANewTokenBeforeTheOldOneExpires();
    void refusalsNameTheBrokenRule();
    void commandLineImportsTheKeyAndSignsIn();
    void backendDemoSignsInWithTheSandboxKey();
    void profilesDialogMakesAKeyRegistersAndSignsIn();
    void exportJwksPrintsThePublicKeySet();
    void noKeychainKeepsTheKeyInMemoryAndSaysSo();

private:
    // A new key, registered with the sandbox: the profile (key saved in the keychain) and the key.
    std::optional<std::pair<auth::ServerProfile, crypto::SigningKey>> registeredBackend(const QString& algorithm);
    void noteKey(const auth::ServerProfile& profile, const crypto::SigningKey& key);
    // What main() does with a parsed command line: the start request (its key read from pemPath, which
    // is then deleted: the key is in the keychain), the shell started, and the sign-in waited for.
    void startFromCommandLine(const ExplorerCommandLine& line, const QString& pemPath,
                              std::optional<ExplorerStart>* request);

    QNetworkAccessManager m_network;
    std::optional<auth::SmartConfiguration> m_configuration;
};

void TestBackendService::initTestCase()
{
    startSandbox(5); // 5-second tokens: the 80 % re-fetch comes after 4 seconds
    m_configuration = discover(&m_network, m_server->fhirBase());
    QVERIFY(m_configuration);
    // The private key's PEM marker must be in no file the app wrote, settings included.
    m_secrets << QStringLiteral("PRIVATE KEY");
}

void TestBackendService::noteKey(const auth::ServerProfile& profile, const crypto::SigningKey& key)
{
    m_keys << profile.signingKeyKey() << profile.tokenKey(profile.clientId);
    // A line of the key's base64 body: no file may hold it.
    const QList<QByteArray> lines = key.toPem().split('\n');
    if (lines.size() > 2)
        m_secrets << QString::fromLatin1(lines.at(1));
}

std::optional<std::pair<auth::ServerProfile, crypto::SigningKey>>
TestBackendService::registeredBackend(const QString& algorithm)
{
    QString error;
    auto key = crypto::SigningKey::generate(*crypto::JwsAlgorithm::fromName(algorithm), &error);
    if (!key) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    const QString clientId = registerClient(&m_network, m_configuration->registrationEndpoint, *key, &error);
    if (clientId.isEmpty()) {
        qWarning("registration: %s", qPrintable(error));
        return std::nullopt;
    }
    const auth::ServerProfile profile = backendProfile(m_server->fhirBase(), clientId, algorithm);
    noteKey(profile, *key);
    if (!saveKey(m_app.account()->tokens(), profile, *key))
        return std::nullopt;
    return std::make_pair(profile, *key);
}

void TestBackendService::startFromCommandLine(const ExplorerCommandLine& line, const QString& pemPath,
                                              std::optional<ExplorerStart>* request)
{
    QString error;
    *request = ExplorerStart::fromCommandLine(line, &error);
    QVERIFY2(*request, qPrintable(error));
    QVERIFY(QFile::remove(pemPath)); // the file may go: the key is in the keychain
    QSignalSpy changed(m_app.account(), &AccountController::sessionChanged);
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    QVERIFY(m_app.shell()->start(**request, &error));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QVERIFY(m_app.account()->session());
}

void TestBackendService::discoveryAdvertisesSignedJwt()
{
    // SMART App Launch 2.2 §2.1.4: what the explorer looks for before it offers a signed JWT.
    QVERIFY(m_configuration->advertisesSignedJwt());
    QVERIFY(m_configuration->tokenEndpointAuthMethods.contains(QLatin1String("private_key_jwt")));
    QVERIFY(m_configuration->tokenEndpointSigningAlgorithms.contains(QLatin1String("RS384")));
    QVERIFY(m_configuration->tokenEndpointSigningAlgorithms.contains(QLatin1String("ES384")));
    QVERIFY(!m_configuration->registrationEndpoint.isEmpty());
}

void TestBackendService::registersThenSignsInWithEachAlgorithm_data()
{
    QTest::addColumn<QString>("algorithm");
    for (const char* name : {"RS384", "ES384", "RS512", "RS256"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestBackendService::registersThenSignsInWithEachAlgorithm()
{
    QFETCH(QString, algorithm);
    const auto backend = registeredBackend(algorithm);
    QVERIFY(backend);
    QString failure;
    auth::Session* session = signIn(m_app.account(), backend->first, &failure);
    QVERIFY2(session, qPrintable(failure));
    SignInTestSupport::collectSecrets(session, &m_secrets);
    // SMART Backend Services: no refresh token, system/ scopes, the tabs they open under the policy.
    QVERIFY(session->tokens().refreshToken.isEmpty());
    QVERIFY2(session->tokens().scope.contains(QLatin1String("system/Patient.read")),
             qPrintable(session->tokens().scope));
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), QStringList({"Patient", "Observation", "Procedure"}));
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
    QCOMPARE(readPatients(session, m_server->fhirBase()), 200);
    // The token inspector's "last client assertion": RFC 7523 §3 claims and the SMART header.
    const auto parsed = crypto::CompactJws::parse(session->clientAssertion().toLatin1());
    QVERIFY(parsed);
    QCOMPARE(QString::fromStdString(parsed->header["alg"].get<std::string>()), algorithm);
    QCOMPARE(QString::fromStdString(parsed->header["kid"].get<std::string>()), backend->second.thumbprint());
    QCOMPARE(QString::fromStdString(parsed->header["typ"].get<std::string>()), QStringLiteral("JWT"));
    QCOMPARE(QString::fromStdString(parsed->claims["iss"].get<std::string>()), backend->first.clientId);
    QCOMPARE(QString::fromStdString(parsed->claims["sub"].get<std::string>()), backend->first.clientId);
    QCOMPARE(QUrl(QString::fromStdString(parsed->claims["aud"].get<std::string>())), m_configuration->tokenEndpoint);
    QVERIFY(parsed->claims["exp"].get<qint64>() - parsed->claims["iat"].get<qint64>() <= 300);
    // The request log holds the assertion without its signature.
    bool logged = false;
    const net::RequestLog* log = m_app.shell()->browser()->requestLog();
    for (int i = 0; i < log->size(); ++i) {
        const QByteArray body = log->at(i).requestBody;
        if (!body.contains("client_assertion="))
            continue;
        logged = true;
        QVERIFY(!body.contains(session->clientAssertion().section(QLatin1Char('.'), 2).toLatin1()));
    }
    QVERIFY(logged);
}

void TestBackendService::fetchesANewTokenBeforeTheOldOneExpires()
{
    const auto backend = registeredBackend(QStringLiteral("ES384"));
    QVERIFY(backend);
    test::SteppedClock clock;
    QString failure;
    auth::Session* session = signIn(m_app.account(), backend->first, &failure);
    QVERIFY2(session, qPrintable(failure));
    SignInTestSupport::collectSecrets(session, &m_secrets);
    QVERIFY(session->tokens().refreshToken.isEmpty());
    QVERIFY(session->canRenew());
    QCOMPARE(session->tokens().lifetimeSeconds(), 5);
    // 80 % of the lifetime, from the clock seam; no refresh token needed.
    QCOMPARE(session->tokens().issuedAt.msecsTo(session->refreshDue()), 4000);
    const QString before = session->accessToken();
    const QString assertionBefore = session->clientAssertion();
    QSignalSpy renewed(session, &auth::Session::tokensChanged);
    QVERIFY(renewed.wait(8000));
    QVERIFY(session->accessToken() != before);
    QVERIFY(session->secondsLeft() > 0);
    QVERIFY(session->clientAssertion() != assertionBefore); // a fresh assertion (a new jti)
    SignInTestSupport::collectSecrets(session, &m_secrets);
    // The clock seam: a session whose clock is past the due time asks at once.
    session->setClock(&clock);
    clock.advance(4);
    QSignalSpy again(session, &auth::Session::tokensChanged);
    QVERIFY(again.wait(8000));
    session->setClock(nullptr);
    SignInTestSupport::collectSecrets(session, &m_secrets);
    QCOMPARE(readPatients(session, m_server->fhirBase()), 200);
}

void TestBackendService::refusalsNameTheBrokenRule()
{
    const auto backend = registeredBackend(QStringLiteral("RS384"));
    QVERIFY(backend);
    const auth::ServerProfile& profile = backend->first;
    const crypto::SigningKey& key = backend->second;
    auto ask = [&](auth::TokenClient& client) {
        QString error;
        bool done = false;
        client.clientCredentials(kScopes, [&](std::optional<auth::TokenRecord> record, const QString& message) {
            if (record)
                m_secrets << record->accessToken;
            error = message;
            done = true;
        });
        (void)QTest::qWaitFor([&done] { return done; }, 20000);
        return error;
    };
    auto clientFor = [&](const QString& clientId, const crypto::SigningKey& signingKey) {
        auto client = std::make_unique<auth::TokenClient>(&m_network, *m_configuration, clientId);
        client->setSigningKey(signingKey);
        return client;
    };

    // iss/sub: a client id the server does not know.
    QString error = ask(*clientFor(QStringLiteral("no-such-client"), key));
    QVERIFY2(error.contains(QLatin1String("does not know the client id \"no-such-client\"")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("The server said: \"")), qPrintable(error));

    // aud: the token endpoint of another URL.
    auto wrongAudience = clientFor(profile.clientId, key);
    wrongAudience->setAssertionAudience(QUrl(QStringLiteral("https://elsewhere.example/token")));
    error = ask(*wrongAudience);
    QVERIFY2(error.contains(QLatin1String("audience (aud)")), qPrintable(error));
    QVERIFY2(error.contains(m_configuration->tokenEndpoint.toString()), qPrintable(error));

    // kid: a key the server does not know.
    const auto stranger = crypto::SigningKey::generate(crypto::JwsAlgorithm::Id::RS384);
    QVERIFY(stranger);
    error = ask(*clientFor(profile.clientId, *stranger));
    QVERIFY2(error.contains(QLatin1String("(its kid)")), qPrintable(error));

    // exp: an assertion from a clock ten minutes slow has expired; ten minutes fast, too far ahead.
    test::SteppedClock clock;
    auto slow = clientFor(profile.clientId, key);
    slow->setClock(&clock);
    clock.advance(-600);
    error = ask(*slow);
    QVERIFY2(error.contains(QLatin1String("had expired (exp)")), qPrintable(error));
    clock.advance(1200);
    error = ask(*slow);
    QVERIFY2(error.contains(QLatin1String("expiry (exp) is too far ahead")), qPrintable(error));

    // jti: the same assertion twice.
    auto replay = clientFor(profile.clientId, key);
    QVERIFY(ask(*replay).isEmpty());
    replay->setNextAssertion(replay->lastAssertion());
    error = ask(*replay);
    QVERIFY2(error.contains(QLatin1String("jti was missing or already used")), qPrintable(error));

    // The key set at the registered jwks_uri can't be fetched: a loopback port nobody listens on.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl deadJwks(QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(closed.serverPort()));
    closed.close();
    const nlohmann::json metadata {{"client_name", "Unreachable keys"},
                                   {"token_endpoint_auth_method", "private_key_jwt"},
                                   {"jwks_uri", deadJwks.toString().toStdString()},
                                   {"grant_types", {"client_credentials"}},
                                   {"scope", kScopes.toStdString()}};
    QNetworkRequest request(m_configuration->registrationEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.post(request, QByteArray::fromStdString(metadata.dump()));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QString unreachableId = QJsonDocument::fromJson(reply->readAll()).object().value("client_id").toString();
    QVERIFY(!unreachableId.isEmpty());
    error = ask(*clientFor(unreachableId, key));
    QVERIFY2(error.contains(QLatin1String("could not fetch this client's public keys")), qPrintable(error));

    // Through the explorer: a profile with a client id the server does not know says so at sign-in.
    auth::ServerProfile unknown = profile;
    unknown.id = QStringLiteral("unknown-client");
    unknown.clientId = QStringLiteral("not-registered");
    QVERIFY(saveKey(m_app.account()->tokens(), unknown, key));
    m_keys << unknown.signingKeyKey();
    QString failure;
    QVERIFY(!signIn(m_app.account(), unknown, &failure));
    QVERIFY2(failure.contains(QLatin1String("does not know the client id \"not-registered\"")), qPrintable(failure));
}

void TestBackendService::commandLineImportsTheKeyAndSignsIn()
{
    const auto key = crypto::SigningKey::generate(crypto::JwsAlgorithm::Id::RS512);
    QVERIFY(key);
    QString error;
    const QString clientId = registerClient(&m_network, m_configuration->registrationEndpoint, *key, &error);
    QVERIFY2(!clientId.isEmpty(), qPrintable(error));
    // The key file outside the scratch home, deleted once imported.
    QTemporaryDir folder;
    const QString pemPath = folder.filePath(QStringLiteral("backend.pem"));
    {
        QFile pem(pemPath);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(key->toPem());
    }
    ExplorerCommandLine line;
    QVERIFY2(
        line.parse({"ccri-explorer", "--server", m_server->fhirBase().toString(), "--client-id", clientId, "--system",
                    "--private-key", pemPath, "--signing-alg", "RS512", "--scope", kScopes, "--sign-in"}),
        qPrintable(line.errorText()));
    std::optional<ExplorerStart> request;
    startFromCommandLine(line, pemPath, &request);
    if (QTest::currentTestFailed())
        return;
    auth::Session* session = m_app.account()->session();
    const auth::ServerProfile profile = m_app.account()->currentProfile();
    noteKey(profile, *key);
    SignInTestSupport::collectSecrets(session, &m_secrets);
    QCOMPARE(profile.clientType, auth::ServerProfile::ClientType::SignedJwt);
    QCOMPARE(profile.signInMode, auth::ServerProfile::SignInMode::ClientCredentials);
    QCOMPARE(profile.signingAlgorithm, QStringLiteral("RS512"));
    QVERIFY(session->tokens().refreshToken.isEmpty());
    QCOMPARE(readPatients(session, m_server->fhirBase()), 200);

    // --export-jwks for the same profile: the public JWK Set, kid the RFC 7638 thumbprint.
    ExplorerCommandLine exportLine;
    QVERIFY(exportLine.parse(
        {"ccri-explorer", "--server", m_server->fhirBase().toString(), "--client-id", clientId, "--export-jwks"}));
    QCOMPARE(exportLine.mode(), ExplorerCommandLine::Mode::ExportJwks);
    QSettings settings(m_home->path() + QStringLiteral("/config/%1.ini").arg(QTest::currentTestFunction()),
                       QSettings::IniFormat);
    ExportJwksCommand command(&settings, m_app.account()->tokens());
    int code = -1;
    QString output;
    command.run(exportLine.server(), exportLine.clientId(), [&](int exitCode, const QString& text, const QString& e) {
        code = exitCode;
        output = text + e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(code != -1, 20000);
    QCOMPARE(code, 0);
    const auto set = crypto::JwkSet::parse(output.toUtf8(), &error); // refuses private members
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(int(set->keys().size()), 1);
    QCOMPARE(set->keys().front().kid(), key->thumbprint());
    QVERIFY(!output.contains(QLatin1String("PRIVATE")));
}

void TestBackendService::backendDemoSignsInWithTheSandboxKey()
{
    // The sandbox's default backend service: `ccri-sandbox --write-demo-key FILE`, then the command line.
    QTemporaryDir folder;
    const QString pemPath = folder.filePath(QStringLiteral("backend-demo.pem"));
    QString error;
    QVERIFY2(sandbox::DemoClientKey::write(pemPath, &error), qPrintable(error));
    ExplorerCommandLine line;
    QVERIFY2(line.parse({"ccri-explorer", "--server", m_server->fhirBase().toString(), "--client-id", "backend-demo",
                         "--system", "--private-key", pemPath, "--signing-alg", "ES384", "--sign-in"}),
             qPrintable(line.errorText()));
    std::optional<ExplorerStart> request;
    startFromCommandLine(line, pemPath, &request);
    if (QTest::currentTestFailed())
        return;
    auth::Session* session = m_app.account()->session();
    noteKey(m_app.account()->currentProfile(), *request->signingKey);
    SignInTestSupport::collectSecrets(session, &m_secrets);
    // Without --scope: the policy's read scopes as system/ scopes.
    QVERIFY2(m_app.account()->currentProfile().scopes.startsWith(QLatin1String("system/Patient.read")),
             qPrintable(m_app.account()->currentProfile().scopes));
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).contains(QLatin1String("Patient")));
    QCOMPARE(readPatients(session, m_server->fhirBase()), 200);
    // No RFC 8707 `resource` asked: the token is for both bases (aud an array), UK Core R4 reads with it too.
    QCOMPARE(readPatients(session, m_server->urls().fhirBase(sandbox::FhirRelease::R4)), 200);
    const QString claims = m_app.shell()->browser()->tokenInspector()->claimsText();
    QVERIFY2(claims.contains(m_server->urls().fhirBase(sandbox::FhirRelease::R4).toString()), qPrintable(claims));
}

void TestBackendService::profilesDialogMakesAKeyRegistersAndSignsIn()
{
    m_app.account()->showProfiles();
    ProfilesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_app.window()->findChild<ProfilesDialog*>()));
    const auto child = [dialog](const char* name) { return dialog->findChild<QWidget*>(QLatin1String(name)); };
    qobject_cast<QPushButton*>(child("profileAdd"))->click();
    qobject_cast<QLineEdit*>(child("profileName"))->setText(QStringLiteral("Dialog backend"));
    qobject_cast<QLineEdit*>(child("profileFhirBase"))->setText(m_server->fhirBase().toString());
    auto* type = qobject_cast<QComboBox*>(child("profileClientType"));
    type->setCurrentIndex(type->findData(QStringLiteral("private-key-jwt")));
    auto* mode = qobject_cast<QComboBox*>(child("profileSignInMode"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("client-credentials")));
    auto* algorithm = qobject_cast<QComboBox*>(child("profileSigningAlg"));
    algorithm->setCurrentIndex(algorithm->findData(QStringLiteral("ES384")));
    qobject_cast<QPlainTextEdit*>(child("profileScopes"))->setPlainText(kScopes);
    auto* copy = qobject_cast<QPushButton*>(child("profileCopyJwks"));
    QVERIFY(!copy->isEnabled()); // no key yet
    qobject_cast<QPushButton*>(child("profileGenerateKey"))->click(); // off the GUI thread
    QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), 30000);
    const std::optional<crypto::SigningKey> key = dialog->signingKey();
    QVERIFY(key);
    QVERIFY(qobject_cast<QLabel*>(child("profileKeyStatus"))->text().contains(key->thumbprint()));
    copy->click();
    const auto copied = crypto::JwkSet::parse(QApplication::clipboard()->text().toUtf8());
    QVERIFY(copied && copied->find(key->thumbprint()));
    // Register this app with the server (RFC 7591): the client id comes back and the profile is saved.
    auto* status = qobject_cast<QLabel*>(child("profileStatus"));
    qobject_cast<QPushButton*>(child("profileRegister"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Registered")), 30000);
    const QString clientId = qobject_cast<QLineEdit*>(child("profileClientId"))->text();
    QVERIFY(!clientId.isEmpty());
    const auto saved = m_app.account()->profiles()->profile(dialog->currentId());
    QVERIFY(saved);
    QCOMPARE(saved->clientId, clientId);
    QCOMPARE(saved->clientType, auth::ServerProfile::ClientType::SignedJwt);
    QCOMPARE(saved->signingAlgorithm, QStringLiteral("ES384"));
    noteKey(*saved, *key);
    dialog->close();
    QString failure;
    auth::Session* session = signIn(m_app.account(), *saved, &failure); // the key from the keychain
    QVERIFY2(session, qPrintable(failure));
    SignInTestSupport::collectSecrets(session, &m_secrets);
    QCOMPARE(readPatients(session, m_server->fhirBase()), 200);
}

void TestBackendService::exportJwksPrintsThePublicKeySet()
{
    // A profile with no key, and no profile at all: each said in words, exit code 2.
    QSettings settings(m_home->path() + QStringLiteral("/config/%1.ini").arg(QTest::currentTestFunction()),
                       QSettings::IniFormat);
    ExportJwksCommand command(&settings, m_app.account()->tokens());
    int code = -1;
    QString error;
    command.run(QUrl(QStringLiteral("https://nowhere.example/fhir")), QStringLiteral("nobody"),
                [&](int exitCode, const QString&, const QString& e) {
                    code = exitCode;
                    error = e;
                });
    QTRY_VERIFY(code != -1);
    QCOMPARE(code, 2);
    QVERIFY2(error.contains(QLatin1String("No profile for https://nowhere.example/fhir")), qPrintable(error));
}

void TestBackendService::noKeychainKeepsTheKeyInMemoryAndSaysSo()
{
    QString output;
    const int exitCode = SignInTestSupport::runWithoutKeychain(QString::fromLatin1(kNoKeychainChild), &output);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("NOTICE: ") + auth::TokenStore::unavailableNotice()), qPrintable(output));
}

// The child: no D-Bus, so no Secret Service. Registers, keeps the key in memory, signs in, reports.
static int runWithoutKeychain(int argc, char** argv)
{
    QApplication app(argc, argv);
    sandbox::SandboxServer server(sandbox::SandboxOptions::ephemeral(3));
    QString error;
    if (!server.start(&error)) {
        qCritical("sandbox: %s", qPrintable(error));
        return 3;
    }
    QNetworkAccessManager network;
    const auto configuration = discover(&network, server.fhirBase());
    if (!configuration)
        return 4;
    const auto key = crypto::SigningKey::generate(crypto::JwsAlgorithm::Id::ES384);
    const QString clientId = registerClient(&network, configuration->registrationEndpoint, *key, &error);
    if (clientId.isEmpty()) {
        qCritical("registration: %s", qPrintable(error));
        return 5;
    }
    test::ScratchHome home;
    test::ExplorerUnderTest explorer;
    explorer.open(home.path(), QUrl(), QStringLiteral("ccri-explorer-test-nokeychain"), false);
    AccountController& account = *explorer.account();
    const auth::ServerProfile profile = backendProfile(server.fhirBase(), clientId, QStringLiteral("ES384"));
    if (!saveKey(account.tokens(), profile, *key))
        return 6;
    auth::Session* session = signIn(&account, profile, &error);
    if (!session) {
        qCritical("sign-in: %s", qPrintable(error));
        return 7;
    }
    QTextStream out(stdout);
    out << "NOTICE: " << account.statusWidget()->noticeText() << Qt::endl;
    if (account.tokens()->isKeychainAvailable())
        return 8;
    if (!home.filesContaining({QStringLiteral("PRIVATE KEY"), session->accessToken()}).isEmpty())
        return 9;
    return 0;
}

int main(int argc, char** argv)
{
    return ccri::test::runSignInTest<TestBackendService>(argc, argv, kNoKeychainChild, runWithoutKeychain);
}

#include "TestBackendService.moc"
