// ccri::crypto against the RFCs' own examples (RFC 7638 §3.1 thumbprint, RFC 7515 A.2 RS256 and A.3
// ES256) and round trips per algorithm; each rule with its failing twin.
#include "app/core/Base64Url.h"
#include "app/crypto/CompactJws.h"
#include "app/crypto/JwkSet.h"
#include "app/crypto/SigningKey.h"
#include "app/crypto/VerifyingKey.h"

#include <QTest>

using namespace ccri::crypto;
using ccri::Base64Url;
using json = nlohmann::json;

namespace {
// RFC 7638 §3.1 (the RFC 7517 A.1 key).
const char* kRfc7638N
    = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRX"
      "jBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAt"
      "aSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPks"
      "INHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
// RFC 7515 A.2 (RS256).
const char* kA2N
    = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-y"
      "RT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KX"
      "BdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaG"
      "Nj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
const char* kA2Token
    = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19y"
      "b290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YK"
      "t_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMH"
      "lb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipU"
      "TI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
// RFC 7515 A.3 (ES256).
const char* kA3X = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
const char* kA3Y = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
const char* kA3Token
    = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19y"
      "b290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

JwkSet setOf(const json& jwk)
{
    QString error;
    const auto key = VerifyingKey::fromJwk(jwk, &error);
    if (!key)
        qFatal("%s", qPrintable(error));
    return JwkSet({*key});
}

QByteArray flipLastSignatureByte(QByteArray token)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray signature = *Base64Url::decode(parts[2]);
    signature[signature.size() - 1] = static_cast<char>(signature.back() ^ 0x01);
    parts[2] = Base64Url::encode(signature);
    return parts.join('.');
}

// One key per algorithm, made once (RSA 4096 for RS512 takes a moment).
const SigningKey& keyFor(JwsAlgorithm::Id id)
{
    static std::map<JwsAlgorithm::Id, SigningKey> keys;
    auto it = keys.find(id);
    if (it == keys.end())
        it = keys.emplace(id, *SigningKey::generate(id)).first;
    return it->second;
}
} // namespace

class TestCryptoJws : public QObject
{
    Q_OBJECT

private slots:
    void rfc7638Thumbprint();
    void rfc7515A2Rs256Verifies();
    void rfc7515A2TamperedRefused();
    void rfc7515A3Es256Verifies();
    void roundTripPerAlgorithm_data();
    void roundTripPerAlgorithm();
    void generatedKeySizes();
    void ecSignatureIsRawRAndS();
    void derEcSignatureRefused();
    void pemRoundTrip();
    void pemRefusals();
    void jwkRefusals_data();
    void jwkRefusals();
    void unsupportedAlgorithmsRefused_data();
    void unsupportedAlgorithmsRefused();
    void unknownKidRefused();
    void otherKeyRefused();
    void malformedRefused_data();
    void malformedRefused();
    void keySetParsing();
};

