// Binds one editor widget to one field of the listing (by JSON Pointer):
// user edits become undoable document edits, document changes (undo, redo,
// open) refresh the widget, and findings under the field are shown on it.
#pragma once

#include "model/Listing.h"
#include "validation/Finding.h"

#include <QObject>
#include <QStringList>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace proserv {

class FieldBlock;
class FieldDocument;
class RecordTableEditor;
class StringListEditor;

class FieldBinding : public QObject {
    Q_OBJECT

public:
    FieldBinding(FieldDocument* document, std::string pointer, FieldBlock* block);

    const std::string& pointer() const { return m_pointer; }
    FieldBlock* block() const { return m_block; }

    // Document → widget. Called when this field or one around it changed.
    virtual void refresh() = 0;
    // Findings at this pointer or below it (list items, table cells).
    virtual void showFindings(const std::vector<const Finding*>& findings);
    // Puts the keyboard focus on the field, or on the list item / table cell
    // `subPointer` names (relative to pointer(), e.g. "/2/name").
    virtual void focusField(const std::string& subPointer);
    // Review mode: the field shows its value but cannot be changed.
    virtual void setReadOnly(bool readOnly);

protected:
    Json current() const;
    void commit(const Json& value, bool typing);
    // For each finding below this field (a list item, a table cell), the
    // name of its row as people say it; `rows` (this field's value, or
    // null) adds a row's own name. Empty for findings about the field itself.
    QStringList rowNames(const std::vector<const Finding*>& findings, Json rows) const;
    FieldDocument* m_document;
    std::string m_pointer;
    FieldBlock* m_block;
    bool m_updating = false;
    QString m_label;
};

// The live counter ("57 / 72") of a text field: `maxChars` when given, else
// the field's Catalog API limit from the field table (model/FieldSpecs.h),
// else none.
int counterLimit(const std::string& pointer, int maxChars);

class LineEditBinding : public FieldBinding {
public:
    LineEditBinding(
        FieldDocument* document, std::string pointer, FieldBlock* block, QLineEdit* edit, int maxChars = 0);
    void refresh() override;
    void showFindings(const std::vector<const Finding*>& findings) override;
    void setReadOnly(bool readOnly) override;

private:
    QLineEdit* m_edit;
    int m_maxChars;
    bool m_underlined = false;
};

class TextEditBinding : public FieldBinding {
public:
    TextEditBinding(
        FieldDocument* document, std::string pointer, FieldBlock* block, QPlainTextEdit* edit, int maxChars = 0);
    void refresh() override;
    void showFindings(const std::vector<const Finding*>& findings) override;
    void setReadOnly(bool readOnly) override;
    // Lets one editor follow a changing field (the selected IAM policy).
    void rebind(std::string pointer);

private:
    QPlainTextEdit* m_edit;
    int m_maxChars;
};

class CheckBinding : public FieldBinding {
public:
    CheckBinding(FieldDocument* document, std::string pointer, FieldBlock* block, QCheckBox* box);
    void refresh() override;

private:
    QCheckBox* m_box;
};

// A combo box whose items carry the stored value as item data.
class ChoiceBinding : public FieldBinding {
public:
    ChoiceBinding(FieldDocument* document, std::string pointer, FieldBlock* block, QComboBox* combo);
    void refresh() override;

private:
    QComboBox* m_combo;
};

// A whole number that may be unset: the spin box's minimum shows "Not set".
class OptionalNumberBinding : public FieldBinding {
public:
    OptionalNumberBinding(FieldDocument* document, std::string pointer, FieldBlock* block, QSpinBox* spin);
    void refresh() override;

private:
    QSpinBox* m_spin;
};

class StringListBinding : public FieldBinding {
public:
    StringListBinding(FieldDocument* document, std::string pointer, FieldBlock* block, StringListEditor* editor);
    void refresh() override;
    void setReadOnly(bool readOnly) override;
    void showFindings(const std::vector<const Finding*>& findings) override;
    void focusField(const std::string& subPointer) override;

private:
    StringListEditor* m_editor;
};

// A list of records (objects) as a table; cells are fields of their own
// ("/pricing/dimensions/2/name"), so unknown keys of a row survive edits.
class RecordTableBinding : public FieldBinding {
public:
    // `keysFromRowAbove`: columns a new row copies from the last row (the
    // draft-only ones, which a seller would otherwise retype on every row).
    RecordTableBinding(FieldDocument* document, std::string pointer, FieldBlock* block, RecordTableEditor* editor,
        Json newRecord, std::vector<std::string> keysFromRowAbove = {});
    void refresh() override;
    void setReadOnly(bool readOnly) override;
    void showFindings(const std::vector<const Finding*>& findings) override;
    void focusField(const std::string& subPointer) override;

private:
    RecordTableEditor* m_editor;
    Json m_newRecord;
    std::vector<std::string> m_keysFromRowAbove;
};

// Splits "/2/name" into row 2 and key "name" (key empty when absent).
bool parseItemPointer(const std::string& subPointer, int& row, std::string& key);

} // namespace proserv
