#include "app/auth/ProfileStore.h"

#include "app/auth/BuiltinProfiles.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace ccri::auth {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kSessions = QStringLiteral("sessions");
const QString kSelectedProfile = QStringLiteral("selectedProfile");
// The keys of one profile's group, each spelled here only.
const QString kName = QStringLiteral("name");
const QString kInProcessSandbox = QStringLiteral("inProcessSandbox");
const QString kFhirBase = QStringLiteral("fhirBase");
const QString kInProcessRelease = QStringLiteral("inProcessRelease"); // "R4" for a copy of the R4 built-in

// Whether an in-process profile reaches the sandbox's UK Core R4 base (BuiltinProfiles::inProcessBase).
bool reachesR4(const ServerProfile& profile)
{
    return profile.fhirBase.path().endsWith(QLatin1String("/R4"));
}

// The placeholder base of an in-process profile of that release: the running sandbox's address is
// never saved, it changes with every start.
QUrl inProcessPlaceholder(bool r4)
{
    return r4 ? BuiltinProfiles::localSandboxR4().fhirBase : BuiltinProfiles::localSandbox().fhirBase;
}
const QString kClientId = QStringLiteral("clientId");
const QString kClientType = QStringLiteral("clientType");
const QString kSigningAlgorithm = QStringLiteral("signingAlgorithm"); // the alg's name, not the key
const QString kScopes = QStringLiteral("scopes");
const QString kPolicy = QStringLiteral("policy");
const QString kPkce = QStringLiteral("pkce");
const QString kRedirectUri = QStringLiteral("redirectUri");
const QString kSignInMode = QStringLiteral("signInMode");
const QString kTrustedCaFile = QStringLiteral("trustedCaFile");
const QString kExtraHeaders = QStringLiteral("extraHeaders");
} // namespace

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings)
{
}

ProfileStore::~ProfileStore() = default;

ServerProfile ProfileStore::read(const QString& id, const ServerProfile& base) const
{
    ServerProfile profile = base;
    m_settings->beginGroup(kProfiles + QLatin1Char('/') + id);
    profile.id = id;
    profile.displayName = m_settings->value(kName, base.displayName).toString();
    if (!base.builtin) // a copy of the Local CCRI sandbox is one too
        profile.inProcessSandbox = m_settings->value(kInProcessSandbox, false).toBool();
    if (profile.inProcessSandbox) // the sandbox's address changes with every start (built-ins: their release)
        profile.fhirBase = base.builtin
            ? base.fhirBase
            : inProcessPlaceholder(m_settings->value(kInProcessRelease).toString() == QLatin1String("R4"));
    else
        profile.fhirBase = m_settings->value(kFhirBase, base.fhirBase).toUrl();
    profile.clientId = m_settings->value(kClientId, base.clientId).toString();
    profile.clientType = ServerProfile::clientTypeFromName(
        m_settings->value(kClientType, ServerProfile::clientTypeName(base.clientType)).toString());
    profile.signingAlgorithm = m_settings->value(kSigningAlgorithm, base.signingAlgorithm).toString();
    profile.scopes = m_settings->value(kScopes, base.scopes).toString();
    profile.policy = m_settings->value(kPolicy, base.policy).toString();
    profile.pkceMode = ServerProfile::pkceModeFromName(
        m_settings->value(kPkce, ServerProfile::pkceModeName(base.pkceMode)).toString());
    profile.redirectUri = m_settings->value(kRedirectUri, base.redirectUri).toUrl();
    profile.signInMode = ServerProfile::signInModeFromName(
        m_settings->value(kSignInMode, ServerProfile::signInModeName(base.signInMode)).toString());
    profile.trustedCaFile = m_settings->value(kTrustedCaFile, base.trustedCaFile).toString();
    profile.extraHeaders = m_settings->value(kExtraHeaders, base.extraHeaders).toStringList();
    m_settings->endGroup();
    return profile;
}

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> result;
    for (const ServerProfile& builtin : BuiltinProfiles::all())
        result << read(builtin.id, builtin);
    QList<ServerProfile> saved;
    m_settings->beginGroup(kProfiles);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& id : ids) {
        if (BuiltinProfiles::isBuiltinId(id))
            continue;
        saved << read(id, ServerProfile());
    }
    std::sort(saved.begin(), saved.end(), [](const ServerProfile& a, const ServerProfile& b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return result + saved;
}

std::optional<ServerProfile> ProfileStore::profile(const QString& id) const
{
    // Only the one asked for is read, as profiles() would read it: every request's extra headers ask
    // for the current profile, and reading every profile (and sorting them) for it cost each request.
    for (const ServerProfile& builtin : BuiltinProfiles::all()) {
        if (builtin.id == id)
            return read(builtin.id, builtin);
    }
    if (BuiltinProfiles::isBuiltinId(id))
        return std::nullopt;
    m_settings->beginGroup(kProfiles);
    const bool saved = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    if (!saved)
        return std::nullopt;
    return read(id, ServerProfile());
}

std::optional<ServerProfile> ProfileStore::findByServer(const QUrl& fhirBase, const QString& clientId) const
{
    const QUrl wanted = fhirBase.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    for (const ServerProfile& profile : profiles()) {
        if (profile.inProcessSandbox)
            continue;
        if (profile.clientId == clientId
            && profile.fhirBase.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments) == wanted)
            return profile;
    }
    return std::nullopt;
}

