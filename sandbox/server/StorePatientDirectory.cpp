#include "sandbox/server/StorePatientDirectory.h"

#include "sandbox/data/ResourceStore.h"

#include <QCoreApplication>

namespace ccri::sandbox {

namespace {
QString text(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString displayName(const nlohmann::json& patient)
{
    const auto names = patient.find("name");
    if (names == patient.end() || !names->is_array() || names->empty())
        return QString();
    const nlohmann::json& name = names->front();
    QStringList parts;
    if (const auto given = name.find("given"); given != name.end() && given->is_array()) {
        for (const auto& part : *given) {
            if (part.is_string())
                parts << QString::fromStdString(part.get<std::string>());
        }
    }
    parts << text(name, "family");
    return parts.join(QLatin1Char(' ')).trimmed();
}

QString nhsNumber(const nlohmann::json& patient)
{
    const auto identifiers = patient.find("identifier");
    if (identifiers == patient.end() || !identifiers->is_array())
        return QString();
    for (const auto& identifier : *identifiers) {
        if (text(identifier, "system") == QLatin1String("https://fhir.nhs.uk/Id/nhs-number"))
            return text(identifier, "value");
    }
    return QString();
}
} // namespace

StorePatientDirectory::StorePatientDirectory(const ResourceStore& store)
    : m_store(store)
{
}

QList<PatientDirectory::Choice> StorePatientDirectory::patients() const
{
    QList<Choice> choices;
    for (const nlohmann::json* patient : m_store.all(QStringLiteral("Patient"))) {
        const QString id = text(*patient, "id");
        QString label = displayName(*patient);
        if (label.isEmpty())
            label = QStringLiteral("Patient/") + id;
        const QString nhs = nhsNumber(*patient);
        if (!nhs.isEmpty())
            label += QCoreApplication::translate("StorePatientDirectory", ", NHS number %1").arg(nhs);
        const QString born = text(*patient, "birthDate");
        if (!born.isEmpty())
            label += QCoreApplication::translate("StorePatientDirectory", ", born %1").arg(born);
        choices.append({id, label});
    }
    return choices;
}

bool StorePatientDirectory::contains(const QString& id) const
{
    return !id.isEmpty() && m_store.find(QStringLiteral("Patient"), id) != nullptr;
}

} // namespace ccri::sandbox
