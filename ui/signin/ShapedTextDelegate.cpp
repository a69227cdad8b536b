#include "ui/signin/ShapedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace ccri {

namespace {
constexpr qsizetype kMaxShaped = 512; // a view's worth of rows at a few widths; then start again
} // namespace

const QStaticText& ShapedTextDelegate::shaped(const QString& text, const QFont& font, int width,
                                              Qt::TextElideMode elide) const
{
    const QString key = text + QChar(0) + font.key() + QChar(0) + QString::number(width);
    auto found = m_shaped.constFind(key);
    if (found != m_shaped.constEnd())
        return *found;
    if (m_shaped.size() >= kMaxShaped)
        m_shaped.clear();
    const QFontMetrics metrics(font);
    QStaticText shapedText(metrics.horizontalAdvance(text) > width ? metrics.elidedText(text, elide, width) : text);
    shapedText.setTextFormat(Qt::PlainText);
    shapedText.setPerformanceHint(QStaticText::AggressiveCaching);
    shapedText.prepare(QTransform(), font);
    return *m_shaped.insert(key, shapedText);
}

void ShapedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget* widget = item.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // panel, selection, focus
    if (text.isEmpty())
        return;

    // Where and in which colour the style would have drawn it (QCommonStyle, CE_ItemViewItem).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = item.rect.adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(item.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QStaticText& line = shaped(text, item.font, room.width(), item.textElideMode);
    const QRect at = QStyle::alignedRect(item.direction, item.displayAlignment, line.size().toSize(), room);
    painter->save();
    painter->setFont(item.font);
    painter->setPen(
        item.palette.color(group, item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(room, Qt::IntersectClip);
    painter->drawStaticText(at.topLeft(), line);
    painter->restore();
}

} // namespace ccri
