#pragma once

#include <functional>
#include <QHttpServerResponse>
#include <QString>

namespace ccri::sandbox {

// Who made a request, for the request log (names only — never a token, code or secret).
struct RequestCaller
{
    QString clientId;
    QString user;
};

// Where an answer goes when it may come later (a login's password check runs off the serving
// thread): called once, on the serving thread, with the response and who made the request.
using RequestAnswer = std::function<void(QHttpServerResponse&& response, const RequestCaller& caller)>;

} // namespace ccri::sandbox
