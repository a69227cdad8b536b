// What the fuzzers found in the explorer's sign-in parsing (app/auth), as readable regression cases.
// The raw inputs also live in tests/fuzz/corpus/<target>/crash-* and are replayed by FuzzReplay_*.
#include "app/auth/TokenRecord.h"

#include <QtTest>

class AuthFuzzRegressionTest : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_token_response, crash-expires-in-out-of-range: `expires_in` of 9.2e35 went through
    // nlohmann's get<qint64>() (undefined behaviour, UBSan float-cast-overflow). Now a lifetime
    // beyond ten years, or one that is not a positive number, leaves the expiry unknown.
    void expiresInOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("expiresIn");
        QTest::addColumn<qint64>("lifetime");
        QTest::newRow("normal") << QByteArray("3599") << qint64(3599);
        QTest::newRow("string") << QByteArray("\"3600\"") << qint64(3600);
        QTest::newRow("fraction") << QByteArray("59.9") << qint64(59);
        QTest::newRow("found by the fuzzer") << QByteArray("9223372036854775e20") << qint64(-1);
        QTest::newRow("largest integer") << QByteArray("9223372036854775807") << qint64(-1);
        QTest::newRow("huge string") << QByteArray("\"1e300\"") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-60") << qint64(-1);
        QTest::newRow("words") << QByteArray("\"an hour\"") << qint64(-1);
    }
    void expiresInOutOfRange()
    {
        QFETCH(QByteArray, expiresIn);
        QFETCH(qint64, lifetime);
        const QByteArray body = R"({"access_token":"abc","token_type":"Bearer","expires_in":)" + expiresIn + "}";
        QString error;
        const auto record = ccri::auth::TokenRecord::fromTokenResponse(
            body, QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC), QString(), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->lifetimeSeconds(), lifetime);
        QCOMPARE(record->expiresAt.isValid(), lifetime > 0);
    }
};

QTEST_GUILESS_MAIN(AuthFuzzRegressionTest)
#include "AuthFuzzRegressionTest.moc"
