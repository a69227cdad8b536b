// The token inspector's "which server is which" (ui/browser/TokenServers): the issuer and the aud
// named when their hosts differ, and a note when the token's aud is not the FHIR base in use.
#include "ui/browser/TokenServers.h"

#include <QJsonArray>
#include <QTest>

using ccri::TokenServers;

class TestTokenServers : public QObject
{
    Q_OBJECT

private slots:
    void issuerOnAnotherHostIsNamed()
    {
        const QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("https://login.example.org/realms/nhs")},
                                  {QStringLiteral("aud"), QStringLiteral("https://fhir.example.org/STU3")}};
        const QString text = TokenServers::describe(claims, QUrl(QStringLiteral("https://fhir.example.org/STU3/")));
        QCOMPARE(text,
                 QStringLiteral("Authorization server (issuer): https://login.example.org/realms/nhs\n"
                                "FHIR server (aud): https://fhir.example.org/STU3"));
    }

    void sameHostAndMatchingAudSaysNothing()
    {
        const QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8080/auth")},
                                  {QStringLiteral("aud"), QStringLiteral("http://127.0.0.1:8080/fhir/STU3")}};
        QCOMPARE(TokenServers::describe(claims, QUrl(QStringLiteral("http://127.0.0.1:8080/fhir/STU3"))), QString());
        QCOMPARE(TokenServers::describe(QJsonObject(), QUrl(QStringLiteral("http://127.0.0.1:8080/fhir/STU3"))),
                 QString());
    }

    void audNotTheBaseInUseIsNoted()
    {
        const QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8080/auth")},
                                  {QStringLiteral("aud"), QStringLiteral("http://127.0.0.1:8080/fhir/STU3")}};
        const QString text = TokenServers::describe(claims, QUrl(QStringLiteral("http://127.0.0.1:8080/fhir/R4")));
        QCOMPARE(text,
                 QStringLiteral("Note: this token's aud (http://127.0.0.1:8080/fhir/STU3) is not the FHIR "
                                "base in use (http://127.0.0.1:8080/fhir/R4)."));
    }

    void audArrayContainingTheBaseIsEnough()
    {
        const QJsonObject claims {
            {QStringLiteral("iss"), QStringLiteral("https://fhir.example.org/auth")},
            {QStringLiteral("aud"),
             QJsonArray {QStringLiteral("account"), QStringLiteral("https://fhir.example.org/STU3")}}};
        QCOMPARE(TokenServers::describe(claims, QUrl(QStringLiteral("https://fhir.example.org/STU3"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestTokenServers)
#include "TestTokenServers.moc"
