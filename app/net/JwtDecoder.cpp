#include "app/net/JwtDecoder.h"

#include "app/core/Base64Url.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace ccri::net {

namespace {

// One base64url (RFC 7515 §2, no padding) part holding a JSON object.
bool decodePart(const QString& part, QJsonObject* object)
{
    const auto bytes = Base64Url::decode(part.toLatin1());
    if (!bytes) {
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    *object = document.object();
    return true;
}

} // namespace

bool JwtDecoder::decode(const QString& token, Decoded* decoded, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (token.isEmpty()) {
        return fail(QCoreApplication::translate("JwtDecoder", "There is no token."));
    }
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.size() > 3) {
        return fail(QCoreApplication::translate("JwtDecoder",
                                                "This token is not a JWT (it does not have the header.claims.signature "
                                                "shape), so there is nothing to decode; the server alone knows what "
                                                "it means."));
    }
    Decoded result;
    if (!decodePart(parts.at(0), &result.header)) {
        return fail(QCoreApplication::translate("JwtDecoder", "The token's header is not base64url-encoded JSON."));
    }
    if (!decodePart(parts.at(1), &result.claims)) {
        return fail(QCoreApplication::translate("JwtDecoder", "The token's claims are not base64url-encoded JSON."));
    }
    result.hasSignature = parts.size() == 3 && !parts.at(2).isEmpty();
    *decoded = result;
    return true;
}

QDateTime JwtDecoder::expiry(const QJsonObject& claims)
{
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    // Any number may come in: beyond year 9999 (or NaN) the claim is not a usable time.
    constexpr double maxSeconds = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!exp.isDouble() || !(std::fabs(exp.toDouble()) <= maxSeconds)) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

JwtDecoder::Identity JwtDecoder::identity(const QString& idToken)
{
    // An id_token is a signed JWS (OpenID Connect Core 1.0 §2): three parts; only the claims are read.
    Identity identity;
    const QStringList parts = idToken.split(QLatin1Char('.'));
    QJsonObject claims;
    if (parts.size() != 3 || !decodePart(parts.at(1), &claims)) {
        return identity;
    }
    identity.subject = claims.value(QLatin1String("sub")).toString();
    identity.fhirUser = claims.value(QLatin1String("fhirUser")).toString();
    if (identity.fhirUser.isEmpty()) {
        identity.fhirUser = claims.value(QLatin1String("profile")).toString();
    }
    identity.name = claims.value(QLatin1String("name")).toString();
    return identity;
}

QString JwtDecoder::Identity::displayName() const
{
    if (!name.isEmpty()) {
        return name;
    }
    if (!fhirUser.isEmpty()) {
        return fhirUser;
    }
    return subject;
}

} // namespace ccri::net
