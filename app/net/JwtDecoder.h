#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ccri::net {

// Decodes a JWT's header and claims for display (RFC 7519 §7.2 steps 1-6 without any check). It
// verifies NOTHING (no signature, issuer, audience or expiry check): what it shows is what the token
// says about itself, and nothing is granted on its strength.
class JwtDecoder
{
public:
    struct Decoded
    {
        QJsonObject header;
        QJsonObject claims;
        bool hasSignature = false;
    };

    // The claims of an OpenID Connect id_token the explorer shows (who is signed in).
    struct Identity
    {
        QString subject; // `sub`
        QString fhirUser; // relative ("Practitioner/1") or absolute; older servers: `profile`
        QString name;

        bool isEmpty() const { return subject.isEmpty() && fhirUser.isEmpty() && name.isEmpty(); }
        QString displayName() const; // name, else fhirUser, else subject
    };

    // On failure: false and a sentence in *error (an opaque, non-JWT token is not an error of the
    // server; the sentence says the token is not a JWT).
    static bool decode(const QString& token, Decoded* decoded, QString* error = nullptr);
    // The `exp` claim as a time; invalid when absent.
    static QDateTime expiry(const QJsonObject& claims);
    // Who an id_token names; empty when it can't be read.
    static Identity identity(const QString& idToken);
};

} // namespace ccri::net
