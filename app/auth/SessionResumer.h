#pragma once

#include "app/auth/AccountTask.h"
#include "app/crypto/SigningKey.h"

#include <optional>

namespace ccri::auth {

class Clock;
class Session;

// Start-up: picks up the session saved for a profile, with no browser. Reads the keychain record
// of the profile's last user, finds the endpoints (discovery), and when the access token has
// expired refreshes it first. Ends in exactly one of resumed(), noSavedSession() or
// signInRequired() (a failed refresh, a damaged record, an unreachable server).
class SessionResumer : public AccountTask
{
    Q_OBJECT
public:
    SessionResumer(const ServerProfile& profile, QNetworkAccessManager* network, TokenStore* tokens,
                   ProfileStore* profiles, QObject* parent = nullptr);
    void setClock(const Clock* clock) { m_clock = clock; }
    void start();

signals:
    void resumed(ccri::auth::Session* session); // the receiver takes ownership
    void noSavedSession();
    void signInRequired(const QString& reason);

private:
    const Clock* m_clock = nullptr;
    std::optional<crypto::SigningKey> m_signingKey; // a signed-JWT profile's, read from the keychain
};

} // namespace ccri::auth
