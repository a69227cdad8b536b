// The client assertion's claims and header (RFC 7523 §3, SMART App Launch 2.2 "Client
// Authentication: Asymmetric"), and the refusal sentences: each rule named from the server's words.
#include "app/auth/ClientAssertion.h"
#include "app/crypto/CompactJws.h"

#include <QTest>

using ccri::auth::ClientAssertion;
namespace crypto = ccri::crypto;

class TestClientAssertion : public QObject
{
    Q_OBJECT

private slots:
    void claimsAndHeader()
    {
        const auto key = crypto::SigningKey::generate(crypto::JwsAlgorithm::Id::ES384);
        QVERIFY(key);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QUrl endpoint(QStringLiteral("https://server.example/auth/token"));
        const auto first = ClientAssertion::make(*key, QStringLiteral("my-service"), endpoint, now);
        const auto second = ClientAssertion::make(*key, QStringLiteral("my-service"), endpoint, now);
        QVERIFY(first && second);
        const auto verified = crypto::CompactJws::verify(*first, crypto::JwkSet({key->verifyingKey()}));
        QVERIFY2(verified.ok(), qPrintable(verified.message));
        const auto text = [](const nlohmann::json& value) { return QString::fromStdString(value.get<std::string>()); };
        QCOMPARE(text(verified.header["alg"]), QStringLiteral("ES384"));
        QCOMPARE(text(verified.header["typ"]), QStringLiteral("JWT"));
        QCOMPARE(text(verified.header["kid"]), key->thumbprint());
        QCOMPARE(text(verified.claims["iss"]), QStringLiteral("my-service"));
        QCOMPARE(text(verified.claims["sub"]), QStringLiteral("my-service"));
        QCOMPARE(text(verified.claims["aud"]), QStringLiteral("https://server.example/auth/token"));
        QCOMPARE(verified.claims["iat"].get<qint64>(), qint64(1800000000));
        QCOMPARE(verified.claims["exp"].get<qint64>(), qint64(1800000000 + 240)); // under 5 minutes, with room
        const auto other = crypto::CompactJws::parse(*second);
        QVERIFY(other);
        QVERIFY(text(verified.claims["jti"]) != text(other->claims["jti"])); // a fresh jti each time
    }

    void refusalsNameTheRule_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("words");
        QTest::newRow("aud") << "Invalid 'aud' claim in client assertion JWT: expected https://s/auth/token"
                             << "audience (aud)";
        QTest::newRow("iss/sub") << "Invalid 'iss'/'sub' claims in client assertion JWT"
                                 << "(iss, sub)";
        QTest::newRow("expired") << "Invalid 'exp' claim in client assertion JWT: the JWT has expired"
                                 << "had expired (exp)";
        QTest::newRow("too far") << "Invalid 'exp' claim in client assertion JWT: must be no more than 5 minutes "
                                    "in the future"
                                 << "too far ahead";
        QTest::newRow("jti") << "Invalid 'jti' claim in client assertion JWT: this jti has already been used"
                             << "already used";
        QTest::newRow("kid") << "Invalid 'kid' header in client assertion JWT: no key with this kid in the client's "
                                "key set"
                             << "(its kid)";
        QTest::newRow("alg") << "Invalid 'alg' header in client assertion JWT"
                             << "algorithm (alg)";
        QTest::newRow("alg naming the kid") << "Invalid 'alg' header in client assertion JWT: the key with this kid is "
                                               "for ES384"
                                            << "algorithm (alg)";
        QTest::newRow("signature") << "Invalid signature in client assertion JWT"
                                   << "signature wrong";
        QTest::newRow("jwks") << "The client's JWKS endpoint http://127.0.0.1:9/jwks can't be reached: refused"
                              << "could not fetch this client's public keys";
        QTest::newRow("unknown") << "Unknown client in client assertion JWT: nobody"
                                 << "does not know the client id";
        QTest::newRow("method") << "Client x is not registered for private_key_jwt"
                                << "(private_key_jwt)";
    }
    void refusalsNameTheRule()
    {
        QFETCH(QString, description);
        QFETCH(QString, words);
        const QString sentence = ClientAssertion::explainRefusal(description, QStringLiteral("x"),
                                                                 QUrl(QStringLiteral("https://s/auth/token")));
        QVERIFY2(sentence.contains(words), qPrintable(sentence));
        QVERIFY2(sentence.contains(description), qPrintable(sentence)); // the server's own words too
    }
};

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "TestClientAssertion.moc"
