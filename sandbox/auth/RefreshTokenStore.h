#pragma once

#include "sandbox/auth/AuthorizationGrant.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace ccri::sandbox {

class SandboxClock;

// Refresh tokens (opaque, kept by SHA-256), each in a token family (TokenFamilies). Each use rotates:
// the old token stops working but is remembered until it would have expired, so that presenting it
// again is recognised as a replay (RFC 9700 §4.14.2) and its family can be revoked.
class RefreshTokenStore
{
public:
    struct Record
    {
        AuthorizationGrant grant; // as granted: a narrower refresh scope never narrows it (RFC 6749 §6)
        QDateTime expires;
        QString family;
    };

    explicit RefreshTokenStore(const SandboxClock& clock, int lifetimeSeconds = 24 * 3600);

    QString issue(const AuthorizationGrant& grant, const QString& family);
    std::optional<Record> find(const QString& token) const; // active only
    // The family of a token that was rotated already and is presented again; empty if it is not one.
    QString rotatedFamily(const QString& token) const;
    void rotate(const QString& token); // stops working, remembered as used
    void dropFamily(const QString& family); // every active token of the family stops working
    // The families of the active tokens: of the grants to `subject`, or every one when it is empty.
    QStringList families(const QString& subject = QString()) const;
    int lifetimeSeconds() const { return m_lifetimeSeconds; }

private:
    void prune();

    const SandboxClock& m_clock;
    int m_lifetimeSeconds;
    QHash<QByteArray, Record> m_records;
    QHash<QByteArray, Record> m_rotated;
};

} // namespace ccri::sandbox
