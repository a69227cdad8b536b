// Secrets hygiene: a whole session against the sandbox with the explorer's own classes — discovery,
// authorization (login and consent forms answered as a browser would), code exchange with a
// confidential client, tokens and client secret in the keychain, profile in QSettings, browsing
// through FhirClient and Session, a refresh, sign-out — then every file written under the scratch
// XDG_CONFIG_HOME / XDG_CACHE_HOME / XDG_DATA_HOME, every message the process logged
// (qInstallMessageHandler) and every line of the sandbox's request log are searched for the access
// and refresh tokens (all of them, before and after the refresh), the code, the PKCE verifier and
// the client secret. None may appear, in clear or percent-encoded. A second session signs in as a
// backend service with a signed JWT (private_key_jwt): the private key ("PRIVATE KEY" and its
// base64 body) and the assertions' signatures may be in no file the app wrote, settings included,
// and in no log line; the key is in the keychain only.
#include "app/auth/ClientRegistration.h"
#include "app/auth/Discovery.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "app/auth/SignInFlow.h"
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/crypto/JwkSet.h"
#include "app/fhir/FhirClient.h"
#include "app/net/LoggingNetworkAccessManager.h"
#include "app/net/RequestLog.h"
#include "sandbox/server/InProcessSandbox.h"
#include "tests/hardening/SimulatedTrainee.h"

#include <QDirIterator>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>
#include <QUrlQuery>

using namespace ccri;

namespace {

// qInstallMessageHandler takes a plain function, so the captured lines live here, for this test only.
struct CapturedMessages
{
    QMutex mutex;
    QStringList lines;
    QtMessageHandler previous = nullptr;
};
CapturedMessages* captured = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&captured->mutex);
        captured->lines.append(message);
    }
    if (captured->previous)
        captured->previous(type, context, message);
}

const QString clientSecret = QStringLiteral("hygiene-client-secret-5f1c0e7a9b3d");

} // namespace

class SecretsHygieneTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_ownScratch;
    QStringList m_searchRoots;
    QTemporaryDir m_clientsDir;

    template<typename Done> static bool waitFor(Done done, int ms = 30000) { return QTest::qWaitFor(done, ms); }

    // The request log the user sees (and can copy from): the sign-in's token, refresh and revocation
    // exchanges are there, with every secret cut to its last 4 characters.
    static void findNowhereInTheRequestLog(const QStringList& secrets, const net::RequestLog& log)
    {
        QStringList methods;
        int tokenExchanges = 0;
        for (int i = 0; i < log.size(); ++i) {
            const net::RequestLogEntry& entry = log.at(i);
            methods << QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.url.path();
            if (entry.method == "POST" && entry.url.path().endsWith(QLatin1String("/token"))
                && entry.httpStatus == 200) {
                ++tokenExchanges;
                QVERIFY2(entry.responseBody.contains("access_token"), entry.responseBody.constData());
                QVERIFY2(entry.requestBody.contains("grant_type="), entry.requestBody.constData());
            }
            QByteArray everything
                = entry.url.toEncoded() + entry.requestBody + entry.responseBody + entry.curlCommand().toUtf8();
            for (const auto& header : entry.requestHeaders + entry.responseHeaders)
                everything += header.first + ": " + header.second + '\n';
            for (const QString& secret : secrets) {
                for (const QByteArray& variant : {secret.toUtf8(), QUrl::toPercentEncoding(secret)})
                    QVERIFY2(!everything.contains(variant),
                             qPrintable(QStringLiteral("a secret is in the request log: %1").arg(methods.last())));
            }
        }
        QVERIFY2(tokenExchanges == 2, qPrintable(methods.join(QLatin1String(", ")))); // the code, the refresh
        QVERIFY2(methods.join(QLatin1Char(' ')).contains(QLatin1String("/revoke")),
                 qPrintable(methods.join(QLatin1String(", "))));
    }

    void findNowhere(const QStringList& secrets, const QStringList& sandboxLog)
    {
        QStringList variants;
        for (const QString& secret : secrets) {
            QVERIFY(!secret.isEmpty());
            variants << secret << QString::fromLatin1(QUrl::toPercentEncoding(secret));
        }
        variants.removeDuplicates();
        int files = 0;
        for (const QString& root : m_searchRoots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray content = file.readAll();
                for (const QString& variant : variants)
                    QVERIFY2(!content.contains(variant.toUtf8()),
                             qPrintable(QStringLiteral("a secret is in clear in %1").arg(file.fileName())));
            }
        }
        qInfo("searched %d files, %lld log messages and %lld sandbox log lines for %lld secrets", files,
              qint64(captured->lines.size()), qint64(sandboxLog.size()), qint64(secrets.size()));
        QVERIFY2(files > 0, "the session wrote no file at all: the search would prove nothing");
        QVERIFY(!sandboxLog.isEmpty());
        QMutexLocker lock(&captured->mutex);
        for (const QString& variant : variants) {
            for (const QString& line : captured->lines)
                QVERIFY2(!line.contains(variant),
                         qPrintable(QStringLiteral("a secret is in the log: ") + line.left(80)));
            for (const QString& line : sandboxLog)
                QVERIFY2(!line.contains(variant),
                         qPrintable(QStringLiteral("a secret is in the sandbox's log: ") + line.left(80)));
        }
    }

