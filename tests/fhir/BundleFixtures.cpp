#include "tests/fhir/BundleFixtures.h"

#include <QString>

QByteArray observation(int i)
{
    return QStringLiteral(R"({"resource":{"resourceType":"Observation","id":"obs-%1","status":"final",
        "category":[{"coding":[{"system":"http://hl7.org/fhir/observation-category","code":"vital-signs","display":"Vital Signs"}]}],
        "code":{"coding":[{"system":"http://snomed.info/sct","code":"364075005","display":"Heart rate"}]},
        "effectiveDateTime":"2020-01-%2T10:00:00Z","valueQuantity":{"value":%3,"unit":"beats/min"}}})")
        .arg(i)
        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
        .arg(60 + i % 40)
        .toUtf8();
}

QByteArray bundle(const QList<QByteArray>& entries, int total)
{
    QByteArray bytes = R"({"resourceType":"Bundle","type":"searchset",)";
    if (total >= 0) {
        bytes += "\"total\":" + QByteArray::number(total) + ",";
    }
    bytes += R"("link":[{"relation":"self","url":"http://127.0.0.1/fhir/STU3/Observation?patient=1"},
        {"relation":"next","url":"http://127.0.0.1/fhir/STU3/Observation?patient=1&page=2"}],"entry":[)";
    for (int i = 0; i < entries.size(); ++i) {
        bytes += (i ? "," : "") + entries.at(i);
    }
    return bytes + "]}";
}

QByteArray fixture(const char* name)
{
    static const struct
    {
        const char* name;
        const char* json;
    } fixtures[] = {
        {"no resource", R"({"fullUrl":"x"})"},
        {"no resourceType", R"({"resource":{"id":"nt"}})"},
        {"no id", R"({"resource":{"resourceType":"Observation"}})"},
        {"truncated", R"({"resourceType":"Bundle","entry":[{"resource":)"},
        {"operation outcome 403", R"({"resourceType":"OperationOutcome","issue":[{"severity":"error",
            "code":"processing","diagnostics":"Insufficient Access Rights to access Observation."}]})"},
        {"not fhir", R"({"hello":"world"})"},
        {"patient kanfeld", R"({"resourceType":"Patient","id":"p1","gender":"female",
            "birthDate":"1998-03-19","name":[{"use":"official","family":"Kanfeld","given":["Bernie"],"prefix":["Miss"]}],
            "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9876543210"}],
            "address":[{"line":["1 Curzon Street"],"city":"Nottingham","postalCode":"NG11 0HQ"}]})"},
        {"blood pressure", R"({"resourceType":"Observation","id":"1","status":"final",
            "code":{"text":"Blood pressure"},"effectivePeriod":{"start":"2020-01-01"},"component":[
            {"valueQuantity":{"value":120,"unit":"mmHg"}},{"valueQuantity":{"value":80,"unit":"mmHg"}}]})"},
        {"encounter", R"({"resourceType":"Encounter","id":"1","status":"finished",
            "class":{"code":"AMB","display":"ambulatory"},"type":[{"text":"GP visit"}],
            "period":{"start":"2020-01-01T10:00","end":"2020-01-01T10:15"}})"},
        {"condition", R"({"resourceType":"Condition","id":"1","clinicalStatus":"active",
            "code":{"coding":[{"display":"Asthma"}]},"assertedDate":"2019-05-01"})"},
        {"procedure", R"({"resourceType":"Procedure","id":"1","status":"completed",
            "code":{"text":"Appendicectomy"},"performedDateTime":"2010-02-02"})"},
        {"allergy", R"({"resourceType":"AllergyIntolerance","id":"1","criticality":"high",
            "verificationStatus":"confirmed","code":{"text":"Penicillin"}})"},
        {"medication request", R"({"resourceType":"MedicationRequest","id":"1",
            "status":"active","authoredOn":"2020-03-03","medicationCodeableConcept":{"text":"Salbutamol"},
            "dosageInstruction":[{"text":"Two puffs when needed"}]})"},
        {"medication statement", R"({"resourceType":"MedicationStatement","id":"1",
            "status":"active","medicationReference":{"display":"Aspirin 75mg"},"effectiveDateTime":"2020-04-04"})"},
        {"immunization", R"({"resourceType":"Immunization","id":"1","status":"completed",
            "vaccineCode":{"text":"Influenza"},"date":"2019-10-10"})"},
        {"document", R"({"resourceType":"DocumentReference","id":"1",
            "type":{"text":"Discharge letter"},"indexed":"2020-05-05T00:00:00Z",
            "content":[{"attachment":{"contentType":"application/pdf","url":"Binary/b1","size":2048}}]})"},
        {"binary", R"({"resourceType":"Binary","id":"1","contentType":"text/plain",
            "content":"aGVsbG8="})"},
    };
    for (const auto& f : fixtures) {
        if (qstrcmp(f.name, name) == 0) {
            return QByteArray(f.json);
        }
    }
    qFatal("no fixture %s", name);
}
