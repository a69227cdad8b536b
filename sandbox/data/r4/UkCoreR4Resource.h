#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace ccri::sandbox {

class ResourceStore;

// Renders a Care Connect STU3 resource of the sandbox as FHIR R4 (4.0.1) with its UK Core profile in
// meta.profile (https://fhir.hl7.org.uk/StructureDefinition/UKCore-<Type>), so the one set of
// synthetic clinical content (SyntheticData, whatever is added to it) is served on both bases.
// What changes between the releases, for the elements the sandbox uses:
//   Condition, AllergyIntolerance   clinicalStatus / verificationStatus: code -> CodeableConcept;
//                                   assertedDate -> recordedDate
//   Immunization                    date -> occurrenceDateTime; notGiven=true -> status not-done;
//                                   practitioner -> performer
//   MedicationRequest               requester.agent -> requester (onBehalfOf has no R4 place)
//   MedicationStatement             taken=n -> status not-taken (taken has gone)
//   DocumentReference               indexed -> date; created has gone; context.encounter is a list
//   Binary                          content -> data
//   Observation, Condition, Procedure, MedicationRequest   context -> encounter
//   code systems                    http://hl7.org/fhir/v3/..., .../observation-category,
//                                   .../condition-category -> http://terminology.hl7.org/CodeSystem/...
//   Patient                         the NHS number verification status extension of UK Core
class UkCoreR4Resource
{
public:
    static nlohmann::json fromStu3(const nlohmann::json& stu3);
    // Every resource of `stu3`, rendered, into `r4` (cleared first), in the same order.
    static void convertStore(const ResourceStore& stu3, ResourceStore* r4);
    static std::string profileUrl(const std::string& resourceType);
};

} // namespace ccri::sandbox
