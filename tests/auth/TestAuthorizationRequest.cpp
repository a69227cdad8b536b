#include "app/auth/AuthorizationRequest.h"
#include "app/auth/AuthorizationStep.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using ccri::auth::AuthorizationRequest;
using ccri::auth::AuthorizationStep;

namespace {
AuthorizationRequest sample()
{
    AuthorizationRequest request;
    request.authorizationEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080/auth/authorize"));
    request.clientId = QStringLiteral("ccri-explorer");
    request.redirectUri = QUrl(QStringLiteral("uk.nhs.ccri.explorer:/callback"));
    request.scope = QStringLiteral("user/Patient.read openid");
    request.state = QStringLiteral("abc");
    request.audience = QUrl(QStringLiteral("http://127.0.0.1:8080/fhir/STU3"));
    return request;
}

QString rawParameter(const QUrl& url, const QString& key)
{
    for (const QString& pair : url.query(QUrl::FullyEncoded).split(QLatin1Char('&'))) {
        if (pair.startsWith(key + QLatin1Char('=')))
            return pair.mid(key.size() + 1);
    }
    return QString();
}
} // namespace

class TestAuthorizationRequest : public QObject
{
    Q_OBJECT
private slots:
    void carriesEverySmartParameter()
    {
        AuthorizationRequest request = sample();
        request.codeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        const QUrl url = request.url();
        QCOMPARE(url.path(), QStringLiteral("/auth/authorize"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("ccri-explorer"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("uk.nhs.ccri.explorer:/callback"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("user/Patient.read openid"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("abc"));
        QCOMPARE(query.queryItemValue(QStringLiteral("aud"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:8080/fhir/STU3"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    }

    void encodesStrictly()
    {
        AuthorizationRequest request = sample();
        request.scope = QStringLiteral("a+b c/d?e&f=g");
        request.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:5000/cb?x=1+2"));
        const QUrl url = request.url();
        QCOMPARE(rawParameter(url, QStringLiteral("scope")), QStringLiteral("a%2Bb%20c%2Fd%3Fe%26f%3Dg"));
        QVERIFY(rawParameter(url, QStringLiteral("redirect_uri")).contains(QLatin1String("%2B")));
        // And the URL survives a round trip through its text, as a browser receives it.
        const QUrl reparsed(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        QCOMPARE(rawParameter(reparsed, QStringLiteral("scope")), QStringLiteral("a%2Bb%20c%2Fd%3Fe%26f%3Dg"));
        QCOMPARE(QUrlQuery(reparsed).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("a+b c/d?e&f=g"));
    }

    // OIDC Core §3.1.2.1: with openid a fresh random nonce per attempt; without openid none.
    void nonceOnlyWithOpenid()
    {
        AuthorizationStep first(sample(), true);
        AuthorizationStep second(sample(), true);
        const QString nonce = QUrlQuery(first.url()).queryItemValue(QStringLiteral("nonce"));
        QVERIFY(nonce.size() >= 43); // 256 bits, base64url
        QCOMPARE(nonce, first.nonce());
        QVERIFY(nonce != second.nonce());
        QVERIFY(nonce != QUrlQuery(first.url()).queryItemValue(QStringLiteral("state")));
        AuthorizationRequest withoutOpenid = sample();
        withoutOpenid.scope = QStringLiteral("user/Patient.read openidish");
        AuthorizationStep plain(withoutOpenid, true);
        QVERIFY(plain.nonce().isEmpty());
        QVERIFY(!QUrlQuery(plain.url()).hasQueryItem(QStringLiteral("nonce")));
    }

    void noPkceWithoutChallenge()
    {
        const QUrlQuery query(sample().url());
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge_method")));
    }

    void keepsTheEndpointsOwnQuery()
    {
        AuthorizationRequest request = sample();
        request.authorizationEndpoint = QUrl(QStringLiteral("https://example.org/authorize?tenant=a%2Bb"));
        const QString query = request.url().query(QUrl::FullyEncoded);
        QVERIFY(query.startsWith(QLatin1String("tenant=a%2Bb&response_type=code")));
    }

    void redirectMatchIsExact_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << "uk.nhs.ccri.explorer:/callback?code=1"
                              << "uk.nhs.ccri.explorer:/callback" << true;
        QTest::newRow("other path") << "uk.nhs.ccri.explorer:/callbackx?code=1"
                                    << "uk.nhs.ccri.explorer:/callback" << false;
        QTest::newRow("other scheme") << "https://127.0.0.1/callback?code=1"
                                      << "http://127.0.0.1/callback" << false;
        QTest::newRow("other port") << "http://127.0.0.1:81/callback"
                                    << "http://127.0.0.1/callback" << false;
        QTest::newRow("other host") << "http://localhost/callback"
                                    << "http://127.0.0.1/callback" << false;
        QTest::newRow("loopback with port") << "http://127.0.0.1:5000/cb?code=1"
                                            << "http://127.0.0.1:5000/cb" << true;
        QTest::newRow("sub path") << "http://127.0.0.1:5000/cb/x"
                                  << "http://127.0.0.1:5000/cb" << false;
    }
    void redirectMatchIsExact()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, redirect);
        QFETCH(bool, matches);
        QCOMPARE(AuthorizationStep::matchesRedirect(QUrl(candidate), QUrl(redirect)), matches);
    }

    void stepAcceptsItsOwnStateOnce()
    {
        AuthorizationStep step(sample(), true);
        QSignalSpy codes(&step, &AuthorizationStep::codeReceived);
        QSignalSpy failures(&step, &AuthorizationStep::failed);
        const QString state = QUrlQuery(step.url()).queryItemValue(QStringLiteral("state"));
        QVERIFY(state.size() >= 22);
        QVERIFY(step.usesPkce());
        QVERIFY(!step.codeVerifier().isEmpty());
        QUrl redirect(QStringLiteral("uk.nhs.ccri.explorer:/callback"));
        redirect.setQuery(QStringLiteral("code=abc%2Bdef&state=") + state);
        QVERIFY(step.handleRedirect(redirect));
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("abc+def"));
        QVERIFY(!step.handleRedirect(redirect)); // replayed
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.at(0).at(0).toString().contains(QLatin1String("replayed")));
    }

    void stepRefusesATamperedState()
    {
        AuthorizationStep step(sample(), true);
        QSignalSpy failures(&step, &AuthorizationStep::failed);
        QUrl redirect(QStringLiteral("uk.nhs.ccri.explorer:/callback?code=abc&state=forged"));
        QVERIFY(!step.handleRedirect(redirect));
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.at(0).at(0).toString().contains(QLatin1String("did not match")));
    }

    void stepSaysDeclinedInWords()
    {
        AuthorizationStep step(sample(), false);
        QSignalSpy failures(&step, &AuthorizationStep::failed);
        const QString state = QUrlQuery(step.url()).queryItemValue(QStringLiteral("state"));
        QVERIFY(!QUrlQuery(step.url()).hasQueryItem(QStringLiteral("code_challenge")));
        QUrl redirect(QStringLiteral("uk.nhs.ccri.explorer:/callback"));
        redirect.setQuery(QStringLiteral("error=access_denied&error_description=The+user+denied&state=") + state);
        QVERIFY(!step.handleRedirect(redirect));
        QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("You declined access."));
    }

    void stepSaysOtherErrorsInWords()
    {
        AuthorizationStep step(sample(), true);
        QSignalSpy failures(&step, &AuthorizationStep::failed);
        const QString state = QUrlQuery(step.url()).queryItemValue(QStringLiteral("state"));
        QUrl redirect(QStringLiteral("uk.nhs.ccri.explorer:/callback"));
        redirect.setQuery(QStringLiteral("error=invalid_scope&error_description=No%20such%20scope&state=") + state);
        QVERIFY(!step.handleRedirect(redirect));
        const QString message = failures.at(0).at(0).toString();
        QVERIFY(message.contains(QLatin1String("did not accept the scopes")));
        QVERIFY(message.contains(QLatin1String("No such scope")));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "TestAuthorizationRequest.moc"
