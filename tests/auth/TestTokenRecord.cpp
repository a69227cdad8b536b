#include "app/auth/TokenRecord.h"
#include "app/net/JwtDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ccri::auth::TokenRecord;
using ccri::net::JwtDecoder;

namespace {
QString jwt(const QJsonObject& claims)
{
    const auto part = [](const QByteArray& bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part(R"({"alg":"HS256","typ":"JWT"})") + '.'
                               + part(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + part("sig"));
}
} // namespace

class TestTokenRecord : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsThroughJson()
    {
        TokenRecord record;
        record.accessToken = QStringLiteral("access-1");
        record.refreshToken = QStringLiteral("refresh-1");
        record.issuedAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        record.expiresAt = record.issuedAt.addSecs(3599);
        record.scope = QStringLiteral("user/Patient.read openid");
        record.patient = QStringLiteral("Patient/9876543210");
        record.idToken = QStringLiteral("a.b.c");
        const auto back = TokenRecord::fromJson(record.toJson());
        QVERIFY(back);
        QCOMPARE(back->accessToken, record.accessToken);
        QCOMPARE(back->refreshToken, record.refreshToken);
        QCOMPARE(back->issuedAt, record.issuedAt);
        QCOMPARE(back->expiresAt, record.expiresAt);
        QCOMPARE(back->scope, record.scope);
        QCOMPARE(back->patient, record.patient);
        QCOMPARE(back->idToken, record.idToken);
        QCOMPARE(back->lifetimeSeconds(), 3599);
    }

    void damagedRecordIsRefusedInWords()
    {
        QString error;
        QVERIFY(!TokenRecord::fromJson("{not json", &error));
        QVERIFY(error.contains(QLatin1String("damaged")));
        QVERIFY(!TokenRecord::fromJson("{}", &error));
        QVERIFY(error.contains(QLatin1String("no token")));
    }

    void readsATokenResponse()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QByteArray body = R"({"access_token":"at","token_type":"bearer","expires_in":3599,
            "scope":"user/Patient.read","refresh_token":"rt","patient":"123","id_token":"x.y.z"})";
        QString error;
        const auto record = TokenRecord::fromTokenResponse(body, now, QStringLiteral("asked"), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->tokenType, QStringLiteral("Bearer"));
        QCOMPARE(record->expiresAt, now.addSecs(3599));
        QCOMPARE(record->scope, QStringLiteral("user/Patient.read"));
        QCOMPARE(record->patient, QStringLiteral("123"));
        QVERIFY(!record->isExpired(now.addSecs(3598)));
        QVERIFY(record->isExpired(now.addSecs(3599)));
    }

    void missingScopeMeansTheRequestedOne()
    {
        const auto record = TokenRecord::fromTokenResponse(R"({"access_token":"at","token_type":"Bearer"})",
                                                           QDateTime::currentDateTimeUtc(), QStringLiteral("asked"));
        QVERIFY(record);
        QCOMPARE(record->scope, QStringLiteral("asked"));
        QVERIFY(!record->expiresAt.isValid());
    }

    void refreshKeepsWhatTheAnswerDoesNotRepeat()
    {
        TokenRecord previous;
        previous.accessToken = QStringLiteral("old");
        previous.refreshToken = QStringLiteral("rt-old");
        previous.idToken = QStringLiteral("id");
        previous.scope = QStringLiteral("user/Patient.read");
        const auto record
            = TokenRecord::fromTokenResponse(R"({"access_token":"new","token_type":"Bearer"})",
                                             QDateTime::currentDateTimeUtc(), QString(), nullptr, &previous);
        QVERIFY(record);
        QCOMPARE(record->refreshToken, QStringLiteral("rt-old"));
        QCOMPARE(record->idToken, QStringLiteral("id"));
        QCOMPARE(record->scope, QStringLiteral("user/Patient.read"));
        const auto rotated
            = TokenRecord::fromTokenResponse(R"({"access_token":"new","token_type":"Bearer","refresh_token":"rt-new"})",
                                             QDateTime::currentDateTimeUtc(), QString(), nullptr, &previous);
        QCOMPARE(rotated->refreshToken, QStringLiteral("rt-new"));
    }

    void badResponsesAreRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words");
        QTest::newRow("html") << QByteArray("<html><body>Error</body></html>") << "did not answer with JSON";
        QTest::newRow("no token") << QByteArray(R"({"token_type":"Bearer"})") << "no access token";
        QTest::newRow("mac token") << QByteArray(R"({"access_token":"a","token_type":"mac"})") << "only Bearer";
    }
    void badResponsesAreRefusedInWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!TokenRecord::fromTokenResponse(body, QDateTime::currentDateTimeUtc(), QString(), &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void idTokenNamesTheUser()
    {
        const JwtDecoder::Identity token = JwtDecoder::identity(
            jwt({{"sub", "clinician"}, {"fhirUser", "Practitioner/clinician"}, {"name", "Dr Clara Clinician"}}));
        QCOMPARE(token.subject, QStringLiteral("clinician"));
        QCOMPARE(token.fhirUser, QStringLiteral("Practitioner/clinician"));
        QCOMPARE(token.displayName(), QStringLiteral("Dr Clara Clinician"));
        QCOMPARE(JwtDecoder::identity(jwt({{"sub", "x"}, {"profile", "https://h/Practitioner/1"}})).fhirUser,
                 QStringLiteral("https://h/Practitioner/1"));
        QVERIFY(JwtDecoder::identity(QStringLiteral("garbage")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenRecord)
#include "TestTokenRecord.moc"
