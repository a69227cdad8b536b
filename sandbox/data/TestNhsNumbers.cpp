#include "sandbox/data/TestNhsNumbers.h"

#include "app/core/NhsNumber.h"

namespace ccri::sandbox {

QString TestNhsNumbers::next(quint32* stem)
{
    for (;;) {
        const QString nine = QStringLiteral("999%1").arg(*stem % 1000000, 6, 10, QLatin1Char('0'));
        *stem = (*stem + 1) % 1000000;
        const int check = NhsNumber::checkDigit(nine);
        if (check >= 0)
            return nine + QLatin1Char(char('0' + check));
    }
}

} // namespace ccri::sandbox
