#include "ui/desktop/HighContrastPalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace ccri {

QPalette HighContrastPalette::palette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor cyan(0x00, 0xff, 0xff);
    const QColor grey(0xb0, 0xb0, 0xb0);
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, cyan);
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, grey);
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, grey);
    p.setColor(QPalette::Disabled, QPalette::Text, grey);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

void HighContrastPalette::apply(bool on)
{
    if (on) {
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(palette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
}

} // namespace ccri
