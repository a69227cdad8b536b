#include "LocaleDisplayDelegate.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ccri {

LocaleDisplayDelegate::LocaleDisplayDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString LocaleDisplayDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.userType() == QMetaType::QString)
        return format(value.toString(), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

QString LocaleDisplayDelegate::format(const QString& text, const QLocale& locale)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression instant(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
                                                           "(Z|[+-]\\d{2}:\\d{2})?$"));
    if (date.match(text).hasMatch()) {
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        return parsed.isValid() ? locale.toString(parsed, QLocale::ShortFormat) : text;
    }
    if (instant.match(text).hasMatch()) {
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            return text;
        if (parsed.timeSpec() != Qt::LocalTime)
            parsed = parsed.toLocalTime();
        return locale.toString(parsed, QLocale::ShortFormat);
    }
    return text;
}

} // namespace ccri
