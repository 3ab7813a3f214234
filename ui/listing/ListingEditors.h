// The listing's own composite editors: the logo file picker with its
// preview, and the IAM policy list's JSON editor that follows the selection.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace proserv {

class ListingDocument;
class RecordTableEditor;
class TextEditBinding;

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
