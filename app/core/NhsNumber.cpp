#include "app/core/NhsNumber.h"

#include <QCoreApplication>

namespace ccri {

QString NhsNumber::normalise(const QString& input)
{
    QString digits;
    for (const QChar c : input) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-')) {
            digits.append(c);
        }
    }
    return digits;
}

int NhsNumber::checkDigit(const QString& firstNineDigits)
{
    if (firstNineDigits.size() < 9)
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = firstNineDigits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += (c.unicode() - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
        check = 0;
    }
    return check == 10 ? -1 : check;
}

bool NhsNumber::isValid(const QString& input, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    const QString digits = normalise(input);
    if (digits.isEmpty()) {
        return fail(QCoreApplication::translate("NhsNumber", "Enter an NHS number."));
    }
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 0x7f) {
            return fail(QCoreApplication::translate("NhsNumber", "An NHS number has digits only."));
        }
    }
    if (digits.size() != 10) {
        return fail(QCoreApplication::translate("NhsNumber", "An NHS number has 10 digits; this one has %n.", "",
                                                int(digits.size())));
    }
    const int expected = checkDigit(digits);
    if (expected < 0) {
        return fail(QCoreApplication::translate("NhsNumber",
                                                "%1 is not a valid NHS number: no check digit fits its first nine "
                                                "digits. Check it for a typing error.")
                        .arg(format(digits)));
    }
    if (digits.at(9).digitValue() != expected) {
        return fail(QCoreApplication::translate("NhsNumber",
                                                "%1 is not a valid NHS number: its check digit should be %2, not "
                                                "%3. Check it for a typing error.")
                        .arg(format(digits))
                        .arg(expected)
                        .arg(digits.at(9)));
    }
    return true;
}

QString NhsNumber::format(const QString& input)
{
    const QString digits = normalise(input);
    if (digits.size() != 10) {
        return input;
    }
    for (const QChar c : digits) {
        if (!c.isDigit()) {
            return input;
        }
    }
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.right(4);
}

QString NhsNumber::searchToken(const QString& input)
{
    return system() + QLatin1Char('|') + normalise(input);
}

} // namespace ccri
