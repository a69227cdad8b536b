#pragma once

#include <QStyledItemDelegate>

namespace ccri {

// Shows FHIR dates and instants the way the user's locale writes them ("19/03/1998",
// "28/11/2026 10:04") while the model keeps the ISO text, so sorting, copying and tests see the
// data as the server sent it. Partial dates ("1998", "1998-03") and other text are left alone.
class LocaleDisplayDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LocaleDisplayDelegate(QObject* parent = nullptr);

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    static QString format(const QString& text, const QLocale& locale);
};

} // namespace ccri
