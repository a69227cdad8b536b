#pragma once

#include <QByteArray>

namespace ccri {

// The reason phrase of an HTTP status line, RFC 9110 §15, as Qt HttpServer 6.4 writes it for the
// statuses the sandbox answers with (so a status line written by hand matches the routes'). A
// status not listed gets an empty phrase, which RFC 9112 §4 allows (the space before it stays).
class HttpReasonPhrase
{
public:
    static QByteArray of(int status);
};

} // namespace ccri