void ProfileStore::save(const ServerProfile& profile)
{
    ++m_revision;
    m_settings->beginGroup(kProfiles + QLatin1Char('/') + profile.id);
    m_settings->setValue(kName, profile.displayName);
    if (profile.inProcessSandbox)
        m_settings->remove(kFhirBase);
    else
        m_settings->setValue(kFhirBase, profile.fhirBase);
    if (profile.inProcessSandbox && !profile.builtin && reachesR4(profile))
        m_settings->setValue(kInProcessRelease, QStringLiteral("R4"));
    else
        m_settings->remove(kInProcessRelease);
    if (!profile.builtin)
        m_settings->setValue(kInProcessSandbox, profile.inProcessSandbox);
    m_settings->setValue(kClientId, profile.clientId);
    m_settings->setValue(kClientType, ServerProfile::clientTypeName(profile.clientType));
    m_settings->setValue(kSigningAlgorithm, profile.signingAlgorithm);
    m_settings->setValue(kScopes, profile.scopes);
    m_settings->setValue(kPolicy, profile.policy);
    m_settings->setValue(kPkce, ServerProfile::pkceModeName(profile.pkceMode));
    m_settings->setValue(kRedirectUri, profile.redirectUri);
    m_settings->setValue(kSignInMode, ServerProfile::signInModeName(profile.signInMode));
    m_settings->setValue(kTrustedCaFile, profile.trustedCaFile);
    if (profile.extraHeaders.isEmpty())
        m_settings->remove(kExtraHeaders);
    else
        m_settings->setValue(kExtraHeaders, profile.extraHeaders);
    m_settings->endGroup();
}

bool ProfileStore::remove(const QString& id, QString* error)
{
    const auto existing = profile(id);
    if (existing && existing->builtin) {
        if (error)
            *error = QCoreApplication::translate(
                "ProfileStore", "Built-in profiles can't be removed; duplicate one to change it freely.");
        return false;
    }
    ++m_revision;
    m_settings->remove(kProfiles + QLatin1Char('/') + id);
    m_settings->remove(kSessions + QLatin1Char('/') + id);
    return true;
}

ServerProfile ProfileStore::duplicate(const ServerProfile& profile) const
{
    ServerProfile copy = profile;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.displayName = QCoreApplication::translate("ProfileStore", "%1 (copy)").arg(profile.displayName);
    copy.builtin = false;
    // A copy of the Local CCRI sandbox is another way into the same in-process sandbox (its own
    // scopes, policy, client...) at the same release's base; the address is the running sandbox's, never saved.
    if (copy.inProcessSandbox)
        copy.fhirBase = inProcessPlaceholder(reachesR4(profile));
    return copy;
}

QString ProfileStore::lastUser(const QString& profileId) const
{
    return m_settings->value(kSessions + QLatin1Char('/') + profileId).toString();
}

void ProfileStore::setLastUser(const QString& profileId, const QString& user)
{
    if (user.isEmpty())
        m_settings->remove(kSessions + QLatin1Char('/') + profileId);
    else
        m_settings->setValue(kSessions + QLatin1Char('/') + profileId, user);
}

QStringList ProfileStore::profilesWithSessions() const
{
    m_settings->beginGroup(kSessions);
    const QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    return keys;
}

QString ProfileStore::selectedProfileId() const
{
    return m_settings->value(kSelectedProfile, BuiltinProfiles::localSandboxId()).toString();
}

void ProfileStore::setSelectedProfileId(const QString& id)
{
    m_settings->setValue(kSelectedProfile, id);
}

void ProfileStore::sync()
{
    m_settings->sync();
}

} // namespace ccri::auth
