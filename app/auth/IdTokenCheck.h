#pragma once

#include <QCoreApplication>
#include <QString>

namespace ccri::auth {

// What the explorer found when it checked an id_token (OIDC Core §3.1.3.7), kept with the session
// for the token inspector. Only `Checked` means the signature was verified against the server's
// JWK Set and the claims matched. NoJwksUri and KeySetUnreachable do not refuse a sign-in (the
// id_token is only shown), every other outcome does.
class IdTokenCheck
{
    Q_DECLARE_TR_FUNCTIONS(IdTokenCheck)

public:
    enum class Status
    {
        NotChecked, // no id_token, or a session resumed from the keychain
        Checked,
        NoJwksUri,
        KeySetUnreachable,
        UnknownKid,
        BadSignature,
        WrongNonce,
        WrongIssuer,
        WrongAudience,
        Expired,
        ClockSkew // iat or nbf far from this computer's time: said, like Expired
    };
    // How far iat/nbf may be from this computer's clock before ClockSkew is said.
    static constexpr qint64 clockLeewaySeconds = 300;

    IdTokenCheck() = default;
    IdTokenCheck(Status status, const QString& kid = QString(), const QString& detail = QString());

    Status status = Status::NotChecked;
    QString kid; // the header's kid, when there was one
    QString detail; // what went wrong underneath (a network sentence, the crypto's sentence)

    bool isChecked() const { return status == Status::Checked; }
    // True for the outcomes that refuse the sign-in (or the refresh that brought the id_token).
    bool refusesSignIn() const;
    // One or two sentences for the user.
    QString describe() const;
};

} // namespace ccri::auth
