#pragma once

#include <QString>

namespace ccri {

// NHS numbers: ten digits, the last a modulus-11 check digit over the first nine (weights 10..2;
// 11 - sum mod 11, where 11 means 0 and 10 means the nine digits are unusable). Shown as
// "987 654 3210", searched as identifier=https://fhir.nhs.uk/Id/nhs-number|9876543210. One rule for
// the explorer's patient search and the sandbox's synthetic patients.
class NhsNumber
{
public:
    static QString system() { return QStringLiteral("https://fhir.nhs.uk/Id/nhs-number"); }

    // Drops spaces and dashes ("987 654-3210" -> "9876543210"); other characters are kept.
    static QString normalise(const QString& input);
    // True for ten digits with a correct check digit; otherwise false and a sentence in *error.
    static bool isValid(const QString& input, QString* error = nullptr);
    // The check digit the first nine digits call for, or -1 when they call for 10 (no valid number)
    // or are not nine ASCII digits.
    static int checkDigit(const QString& firstNineDigits);
    // "987 654 3210" for ten digits; anything else is returned as given.
    static QString format(const QString& input);
    // The value for a Patient search: "https://fhir.nhs.uk/Id/nhs-number|9876543210".
    static QString searchToken(const QString& input);
};

} // namespace ccri
