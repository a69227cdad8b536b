#include "sandbox/auth/UserDirectory.h"

#include "sandbox/auth/JsonListFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ccri::sandbox {

namespace {
const QString kIdentity = QStringLiteral("openid fhirUser profile offline_access online_access");

QString readOnBoth(const QStringList& types)
{
    QStringList scopes;
    for (const QString& type : types)
        scopes << QStringLiteral("user/%1.read").arg(type);
    for (const QString& type : types)
        scopes << QStringLiteral("patient/%1.read").arg(type);
    return scopes.join(QLatin1Char(' '));
}
} // namespace

UserDirectory UserDirectory::demo()
{
    const QString password = QStringLiteral("password");
    UserDirectory directory;
    directory.add(QStringLiteral("clinician"), password, QStringLiteral("Dr Clare Clinician"),
                  readOnBoth({QStringLiteral("Patient"), QStringLiteral("Observation"), QStringLiteral("Encounter"),
                              QStringLiteral("Condition"), QStringLiteral("Immunization"),
                              QStringLiteral("MedicationRequest"), QStringLiteral("MedicationStatement")})
                      + QStringLiteral(" openid fhirUser profile offline_access launch/patient"),
                  QStringLiteral("Practitioner/1"), true);
    directory.add(QStringLiteral("reception"), password, QStringLiteral("Rita Reception"),
                  readOnBoth({QStringLiteral("Patient")}) + QLatin1Char(' ') + kIdentity,
                  QStringLiteral("Practitioner/2"), true);
    directory.add(QStringLiteral("pharmacist"), password, QStringLiteral("Phil Pharmacist"),
                  readOnBoth({QStringLiteral("Patient"), QStringLiteral("MedicationPrescription"),
                              QStringLiteral("MedicationStatement"), QStringLiteral("AllergyIntolerance"),
                              QStringLiteral("Immunization")})
                      + QLatin1Char(' ') + kIdentity,
                  QStringLiteral("Practitioner/3"), true);
    directory.add(QStringLiteral("gp"), password, QStringLiteral("Dr Gemma Practitioner"),
                  QStringLiteral("user/*.read ") + kIdentity, QStringLiteral("Practitioner/4"), true);
    // SMART v2 granular scopes (SMART App Launch 2.2 §"Finer-grained resource constraints using
    // search parameters"): a physiotherapist sees vital signs and problem-list conditions, no other
    // Observation (no social history or laboratory results) and no encounter diagnoses.
    const QString vitalSigns = QStringLiteral(
        "Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs");
    const QString problemList = QStringLiteral("Condition.rs?category=problem-list-item");
    directory.add(QStringLiteral("physio"), password, QStringLiteral("Pat Physio"),
                  readOnBoth({QStringLiteral("Patient")})
                      + QStringLiteral(" user/%1 patient/%1 user/%2 patient/%2 ").arg(vitalSigns, problemList)
                      + kIdentity + QStringLiteral(" launch/patient"),
                  QStringLiteral("Practitioner/3"), true);
    directory.add(QStringLiteral("limited"), password, QStringLiteral("Lee Limited"), QStringLiteral("profile"),
                  QString(), true);
    return directory;
}

std::optional<UserDirectory> UserDirectory::fromFile(const QString& path, QString* error)
{
    const auto list = JsonListFile::read(path, QStringLiteral("users"), error);
    return list ? fromArray(*list, error) : std::nullopt;
}

std::optional<UserDirectory> UserDirectory::fromJson(const QByteArray& json, QString* error)
{
    const auto list = JsonListFile::parse(json, QStringLiteral("users"), error);
    return list ? fromArray(*list, error) : std::nullopt;
}

std::optional<UserDirectory> UserDirectory::fromArray(const QJsonArray& users, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    UserDirectory directory;
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        const QString username = user.value(QStringLiteral("username")).toString();
        const QString password = user.value(QStringLiteral("password")).toString();
        if (username.isEmpty() || password.isEmpty())
            return fail(
                QCoreApplication::translate("UserDirectory", "Every user needs a \"username\" and a \"password\"."));
        if (directory.find(username))
            return fail(QCoreApplication::translate("UserDirectory", "The user %1 is listed twice.").arg(username));
        directory.add(username, password, user.value(QStringLiteral("name")).toString(username),
                      user.value(QStringLiteral("scope")).toString(), user.value(QStringLiteral("fhirUser")).toString(),
                      user.value(QStringLiteral("showPassword")).toBool(false));
    }
    return directory;
}

void UserDirectory::add(const QString& username, const QString& password, const QString& displayName,
                        const QString& scope, const QString& fhirUser, bool showPassword)
{
    SandboxUser user;
    user.username = username;
    user.displayName = displayName;
    // "Dr Clare Clinician": family name the last word, given names those before it, titles left out.
    QStringList words = displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList titles {QStringLiteral("Dr"), QStringLiteral("Mr"),   QStringLiteral("Mrs"),
                                     QStringLiteral("Ms"), QStringLiteral("Miss"), QStringLiteral("Prof")};
    if (words.size() > 1 && titles.contains(words.first()))
        words.removeFirst();
    if (words.size() > 1) {
        user.familyName = words.takeLast();
        user.givenName = words.join(QLatin1Char(' '));
    }
    user.scope = scope;
    user.fhirUser = fhirUser;
    user.passwordHint = showPassword ? password : QString();
    user.password = PasswordHasher::hash(password);
    m_users.append(user);
}

const SandboxUser* UserDirectory::find(const QString& username) const
{
    for (const SandboxUser& user : m_users) {
        if (user.username == username)
            return &user;
    }
    return nullptr;
}

const SandboxUser* UserDirectory::authenticate(const QString& username, const QString& password) const
{
    const SandboxUser* user = find(username);
    if (!user)
        return nullptr;
    return PasswordHasher::verify(password, user->password) ? user : nullptr;
}

} // namespace ccri::sandbox
