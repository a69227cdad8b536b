#include "ui/browser/JsonHighlighter.h"

#include "ui/main/AccessColours.h"

#include <algorithm>
#include <array>
#include <QEvent>
#include <QPlainTextEdit>

namespace ccri {

namespace {

struct JsonColours
{
    QColor key;
    QColor string;
    QColor number;
    QColor literal;

    double worstContrast(const QColor& background) const
    {
        return std::min(
            {AccessColours::contrastRatio(key, background), AccessColours::contrastRatio(string, background),
             AccessColours::contrastRatio(number, background), AccessColours::contrastRatio(literal, background)});
    }
};

// For a light base: each at least 5:1 on white. For a dark base: each at least 9:1 on black.
const std::array<JsonColours, 2> kColourSets {{
    {QColor(0x00, 0x4b, 0x8d), QColor(0x1a, 0x7f, 0x37), QColor(0x9a, 0x40, 0x00), QColor(0x80, 0x20, 0x80)},
    {QColor(0x8c, 0xc8, 0xff), QColor(0x7e, 0xe2, 0x9b), QColor(0xff, 0xc0, 0x7a), QColor(0xf0, 0xa8, 0xff)},
}};

} // namespace

JsonHighlighter::JsonHighlighter(QPlainTextEdit* view)
    : QSyntaxHighlighter(view->document())
    , m_view(view)
    , m_key(QStringLiteral(R"("(?:[^"\\]|\\.)*"(?=\s*:))"))
    , m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*")"))
    , m_number(QStringLiteral(R"((?<![\w"])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"))
    , m_literal(QStringLiteral(R"(\b(?:true|false|null)\b)"))
{
    m_keyFormat.setFontWeight(QFont::DemiBold);
    chooseColours(view->palette().color(QPalette::Base));
    view->installEventFilter(this);
}

bool JsonHighlighter::chooseColours(const QColor& background)
{
    const auto best = std::max_element(kColourSets.begin(), kColourSets.end(), [&](const auto& a, const auto& b) {
        return a.worstContrast(background) < b.worstContrast(background);
    });
    if (m_keyFormat.foreground().color() == best->key) {
        return false;
    }
    m_keyFormat.setForeground(best->key);
    m_stringFormat.setForeground(best->string);
    m_numberFormat.setForeground(best->number);
    m_literalFormat.setForeground(best->literal);
    return true;
}

bool JsonHighlighter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) {
        if (chooseColours(m_view->palette().color(QPalette::Base))) {
            rehighlight();
        }
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    const auto apply = [this, &text](const QRegularExpression& pattern, const QTextCharFormat& format) {
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
        }
    };
    apply(m_number, m_numberFormat);
    apply(m_literal, m_literalFormat);
    apply(m_string, m_stringFormat);
    apply(m_key, m_keyFormat);
}

} // namespace ccri
