#pragma once

#include <QList>

namespace ccri {

// Qt ships no Welsh translation of its own widgets, so the strings of Qt's that our users see —
// dialog buttons and the edit menus of text fields — are listed here for lupdate and translated
// in our .ts files under Qt's own contexts (QPlatformTheme, QLineEdit, QWidgetTextControl).
class QtStandardStrings
{
public:
    struct Entry
    {
        const char* context;
        const char* source;
    };
    static QList<Entry> all();
};

} // namespace ccri
