#pragma once

#include "sandbox/auth/AuthorizationGrant.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace ccri::sandbox {

class SandboxClock;

// Authorization codes: single use, short-lived (60 s), each bound to a grant (client, redirect
// URI, PKCE challenge). Kept by their SHA-256, never in clear. A redeemed code is remembered until
// it would have expired, so a second use is recognised and what the first use issued can be revoked
// (RFC 6749 §4.1.2).
class AuthorizationCodeStore
{
public:
    enum class Outcome
    {
        Redeemed,
        Unknown,
        Expired,
        Reused
    };
    struct Redemption
    {
        Outcome outcome = Outcome::Unknown;
        AuthorizationGrant grant;
        QString family; // Reused: the token family the first use started (TokenFamilies)
    };

    explicit AuthorizationCodeStore(const SandboxClock& clock, int lifetimeSeconds = 60);

    QString issue(const AuthorizationGrant& grant);
    Redemption redeem(const QString& code);
    // Records the token family a redeemed code started (revoked whole on reuse).
    void recordIssued(const QString& code, const QString& family);
    int lifetimeSeconds() const { return m_lifetimeSeconds; }

private:
    struct Entry
    {
        AuthorizationGrant grant;
        QDateTime expires;
        bool redeemed = false;
        QString family;
    };
    void prune();

    const SandboxClock& m_clock;
    int m_lifetimeSeconds;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace ccri::sandbox
