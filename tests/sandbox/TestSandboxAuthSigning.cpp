// The token endpoint's signatures off the serving thread (issue 13), over loopback and untimed: many
// code exchanges sent at once are all answered with distinct tokens that verify against GET /auth/jwks;
// a revocation sent among exchanges under way kills exactly the tokens it names, and a reused code
// kills the tokens its first use is still signing; a request whose connection closes before its
// signatures are made, or a sandbox stopped while they are, is no crash (AddressSanitizer in CI).
#include "app/crypto/CompactJws.h"
#include "app/crypto/JwkSet.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using ccri::crypto::CompactJws;
using ccri::crypto::JwkSet;
using namespace ccri::sandbox;

class TestSandboxAuthSigning : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exchangesAtOnceGiveDistinctVerifiableTokens();
    void revokeAmongExchangesKillsOnlyItsTokens();
    void codeReusedWhileSigningRevokesWhatItGave();
    void refreshesAndClientCredentialsAtOnce();
    void connectionClosedBeforeSignatureIsNoCrash();
    void stoppedWhileSigningIsNoCrash();

private:
    static QString scope() { return QStringLiteral("openid fhirUser profile offline_access user/Patient.read"); }
    QStringList codes(int count);
    SandboxBrowser::Form exchangeForm(const QString& code) const;
    // Posts every form to the token endpoint (or `url`) without waiting for any answer; then waits for all.
    QList<SandboxBrowser::Response> postAll(const QList<SandboxBrowser::Form>& forms, const QUrl& url = QUrl(),
                                            const QByteArray& authorization = QByteArray());
    // A raw connection that sends one token request and is closed at once, before any answer.
    void sendAndClose(const QString& code);
    int fhirStatus(const QString& accessToken);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthSigning::init()
{
    m_browser.reset();
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

void TestSandboxAuthSigning::cleanup()
{
    m_browser.reset();
    m_server.reset();
}

QStringList TestSandboxAuthSigning::codes(int count)
{
    QStringList found;
    for (int i = 0; i < count; ++i)
        found << m_browser->signIn(scope()).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return found;
}

SandboxBrowser::Form TestSandboxAuthSigning::exchangeForm(const QString& code) const
{
    return {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), SandboxBrowser::redirectUri()},
            {QStringLiteral("code_verifier"), SandboxBrowser::verifier()},
            {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}};
}

QList<SandboxBrowser::Response> TestSandboxAuthSigning::postAll(const QList<SandboxBrowser::Form>& forms,
                                                                const QUrl& url, const QByteArray& authorization)
{
    QNetworkAccessManager network;
    QList<QNetworkReply*> replies;
    for (const SandboxBrowser::Form& form : forms) {
        QNetworkRequest request(url.isEmpty() ? m_server->urls().auth(QStringLiteral("token")) : url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        replies << network.post(request, FormBody::encode(form));
    }
    const auto allFinished = [&replies] {
        return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* reply) { return reply->isFinished(); });
    };
    if (!QTest::qWaitFor(allFinished, 60000))
        qWarning("not every token request was answered within 60 s"); // their status 0 fails the caller
    QList<SandboxBrowser::Response> responses;
    for (QNetworkReply* reply : std::as_const(replies)) {
        SandboxBrowser::Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            response.headers.insert(pair.first.toLower(), pair.second);
        if (reply->error() != QNetworkReply::NoError && response.status == 0)
            response.networkError = reply->errorString();
        responses << response;
        reply->deleteLater();
    }
    return responses;
}

void TestSandboxAuthSigning::sendAndClose(const QString& code)
{
    const QByteArray body = FormBody::encode(exchangeForm(code));
    QTcpSocket socket;
    socket.connectToHost(m_server->urls().origin().host(), quint16(m_server->urls().origin().port()));
    QVERIFY(socket.waitForConnected(10000));
    socket.write("POST /auth/token HTTP/1.1\r\nHost: " + m_server->urls().origin().authority().toLatin1()
                 + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(socket.waitForBytesWritten(10000));
    // Closed before the sandbox can answer (it is on this thread: it has not even read the request yet).
    socket.disconnectFromHost();
}

int TestSandboxAuthSigning::fhirStatus(const QString& accessToken)
{
    return m_browser->get(QUrl(m_server->fhirBase().toString() + QStringLiteral("/Patient/1")), accessToken.toLatin1())
        .status;
}

void TestSandboxAuthSigning::exchangesAtOnceGiveDistinctVerifiableTokens()
{
    const QStringList sent = codes(16);
    QList<SandboxBrowser::Form> forms;
    for (const QString& code : sent)
        forms << exchangeForm(code);
    const QList<SandboxBrowser::Response> answers = postAll(forms);
    QCOMPARE(answers.size(), sent.size());
    const JwkSet keys = m_browser->jwks();
    QSet<QString> accessTokens;
    QSet<QString> jtis;
    QSet<QString> refreshTokens;
    for (const SandboxBrowser::Response& answer : answers) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("cache-control"), QByteArray("no-store"));
        const QJsonObject body = answer.json();
        const QByteArray access = body.value("access_token").toString().toLatin1();
        const QByteArray id = body.value("id_token").toString().toLatin1();
        const CompactJws::Verification accessChecked = CompactJws::verify(access, keys);
        QVERIFY2(accessChecked.ok(), qPrintable(accessChecked.message));
        const CompactJws::Verification idChecked = CompactJws::verify(id, keys);
        QVERIFY2(idChecked.ok(), qPrintable(idChecked.message));
        QCOMPARE(accessChecked.header.value("alg", ""), std::string("RS256"));
        QCOMPARE(accessChecked.claims.value("sub", ""), std::string("clinician"));
        QCOMPARE(idChecked.claims.value("aud", ""), std::string("ccri-explorer"));
        QCOMPARE(body.value("scope").toString(), scope());
        accessTokens << QString::fromLatin1(access);
        jtis << QString::fromStdString(accessChecked.claims.value("jti", ""));
        refreshTokens << body.value("refresh_token").toString();
        QCOMPARE(fhirStatus(QString::fromLatin1(access)), 200);
    }
    QCOMPARE(accessTokens.size(), sent.size());
    QCOMPARE(jtis.size(), sent.size());
    QCOMPARE(refreshTokens.size(), sent.size());
}

