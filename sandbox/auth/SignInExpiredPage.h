#pragma once

#include <QHttpServerResponse>

namespace ccri::sandbox {

// The pages shown when a login or consent form cannot be trusted or matched to a request:
// unknown or expired request, or a missing or wrong CSRF token.
class SignInExpiredPage
{
public:
    static QHttpServerResponse unknownRequest();
    static QHttpServerResponse csrfRefused();
};

} // namespace ccri::sandbox