void TestCryptoJws::rfc7638Thumbprint()
{
    const auto key = VerifyingKey::fromJwk(
        json {{"kty", "RSA"}, {"n", kRfc7638N}, {"e", "AQAB"}, {"alg", "RS256"}, {"kid", "2011-04-29"}});
    QVERIFY(key);
    QCOMPARE(key->thumbprint(), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    QCOMPARE(key->kid(), QStringLiteral("2011-04-29")); // the JWK's own kid is kept
    // Without a kid, the thumbprint is the kid.
    const auto bare = VerifyingKey::fromJwk(json {{"kty", "RSA"}, {"n", kRfc7638N}, {"e", "AQAB"}});
    QCOMPARE(bare->kid(), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
}

void TestCryptoJws::rfc7515A2Rs256Verifies()
{
    const auto result = CompactJws::verify(kA2Token, setOf({{"kty", "RSA"}, {"n", kA2N}, {"e", "AQAB"}}));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.claims.at("iss") == "joe");
    QVERIFY(result.claims.at("exp") == 1300819380);
}

void TestCryptoJws::rfc7515A2TamperedRefused()
{
    const JwkSet keys = setOf({{"kty", "RSA"}, {"n", kA2N}, {"e", "AQAB"}});
    const auto flipped = CompactJws::verify(flipLastSignatureByte(kA2Token), keys);
    QCOMPARE(flipped.status, CompactJws::Status::BadSignature);
    QVERIFY(!flipped.message.isEmpty());
    // Another payload under the same signature.
    QList<QByteArray> parts = QByteArray(kA2Token).split('.');
    parts[1] = Base64Url::encode(R"({"iss":"eve","exp":1300819380})");
    QCOMPARE(CompactJws::verify(parts.join('.'), keys).status, CompactJws::Status::BadSignature);
}

void TestCryptoJws::rfc7515A3Es256Verifies()
{
    const JwkSet keys = setOf({{"kty", "EC"}, {"crv", "P-256"}, {"x", kA3X}, {"y", kA3Y}});
    const auto result = CompactJws::verify(kA3Token, keys);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(CompactJws::verify(flipLastSignatureByte(kA3Token), keys).status, CompactJws::Status::BadSignature);
}

void TestCryptoJws::roundTripPerAlgorithm_data()
{
    QTest::addColumn<int>("id");
    for (const JwsAlgorithm& algorithm : JwsAlgorithm::all())
        QTest::newRow(qPrintable(algorithm.name())) << static_cast<int>(algorithm.id());
}

void TestCryptoJws::roundTripPerAlgorithm()
{
    QFETCH(int, id);
    const SigningKey& key = keyFor(static_cast<JwsAlgorithm::Id>(id));
    const json claims = {{"sub", "clinician"}, {"n", 1}};
    QString error;
    const auto token = CompactJws::sign({{"typ", "JWT"}}, claims, key, &error);
    QVERIFY2(token, qPrintable(error));
    JwkSet keys;
    keys.add(*VerifyingKey::fromJwk(key.publicJwk())); // through the published JWK, as a client would
    const auto result = CompactJws::verify(*token, keys);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.claims == claims);
    QCOMPARE(QString::fromStdString(result.header.at("alg")), key.algorithm().name());
    QCOMPARE(QString::fromStdString(result.header.at("kid")), key.thumbprint());
    QCOMPARE(CompactJws::verify(flipLastSignatureByte(*token), keys).status, CompactJws::Status::BadSignature);

    const json jwk = key.publicJwk();
    QVERIFY(jwk.at("use") == "sig");
    QCOMPARE(QString::fromStdString(jwk.at("alg")), key.algorithm().name());
    QCOMPARE(QString::fromStdString(jwk.at("kty")), key.algorithm().keyType());
    for (const char* secret : {"d", "p", "q", "dp", "dq", "qi"})
        QVERIFY2(!jwk.contains(secret), secret);
}

void TestCryptoJws::generatedKeySizes()
{
    auto modulusBits = [](const SigningKey& key) {
        return Base64Url::decode(QByteArray::fromStdString(key.publicJwk().at("n")))->size() * 8;
    };
    QCOMPARE(modulusBits(keyFor(JwsAlgorithm::Id::RS256)), 2048);
    QCOMPARE(modulusBits(keyFor(JwsAlgorithm::Id::RS512)), 4096); // NHS England signed JWT authentication
    QVERIFY(keyFor(JwsAlgorithm::Id::ES256).publicJwk().at("crv") == "P-256");
    QVERIFY(keyFor(JwsAlgorithm::Id::ES384).publicJwk().at("crv") == "P-384");
}

void TestCryptoJws::ecSignatureIsRawRAndS()
{
    for (const auto id : {JwsAlgorithm::Id::ES256, JwsAlgorithm::Id::ES384}) {
        const JwsAlgorithm algorithm(id);
        // Many signatures: a DER signature varies in length (leading zeros of R and S); R‖S never does.
        for (int i = 0; i < 32; ++i) {
            const auto signature = keyFor(id).sign(QByteArray::number(i));
            QVERIFY(signature);
            QCOMPARE(signature->size(), algorithm.signatureBytes());
        }
    }
}

void TestCryptoJws::derEcSignatureRefused()
{
    // A DER signature (what OpenSSL gives before conversion) is not a JWS ES256 signature.
    const JwkSet keys = setOf({{"kty", "EC"}, {"crv", "P-256"}, {"x", kA3X}, {"y", kA3Y}});
    QList<QByteArray> parts = QByteArray(kA3Token).split('.');
    const QByteArray raw = *Base64Url::decode(parts[2]);
    QByteArray der = "\x30\x44\x02\x20" + raw.left(32) + "\x02\x20" + raw.mid(32);
    parts[2] = Base64Url::encode(der);
    const auto result = CompactJws::verify(parts.join('.'), keys);
    QCOMPARE(result.status, CompactJws::Status::BadSignature);
    QVERIFY2(result.message.contains(QStringLiteral("64 bytes")), qPrintable(result.message));
}

