// Syntax colours for the IAM policy editor: keys, strings, numbers, literals.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;

namespace proserv {

// JSON text as code: a monospace font and no line wrapping (the IAM policy
// editor, the submission view's JSON).
void showAsCode(QPlainTextEdit* edit);

class JsonHighlighter : public QSyntaxHighlighter {
public:
    explicit JsonHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace proserv
