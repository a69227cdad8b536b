#pragma once

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

private:
    Options m_options;
};

} // namespace ccri::sandbox
