#pragma once

#include "sandbox/auth/SandboxUser.h"

#include <optional>
#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace ccri::sandbox {

// The sandbox's login accounts: the demo set, or a JSON file given with --users:
//   { "users": [ { "username": "...", "password": "...", "name": "...", "scope": "...",
//                  "fhirUser": "Practitioner/1", "showPassword": true } ] }
// Passwords are hashed as they are read and never kept in clear.
class UserDirectory
{
public:
    UserDirectory() = default;
    static UserDirectory demo();
    static std::optional<UserDirectory> fromFile(const QString& path, QString* error);
    static std::optional<UserDirectory> fromJson(const QByteArray& json, QString* error);

    void add(const QString& username, const QString& password, const QString& displayName, const QString& scope,
             const QString& fhirUser, bool showPassword);
    const SandboxUser* find(const QString& username) const;
    // The user, when the password is right.
    const SandboxUser* authenticate(const QString& username, const QString& password) const;
    const QList<SandboxUser>& users() const { return m_users; }

private:
    static std::optional<UserDirectory> fromArray(const QJsonArray& users, QString* error);

    QList<SandboxUser> m_users;
};

} // namespace ccri::sandbox
