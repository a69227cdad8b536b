#include "sandbox/auth/ScopeDescription.h"

#include "app/core/PolicyDecision.h"
#include "app/core/Scope.h"

#include <QCoreApplication>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ScopeDescription", text);
}

QString access(const ccri::Scope& scope)
{
    const ccri::Scope::Permissions permissions = scope.permissions();
    const bool reads = permissions.testFlag(ccri::Scope::Read) || permissions.testFlag(ccri::Scope::Search);
    const bool writes = permissions.testFlag(ccri::Scope::Create) || permissions.testFlag(ccri::Scope::Update)
        || permissions.testFlag(ccri::Scope::Delete);
    if (!scope.hasPermissions() || (reads && writes))
        return tr("Read and change");
    return writes ? tr("Change") : tr("Read");
}
} // namespace

QString ScopeDescription::describe(const QString& text)
{
    const ccri::Scope scope = ccri::Scope::parse(text);
    if (text == QLatin1String("openid"))
        return tr("Confirm who you are");
    if (text == QLatin1String("fhirUser") || text == QLatin1String("profile"))
        return tr("Know your name and your practitioner record");
    if (text == QLatin1String("launch/patient"))
        return tr("Work on the patient you choose below");
    if (text == QLatin1String("launch"))
        return tr("Start from an EHR launch");
    if (text == QLatin1String("offline_access"))
        return tr("Stay signed in until you sign out (refresh token)");
    if (text == QLatin1String("online_access"))
        return tr("Stay signed in while you are online (refresh token)");
    if (!scope.isResource())
        return QString();
    const QString type = scope.isWildcardType() ? tr("all record types") : scope.resourceType();
    QString sentence;
    switch (scope.context()) {
    case ccri::Scope::Context::Patient:
        sentence = tr("%1 %2 of the chosen patient only").arg(access(scope), type);
        break;
    case ccri::Scope::Context::System:
        sentence = tr("%1 %2 of every patient, as a system").arg(access(scope), type);
        break;
    case ccri::Scope::Context::User:
        sentence = tr("%1 %2 of any patient you can see").arg(access(scope), type);
        break;
    }
    if (!scope.isQualified())
        return sentence;
    // SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters":
    // "Read Observation of any patient you can see — vital signs only".
    return tr("%1 — %2 only").arg(sentence, ccri::PolicyDecision::partWords({scope.qualifiers()}));
}

} // namespace ccri::sandbox
