// A QTextBrowser for text that strangers wrote (listing text, Markdown,
// submitted files): it never loads a resource — no image, no style sheet, no
// file named by the text, local or remote — and never follows a link.
#pragma once

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

// Qt's Markdown import grows with the square of the links and styles in one
// paragraph (5,000 links took seconds, and 65 s in the editor): a preview
// renders at most this many characters of Markdown — several times what AWS
// Marketplace accepts in any field — and says so when it cuts.
inline constexpr int kMaxPreviewMarkdown = 20000;

// `markdown`, cut at a line break before kMaxPreviewMarkdown when longer;
// `cut` tells whether it was.
inline QString boundedMarkdown(const QString& markdown, bool* cut)
{
    *cut = markdown.size() > kMaxPreviewMarkdown;
    if (!*cut)
        return markdown;
    const qsizetype lineBreak = markdown.lastIndexOf(QLatin1Char('\n'), kMaxPreviewMarkdown);
    return markdown.left(lineBreak > kMaxPreviewMarkdown / 2 ? lineBreak : kMaxPreviewMarkdown);
}

} // namespace proserv
