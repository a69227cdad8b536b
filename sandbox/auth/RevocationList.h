#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace ccri::sandbox {

// Access tokens (by jti) revoked before they expire. An entry is dropped once its token would
// have expired anyway.
class RevocationList
{
public:
    void revoke(const QString& jti, const QDateTime& tokenExpires);
    bool isRevoked(const QString& jti) const { return m_revoked.contains(jti); }
    void prune(const QDateTime& now);

private:
    QHash<QString, QDateTime> m_revoked;
};

} // namespace ccri::sandbox
