#pragma once

#include <QDateTime>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace ccri::sandbox {

// Access tokens (by jti) revoked before they expire. An entry is dropped once its token would
// have expired anyway. Written by the auth server's thread (revoke, prune), read by every FHIR
// request on whichever serving thread it arrives: its own lock, so a revocation is seen by the very
// next request on any thread.
class RevocationList
{
public:
    void revoke(const QString& jti, const QDateTime& tokenExpires);
    bool isRevoked(const QString& jti) const;
    void prune(const QDateTime& now);

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, QDateTime> m_revoked;
};

} // namespace ccri::sandbox
