// The access-token validator the FHIR API relies on: each check with its failing twin (tampered, wrong key,
// alg none, wrong iss, wrong aud, expired, revoked, malformed, scheme); and its cache of verified
// tokens, which never outlives an expiry or a revocation.
#include "app/core/Base64Url.h"
#include "app/crypto/CompactJws.h"
#include "sandbox/auth/JwtAccessTokenValidator.h"
#include "sandbox/auth/JwtSigner.h"
#include "sandbox/auth/RevocationList.h"
#include "sandbox/server/SandboxClock.h"
#include "sandbox/server/SandboxUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace ccri::sandbox;
using ccri::Base64Url;

class TestSandboxAuthJwt : public QObject
{
    Q_OBJECT

private slots:
    void validTokenGivesContext();
    void bearerSchemeAnyCase();
    void missingOrOtherSchemeRefused();
    void tamperedPayloadRefused();
    void tamperedSignatureRefused();
    void otherKeyRefused();
    void otherKeySameKidRefused();
    void hs256Refused();
    void algNoneRefused();
    void wrongIssuerRefused();
    void wrongAudienceRefused();
    void expiredRefused();
    void revokedRefused();
    void cachedTokenRevokedRefusedAtOnce();
    void cachedTokenExpiresWithTheClock();
    void refusedTokenNotCached();
    void malformedRefused_data();
    void malformedRefused();

private:
    QJsonObject claims(qint64 lifetime = 300) const;
    std::optional<AccessContext> check(const QByteArray& token, QString* error = nullptr) const;

    SandboxUrls m_urls {QUrl(QStringLiteral("http://127.0.0.1:9999"))};
    SandboxClock m_clock;
    RevocationList m_revocations;
    JwtSigner m_signer;
    JwtAccessTokenValidator m_validator {m_signer, m_revocations, m_clock, m_urls};
};

QJsonObject TestSandboxAuthJwt::claims(qint64 lifetime) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    return {{"iss", m_urls.issuer()},
            {"sub", "clinician"},
            {"aud", m_urls.fhirBase().toString()},
            {"iat", now},
            {"exp", now + lifetime},
            {"jti", "jti-1"},
            {"scope", "user/Patient.read launch/patient"},
            {"client_id", "ccri-explorer"},
            {"patient", "1"},
            {"fhirUser", "Practitioner/1"}};
}

std::optional<AccessContext> TestSandboxAuthJwt::check(const QByteArray& token, QString* error) const
{
    return m_validator.validate("Bearer " + token, error);
}

void TestSandboxAuthJwt::validTokenGivesContext()
{
    QString error;
    const auto context = check(m_signer.sign(claims()), &error);
    QVERIFY2(context, qPrintable(error));
    QCOMPARE(context->subject, QStringLiteral("clinician"));
    QCOMPARE(context->clientId, QStringLiteral("ccri-explorer"));
    QCOMPARE(context->patientId, QStringLiteral("1"));
    QCOMPARE(context->fhirUser, QStringLiteral("Practitioner/1"));
    QVERIFY(context->scopes.containsText(QStringLiteral("user/Patient.read")));
    QCOMPARE(context->expires.toSecsSinceEpoch(), claims().value("exp").toInteger());
}

void TestSandboxAuthJwt::bearerSchemeAnyCase()
{
    QVERIFY(m_validator.validate("bearer " + m_signer.sign(claims()), nullptr));
    QVERIFY(m_validator.validate("BEARER " + m_signer.sign(claims()), nullptr));
}

void TestSandboxAuthJwt::missingOrOtherSchemeRefused()
{
    QString error;
    QVERIFY(!m_validator.validate(QByteArray(), &error));
    QCOMPARE(error, QStringLiteral("Unauthorised access to protected resource"));
    QVERIFY(!m_validator.validate("Basic " + m_signer.sign(claims()), &error));
    QCOMPARE(error, QStringLiteral("Unauthorised access to protected resource"));
}

void TestSandboxAuthJwt::tamperedPayloadRefused()
{
    const QList<QByteArray> parts = m_signer.sign(claims()).split('.');
    QJsonObject forged = claims();
    forged.insert("scope", "user/*.*");
    const QByteArray token = parts.at(0) + '.' + Base64Url::encode(QJsonDocument(forged).toJson(QJsonDocument::Compact))
        + '.' + parts.at(2);
    QString error;
    QVERIFY(!check(token, &error));
    QCOMPARE(error, QStringLiteral("The access token's signature is not valid."));
}

void TestSandboxAuthJwt::tamperedSignatureRefused()
{
    QByteArray token = m_signer.sign(claims());
    token[token.size() - 2] = token.at(token.size() - 2) == 'A' ? 'B' : 'A';
    QVERIFY(!check(token));
}

void TestSandboxAuthJwt::otherKeyRefused()
{
    const JwtSigner other;
    QString error;
    QVERIFY(!check(other.sign(claims()), &error));
    QVERIFY2(error.contains(QStringLiteral("key this server does not have")), qPrintable(error));
}

void TestSandboxAuthJwt::otherKeySameKidRefused()
{
    // Another key that claims this server's kid: the signature gives it away.
    const auto other = ccri::crypto::SigningKey::generate(ccri::crypto::JwsAlgorithm::Id::RS256);
    const QByteArray json = QJsonDocument(claims()).toJson(QJsonDocument::Compact);
    const auto token = ccri::crypto::CompactJws::sign({{"kid", m_signer.key().kid().toStdString()}},
                                                      nlohmann::json::parse(json.toStdString()), *other);
    QString error;
    QVERIFY(!check(*token, &error));
    QCOMPARE(error, QStringLiteral("The access token's signature is not valid."));
}

