#pragma once

#include <QString>

namespace ccri::sandbox {

// NHS numbers: ten digits, the last a modulus-11 check digit over the first nine
// (weights 10..2; 11 - sum mod 11, where 11 means 0 and 10 means the nine digits are unusable).
class NhsNumber
{
public:
    static bool isValid(const QString& number);
    // The check digit for nine digits, or -1 when they cannot form an NHS number.
    static int checkDigit(const QString& nineDigits);
    // The next valid number in the 999 test range from *stem (0..999999) on; moves *stem past it,
    // so successive calls give distinct numbers.
    static QString nextTestNumber(quint32* stem);
};

} // namespace ccri::sandbox
