#include "ui/main/ErrorLabel.h"

#include "ui/main/AccessColours.h"

#include <QEvent>

namespace ccri {

ErrorLabel::ErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    recolour();
}

void ErrorLabel::setError(bool error)
{
    m_error = error;
    recolour();
}

bool ErrorLabel::event(QEvent* event)
{
    const bool handled = QLabel::event(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        recolour();
    }
    return handled;
}

// Sets the palette only when it differs: setPalette() sends PaletteChange, which comes back here.
void ErrorLabel::recolour()
{
    if (!m_error) {
        if (testAttribute(Qt::WA_SetPalette)) {
            setPalette(QPalette());
        }
        return;
    }
    const QColor colour = AccessColours::shut();
    if (!testAttribute(Qt::WA_SetPalette) || palette().color(QPalette::WindowText) != colour) {
        QPalette own = palette();
        own.setColor(QPalette::WindowText, colour);
        own.setColor(QPalette::Text, colour);
        setPalette(own);
    }
}

} // namespace ccri