void TestSandboxAuthJwt::hs256Refused()
{
    // The sandbox's old HS256 tokens, or an HMAC made with the public key as the secret (RFC 8725 §2.1).
    const QByteArray input = Base64Url::encode(R"({"alg":"HS256","typ":"JWT"})") + '.'
        + Base64Url::encode(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
    const QByteArray key = QByteArray::fromStdString(m_signer.keySet().serialise().toStdString());
    const QByteArray mac = QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256);
    QString error;
    QVERIFY(!check(input + '.' + Base64Url::encode(mac), &error));
    QVERIFY2(error.contains(QStringLiteral("algorithm (RS256)")), qPrintable(error));
    // Its twin: the server's own RS256 token passes.
    QVERIFY(check(m_signer.sign(claims())));
}

void TestSandboxAuthJwt::algNoneRefused()
{
    const QByteArray header = Base64Url::encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    const QByteArray payload = Base64Url::encode(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
    QVERIFY(!check(header + '.' + payload + '.'));
    QString error;
    QVERIFY(!check(header + '.' + payload + '.' + Base64Url::encode("x"), &error));
    QVERIFY(error.contains("algorithm"));
}

void TestSandboxAuthJwt::wrongIssuerRefused()
{
    QJsonObject c = claims();
    c.insert("iss", "https://data.developer.nhs.uk/ccri-auth");
    QString error;
    QVERIFY(!check(m_signer.sign(c), &error));
    QVERIFY(error.contains("another authorization server"));
}

void TestSandboxAuthJwt::wrongAudienceRefused()
{
    QJsonObject c = claims();
    c.insert("aud", "ccri-explorer"); // what the CCRI put there (the client id)
    QString error;
    QVERIFY(!check(m_signer.sign(c), &error));
    QVERIFY(error.contains("aud"));
    c.insert("aud", QJsonArray {"other", m_urls.fhirBase().toString()});
    QVERIFY(check(m_signer.sign(c)));
}

void TestSandboxAuthJwt::expiredRefused()
{
    const QByteArray token = m_signer.sign(claims(60));
    QVERIFY(check(token));
    m_clock.advance(61);
    QString error;
    QVERIFY(!check(token, &error));
    QCOMPARE(error, QStringLiteral("OAuth2 Authentication Token has expired."));
}

void TestSandboxAuthJwt::revokedRefused()
{
    QJsonObject c = claims();
    c.insert("jti", "to-revoke");
    const QByteArray token = m_signer.sign(c);
    QVERIFY(check(token));
    m_revocations.revoke(QStringLiteral("to-revoke"), m_clock.now().addSecs(300));
    QString error;
    QVERIFY(!check(token, &error));
    QCOMPARE(error, QStringLiteral("The access token has been revoked."));
}

void TestSandboxAuthJwt::cachedTokenRevokedRefusedAtOnce()
{
    QJsonObject c = claims();
    c.insert("jti", "cached-then-revoked");
    const QByteArray token = m_signer.sign(c);
    const qsizetype before = m_validator.cachedTokens();
    QVERIFY(check(token));
    QCOMPARE(m_validator.cachedTokens(), before + 1); // verified once, claims kept
    QVERIFY(check(token)); // from the cache
    QCOMPARE(m_validator.cachedTokens(), before + 1);
    m_revocations.revoke(QStringLiteral("cached-then-revoked"), m_clock.now().addSecs(300));
    QString error;
    QVERIFY(!check(token, &error)); // the very next use
    QCOMPARE(error, QStringLiteral("The access token has been revoked."));
    QJsonObject introspected;
    QVERIFY(!m_validator.validateToken(token, nullptr, &introspected));
}

void TestSandboxAuthJwt::cachedTokenExpiresWithTheClock()
{
    QJsonObject c = claims(30);
    c.insert("jti", "cached-then-expired");
    const QByteArray token = m_signer.sign(c);
    QJsonObject first;
    QVERIFY(m_validator.validateToken(token, nullptr, &first));
    QJsonObject second;
    QVERIFY(m_validator.validateToken(token, nullptr, &second)); // cached: the same claims
    QCOMPARE(second, first);
    m_clock.advance(31);
    QString error;
    QVERIFY(!check(token, &error));
    QCOMPARE(error, QStringLiteral("OAuth2 Authentication Token has expired."));
}

void TestSandboxAuthJwt::refusedTokenNotCached()
{
    const qsizetype before = m_validator.cachedTokens();
    QJsonObject c = claims();
    c.insert("aud", "http://elsewhere.example/fhir");
    QString error;
    QVERIFY(!check(m_signer.sign(c), &error));
    QVERIFY(!check(m_signer.sign(c), &error));
    QCOMPARE(error, QStringLiteral("The access token is meant for another FHIR server (aud)."));
    QCOMPARE(m_validator.cachedTokens(), before);
}

void TestSandboxAuthJwt::malformedRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one part") << QByteArray("abc");
    QTest::newRow("four parts") << QByteArray("a.b.c.d");
    QTest::newRow("not base64") << QByteArray("!!.??.**");
    QTest::newRow("not json") << (Base64Url::encode("nope") + '.' + Base64Url::encode("nope") + ".abc");
    QTest::newRow("opaque") << QByteArray("2YotnFZFEjr1zCsicMWpAA");
}

void TestSandboxAuthJwt::malformedRefused()
{
    QFETCH(QByteArray, token);
    QString error;
    QVERIFY(!check(token, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxAuthJwt)
#include "TestSandboxAuthJwt.moc"
