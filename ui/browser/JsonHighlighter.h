#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;

namespace ccri {

// Colours pretty-printed JSON in a text view: keys, strings, numbers, true/false/null. The colours
// suit the view's background (dark ones on a light base, light ones on a dark base such as the
// high-contrast palette) and are chosen again when its palette changes.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QPlainTextEdit* view);

    QColor keyColour() const { return m_keyFormat.foreground().color(); }

protected:
    void highlightBlock(const QString& text) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Takes the colour set with the most contrast against `background`; true when it changed.
    bool chooseColours(const QColor& background);

    QPlainTextEdit* m_view;
    QRegularExpression m_key;
    QRegularExpression m_string;
    QRegularExpression m_number;
    QRegularExpression m_literal;
    QTextCharFormat m_keyFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_literalFormat;
};

} // namespace ccri
