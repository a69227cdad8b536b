#include "JsonHighlighter.h"

namespace ccri {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_key(QStringLiteral(R"("(?:[^"\\]|\\.)*"(?=\s*:))"))
    , m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*")"))
    , m_number(QStringLiteral(R"((?<![\w"])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"))
    , m_literal(QStringLiteral(R"(\b(?:true|false|null)\b)"))
{
    m_keyFormat.setForeground(QColor(0x00, 0x4b, 0x8d));
    m_keyFormat.setFontWeight(QFont::DemiBold);
    m_stringFormat.setForeground(QColor(0x1a, 0x7f, 0x37));
    m_numberFormat.setForeground(QColor(0x9a, 0x40, 0x00));
    m_literalFormat.setForeground(QColor(0x80, 0x20, 0x80));
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
