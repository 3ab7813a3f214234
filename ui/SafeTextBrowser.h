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

} // namespace proserv
