#include "app/fhir/FhirDateText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ccri::fhir {

namespace {

const QString kPeriodSeparator = QStringLiteral(" – "); // as FhirJson::period joins start and end

} // namespace

bool FhirDateText::isDateValue(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$"));
    return pattern.match(text).hasMatch();
}

QString FhirDateText::display(const QString& text, const QLocale& locale)
{
    const qsizetype separator = text.indexOf(kPeriodSeparator);
    if (separator > 0) {
        const QString start = text.left(separator);
        const QString end = text.mid(separator + kPeriodSeparator.size());
        if (isDateValue(start) && isDateValue(end))
            return displayOne(start, locale) + kPeriodSeparator + displayOne(end, locale);
        return text;
    }
    return displayOne(text, locale);
}

QString FhirDateText::displayOne(const QString& text, const QLocale& locale)
{
    if (!isDateValue(text))
        return text;
    switch (text.size()) {
    case 4: // a year: as given
        return text;
    case 7: {
        const QDate month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        return month.isValid() ? locale.toString(month, QStringLiteral("MMM yyyy")) : text;
    }
    case 10: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QStringLiteral("d MMM yyyy")) : text;
    }
    default:
        break;
    }
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        return text;
    return locale.toString(moment.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

} // namespace ccri::fhir