void TestSandboxAuthSigning::revokeAmongExchangesKillsOnlyItsTokens()
{
    // Two sign-ins of before: the revocation names the first one's refresh token (RFC 7009 §2.1: with
    // it go the access tokens of its grant); the second one is not named and lives on.
    const QStringList earlier = codes(2);
    const QJsonObject named = m_browser->exchangeCode(earlier.at(0)).json();
    const QJsonObject spared = m_browser->exchangeCode(earlier.at(1)).json();
    QCOMPARE(fhirStatus(named.value("access_token").toString()), 200);

    // The revocation is sent among twelve code exchanges, before any of them is answered.
    QList<SandboxBrowser::Form> exchanges;
    for (const QString& code : codes(12))
        exchanges << exchangeForm(code);
    QNetworkAccessManager network;
    const auto post = [&](const QString& endpoint, const SandboxBrowser::Form& form) {
        QNetworkRequest request(m_server->urls().auth(endpoint));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return network.post(request, FormBody::encode(form));
    };
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 6; ++i)
        replies << post(QStringLiteral("token"), exchanges.at(i));
    QNetworkReply* revoked = post(QStringLiteral("revoke"),
                                  {{QStringLiteral("token"), named.value("refresh_token").toString()},
                                   {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    const QList<SandboxBrowser::Response> later = postAll(exchanges.mid(6));
    QTRY_VERIFY_WITH_TIMEOUT(
        revoked->isFinished()
            && std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* reply) { return reply->isFinished(); }),
        20000);
    QCOMPARE(revoked->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QList<QJsonObject> answers;
    for (QNetworkReply* reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        answers << QJsonDocument::fromJson(reply->readAll()).object();
    }
    for (const SandboxBrowser::Response& answer : later) {
        QCOMPARE(answer.status, 200);
        answers << answer.json();
    }

    QCOMPARE(fhirStatus(named.value("access_token").toString()), 401);
    QCOMPARE(m_browser->refresh(named.value("refresh_token").toString()).status, 400);
    QCOMPARE(fhirStatus(spared.value("access_token").toString()), 200);
    QSet<QString> jtis;
    for (const QJsonObject& answer : std::as_const(answers)) {
        QCOMPARE(fhirStatus(answer.value("access_token").toString()), 200);
        jtis << SandboxBrowser::jwtClaims(answer.value("access_token").toString()).value("jti").toString();
    }
    QCOMPARE(jtis.size(), 12);
    // The new sign-ins' refresh tokens still work, and the spared one's too.
    QCOMPARE(m_browser->refresh(answers.first().value("refresh_token").toString()).status, 200);
    QCOMPARE(m_browser->refresh(answers.last().value("refresh_token").toString()).status, 200);
    QCOMPARE(m_browser->refresh(spared.value("refresh_token").toString()).status, 200);
}

void TestSandboxAuthSigning::codeReusedWhileSigningRevokesWhatItGave()
{
    // Each code twice at once, behind other exchanges: the second use comes while the first one's tokens
    // are (most likely) still being signed. Whichever the order, RFC 6749 §4.1.2: the tokens of the
    // first use are revoked, and the second is refused.
    const QStringList queued = codes(6);
    const QStringList reused = codes(3);
    QList<SandboxBrowser::Form> forms;
    for (const QString& code : queued)
        forms << exchangeForm(code);
    for (const QString& code : reused)
        forms << exchangeForm(code) << exchangeForm(code);
    const QList<SandboxBrowser::Response> answers = postAll(forms);
    for (int i = 0; i < queued.size(); ++i) {
        QCOMPARE(answers.at(i).status, 200);
        QCOMPARE(fhirStatus(answers.at(i).json().value("access_token").toString()), 200);
    }
    for (int i = 0; i < reused.size(); ++i) {
        const SandboxBrowser::Response& first = answers.at(queued.size() + 2 * i);
        const SandboxBrowser::Response& second = answers.at(queued.size() + 2 * i + 1);
        const SandboxBrowser::Response& issued = first.status == 200 ? first : second;
        const SandboxBrowser::Response& refused = first.status == 200 ? second : first;
        QCOMPARE(issued.status, 200);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value("error").toString(), QStringLiteral("invalid_grant"));
        QVERIFY(refused.json().value("error_description").toString().contains(QStringLiteral("already been used")));
        QCOMPARE(fhirStatus(issued.json().value("access_token").toString()), 401);
        QCOMPARE(m_browser->refresh(issued.json().value("refresh_token").toString()).status, 400);
    }
}