private slots:
    void initTestCase()
    {
        // scripts/test points the XDG folders at a scratch folder; alone, this test makes its own.
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"}) {
            QString path = qEnvironmentVariable(name);
            if (path.isEmpty() || qEnvironmentVariableIsEmpty("CCRI_TEST_SCRATCH")) {
                path = m_ownScratch.filePath(QString::fromLatin1(name).toLower());
                QDir().mkpath(path);
                qputenv(name, path.toLocal8Bit());
            }
            m_searchRoots.append(path);
        }
        captured = new CapturedMessages;
        captured->previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(captured->previous);
        delete captured;
        captured = nullptr;
    }

    void wholeSessionLeavesNoSecretBehind()
    {
        // A confidential client whose secret we know, beside the sandbox's demo accounts.
        const QString clientsFile = m_clientsDir.filePath(QStringLiteral("clients.json"));
        QFile clients(clientsFile);
        QVERIFY(clients.open(QIODevice::WriteOnly));
        clients.write(QStringLiteral("{\"clients\":[{\"client_id\":\"hygiene-explorer\",\"client_secret\":\"%1\","
                                     "\"redirect_uris\":[\"http://127.0.0.1/callback\"],"
                                     "\"scope\":\"openid fhirUser profile offline_access user/*.* patient/*.*\"}]}")
                          .arg(clientSecret)
                          .toUtf8());
        clients.close();

        sandbox::InProcessSandbox sandbox;
        QStringList sandboxLog;
        connect(&sandbox, &sandbox::InProcessSandbox::requestLogged, this,
                [&](const QString& line) { sandboxLog.append(line); });
        QSignalSpy ready(&sandbox, &sandbox::InProcessSandbox::ready);
        sandbox::SandboxOptions options = sandbox::SandboxOptions::ephemeral(5);
        options.clientsFile = clientsFile;
        sandbox.start(options);
        QVERIFY(ready.wait(60000));

        auth::ServerProfile profile;
        profile.id = QStringLiteral("hygiene");
        profile.displayName = QStringLiteral("Hygiene test sandbox");
        profile.fhirBase = sandbox.fhirBase();
        profile.clientId = QStringLiteral("hygiene-explorer");
        profile.clientType = auth::ServerProfile::ClientType::Confidential;
        profile.scopes = QStringLiteral("user/Patient.read user/Observation.read openid fhirUser offline_access");
        profile.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:7777/callback"));
        QSettings settings;
        auth::ProfileStore profiles(&settings);
        profiles.save(profile);
        profiles.setSelectedProfileId(profile.id);

        // The explorer's sign-in network manager: every exchange goes to the request log, redacted.
        net::RequestLog log;
        net::LoggingNetworkAccessManager network;
        network.setLog(&log);
        auth::TokenStore tokens;
        bool secretSaved = false;
        tokens.saveText(profile.secretKey(), clientSecret,
                        [&](auth::TokenStore::Result, const QString&) { secretSaved = true; });
        QVERIFY(waitFor([&] { return secretSaved; }));

        // Sign in: the flow asks for a browser; the test's browser fills the sandbox's forms.
        QStringList secrets {clientSecret};
        auth::SignInFlow flow(profile, &network, &tokens, &profiles);
        test::SimulatedTrainee browser(sandbox.fhirBase(), QStringLiteral("clinician"), QString());
        connect(&flow, &auth::SignInFlow::browserRequired, this, [&](const QUrl& url, const QUrl& redirectUri) {
            secrets.append(QString::fromLatin1(flow.authorization()->codeVerifier()));
            browser.authorizeAt(url, redirectUri.toString());
        });
        connect(&browser, &test::SimulatedTrainee::redirectReached, this, [&](const QUrl& redirect) {
            secrets.append(QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
            flow.handleRedirect(redirect);
        });
        std::optional<auth::TokenRecord> record;
        std::optional<auth::SmartConfiguration> configuration;
        QString user;
        QString failure;
        connect(&flow, &auth::SignInFlow::succeeded, this,
                [&](const auth::SmartConfiguration& c, const auth::TokenRecord& r, const QString& u) {
                    configuration = c;
                    record = r;
                    user = u;
                });
        connect(&flow, &auth::SignInFlow::failed, this, [&](const QString& message) { failure = message; });
        connect(&browser, &test::SimulatedTrainee::failed, this, [&](const QString& message) { failure = message; });
        flow.start();
        QVERIFY(waitFor([&] { return record || !failure.isEmpty(); }, 60000));
        QVERIFY2(record, qPrintable(failure));
        QCOMPARE(secrets.size(), 3); // secret, verifier, code
        QVERIFY(record->hasRefreshToken());
        secrets << record->accessToken << record->refreshToken;

        // Browse through the FHIR client with the session's tokens (as the resource browser does).
        auth::Session session(profile, *configuration, *record, user, &network, &tokens);
        session.setProfileStore(&profiles);
        session.setClientSecret(clientSecret);
        fhir::FhirClient client(&network, &session, &log);
        client.setBaseUrl(sandbox.fhirBase());
        const auto browse = [&] {
            int done = 0;
            for (const QString& path : {QStringLiteral("Patient?_count=5"), QStringLiteral("Observation?patient=1"),
                                        QStringLiteral("Patient/1")}) {
                fhir::FhirReply* reply = client.get(QUrl(sandbox.fhirBase().toString() + QLatin1Char('/') + path));
                connect(reply, &fhir::FhirReply::finished, this, [&, reply] {
                    QVERIFY2(reply->response().ok, qPrintable(reply->response().error));
                    ++done;
                });
            }
            QVERIFY(waitFor([&] { return done == 3; }));
        };
        browse();

        // Refresh: new access and refresh tokens (rotated), then browse with them.
        bool refreshed = false;
        session.refresh([&](bool ok, const QString& error) {
            QVERIFY2(ok, qPrintable(error));
            refreshed = true;
        });
        QVERIFY(waitFor([&] { return refreshed; }));
        QVERIFY(session.tokens().accessToken != record->accessToken);
        QVERIFY(session.tokens().refreshToken != record->refreshToken);
        secrets << session.tokens().accessToken << session.tokens().refreshToken;
        browse();

        bool signedOut = false;
        session.signOut([&](bool, const QString&) { signedOut = true; });
        QVERIFY(waitFor([&] { return signedOut; }));
        profiles.sync();
        sandbox.stop();

        findNowhere(secrets, sandboxLog);
        findNowhereInTheRequestLog(secrets, log);
    }

    void signedJwtSessionLeavesNoKeyBehind()
    {
        sandbox::InProcessSandbox sandbox;
        QStringList sandboxLog;
        connect(&sandbox, &sandbox::InProcessSandbox::requestLogged, this,
                [&](const QString& line) { sandboxLog.append(line); });
        QSignalSpy ready(&sandbox, &sandbox::InProcessSandbox::ready);
        sandbox.start(sandbox::SandboxOptions::ephemeral(5));
        QVERIFY(ready.wait(60000));

        net::RequestLog log;
        net::LoggingNetworkAccessManager network;
        network.setLog(&log);
        // The key made in the app, registered with the sandbox (RFC 7591) by its public half.
        const auto key = crypto::SigningKey::generate(crypto::JwsAlgorithm::Id::RS384);
        QVERIFY(key);
        auth::Discovery discovery(&network);
        std::optional<auth::SmartConfiguration> discovered;
        connect(&discovery, &auth::Discovery::finished, this,
                [&](const auth::SmartConfiguration& configuration) { discovered = configuration; });
        discovery.start(sandbox.fhirBase());
        QVERIFY(waitFor([&] { return discovered.has_value(); }));
        auth::ClientRegistration registration(&network, discovered->registrationEndpoint);
        QString clientId;
        connect(&registration, &auth::ClientRegistration::registered, this, [&](const QString& id) { clientId = id; });
        registration.start(QStringLiteral("Hygiene backend"), crypto::JwkSet({key->verifyingKey()}),
                           {QStringLiteral("client_credentials")}, QStringLiteral("system/Patient.read"));
        QVERIFY(waitFor([&] { return !clientId.isEmpty(); }));

        auth::ServerProfile profile;
        profile.id = QStringLiteral("hygiene-backend");
        profile.displayName = QStringLiteral("Hygiene backend service");
        profile.fhirBase = sandbox.fhirBase();
        profile.clientId = clientId;
        profile.clientType = auth::ServerProfile::ClientType::SignedJwt;
        profile.signingAlgorithm = QStringLiteral("RS384");
        profile.signInMode = auth::ServerProfile::SignInMode::ClientCredentials;
        profile.scopes = QStringLiteral("system/Patient.read");
        QSettings settings;
        auth::ProfileStore profiles(&settings);
        profiles.save(profile);
        auth::TokenStore tokens;
        bool keySaved = false;
        auth::SigningKeyStore::save(&tokens, profile, *key,
                                    [&](auth::TokenStore::Result, const QString&) { keySaved = true; });
        QVERIFY(waitFor([&] { return keySaved; }));

        auth::SignInFlow flow(profile, &network, &tokens, &profiles);
        std::optional<auth::TokenRecord> record;
        std::optional<auth::SmartConfiguration> configuration;
        QString failure;
        connect(&flow, &auth::SignInFlow::succeeded, this,
                [&](const auth::SmartConfiguration& c, const auth::TokenRecord& r, const QString&) {
                    configuration = c;
                    record = r;
                });
        connect(&flow, &auth::SignInFlow::failed, this, [&](const QString& message) { failure = message; });
        flow.start();
        QVERIFY(waitFor([&] { return record || !failure.isEmpty(); }, 60000));
        QVERIFY2(record, qPrintable(failure));
        QStringList secrets {QStringLiteral("PRIVATE KEY"), record->accessToken};
        for (const QByteArray& line : key->toPem().split('\n')) {
            if (line.size() > 40)
                secrets << QString::fromLatin1(line);
        }
        QStringList signatures {QString::fromLatin1(flow.lastAssertion().split('.').value(2))};

        // A backend service's renewal: a new client-credentials token with a new assertion.
        auth::Session session(profile, *configuration, *record, clientId, &network, &tokens);
        session.setSigningKey(*key);
        session.setClientAssertion(flow.lastAssertion());
        bool renewed = false;
        session.refresh([&](bool ok, const QString& error) {
            QVERIFY2(ok, qPrintable(error));
            renewed = true;
        });
        QVERIFY(waitFor([&] { return renewed; }));
        secrets << session.accessToken();
        signatures << session.clientAssertion().section(QLatin1Char('.'), 2);
        bool signedOut = false;
        session.signOut([&](bool, const QString&) { signedOut = true; });
        QVERIFY(waitFor([&] { return signedOut; }));
        bool removed = false;
        tokens.remove(profile.signingKeyKey(), [&](auth::TokenStore::Result, const QString&) { removed = true; });
        QVERIFY(waitFor([&] { return removed; }));
        profiles.sync();
        sandbox.stop();

        findNowhere(secrets, sandboxLog);
        // The explorer's request log shows each assertion's header and claims, never its signature.
        int assertions = 0;
        for (int i = 0; i < log.size(); ++i) {
            const net::RequestLogEntry& entry = log.at(i);
            if (entry.requestBody.contains("client_assertion="))
                ++assertions;
            const QByteArray everything = entry.requestBody + entry.responseBody + entry.curlCommand().toUtf8();
            for (const QString& secret : secrets + signatures)
                QVERIFY2(!everything.contains(secret.toUtf8()), "a secret is in the request log");
        }
        QCOMPARE(assertions, 3); // the sign-in, the renewal, and the revocation at sign-out
    }
};

QTEST_GUILESS_MAIN(SecretsHygieneTest)
#include "SecretsHygieneTest.moc"
