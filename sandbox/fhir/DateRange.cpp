#include "sandbox/fhir/DateRange.h"

#include <algorithm>
#include <limits>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ccri::sandbox {

DateRange::DateRange(qint64 low, qint64 high)
    : m_low(low)
    , m_high(high)
{
}

std::optional<DateRange> DateRange::parse(const QString& text)
{
    const auto startOf
        = [](const QDate& day) { return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(); };
    if (text.size() == 4) {
        // Four digits, and a year Qt's calendar has (it has no year 0: "0000" gave an inverted range).
        const bool digits = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        const int year = digits ? text.toInt() : 0;
        if (year < 1)
            return std::nullopt;
        return DateRange(startOf(QDate(year, 1, 1)), startOf(QDate(year + 1, 1, 1)) - 1);
    }
    if (text.size() == 7) {
        const QDate month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return std::nullopt;
        return DateRange(startOf(month), startOf(month.addMonths(1)) - 1);
    }
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return DateRange(startOf(day), startOf(day.addDays(1)) - 1);
    }
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc());
    const qint64 ms = moment.toMSecsSinceEpoch();
    // Seconds precision: the whole second.
    return DateRange(ms, text.contains(QLatin1Char('.')) ? ms : ms + 999);
}

std::optional<DateRange> DateRange::period(const QString& start, const QString& end)
{
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    if (!start.isEmpty()) {
        const auto range = parse(start);
        if (!range)
            return std::nullopt;
        low = range->low();
    }
    if (!end.isEmpty()) {
        const auto range = parse(end);
        if (!range)
            return std::nullopt;
        high = range->high();
    }
    if (start.isEmpty() && end.isEmpty())
        return std::nullopt;
    return DateRange(low, high);
}

bool DateRange::matches(Prefix prefix, const DateRange& search) const
{
    const bool contained = m_low >= search.m_low && m_high <= search.m_high;
    switch (prefix) {
    case Prefix::Eq:
        return contained;
    case Prefix::Ne:
        return !contained;
    case Prefix::Gt:
        return m_high > search.m_high;
    case Prefix::Lt:
        return m_low < search.m_low;
    case Prefix::Ge:
        return m_high > search.m_high || contained;
    case Prefix::Le:
        return m_low < search.m_low || contained;
    }
    return false;
}

std::optional<DateRange::Prefix> DateRange::splitPrefix(QString* value)
{
    if (value->size() < 2 || !value->at(0).isLetter())
        return Prefix::Eq;
    const QString prefix = value->left(2);
    *value = value->mid(2);
    if (prefix == QLatin1String("eq"))
        return Prefix::Eq;
    if (prefix == QLatin1String("ne"))
        return Prefix::Ne;
    if (prefix == QLatin1String("gt"))
        return Prefix::Gt;
    if (prefix == QLatin1String("lt"))
        return Prefix::Lt;
    if (prefix == QLatin1String("ge"))
        return Prefix::Ge;
    if (prefix == QLatin1String("le"))
        return Prefix::Le;
    return std::nullopt;
}

} // namespace ccri::sandbox
