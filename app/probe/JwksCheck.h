#pragma once

#include "app/probe/ProbeCheck.h"

namespace ccri::probe {

// `jwks_uri`: reachable, a JWK Set the explorer can use (crypto::JwkSet's rules: public keys only,
// RSA of 2048 bits or more, points on their curves), and a key for every id_token signing algorithm
// the server advertises ("none" never).
class JwksCheck : public ProbeCheck
{
    Q_OBJECT
public:
    using ProbeCheck::ProbeCheck;
    QString title() const override;
    void start() override;

private:
    void judge(const QByteArray& body);
    QStringList advertisedAlgorithms() const;
};

} // namespace ccri::probe
