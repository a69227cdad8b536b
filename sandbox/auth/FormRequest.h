#pragma once

#include <QString>

class QHttpServerRequest;

namespace ccri::sandbox {

// Checks shared by the POST endpoints (token, revoke, introspect): form-encoded body, no
// credentials in the query string.
class FormRequest
{
public:
    // Empty when acceptable, else the error_description for invalid_request.
    static QString problem(const QHttpServerRequest& request);
};

} // namespace ccri::sandbox
