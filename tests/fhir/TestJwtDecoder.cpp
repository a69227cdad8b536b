#include "app/net/JwtDecoder.h"

#include <QJsonDocument>
#include <QTest>

using ccri::net::JwtDecoder;

namespace {

QString part(const QByteArray& json)
{
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestJwtDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesHeaderAndClaims()
    {
        const QString token = part(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.')
            + part(R"({"sub":"clinician","scope":"user/Patient.read openid","exp":1900000000,"patient":"p1"})")
            + QStringLiteral(".c2lnbmF0dXJl");
        JwtDecoder::Decoded decoded;
        QString error;
        QVERIFY2(JwtDecoder::decode(token, &decoded, &error), qPrintable(error));
        QCOMPARE(decoded.header.value("alg").toString(), QStringLiteral("HS256"));
        QCOMPARE(decoded.claims.value("sub").toString(), QStringLiteral("clinician"));
        QCOMPARE(decoded.claims.value("patient").toString(), QStringLiteral("p1"));
        QVERIFY(decoded.hasSignature);
        QCOMPARE(JwtDecoder::expiry(decoded.claims), QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
    }

    void refusesWhatIsNotAJwt_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("opaque") << "2YotnFZFEjr1zCsicMWpAA"
                                << "not a JWT";
        QTest::newRow("empty") << ""
                               << "no token";
        QTest::newRow("bad header") << "!!!.e30.sig"
                                    << "header";
        QTest::newRow("claims not JSON") << part(R"({"alg":"none"})") + ".bm90IGpzb24.sig"
                                         << "claims";
        QTest::newRow("four parts") << "a.b.c.d"
                                    << "not a JWT";
    }

    void refusesWhatIsNotAJwt()
    {
        QFETCH(QString, token);
        QFETCH(QString, errorContains);
        JwtDecoder::Decoded decoded;
        QString error;
        QVERIFY(!JwtDecoder::decode(token, &decoded, &error));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void noExpiryClaim() { QVERIFY(!JwtDecoder::expiry(QJsonObject {{"sub", "x"}}).isValid()); }
};

QTEST_GUILESS_MAIN(TestJwtDecoder)
#include "TestJwtDecoder.moc"
