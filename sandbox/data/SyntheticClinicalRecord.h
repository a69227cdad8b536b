#pragma once

#include "sandbox/data/SyntheticTables.h"

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>

namespace ccri::sandbox {

class DeterministicRandom;
class ResourceStore;

// Writes one patient's clinical record into the store, drawing from the tables with the run's random sequence:
// four visits a few months apart (the third at the hospital) with six vital signs each, smoking status, any
// extra heart rates asked for, two conditions, one or two procedures, an allergy, two medication requests with
// their statements, two immunisations, and three DocumentReferences with their Binary attachments (text/plain,
// application/pdf, image/png). Clinical resources are numbered per type from "1" across the whole run.
class SyntheticClinicalRecord
{
public:
    SyntheticClinicalRecord(ResourceStore* store, DeterministicRandom* random, const SyntheticTables& tables);

    void write(const SyntheticTables::Patient& patient, int extraObservations = 0);
    // Two of the patient's vital signs recorded by mistake and marked status "entered-in-error" (a heart rate of
    // 250 and a temperature of 3.7): clients must show them struck through, not hide them (issue 14).
    void enteredInError(const SyntheticTables::Patient& patient);

private:
    using Practitioner = SyntheticTables::Practitioner;

    std::string nextId(const std::string& type);
    const Practitioner& gpOf(const SyntheticTables::Patient& patient) const;
    std::string encounter(const std::string& subject, const QDate& day, int minutes, bool hospital,
                          const Practitioner& clinician);
    void observation(const std::string& subject, const std::string& encounter, const std::string& when,
                     const Practitioner& performer, const SyntheticTables::ObservationKind& kind, const char* category,
                     const char* categoryDisplay, nlohmann::json value);
    void vitalSigns(const std::string& subject, const std::string& encounter, const std::string& when,
                    const Practitioner& performer, double weight, double height);
    void conditions(const std::string& subject, const std::string& encounter, const QDate& first,
                    const SyntheticTables::Patient& p);
    void procedures(const std::string& subject, const std::string& encounter, const QDate& first,
                    const SyntheticTables::Patient& p);
    void allergy(const std::string& subject, const QDate& first, const SyntheticTables::Patient& p);
    void medicines(const std::string& subject, const std::string& encounter, const QDate& first,
                   const SyntheticTables::Patient& p);
    void immunisations(const std::string& subject, const QDate& first, const SyntheticTables::Patient& p);
    void documents(const std::string& subject, const std::string& encounter, const QDate& first,
                   const SyntheticTables::Patient& p);
    QByteArray attachment(const SyntheticTables::Document& document, const SyntheticTables::Patient& p);

    ResourceStore* m_store;
    DeterministicRandom* m_random;
    const SyntheticTables& m_tables;
    std::map<std::string, int> m_counters;
};

} // namespace ccri::sandbox
