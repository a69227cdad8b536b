// Fuzz target: a token endpoint's answer (code exchange, refresh, client credentials) into a
// TokenRecord, the record's keychain JSON round trip, and the id_token inside it.
#include "app/auth/TokenRecord.h"
#include "app/net/JwtDecoder.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    ccri::auth::TokenRecord previous;
    previous.accessToken = QStringLiteral("previous-access");
    previous.refreshToken = QStringLiteral("previous-refresh");
    previous.scope = QStringLiteral("user/Patient.read offline_access");
    QString error;
    const std::optional<ccri::auth::TokenRecord> record = ccri::auth::TokenRecord::fromTokenResponse(
        bytes, now, QStringLiteral("user/Patient.read openid fhirUser offline_access"), &error,
        (size & 1) ? &previous : nullptr);
    if (!record) {
        if (error.isEmpty())
            qFatal("a refused token response must say why");
        return 0;
    }
    if (record->accessToken.isEmpty())
        qFatal("a record without an access token");
    (void)record->isExpired(now);
    (void)record->lifetimeSeconds();
    const std::optional<ccri::auth::TokenRecord> stored = ccri::auth::TokenRecord::fromJson(record->toJson(), &error);
    if (!stored || stored->accessToken != record->accessToken || stored->refreshToken != record->refreshToken
        || stored->expiresAt != record->expiresAt)
        qFatal("the keychain record does not round-trip");
    const ccri::net::JwtDecoder::Identity idToken = ccri::net::JwtDecoder::identity(record->idToken);
    (void)idToken.displayName();
    return 0;
}
