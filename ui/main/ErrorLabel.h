#pragma once

#include <QLabel>

namespace ccri {

// A label for sentences that report a problem, in AccessColours::shut(): dark red on a light
// background, light red on a dark one. The colour is a palette role, not a style sheet, and is
// chosen again whenever the palette changes, so switching high contrast on or off while the
// explorer runs recolours it. setError(false) shows ordinary text.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    void setError(bool error);
    bool isError() const { return m_error; }

protected:
    bool event(QEvent* event) override;

private:
    void recolour();

    bool m_error = true;
};

} // namespace ccri
