#include "Pkce.h"

#include "Base64Url.h"
#include "SecretCompare.h"

#include <QCryptographicHash>

namespace ccri::sandbox {

bool Pkce::isValidVerifier(const QString& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
            || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

bool Pkce::isValidChallenge(const QString& challenge)
{
    return challenge.size() == 43 && Base64Url::isBase64Url(challenge.toLatin1());
}

QString Pkce::challengeFor(const QString& verifier)
{
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

bool Pkce::verify(const QString& verifier, const QString& challenge)
{
    if (!isValidVerifier(verifier))
        return false;
    return SecretCompare::equal(challengeFor(verifier).toLatin1(), challenge.toLatin1());
}

} // namespace ccri::sandbox
