#pragma once

#include <QString>

namespace ccri::auth {

// The OAuth2 `state` of one sign-in attempt: 256 random bits from the system CSPRNG, base64url.
// It is checked once: the first redirect that comes back consumes it, whether it matched or not,
// so a replayed redirect (the Back button, a second tab) is refused.
class StateToken
{
public:
    StateToken(); // a fresh random value

    QString value() const { return m_value; }
    bool isConsumed() const { return m_consumed; }

    // True only for the first call and only when `received` equals the value (compared in
    // constant time). Afterwards the value is forgotten.
    bool matchOnce(const QString& received);

private:
    QString m_value;
    bool m_consumed = false;
};

} // namespace ccri::auth
