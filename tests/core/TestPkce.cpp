#include "app/core/Pkce.h"

#include <QSet>
#include <QTest>

using ccri::Pkce;

class TestPkce : public QObject
{
    Q_OBJECT
private slots:
    void challengeMatchesRfc7636AppendixB()
    {
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void challengeHasNoPadding()
    {
        for (int i = 0; i < 50; ++i) {
            const Pkce pkce;
            QCOMPARE(pkce.challenge().size(), 43); // 32 bytes in base64url without '='
            QVERIFY(!pkce.challenge().contains('='));
            QVERIFY(!pkce.challenge().contains('+'));
            QVERIFY(!pkce.challenge().contains('/'));
        }
    }

    void lengthIsClampedTo43To128_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("expected");
        QTest::newRow("too short") << 10 << 43;
        QTest::newRow("minimum") << 43 << 43;
        QTest::newRow("default") << Pkce::DefaultLength << Pkce::DefaultLength;
        QTest::newRow("maximum") << 128 << 128;
        QTest::newRow("too long") << 500 << 128;
    }
    void lengthIsClampedTo43To128()
    {
        QFETCH(int, asked);
        QFETCH(int, expected);
        QCOMPARE(Pkce::generateVerifier(asked).size(), expected);
    }

    void verifierUsesOnlyUnreservedCharacters()
    {
        for (int i = 0; i < 200; ++i)
            QVERIFY(Pkce::isValidVerifier(Pkce::generateVerifier(128)));
        QVERIFY(!Pkce::isValidVerifier("short"));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(43, 'a') + '+'));
    }

    void verifiersDifferAndCoverTheWholeAlphabet()
    {
        QSet<QByteArray> seen;
        QSet<char> characters;
        for (int i = 0; i < 500; ++i) {
            const QByteArray verifier = Pkce::generateVerifier(128);
            QVERIFY(!seen.contains(verifier));
            seen.insert(verifier);
            for (char c : verifier)
                characters.insert(c);
        }
        QCOMPARE(characters.size(), 66); // every unreserved character turns up
    }

    void distributionHasNoModuloBias()
    {
        // 64,000 characters over 66 symbols: ~970 each. With modulo bias over bytes, the first 58
        // symbols would be ~1.5 times as frequent as the rest (4 chances out of 256 against 3).
        QHash<char, int> counts;
        for (int i = 0; i < 500; ++i) {
            for (char c : Pkce::generateVerifier(128))
                counts[c]++;
        }
        const double expected = 500.0 * 128 / 66;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(std::abs(it.value() - expected) < expected * 0.2, qPrintable(QString(QChar(it.key()))));
    }
    // The sandbox's side (RFC 7636 §4.6): a verifier matches its challenge, and nothing else does.
    void verifyChecksTheVerifierAgainstTheChallenge()
    {
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QByteArray challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        QVERIFY(Pkce::isValidChallenge(challenge));
        QVERIFY(Pkce::verify(verifier, challenge));
        QVERIFY(!Pkce::verify("short", challenge));
        QVERIFY(!Pkce::verify(Pkce::generateVerifier(64), challenge));
        QVERIFY(!Pkce::isValidChallenge(challenge + '='));
        QVERIFY(!Pkce::isValidChallenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM"));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
