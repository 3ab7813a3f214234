// A QTextBrowser for text that strangers wrote (listing text, Markdown,
// submitted files): it never loads a resource — no image, no style sheet, no
// file named by the text, local or remote — and never follows a link.
#pragma once

#include <algorithm>

#include <QTextBrowser>
#include <QTextDocument>

namespace proserv {

// The document side of the same rule, for documents built in code.
class SafeTextDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

class SafeTextBrowser : public QTextBrowser {
public:
    explicit SafeTextBrowser(QWidget* parent = nullptr) : QTextBrowser(parent)
    {
        setOpenLinks(false);
        setOpenExternalLinks(false);
    }

    QVariant loadResource(int, const QUrl&) override { return {}; }
};

// Qt's Markdown import grows with the square of the marks in one list or
// paragraph — links, code spans, emphasis, list items (measured: 2,000
// characters of "`a` " took 1.6 s, 4,000 took 5.9 s; 5,000 links 65 s): a
// preview renders at most kMaxPreviewMarkdown characters holding at most
// kMaxPreviewMarks such marks — several times what a real description holds —
// and says so when it cuts.
inline constexpr int kMaxPreviewMarkdown = 20000;
inline constexpr int kMaxPreviewMarks = 300;

// `markdown`, cut at a line break before either limit when it is beyond
// one; `cut` tells whether it was.
inline QString boundedMarkdown(const QString& markdown, bool* cut)
{
    qsizetype end = std::min<qsizetype>(markdown.size(), kMaxPreviewMarkdown);
    int marks = 0;
    bool lineStart = true;
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = markdown.at(i);
        const bool listItem = lineStart && (c == QLatin1Char('-') || c == QLatin1Char('+') || c.isDigit());
        if (listItem || c == QLatin1Char('`') || c == QLatin1Char('*') || c == QLatin1Char('_')
            || c == QLatin1Char('[') || c == QLatin1Char('<') || c == QLatin1Char('~'))
            if (++marks > kMaxPreviewMarks) {
                end = i;
                break;
            }
        lineStart = c == QLatin1Char('\n') || (lineStart && c.isSpace());
    }
    *cut = end < markdown.size();
    if (!*cut)
        return markdown;
    const qsizetype lineBreak = markdown.lastIndexOf(QLatin1Char('\n'), end);
    return markdown.left(lineBreak > end / 2 ? lineBreak : end);
}

} // namespace proserv
