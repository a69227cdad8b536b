#pragma once

#include "app/auth/IdTokenCheck.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ccri::auth {

// What a token response gave us, kept as one JSON record in the keychain (never anywhere else):
// access token, refresh token, expiry, granted scope, patient context and id_token.
class TokenRecord
{
public:
    TokenRecord() = default;

    QString accessToken;
    QString tokenType = QStringLiteral("Bearer");
    QString refreshToken;
    QDateTime issuedAt; // UTC, when we received it
    QDateTime expiresAt; // UTC; invalid when the server gave no expires_in
    QString scope; // as granted (the response's `scope`, else what was requested)
    QString patient;
    QString encounter;
    QString idToken;
    IdTokenCheck idTokenCheck; // what the explorer found checking idToken; not saved (a resumed one is NotChecked)

    bool isEmpty() const { return accessToken.isEmpty(); }
    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    bool isExpired(const QDateTime& now) const;
    qint64 lifetimeSeconds() const; // expiresAt - issuedAt, -1 when unknown

    // The record as stored in the keychain, and back.
    QByteArray toJson() const;
    static std::optional<TokenRecord> fromJson(const QByteArray& json, QString* error = nullptr);

    // A token endpoint's answer (RFC 6749 §5.1). `requestedScope` stands in when the response has
    // no `scope` (RFC 6749: then it is the requested one). `previous` keeps a refresh token the
    // server did not rotate and the id_token a refresh did not repeat.
    static std::optional<TokenRecord> fromTokenResponse(const QByteArray& body, const QDateTime& now,
                                                        const QString& requestedScope, QString* error = nullptr,
                                                        const TokenRecord* previous = nullptr);
};

} // namespace ccri::auth
