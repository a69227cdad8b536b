#include "app/crypto/JwsAlgorithm.h"

#include <QList>

namespace ccri::crypto {

std::optional<JwsAlgorithm> JwsAlgorithm::fromName(const QString& name)
{
    for (const JwsAlgorithm& algorithm : all()) {
        if (algorithm.name() == name) // case-sensitive: RFC 7515 §4.1.1
            return algorithm;
    }
    return std::nullopt;
}

QList<JwsAlgorithm> JwsAlgorithm::all()
{
    return {Id::RS256, Id::RS384, Id::RS512, Id::ES256, Id::ES384};
}

QString JwsAlgorithm::name() const
{
    switch (m_id) {
    case Id::RS256:
        return QStringLiteral("RS256");
    case Id::RS384:
        return QStringLiteral("RS384");
    case Id::RS512:
        return QStringLiteral("RS512");
    case Id::ES256:
        return QStringLiteral("ES256");
    case Id::ES384:
        return QStringLiteral("ES384");
    }
    return {};
}

JwsAlgorithm::Family JwsAlgorithm::family() const
{
    return m_id == Id::ES256 || m_id == Id::ES384 ? Family::Ec : Family::Rsa;
}

QString JwsAlgorithm::keyType() const
{
    return family() == Family::Ec ? QStringLiteral("EC") : QStringLiteral("RSA");
}

int JwsAlgorithm::digestBits() const
{
    switch (m_id) {
    case Id::RS256:
    case Id::ES256:
        return 256;
    case Id::RS384:
    case Id::ES384:
        return 384;
    case Id::RS512:
        return 512;
    }
    return 0;
}

QString JwsAlgorithm::curve() const
{
    if (m_id == Id::ES256)
        return QStringLiteral("P-256");
    if (m_id == Id::ES384)
        return QStringLiteral("P-384");
    return {};
}

int JwsAlgorithm::coordinateBytes() const
{
    if (m_id == Id::ES256)
        return 32;
    if (m_id == Id::ES384)
        return 48;
    return 0;
}

int JwsAlgorithm::signatureBytes() const
{
    return 2 * coordinateBytes();
}

int JwsAlgorithm::generatedRsaBits() const
{
    if (family() != Family::Rsa)
        return 0;
    return m_id == Id::RS512 ? 4096 : 2048;
}

} // namespace ccri::crypto
