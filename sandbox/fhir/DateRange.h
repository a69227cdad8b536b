#pragma once

#include <optional>
#include <QString>
#include <QtGlobal>

namespace ccri::sandbox {

// The span of time a FHIR date, dateTime or Period covers, in UTC milliseconds, so dates of any
// precision compare as FHIR search says: "1998" is all of 1998, "1998-03-19" all of that day.
class DateRange
{
public:
    enum class Prefix
    {
        Eq,
        Ne,
        Gt,
        Lt,
        Ge,
        Le
    };

    DateRange() = default;
    DateRange(qint64 low, qint64 high);

    // "YYYY", "YYYY-MM", "YYYY-MM-DD" or a dateTime with a time zone (date-only values are UTC).
    static std::optional<DateRange> parse(const QString& text);
    // A Period's start and end; an empty end is open.
    static std::optional<DateRange> period(const QString& start, const QString& end);

    qint64 low() const { return m_low; }
    qint64 high() const { return m_high; }

    // Does this (the resource's) range satisfy `prefix` `search`? FHIR R4 §3.1.1.5.5 semantics.
    bool matches(Prefix prefix, const DateRange& search) const;

    // Splits "ge2020-01-01" into its prefix and value; nullopt for an unknown two-letter prefix.
    static std::optional<Prefix> splitPrefix(QString* value);

private:
    qint64 m_low = 0;
    qint64 m_high = 0;
};

} // namespace ccri::sandbox
