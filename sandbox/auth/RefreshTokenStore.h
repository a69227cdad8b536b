#pragma once

#include "sandbox/auth/AuthorizationGrant.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace ccri::sandbox {

class SandboxClock;

// Refresh tokens (opaque, kept by SHA-256). Each use rotates: the old token stops working.
class RefreshTokenStore
{
public:
    struct Record
    {
        AuthorizationGrant grant;
        QDateTime expires;
        QString accessTokenId; // jti of the access token issued with it (revoked with it)
    };

    explicit RefreshTokenStore(const SandboxClock& clock, int lifetimeSeconds = 24 * 3600);

    QString issue(const AuthorizationGrant& grant, const QString& accessTokenId);
    // Removes and returns the record (rotation); nullopt when unknown, used or expired.
    std::optional<Record> take(const QString& token);
    std::optional<Record> find(const QString& token) const; // active only
    int lifetimeSeconds() const { return m_lifetimeSeconds; }

private:
    const SandboxClock& m_clock;
    int m_lifetimeSeconds;
    QHash<QByteArray, Record> m_records;
};

} // namespace ccri::sandbox
