#pragma once

#include "sandbox/data/SyntheticTables.h"

#include <QPair>
#include <QtGlobal>

namespace ccri::sandbox {

class ResourceStore;

// Deterministic synthetic Care Connect data: the CCRI's published example patients (Bernie Kanfeld,
// Horatio Samson, Elsie Mills-Samson), `patients` generated ones, and optionally one "big" patient
// with `bigPatientObservations` observations. Same options, same bytes (ResourceStore::dump()).
//
// Ids: Organization "C81010" (The Moir Medical Centre), "RTG" (Derby Teaching Hospitals);
// Practitioner "1".."n"; Patient "1" Bernie Kanfeld (9876543210), "2" Horatio Samson (9876543211),
// "3" Elsie Mills-Samson (9876512345), "4".."patients+3" generated, then the big patient (if any);
// clinical resources numbered per type from "1". Every patient has >= 20 vital-sign observations,
// encounters, conditions, procedures, allergies, medication requests and statements, immunisations
// and DocumentReferences whose Binary attachments are text/plain, application/pdf and image/png.
//
// Last come the clinical-safety cases (UK Core Access hazards, issue 14), after every other record so those stay
// as they were: two patients who share the NHS number 999 000 0018 (a data error a client must warn about), Mr
// Alex Morgan and Ms Alexandra Morgan, with the next two ids after the generated (and big) patients, each with a
// full record; Alexandra's record ends with two Observations whose status is "entered-in-error".
class SyntheticData
{
public:
    struct Options
    {
        int patients = 100;
        quint64 seed = 1;
        int bigPatientObservations = 0; // 0: no big patient
    };

    SyntheticData();
    explicit SyntheticData(const Options& options);

    const Options& options() const { return m_options; }
    // Clears `store` and fills it.
    void generate(ResourceStore* store) const;

    static QString bigPatientId(const Options& options); // "" when there is no big patient
    static constexpr const char* kSharedNhsNumber = "9990000018"; // the duplicate pair's
    // The pair sharing kSharedNhsNumber, with ids firstId and firstId + 1.
    static QPair<SyntheticTables::Patient, SyntheticTables::Patient> duplicatePair(int firstId);

private:
    Options m_options;
};

} // namespace ccri::sandbox
