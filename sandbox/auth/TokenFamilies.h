#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ccri::sandbox {

class RevocationList;
class SandboxClock;

// Every access token that grew from one grant: the tokens of one authorization code and of every
// refresh after it, or of one client_credentials request. A family is revoked as a whole when its code
// is used twice (RFC 6749 §4.1.2), its refresh token is revoked (RFC 7009 §2.1), or an already-rotated
// refresh token of it comes back (RFC 9700 §4.14.2). RefreshTokenStore keeps the family's refresh token.
class TokenFamilies
{
public:
    explicit TokenFamilies(const SandboxClock& clock);

    QString start(); // a new family id
    void addAccessToken(const QString& family, const QString& jti, const QDateTime& expires);
    // Puts every live access token of the family on `revocations` and forgets the family.
    void revoke(const QString& family, RevocationList& revocations);
    // Whom the family was granted to (a user name, or the client of client_credentials).
    void setSubject(const QString& family, const QString& subject);
    // The families with live access tokens: of `subject` only, or every one when it is empty.
    QStringList families(const QString& subject = QString()) const;

private:
    struct Member
    {
        QString jti;
        QDateTime expires;
    };
    void prune();

    const SandboxClock& m_clock;
    QHash<QString, QList<Member>> m_families;
    QHash<QString, QString> m_subjects; // family -> subject, while the family is in m_families
};

} // namespace ccri::sandbox
