// Editors made of several widgets: the long description with its Markdown
// preview, the logo file picker with a preview, and the IAM policy list with
// its JSON editor.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace proserv {

class ListingDocument;
class RecordTableEditor;
class TextEditBinding;

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

class LogoPicker : public QWidget {
    Q_OBJECT

public:
    explicit LogoPicker(ListingDocument* document, QWidget* parent = nullptr);
    QLineEdit* pathEdit() const { return m_path; }
    void updatePreview();

private:
    ListingDocument* m_document;
    QLineEdit* m_path;
    QLabel* m_preview;
    QLabel* m_info;
};

// The JSON editor follows the policy selected in the table above it.
class PolicyDocumentFollower : public QObject {
    Q_OBJECT

public:
    PolicyDocumentFollower(
        RecordTableEditor* table, QPlainTextEdit* editor, TextEditBinding* binding, ListingDocument* document);

private:
    void follow();
    RecordTableEditor* m_table;
    QPlainTextEdit* m_editor;
    TextEditBinding* m_binding;
    ListingDocument* m_document;
};

} // namespace proserv
