#pragma once

#include <QByteArray>

namespace ccri {

// Compares secrets (client secrets, CSRF tokens, signatures) in time that does not depend on
// where they first differ.
class SecretCompare
{
public:
    static bool equal(const QByteArray& a, const QByteArray& b);
};

} // namespace ccri
