// RFC 9207: the authorization response's `iss` against the discovered issuer (AuthorizationStep),
// each rule with its failing twin. The sandbox's own answers carry iss: the sign-in tests
// (TestSignInEmbedded) go through this check with it, and TestServerProbe checks it over loopback.
#include "app/auth/AuthorizationStep.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using ccri::auth::AuthorizationRequest;
using ccri::auth::AuthorizationStep;

namespace {
const QUrl kIssuer(QStringLiteral("https://login.example.org/realms/nhs"));
const QUrl kFhirBase(QStringLiteral("https://fhir.example.org/STU3"));

AuthorizationRequest request()
{
    AuthorizationRequest request;
    request.authorizationEndpoint = QUrl(QStringLiteral("https://login.example.org/realms/nhs/auth"));
    request.clientId = QStringLiteral("app");
    request.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/callback"));
    request.scope = QStringLiteral("patient/*.read");
    request.audience = kFhirBase;
    return request;
}

// The redirect back, with this attempt's state and the given extra parameters.
QUrl answer(const AuthorizationStep& step, const QList<QPair<QString, QString>>& parameters)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("state"), QUrlQuery(step.url()).queryItemValue(QStringLiteral("state")));
    for (const auto& [name, value] : parameters)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl url(QStringLiteral("http://127.0.0.1/callback"));
    url.setQuery(query);
    return url;
}
} // namespace

class TestAuthorizationResponseIssuer : public QObject
{
    Q_OBJECT

private slots:
    void matchingIssuerIsAccepted()
    {
        AuthorizationStep step(request(), true);
        step.setExpectedIssuer(kIssuer, true);
        QSignalSpy code(&step, &AuthorizationStep::codeReceived);
        QVERIFY(step.handleRedirect(answer(
            step, {{QStringLiteral("code"), QStringLiteral("abc")}, {QStringLiteral("iss"), kIssuer.toString()}})));
        QCOMPARE(code.size(), 1);
    }

    void mismatchIsRefusedInWords()
    {
        AuthorizationStep step(request(), true);
        step.setExpectedIssuer(kIssuer, false);
        QSignalSpy failed(&step, &AuthorizationStep::failed);
        QSignalSpy code(&step, &AuthorizationStep::codeReceived);
        QVERIFY(!step.handleRedirect(answer(step,
                                            {{QStringLiteral("code"), QStringLiteral("abc")},
                                             {QStringLiteral("iss"), QStringLiteral("https://evil.example/")}})));
        QCOMPARE(code.size(), 0);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("https://evil.example/")) && message.contains(kIssuer.toString()),
                 qPrintable(message));
    }

    void issuerIsNotTheFhirBase()
    {
        // Keycloak 23+ and friends: the issuer is the realm, never the FHIR server. An iss equal to the
        // FHIR base is a mismatch, and the message says that this is the FHIR server's address.
        AuthorizationStep step(request(), true);
        step.setExpectedIssuer(kIssuer, true);
        QSignalSpy failed(&step, &AuthorizationStep::failed);
        QVERIFY(!step.handleRedirect(answer(
            step, {{QStringLiteral("code"), QStringLiteral("abc")}, {QStringLiteral("iss"), kFhirBase.toString()}})));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("FHIR server")));
    }

    void errorAnswersAreCheckedToo()
    {
        // RFC 9207 §2.4: an error response from another issuer is not shown as this server's refusal.
        AuthorizationStep step(request(), true);
        step.setExpectedIssuer(kIssuer, false);
        QSignalSpy failed(&step, &AuthorizationStep::failed);
        QVERIFY(!step.handleRedirect(answer(step,
                                            {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                             {QStringLiteral("iss"), QStringLiteral("https://evil.example/")}})));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("RFC 9207")));
    }

    void advertisedButMissingIsRefused()
    {
        AuthorizationStep step(request(), true);
        step.setExpectedIssuer(kIssuer, true);
        QSignalSpy failed(&step, &AuthorizationStep::failed);
        QVERIFY(!step.handleRedirect(answer(step, {{QStringLiteral("code"), QStringLiteral("abc")}})));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("no iss")));
    }

    void notAdvertisedAndMissingIsAccepted()
    {
        AuthorizationStep step(request(), true);
        step.setExpectedIssuer(kIssuer, false);
        QSignalSpy code(&step, &AuthorizationStep::codeReceived);
        QVERIFY(step.handleRedirect(answer(step, {{QStringLiteral("code"), QStringLiteral("abc")}})));
        QCOMPARE(code.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationResponseIssuer)
#include "TestAuthorizationResponseIssuer.moc"
