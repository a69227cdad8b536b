// What the fuzzers found in the explorer's FHIR parsing (app/fhir), as readable regression cases.
// The raw inputs also live in tests/fuzz/corpus/<target>/crash-* and are replayed by FuzzReplay_*.
#include "app/fhir/ResourceSummary.h"
#include "app/net/JwtDecoder.h"

#include <nlohmann/json.hpp>
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

    // fuzz_bundle, crash-attachment-size-out-of-range: a DocumentReference's attachment `size` of
    // 1e34 was cast to qint64 (undefined behaviour, UBSan float-cast-overflow). Only an unsignedInt
    // that fits is a size now; anything else is "size not given" (-1).
    void attachmentSizeOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("normal") << QByteArray("2048") << qint64(2048);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("huge float") << QByteArray("1e34") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("12.5") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("past qint64") << QByteArray("18446744073709551615") << qint64(-1);
        QTest::newRow("string") << QByteArray(R"("2048")") << qint64(-1);
    }
    void attachmentSizeOutOfRange()
    {
        QFETCH(QByteArray, size);
        QFETCH(qint64, expected);
        const QByteArray document = R"({"resourceType":"DocumentReference","content":[{"attachment":)"
                                    R"({"contentType":"application/pdf","url":"Binary/b5","size":)"
            + size + "}}]}";
        const auto attachment = ccri::fhir::ResourceSummary::attachment(nlohmann::json::parse(document.toStdString()));
        QCOMPARE(attachment.size, expected);
        QCOMPARE(attachment.url, QStringLiteral("Binary/b5"));
    }
};

QTEST_GUILESS_MAIN(FhirFuzzRegressionTest)
#include "FhirFuzzRegressionTest.moc"
