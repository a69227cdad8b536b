#include "app/fhir/CapabilitySummary.h"

#include "app/fhir/FhirJson.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>

namespace ccri::fhir {

using nlohmann::json;

namespace {

QStringList stringsOf(const json* array, const char* key = nullptr)
{
    QStringList result;
    if (!array || !array->is_array()) {
        return result;
    }
    for (const json& item : *array) {
        const QString text = key ? FhirJson::string(item, key) : FhirJson::scalar(item);
        if (!text.isEmpty()) {
            result << text;
        }
    }
    return result;
}

} // namespace

QString CapabilitySummary::release() const
{
    if (m_fhirVersion.startsWith(QLatin1String("1.0"))) {
        return QStringLiteral("DSTU2");
    }
    if (m_fhirVersion.startsWith(QLatin1String("3.0"))) {
        return QStringLiteral("STU3");
    }
    if (m_fhirVersion.startsWith(QLatin1String("4.0"))) {
        return QStringLiteral("R4");
    }
    if (m_fhirVersion.startsWith(QLatin1String("4.3"))) {
        return QStringLiteral("R4B");
    }
    if (m_fhirVersion.startsWith(QLatin1String("5."))) {
        return QStringLiteral("R5");
    }
    return {};
}

std::optional<CapabilitySummary> CapabilitySummary::fromJson(const json& statement, QString* error)
{
    if (FhirJson::string(statement, "resourceType") != QLatin1String("CapabilityStatement")) {
        if (error) {
            *error = QCoreApplication::translate("CapabilitySummary",
                                                 "The server's /metadata answer is not a CapabilityStatement.");
        }
        return std::nullopt;
    }
    CapabilitySummary summary;
    summary.m_fhirVersion = FhirJson::string(statement, "fhirVersion");
    summary.m_publisher = FhirJson::string(statement, "publisher");
    if (const json* software = FhirJson::member(statement, "software")) {
        summary.m_software
            = (FhirJson::string(*software, "name") + QLatin1Char(' ') + FhirJson::string(*software, "version"))
                  .trimmed();
    }
    summary.m_formats = stringsOf(FhirJson::member(statement, "format"));
    const json* rests = FhirJson::member(statement, "rest");
    if (rests && rests->is_array()) {
        for (const json& rest : *rests) {
            summary.m_serverSearchParams << stringsOf(FhirJson::member(rest, "searchParam"), "name");
            if (const json* resources = FhirJson::member(rest, "resource"); resources && resources->is_array()) {
                for (const json& resource : *resources) {
                    ResourceCapability capability;
                    capability.type = FhirJson::string(resource, "type");
                    capability.interactions = stringsOf(FhirJson::member(resource, "interaction"), "code");
                    capability.searchParams = stringsOf(FhirJson::member(resource, "searchParam"), "name");
                    summary.m_resources.append(capability);
                }
            }
            const json* security = FhirJson::member(rest, "security");
            if (!security) {
                continue;
            }
            summary.m_securityDescription = FhirJson::string(*security, "description");
            if (const json* services = FhirJson::member(*security, "service"); services && services->is_array()) {
                for (const json& service : *services) {
                    summary.m_securityServices << FhirJson::codeableConcept(service);
                }
            }
            const json* extensions = FhirJson::member(*security, "extension");
            if (!extensions || !extensions->is_array()) {
                continue;
            }
            for (const json& extension : *extensions) {
                if (!FhirJson::string(extension, "url").endsWith(QLatin1String("oauth-uris"))) {
                    continue;
                }
                if (const json* uris = FhirJson::member(extension, "extension"); uris && uris->is_array()) {
                    for (const json& uri : *uris) {
                        summary.m_oauthUris.insert(FhirJson::string(uri, "url"), FhirJson::string(uri, "valueUri"));
                    }
                }
            }
        }
    }
    return summary;
}

bool CapabilitySummary::canSort(const QString& type, const QString& parameter) const
{
    for (const ResourceCapability& resource : m_resources) {
        if (resource.type == type) {
            const bool sorts = m_serverSearchParams.contains(QLatin1String("_sort"))
                || resource.searchParams.contains(QLatin1String("_sort"));
            return sorts && resource.searchParams.contains(parameter);
        }
    }
    return false;
}

std::optional<CapabilitySummary> CapabilitySummary::fromBytes(const QByteArray& bytes, QString* error)
{
    const auto document = json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (document.is_discarded()) {
        if (error) {
            *error
                = QCoreApplication::translate("CapabilitySummary", "The server's /metadata answer is not valid JSON.");
        }
        return std::nullopt;
    }
    return fromJson(document, error);
}

} // namespace ccri::fhir