void TestCryptoJws::pemRoundTrip()
{
    for (const auto id : {JwsAlgorithm::Id::RS256, JwsAlgorithm::Id::ES256, JwsAlgorithm::Id::ES384}) {
        const SigningKey& key = keyFor(id);
        const QByteArray pem = key.toPem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8
        QString error;
        const auto again = SigningKey::fromPem(pem, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->thumbprint(), key.thumbprint());
        QCOMPARE(again->algorithm(), key.algorithm());
        // What one signs, the other's public key verifies.
        const auto token = CompactJws::sign({}, {{"a", 1}}, *again);
        QVERIFY(CompactJws::verify(*token, JwkSet({key.verifyingKey()})).ok());
    }
    // An RSA key read for RS384 signs RS384.
    const auto rs384 = SigningKey::fromPem(keyFor(JwsAlgorithm::Id::RS256).toPem(), nullptr, JwsAlgorithm::Id::RS384);
    QVERIFY(rs384);
    QCOMPARE(rs384->algorithm().name(), QStringLiteral("RS384"));
}

void TestCryptoJws::pemRefusals()
{
    QString error;
    QVERIFY(!SigningKey::fromPem("not a key", &error));
    QVERIFY2(error.contains(QStringLiteral("not a PEM private key")), qPrintable(error));
    // The wrong key type for the algorithm asked for.
    QVERIFY(!SigningKey::fromPem(keyFor(JwsAlgorithm::Id::ES256).toPem(), &error, JwsAlgorithm::Id::RS256));
    QVERIFY2(error.contains(QStringLiteral("EC key")), qPrintable(error));
    QVERIFY(!SigningKey::fromPem(keyFor(JwsAlgorithm::Id::RS256).toPem(), &error, JwsAlgorithm::Id::ES256));
    QVERIFY2(error.contains(QStringLiteral("RSA key")), qPrintable(error));
}

void TestCryptoJws::jwkRefusals_data()
{
    QTest::addColumn<QByteArray>("jwk");
    QTest::addColumn<QString>("words");
    const std::string n = kA2N;
    QTest::newRow("private d") << QByteArray::fromStdString(
        json {{"kty", "RSA"}, {"n", n}, {"e", "AQAB"}, {"d", "AQAB"}}.dump())
                               << "private member \"d\"";
    QTest::newRow("symmetric") << QByteArray(R"({"kty":"oct","k":"c2VjcmV0"})") << "private member \"k\"";
    QTest::newRow("kty for alg") << QByteArray::fromStdString(
        json {{"kty", "RSA"}, {"n", n}, {"e", "AQAB"}, {"alg", "ES256"}}.dump())
                                 << "needs kty EC";
    QTest::newRow("ec alg on rsa curve") << QByteArray::fromStdString(
        json {{"kty", "EC"}, {"crv", "P-256"}, {"x", kA3X}, {"y", kA3Y}, {"alg", "ES384"}}.dump())
                                         << "needs curve P-384";
    QTest::newRow("short rsa") << QByteArray::fromStdString(
        json {{"kty", "RSA"}, {"n", Base64Url::encode(QByteArray(128, '\x7f')).toStdString()}, {"e", "AQAB"}}.dump())
                               << "too short (1024 bits)";
    // RFC 8017 §3.1: n odd, e odd with 3 <= e < n.
    QTest::newRow("even n") << QByteArray::fromStdString(
        json {{"kty", "RSA"}, {"n", Base64Url::encode(QByteArray(256, '\x7e')).toStdString()}, {"e", "AQAB"}}.dump())
                            << "do not make a valid public key";
    QTest::newRow("e of 1") << QByteArray::fromStdString(json {{"kty", "RSA"}, {"n", n}, {"e", "AQ"}}.dump())
                            << "do not make a valid public key";
    QTest::newRow("even e") << QByteArray::fromStdString(json {{"kty", "RSA"}, {"n", n}, {"e", "AQAA"}}.dump())
                            << "do not make a valid public key";
    QTest::newRow("use enc") << QByteArray::fromStdString(
        json {{"kty", "RSA"}, {"n", n}, {"e", "AQAB"}, {"use", "enc"}}.dump())
                             << "not \"sig\"";
    QTest::newRow("short x") << QByteArray::fromStdString(
        json {{"kty", "EC"}, {"crv", "P-256"}, {"x", "AQAB"}, {"y", kA3Y}}.dump())
                             << "32 bytes each";
    QTest::newRow("off curve") << QByteArray::fromStdString(
        json {{"kty", "EC"}, {"crv", "P-256"}, {"x", kA3X}, {"y", kA3X}}.dump())
                               << "not on the curve";
    QTest::newRow("P-521") << QByteArray(R"({"kty":"EC","crv":"P-521","x":"AQAB","y":"AQAB"})") << "P-521";
    QTest::newRow("no kty") << QByteArray(R"({"n":"AQAB"})") << "no kty";
    QTest::newRow("HS256 alg") << QByteArray::fromStdString(
        json {{"kty", "RSA"}, {"n", n}, {"e", "AQAB"}, {"alg", "HS256"}}.dump())
                               << "not supported";
}

