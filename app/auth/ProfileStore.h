#pragma once

#include "app/auth/ServerProfile.h"

#include <optional>
#include <QList>
#include <QString>

class QSettings;

namespace ccri::auth {

// Server profiles in QSettings (group "profiles/<id>"), plus the built-in ones. Never holds a
// secret: the keys written are exactly the ServerProfile fields, and the name of the last user
// signed in per profile (a user name, not a credential) so a saved session can be found again.
class ProfileStore
{
public:
    // The explorer's one QSettings handle (not owned; tests give one on a scratch file).
    explicit ProfileStore(QSettings* settings);
    ~ProfileStore();

    QList<ServerProfile> profiles() const; // built-ins first, then the saved ones by name
    std::optional<ServerProfile> profile(const QString& id) const;
    std::optional<ServerProfile> findByServer(const QUrl& fhirBase, const QString& clientId) const;

    void save(const ServerProfile& profile); // built-ins: only their editable fields are kept
    bool remove(const QString& id, QString* error = nullptr);
    ServerProfile duplicate(const ServerProfile& profile) const; // a copy with a new id and name

    QString lastUser(const QString& profileId) const;
    void setLastUser(const QString& profileId, const QString& user);
    QStringList profilesWithSessions() const;

    QString selectedProfileId() const;
    void setSelectedProfileId(const QString& id);

    void sync();

    // Changes with every save() and remove() through this store: what was read from a profile before
    // holds while it is the same (AccountController's per-request extra headers).
    quint64 revision() const { return m_revision; }

private:
    ServerProfile read(const QString& id, const ServerProfile& base) const;

    QSettings* m_settings;
    quint64 m_revision = 0;
};

} // namespace ccri::auth
