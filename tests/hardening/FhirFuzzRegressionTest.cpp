// What the fuzzers found in the explorer's FHIR parsing (app/fhir), as readable regression cases.
// The raw inputs also live in tests/fuzz/corpus/<target>/crash-* and are replayed by FuzzReplay_*.
#include "app/net/JwtDecoder.h"

#include <QJsonDocument>
#include <QtTest>

class FhirFuzzRegressionTest : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_jwt_decoder, crash-exp-out-of-range: `exp` of 1.8e40 was cast to qint64 (undefined
    // behaviour, UBSan float-cast-overflow). Now such an `exp` is no usable time.
    void expiryOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<bool>("valid");
        QTest::newRow("normal") << QByteArray(R"({"exp":1796000000})") << true;
        QTest::newRow("fractional") << QByteArray(R"({"exp":1796000000.5})") << true;
        QTest::newRow("huge") << QByteArray(R"({"exp":17965555555555555555555555555555555555550})") << false;
        QTest::newRow("huge negative") << QByteArray(R"({"exp":-1e300})") << false;
        QTest::newRow("past year 9999") << QByteArray(R"({"exp":1e12})") << false;
        QTest::newRow("string") << QByteArray(R"({"exp":"1796000000"})") << false;
    }
    void expiryOutOfRange()
    {
        QFETCH(QByteArray, claims);
        QFETCH(bool, valid);
        const QDateTime expiry = ccri::net::JwtDecoder::expiry(QJsonDocument::fromJson(claims).object());
        QCOMPARE(expiry.isValid(), valid);
    }
};

QTEST_GUILESS_MAIN(FhirFuzzRegressionTest)
#include "FhirFuzzRegressionTest.moc"