void TestCryptoJws::jwkRefusals()
{
    QFETCH(QByteArray, jwk);
    QFETCH(QString, words);
    QString error;
    QVERIFY(!VerifyingKey::fromJwk(json::parse(jwk.toStdString()), &error));
    QVERIFY2(error.contains(words), qPrintable(error));
}

void TestCryptoJws::unsupportedAlgorithmsRefused_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("words");
    QTest::newRow("none") << QByteArray(R"({"alg":"none"})") << "not signed";
    QTest::newRow("None") << QByteArray(R"({"alg":"None"})") << "not signed";
    QTest::newRow("HS256") << QByteArray(R"({"alg":"HS256"})") << "shared secret";
    QTest::newRow("PS256") << QByteArray(R"({"alg":"PS256"})") << "not supported";
    QTest::newRow("rs256 lowercase") << QByteArray(R"({"alg":"rs256"})") << "not supported";
    QTest::newRow("crit") << QByteArray(R"({"alg":"RS256","crit":["exp"],"exp":1})") << "critical";
}

void TestCryptoJws::unsupportedAlgorithmsRefused()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, words);
    // The A.2 signature under another header: refused for the algorithm before any key is tried.
    const QList<QByteArray> parts = QByteArray(kA2Token).split('.');
    const QByteArray token = Base64Url::encode(header) + '.' + parts[1] + '.' + parts[2];
    const auto result = CompactJws::verify(token, setOf({{"kty", "RSA"}, {"n", kA2N}, {"e", "AQAB"}}));
    QCOMPARE(result.status, CompactJws::Status::UnsupportedAlgorithm);
    QVERIFY2(result.message.contains(words), qPrintable(result.message));
    // alg none with an empty signature too.
    const auto unsigned_ = CompactJws::verify(Base64Url::encode(R"({"alg":"none"})") + '.' + parts[1] + '.',
                                              setOf({{"kty", "RSA"}, {"n", kA2N}, {"e", "AQAB"}}));
    QCOMPARE(unsigned_.status, CompactJws::Status::UnsupportedAlgorithm);
}

void TestCryptoJws::unknownKidRefused()
{
    const SigningKey& key = keyFor(JwsAlgorithm::Id::RS256);
    const auto token = CompactJws::sign({{"kid", "someone-else"}}, {{"a", 1}}, key);
    const auto result = CompactJws::verify(*token, JwkSet({key.verifyingKey()}));
    QCOMPARE(result.status, CompactJws::Status::UnknownKey);
    QVERIFY2(result.message.contains(QStringLiteral("someone-else")), qPrintable(result.message));
    // Its twin: the key's own kid is found.
    QVERIFY(CompactJws::verify(*CompactJws::sign({}, {{"a", 1}}, key), JwkSet({key.verifyingKey()})).ok());
    // No kid and two keys: which one is unknown.
    QList<QByteArray> parts = CompactJws::sign({}, {{"a", 1}}, key)->split('.');
    parts[0] = Base64Url::encode(R"({"alg":"RS256"})");
    const JwkSet two({key.verifyingKey(), keyFor(JwsAlgorithm::Id::ES256).verifyingKey()});
    QCOMPARE(CompactJws::verify(parts.join('.'), two).status, CompactJws::Status::UnknownKey);
}

