// Editors made of several widgets that any document's form can use: a
// Markdown text with its preview.
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace proserv {

class MarkdownEditor : public QWidget {
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget* parent = nullptr);
    QPlainTextEdit* editor() const { return m_editor; }
    QTextBrowser* preview() const { return m_preview; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void updatePreview();
    QTabWidget* m_tabs;
    QPlainTextEdit* m_editor;
    QTextBrowser* m_preview;
};

} // namespace proserv
