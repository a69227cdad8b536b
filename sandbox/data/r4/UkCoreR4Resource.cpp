#include "sandbox/data/r4/UkCoreR4Resource.h"

#include "sandbox/data/ResourceStore.h"

#include <map>

namespace ccri::sandbox {

namespace {

using nlohmann::json;

const std::string kTerminology = "http://terminology.hl7.org/CodeSystem/";

// STU3 code systems of the base specification that R4 moved to terminology.hl7.org.
std::string r4System(const std::string& system)
{
    static const std::map<std::string, std::string> moved = {
        {"http://hl7.org/fhir/v3/ActCode", kTerminology + "v3-ActCode"},
        {"http://hl7.org/fhir/observation-category", kTerminology + "observation-category"},
        {"http://hl7.org/fhir/condition-category", kTerminology + "condition-category"},
        {"http://hl7.org/fhir/allergy-clinical-status", kTerminology + "allergyintolerance-clinical"},
        {"http://hl7.org/fhir/allergy-verification-status", kTerminology + "allergyintolerance-verification"},
        {"http://hl7.org/fhir/condition-clinical", kTerminology + "condition-clinical"},
        {"http://hl7.org/fhir/condition-ver-status", kTerminology + "condition-ver-status"},
    };
    const auto it = moved.find(system);
    return it == moved.end() ? system : it->second;
}

// Every "system" of a Coding anywhere inside `value`, moved.
void moveSystems(json& value)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it.key() == "system" && it->is_string())
                *it = r4System(it->get<std::string>());
            else
                moveSystems(*it);
        }
    } else if (value.is_array()) {
        for (json& item : value)
            moveSystems(item);
    }
}

json status(const std::string& codeSystem, const json& code)
{
    if (!code.is_string())
        return code;
    return {{"coding", {{{"system", kTerminology + codeSystem}, {"code", code}}}}};
}

void rename(json& resource, const char* from, const char* to)
{
    const auto it = resource.find(from);
    if (it == resource.end())
        return;
    json value = std::move(*it);
    resource.erase(from);
    resource[to] = std::move(value);
}

void patient(json& r)
{
    // UK Core: Extension-UKCore-NHSNumberVerificationStatus over UKCore-NHSNumberVerificationStatusEngland.
    if (!r.contains("identifier"))
        return;
    for (json& identifier : r["identifier"]) {
        if (!identifier.contains("extension"))
            continue;
        for (json& extension : identifier["extension"]) {
            if (extension.value("url", "").find("CareConnect-NHSNumberVerificationStatus") == std::string::npos)
                continue;
            extension
                = {{"url", "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus"},
                   {"valueCodeableConcept",
                    {{"coding",
                      {{{"system", "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland"},
                        {"code", "number-present-and-verified"},
                        {"display", "Number present and verified"}}}}}}};
        }
    }
}

// Condition and AllergyIntolerance: the status codes become CodeableConcepts of their R4 code
// systems; assertedDate becomes recordedDate.
void statusesAndRecordedDate(json& r, const char* clinicalSystem, const char* verificationSystem)
{
    if (r.contains("clinicalStatus"))
        r["clinicalStatus"] = status(clinicalSystem, r["clinicalStatus"]);
    if (r.contains("verificationStatus"))
        r["verificationStatus"] = status(verificationSystem, r["verificationStatus"]);
    rename(r, "assertedDate", "recordedDate");
}

void immunization(json& r)
{
    rename(r, "date", "occurrenceDateTime");
    if (r.value("notGiven", false) && r.value("status", "") != "entered-in-error")
        r["status"] = "not-done";
    r.erase("notGiven");
    rename(r, "practitioner", "performer");
    if (r.contains("performer")) {
        for (json& performer : r["performer"])
            performer.erase("role"); // STU3 role became function (a CodeableConcept of another value set)
    }
    r.erase("explanation");
}

void medicationRequest(json& r)
{
    if (r.contains("requester") && r["requester"].contains("agent"))
        r["requester"] = json(r["requester"]["agent"]);
    rename(r, "context", "encounter");
}

void medicationStatement(json& r)
{
    if (r.value("taken", "") == "n" && r.value("status", "") != "entered-in-error")
        r["status"] = "not-taken";
    r.erase("taken");
}

void documentReference(json& r)
{
    rename(r, "indexed", "date");
    r.erase("created");
    if (r.contains("class")) {
        r["category"] = json::array({r["class"]});
        r.erase("class");
    }
    if (r.contains("context") && r["context"].contains("encounter") && r["context"]["encounter"].is_object())
        r["context"]["encounter"] = json::array({r["context"]["encounter"]});
}

} // namespace

std::string UkCoreR4Resource::profileUrl(const std::string& resourceType)
{
    return "https://fhir.hl7.org.uk/StructureDefinition/UKCore-" + resourceType;
}

json UkCoreR4Resource::fromStu3(const json& stu3)
{
    json r = stu3;
    const std::string type = r.value("resourceType", "");
    if (type == "Binary") {
        rename(r, "content", "data"); // R4 Binary.data; no UK Core profile for Binary
        return r;
    }
    if (r.contains("meta"))
        r["meta"]["profile"] = json::array({profileUrl(type)});
    else
        r["meta"] = {{"profile", json::array({profileUrl(type)})}};
    moveSystems(r);
    if (type == "Patient")
        patient(r);
    else if (type == "Condition")
        statusesAndRecordedDate(r, "condition-clinical", "condition-ver-status");
    else if (type == "AllergyIntolerance")
        statusesAndRecordedDate(r, "allergyintolerance-clinical", "allergyintolerance-verification");
    else if (type == "Immunization")
        immunization(r);
    else if (type == "MedicationRequest")
        medicationRequest(r);
    else if (type == "MedicationStatement")
        medicationStatement(r);
    else if (type == "DocumentReference")
        documentReference(r);
    if (type == "Observation" || type == "Procedure" || type == "Condition")
        rename(r, "context", "encounter");
    return r;
}

void UkCoreR4Resource::convertStore(const ResourceStore& stu3, ResourceStore* r4)
{
    r4->clear();
    for (const QString& type : stu3.types()) {
        for (const json* resource : stu3.all(type))
            r4->add(fromStu3(*resource));
    }
}

} // namespace ccri::sandbox
