#include "sandbox/fhir/CapabilityStatementBuilder.h"

#include "sandbox/data/r4/UkCoreR4Resource.h"

namespace ccri::sandbox {

CapabilityStatementBuilder::CapabilityStatementBuilder(const SearchParameters& parameters, const SandboxUrls& urls)
    : m_parameters(parameters)
    , m_urls(urls)
{
}

nlohmann::json CapabilityStatementBuilder::build() const
{
    nlohmann::json statement = common();
    if (m_urls.release() == FhirRelease::R4) {
        statement["fhirVersion"] = fhirVersionOf(FhirRelease::R4).toStdString();
        statement.erase("acceptUnknown"); // R4 removed it
        for (nlohmann::json& parameter : statement["rest"][0]["searchParam"]) {
            if (parameter.value("name", "") == "_sort")
                parameter["documentation"]
                    = "Sort by any search parameter of the type: _sort=-date (newest first) or _sort=date";
        }
    }
    return statement;
}

// The statement as STU3 has it, with the R4 profiles and code system for an R4 base.
nlohmann::json CapabilityStatementBuilder::common() const
{
    const bool r4 = m_urls.release() == FhirRelease::R4;
    const auto uri = [this](const char* name, const char* path) {
        return nlohmann::json {{"url", name},
                               {"valueUri", m_urls.auth(QString::fromLatin1(path)).toString().toStdString()}};
    };
    nlohmann::json security
        = {{"cors", true},
           {"service",
            {{{"coding",
               {{{"system",
                  r4 ? "http://terminology.hl7.org/CodeSystem/restful-security-service"
                     : "http://hl7.org/fhir/restful-security-service"},
                 {"code", "SMART-on-FHIR"},
                 {"display", "SMART-on-FHIR"}}}},
              {"text", "OAuth2 using SMART-on-FHIR profile (see http://docs.smarthealthit.org)"}}}},
           {"description",
            "Every request except metadata and .well-known/smart-configuration needs a Bearer access token "
            "from the authorization server below. Each resource type needs a scope (see the sandbox's policy)."},
           {"extension",
            {{{"url", "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"},
              {"extension",
               {uri("authorize", "authorize"), uri("token", "token"), uri("revoke", "revoke"),
                uri("introspect", "introspect")}}}}}};

    nlohmann::json resources = nlohmann::json::array();
    for (const QString& type : m_parameters.resourceTypes()) {
        nlohmann::json searchParams = nlohmann::json::array();
        for (const SearchParameters::Definition& definition : m_parameters.definitions(type)) {
            searchParams.push_back({{"name", definition.name.toStdString()},
                                    {"type", SearchParameters::kindName(definition.kind).toStdString()},
                                    {"documentation", definition.description.toStdString()}});
        }
        nlohmann::json resource = {{"type", type.toStdString()},
                                   {"interaction", {{{"code", "read"}}, {{"code", "search-type"}}}},
                                   {"readHistory", false},
                                   {"updateCreate", false},
                                   {"searchParam", std::move(searchParams)}};
        if (r4 && type != QLatin1String("Binary")) // R4: a canonical URL, UK Core
            resource["profile"] = UkCoreR4Resource::profileUrl(type.toStdString());
        else if (type != QLatin1String("Binary"))
            resource["profile"]
                = {{"reference",
                    "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-" + type.toStdString() + "-1"}};
        resources.push_back(std::move(resource));
    }

    return {{"resourceType", "CapabilityStatement"},
            {"status", "active"},
            {"date", "2026-01-01"},
            {"publisher", "CareConnect Explorer sandbox"},
            {"kind", "instance"},
            {"software", {{"name", "ccri-sandbox"}, {"version", CCRI_VERSION}}},
            {"implementation",
             {{"description", "Local imitation of the CCRI secured FHIR endpoint (synthetic data)"},
              {"url", m_urls.fhirBase().toString().toStdString()}}},
            {"fhirVersion", "3.0.1"},
            {"acceptUnknown", "no"},
            {"format", {"application/fhir+json", "json"}},
            {"rest",
             {{{"mode", "server"},
               {"security", std::move(security)},
               {"resource", std::move(resources)},
               {"searchParam",
                {{{"name", "_count"}, {"type", "number"}, {"documentation", "Page size: default 10, at most 100"}},
                 {{"name", "_summary"}, {"type", "token"}, {"documentation", "count: only the total"}},
                 {{"name", "_sort"},
                  {"type", "string"},
                  {"documentation",
                   "Sort by any search parameter of the type: _sort=-date (newest first), "
                   "_sort=date, or the STU3 form _sort:desc=date"}}}}}}}};
}

} // namespace ccri::sandbox
