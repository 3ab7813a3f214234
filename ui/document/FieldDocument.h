// A document whose fields are addressed by JSON Pointer: what the form toolkit
// (ui/form/) edits, whatever the entity — the product listing today, a
// private offer beside it (Tiled's Document, which each Editor edits). Every
// edit is one SetFieldCommand on the document's undo stack, so "modified",
// undo/redo and revalidation have one source.
#pragma once

#include "model/FieldSpecs.h"
#include "model/JsonFields.h"
#include "model/SubmissionFields.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>
#include <string>

namespace proserv {

class FieldDocument : public QObject {
    Q_OBJECT

public:
    explicit FieldDocument(QObject* parent = nullptr) : QObject(parent) { }

    // The value at `pointer`; nothing when the document has no such field.
    virtual std::optional<Json> fieldValue(const std::string& pointer) const = 0;

    // Records `value` at `pointer` as one undoable step ("typing" steps into
    // one field merge). False when the document is read-only (the widget is
    // put back) or the value does not fit the field.
    bool setField(const std::string& pointer, const Json& value, const QString& description, bool mergeTyping = false);

    // Stores `value` at `pointer` and says so (fieldChanged); what undo and
    // redo call. Not for widgets: they call setField().
    virtual void applyField(const std::string& pointer, const Json& value) = 0;

    // The field's row in its entity type's field table (where it goes, its
    // limits), or of its nearest listed ancestor; null for a type without one.
    virtual const FieldDestination* rowOf(const std::string&) const { return nullptr; }
    // The character limit of the text at `pointer`; null when it has none.
    virtual const TextFieldSpec* textLimitOf(const std::string&) const { return nullptr; }

    QUndoStack* undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }
    bool isReadOnly() const { return m_readOnly; }

signals:
    // A field (or a list / table as a whole) changed; widgets bound to it or
    // below it refresh. "" = everything (after a reset).
    void fieldChanged(const QString& pointer);
    void findingsChanged();

protected:
    // Whether `value` has the shape the field at `pointer` holds.
    virtual bool acceptsField(const std::string& pointer, const Json& value) const = 0;

    QUndoStack m_undoStack;
    bool m_readOnly = false;
};

} // namespace proserv
