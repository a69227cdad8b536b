#pragma once

#include <QLocale>
#include <QString>

namespace ccri::fhir {

// FHIR date and dateTime values as people read them: "2019-08-29T08:26:00+00:00" becomes
// "29 Aug 2019 08:26" in local time, "2019-08-29" becomes "29 Aug 2019", "2019-08" "Aug 2019",
// and a period "start – end" has both ends shown so. Month names come from the locale.
// Anything else (a year alone, words, numbers) is returned as given.
class FhirDateText
{
public:
    // The readable form of one FHIR date/dateTime, or of a "start – end" period; else text as given.
    static QString display(const QString& text, const QLocale& locale = QLocale());
    // True for a FHIR date ("2019", "2019-08", "2019-08-29") or dateTime with a time.
    static bool isDateValue(const QString& text);

private:
    static QString displayOne(const QString& text, const QLocale& locale);
};

} // namespace ccri::fhir
