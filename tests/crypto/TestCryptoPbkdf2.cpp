// ccri::crypto::Pbkdf2 (OpenSSL) against Qt's own PBKDF2 (QPasswordDigestor), an independent
// implementation: the same bytes for the sandbox's parameters and for edge cases; bad arguments empty.
#include "app/crypto/Pbkdf2.h"

#include <QPasswordDigestor>
#include <QTest>

using ccri::crypto::Pbkdf2;

class TestCryptoPbkdf2 : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQt_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("keyBytes");
        QTest::newRow("the sandbox's") << QByteArray("password") << QByteArray("0123456789abcdef") << 20000 << 32;
        QTest::newRow("one iteration") << QByteArray("passwd") << QByteArray("salt") << 1 << 64;
        QTest::newRow("empty password") << QByteArray() << QByteArray("salt") << 10 << 32;
        QTest::newRow("UTF-8, longer key")
            << QStringLiteral("pässwörd ✓").toUtf8() << QByteArray(16, '\0') << 100 << 80;
    }
    void sameBytesAsQt()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(int, keyBytes);
        const QByteArray key = Pbkdf2::sha256(password, salt, iterations, keyBytes);
        QCOMPARE(key.size(), keyBytes);
        QCOMPARE(key.toHex(),
                 QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, iterations,
                                                    quint64(keyBytes))
                     .toHex());
    }

    void badArgumentsGiveNothing()
    {
        QVERIFY(Pbkdf2::sha256("password", "salt", 0, 32).isEmpty());
        QVERIFY(Pbkdf2::sha256("password", "salt", 1000, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCryptoPbkdf2)
#include "TestCryptoPbkdf2.moc"
