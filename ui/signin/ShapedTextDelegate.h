#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ccri {

// Paints one line of plain text per cell as QStyledItemDelegate does (the style's panel, selection
// and focus, the palette's text colours, elided to the cell), but shapes each text once: the style
// shapes a cell's text two or three times at every paint (for its size, its elision and its
// drawing). The shaped text is kept (QStaticText) per text, font and width. For views whose cells
// are one line of plain text with no icon or check box (the Session dock's scope comparison).
class ShapedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const QStaticText& shaped(const QString& text, const QFont& font, int width, Qt::TextElideMode elide) const;

    mutable QHash<QString, QStaticText> m_shaped; // key: text, font and width
};

} // namespace ccri