void TestCryptoJws::otherKeyRefused()
{
    // Signed by one key, checked with another of the same kid: a bad signature, never ok.
    const SigningKey other = *SigningKey::generate(JwsAlgorithm::Id::ES256);
    const auto token = CompactJws::sign({{"kid", "k"}}, {{"a", 1}}, other);
    const VerifyingKey published(*VerifyingKey::fromJwk([] {
        json jwk = keyFor(JwsAlgorithm::Id::ES256).publicJwk();
        jwk["kid"] = "k";
        return jwk;
    }()));
    QCOMPARE(CompactJws::verify(*token, JwkSet({published})).status, CompactJws::Status::BadSignature);
    // An RS256 token checked against an EC key of its kid: refused, in words.
    const auto rsa = CompactJws::sign({{"kid", "k"}}, {{"a", 1}}, keyFor(JwsAlgorithm::Id::RS256));
    const auto result = CompactJws::verify(*rsa, JwkSet({published}));
    QCOMPARE(result.status, CompactJws::Status::BadSignature);
    QVERIFY2(result.message.contains(QStringLiteral("not RS256")), qPrintable(result.message));
}

void TestCryptoJws::malformedRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("two parts") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30");
    QTest::newRow("five parts (JWE)") << QByteArray("a.b.c.d.e");
    QTest::newRow("header not base64url") << QByteArray("eyJhbGciOiJSUzI1NiJ9+.e30.AA");
    QTest::newRow("header not JSON") << (Base64Url::encode("alg") + ".e30.AA");
    QTest::newRow("header array") << (Base64Url::encode("[1]") + ".e30.AA");
    QTest::newRow("payload string") << (Base64Url::encode(R"({"alg":"RS256"})") + '.' + Base64Url::encode("\"x\"")
                                        + ".AA");
    QTest::newRow("no alg") << (Base64Url::encode(R"({"kid":"x"})") + ".e30.AA");
    QTest::newRow("alg number") << (Base64Url::encode(R"({"alg":256})") + ".e30.AA");
    QTest::newRow("signature not base64url") << (Base64Url::encode(R"({"alg":"RS256"})") + ".e30.A=A");
    QTest::newRow("too long") << QByteArray(CompactJws::maxTokenBytes + 1, 'a');
}

void TestCryptoJws::malformedRefused()
{
    QFETCH(QByteArray, token);
    const auto result = CompactJws::verify(token, setOf({{"kty", "RSA"}, {"n", kA2N}, {"e", "AQAB"}}));
    QCOMPARE(result.status, CompactJws::Status::Malformed);
    QVERIFY(!result.message.isEmpty());
}

void TestCryptoJws::keySetParsing()
{
    const SigningKey& rsa = keyFor(JwsAlgorithm::Id::RS256);
    const SigningKey& ec = keyFor(JwsAlgorithm::Id::ES384);
    const JwkSet set({rsa.verifyingKey(), ec.verifyingKey()});
    QString error;
    const auto again = JwkSet::parse(set.serialise(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->keys().size(), size_t(2));
    QVERIFY(again->find(rsa.kid()));
    QVERIFY(again->find(ec.kid()));
    QVERIFY(!again->find(QStringLiteral("nobody")));
    // RFC 7517 §5: an encryption key and an unknown kty are skipped, not fatal.
    json withOthers = set.toJson();
    withOthers["keys"].push_back({{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", "AQAB"}});
    withOthers["keys"].push_back({{"kty", "EC"}, {"crv", "P-256"}, {"x", kA3X}, {"y", kA3Y}, {"use", "enc"}});
    QCOMPARE(JwkSet::fromJson(withOthers)->keys().size(), size_t(2));
    // A published private key or secret refuses the whole set, in words.
    json leaked = set.toJson();
    leaked["keys"][0]["d"] = "AQAB";
    QVERIFY(!JwkSet::fromJson(leaked, &error));
    QVERIFY2(error.contains(QStringLiteral("private member")), qPrintable(error));
    json secret = set.toJson();
    secret["keys"].push_back({{"kty", "oct"}, {"k", "c2VjcmV0"}});
    QVERIFY(!JwkSet::fromJson(secret, &error));
    QVERIFY2(error.contains(QStringLiteral("symmetric")), qPrintable(error));
    QVERIFY(!JwkSet::parse("{\"keys\":{}}", &error));
    QVERIFY(!JwkSet::parse("not json", &error));
}

QTEST_GUILESS_MAIN(TestCryptoJws)
#include "TestCryptoJws.moc"
