#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ccri::fhir {

// Decodes a JWT's header and claims for display. It verifies NOTHING (no signature, issuer,
// audience or expiry check): what it shows is what the token says about itself.
class JwtDecoder
{
public:
    struct Decoded
    {
        QJsonObject header;
        QJsonObject claims;
        bool hasSignature = false;
    };

    // On failure: false and a sentence in *error (an opaque, non-JWT token is not an error of the
    // server; the sentence says the token is not a JWT).
    static bool decode(const QString& token, Decoded* decoded, QString* error = nullptr);
    // The `exp` claim as a time; invalid when absent.
    static QDateTime expiry(const QJsonObject& claims);
};

} // namespace ccri::fhir