void TestSandboxAuthSigning::refreshesAndClientCredentialsAtOnce()
{
    // The other grants signed off the thread too: refresh_token (rotated, RFC 6749 §6) and
    // client_credentials of a confidential client (RFC 6749 §4.4), all sent at once.
    QList<SandboxBrowser::Form> refreshes;
    for (const QString& code : codes(4)) {
        refreshes << SandboxBrowser::Form {
            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), m_browser->exchangeCode(code).json().value("refresh_token").toString()},
            {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}};
    }
    QNetworkAccessManager network;
    QList<QNetworkReply*> backend;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(m_server->urls().auth(QStringLiteral("token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Authorization", m_browser->basic(QStringLiteral("clinical-access")));
        backend << network.post(
            request, FormBody::encode({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}));
    }
    const QList<SandboxBrowser::Response> refreshed = postAll(refreshes);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(backend.cbegin(), backend.cend(), [](QNetworkReply* reply) { return reply->isFinished(); }), 20000);
    const JwkSet keys = m_browser->jwks();
    QSet<QString> jtis;
    for (const SandboxBrowser::Response& answer : refreshed) {
        QCOMPARE(answer.status, 200);
        const CompactJws::Verification checked
            = CompactJws::verify(answer.json().value("access_token").toString().toLatin1(), keys);
        QVERIFY2(checked.ok(), qPrintable(checked.message));
        QVERIFY(CompactJws::verify(answer.json().value("id_token").toString().toLatin1(), keys).ok());
        jtis << QString::fromStdString(checked.claims.value("jti", ""));
        QCOMPARE(fhirStatus(answer.json().value("access_token").toString()), 200);
    }
    for (QNetworkReply* reply : std::as_const(backend)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QVERIFY(!body.contains("refresh_token")); // RFC 6749 §4.4.3
        const CompactJws::Verification checked
            = CompactJws::verify(body.value("access_token").toString().toLatin1(), keys);
        QVERIFY2(checked.ok(), qPrintable(checked.message));
        QCOMPARE(checked.claims.value("sub", ""), std::string("clinical-access"));
        jtis << QString::fromStdString(checked.claims.value("jti", ""));
        reply->deleteLater();
    }
    QCOMPARE(jtis.size(), 8);
}

void TestSandboxAuthSigning::connectionClosedBeforeSignatureIsNoCrash()
{
    const QStringList closed = codes(6);
    QSignalSpy logged(m_server.get(), &SandboxServer::requestLogged);
    for (const QString& code : closed)
        sendAndClose(code);
    // Each request was still read and its code redeemed; its answer, once signed, finds no connection.
    QTRY_COMPARE_WITH_TIMEOUT(logged.size(), closed.size(), 20000);
    for (const QList<QVariant>& line : std::as_const(logged))
        QVERIFY2(line.at(0).toString().contains(QStringLiteral("POST /auth/token 200")),
                 qPrintable(line.at(0).toString()));
    // The sandbox goes on: a new exchange is answered, and a closed one's code counts as used.
    QCOMPARE(m_browser->exchangeCode(codes(1).first()).status, 200);
    const auto again = m_browser->exchangeCode(closed.first());
    QCOMPARE(again.status, 400);
    QVERIFY(again.json().value("error_description").toString().contains(QStringLiteral("already been used")));
}

void TestSandboxAuthSigning::stoppedWhileSigningIsNoCrash()
{
    const QStringList sent = codes(8);
    QSignalSpy logged(m_server.get(), &SandboxServer::requestLogged);
    QNetworkAccessManager network;
    QList<QNetworkReply*> replies;
    for (const QString& code : sent) {
        QNetworkRequest request(m_server->urls().auth(QStringLiteral("token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        replies << network.post(request, FormBody::encode(exchangeForm(code)));
    }
    // The first answer is out; others are read and being signed, or waiting: the sandbox stops now.
    QTRY_VERIFY_WITH_TIMEOUT(logged.size() >= 1, 20000);
    m_browser.reset();
    m_server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* reply) { return reply->isFinished(); }), 20000);
    int answered = 0;
    for (QNetworkReply* reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200 || status == 0, qPrintable(QString::number(status))); // answered, or cut off
        answered += status == 200 ? 1 : 0;
    }
    QVERIFY(answered >= 1);
}

QTEST_GUILESS_MAIN(TestSandboxAuthSigning)
#include "TestSandboxAuthSigning.moc"
