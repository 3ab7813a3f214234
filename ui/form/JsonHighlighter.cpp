#include "ui/form/JsonHighlighter.h"

#include <QPlainTextEdit>

namespace proserv {

void showAsCode(QPlainTextEdit* edit)
{
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    edit->setFont(mono);
}

JsonHighlighter::JsonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1a, 0x4d, 0x8f));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_literal.setForeground(QColor(0xad, 0x14, 0x57));
    m_punctuation.setForeground(QColor(0x61, 0x61, 0x61));
}

// A small scanner rather than regular expressions: strings may contain
// escaped quotes, and a string is a key when the next non-space is ':'.
void JsonHighlighter::highlightBlock(const QString& text)
{
    const int n = static_cast<int>(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            int end = i + 1;
            while (end < n && text[end] != QLatin1Char('"'))
                end += text[end] == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, n);
            int next = end;
            while (next < n && text[next].isSpace())
                ++next;
            setFormat(i, end - i, next < n && text[next] == QLatin1Char(':') ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int end = i + 1;
            while (end < n && (text[end].isDigit() || QStringLiteral(".eE+-").contains(text[end])))
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < n && text[end].isLetter())
                ++end;
            setFormat(i, end - i, m_literal);
            i = end;
        } else {
            if (QStringLiteral("{}[]:,").contains(c))
                setFormat(i, 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace proserv
