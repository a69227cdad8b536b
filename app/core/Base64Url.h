#pragma once

#include <optional>
#include <QByteArray>

namespace ccri {

// RFC 4648 §5 base64url without padding, as JWTs (RFC 7515) and PKCE (RFC 7636) use it.
class Base64Url
{
public:
    static QByteArray encode(const QByteArray& data);
    // nullopt when `text` holds anything but base64url characters.
    static std::optional<QByteArray> decode(const QByteArray& text);
    static bool isBase64Url(const QByteArray& text);
};

} // namespace ccri
