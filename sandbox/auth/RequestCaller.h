#pragma once

#include <QString>

namespace ccri::sandbox {

// Who made a request, for the request log (names only — never a token, code or secret).
struct RequestCaller
{
    QString clientId;
    QString user;
};

} // namespace ccri::sandbox
