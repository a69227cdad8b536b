#include "NhsNumber.h"

namespace ccri::sandbox {

int NhsNumber::checkDigit(const QString& nineDigits)
{
    if (nineDigits.size() != 9)
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = nineDigits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += (c.unicode() - '0') * (10 - i);
    }
    const int check = 11 - sum % 11;
    if (check == 11)
        return 0;
    return check == 10 ? -1 : check;
}

bool NhsNumber::isValid(const QString& number)
{
    if (number.size() != 10)
        return false;
    const int check = checkDigit(number.left(9));
    return check >= 0 && number.at(9) == QLatin1Char(char('0' + check));
}

QString NhsNumber::nextTestNumber(quint32* stem)
{
    for (;;) {
        const QString nine = QStringLiteral("999%1").arg(*stem % 1000000, 6, 10, QLatin1Char('0'));
        *stem = (*stem + 1) % 1000000;
        const int check = checkDigit(nine);
        if (check >= 0)
            return nine + QLatin1Char(char('0' + check));
    }
}

} // namespace ccri::sandbox
