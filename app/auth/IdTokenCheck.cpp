#include "app/auth/IdTokenCheck.h"

namespace ccri::auth {

IdTokenCheck::IdTokenCheck(Status status, const QString& kid, const QString& detail)
    : status(status)
    , kid(kid)
    , detail(detail)
{
}

bool IdTokenCheck::refusesSignIn() const
{
    switch (status) {
    case Status::NotChecked:
    case Status::Checked:
    case Status::NoJwksUri:
    case Status::KeySetUnreachable:
    case Status::Expired: // said; the explorer's clock may differ from the server's
    case Status::ClockSkew:
        return false;
    case Status::UnknownKid:
    case Status::BadSignature:
    case Status::WrongNonce:
    case Status::WrongIssuer:
    case Status::WrongAudience:
        return true;
    }
    return true;
}

QString IdTokenCheck::describe() const
{
    const QString kidText = kid.isEmpty() ? tr("no kid") : kid;
    QString text;
    switch (status) {
    case Status::NotChecked:
        text = tr("ID token not checked in this session: decoded for display only.");
        break;
    case Status::Checked:
        text = tr("ID token signature checked against the server's keys (kid %1); issuer, audience, nonce and "
                  "expiry match.")
                   .arg(kidText);
        break;
    case Status::NoJwksUri:
        text = tr("ID token signature not checked: the server does not publish its keys (no jwks_uri). Decoded "
                  "for display only.");
        break;
    case Status::KeySetUnreachable:
        text = tr("ID token signature not checked: the server's key set could not be read. Decoded for display "
                  "only.");
        break;
    case Status::UnknownKid:
        text = tr("The ID token was refused: none of the server's keys has its kid (%1).").arg(kidText);
        break;
    case Status::BadSignature:
        text = tr("The ID token was refused: its signature does not match the server's key (kid %1).").arg(kidText);
        break;
    case Status::WrongNonce:
        text = tr("The ID token was refused: its nonce is missing or is not the one this sign-in sent, so it may "
                  "have been replayed.");
        break;
    case Status::WrongIssuer:
        text = tr("The ID token was refused: it was issued by another server than the one signed in to.");
        break;
    case Status::WrongAudience:
        text = tr("The ID token was refused: it was not issued for this client.");
        break;
    case Status::Expired:
        text = tr("The ID token has expired (by this computer's clock).");
        break;
    case Status::ClockSkew:
        text = tr("The ID token's issue time (iat or nbf) is far from this computer's clock, so the server's clock "
                  "and this computer's differ. Tokens may be refused as not yet valid or expired early: check both "
                  "clocks.");
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    return text;
}

} // namespace ccri::auth
