// A document whose fields are addressed by JSON Pointer: what the form toolkit
// (ui/form/) edits and the window's docks show, whatever the entity — the
// product listing today, a private offer beside it (Tiled's Document, which
// each Editor edits). Every edit is one SetFieldCommand on the document's undo
// stack, so "modified", undo/redo and revalidation have one source; every
// document type reports its findings here, so the Problems dock, the status
// bar and the section counts serve them all.
#pragma once

#include "model/FieldSpecs.h"
#include "model/JsonFields.h"
#include "model/SourceMap.h"
#include "model/SubmissionFields.h"
#include "validation/Finding.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>
#include <string>
#include <vector>

namespace proserv {

class FieldDocument : public QObject {
    Q_OBJECT

public:
    explicit FieldDocument(QObject* parent = nullptr);

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

    // The document as its native file holds it, for a recovery snapshot
    // (RecoveryStore); null for a type that keeps none.
    virtual Json nativeDocument() const { return Json(); }
    // The file it saves to, else the file it was read from; empty when new.
    virtual QString originPath() const { return {}; }

    // How the window's title names the document ("offer.proserv.json", "Untitled listing").
    virtual QString displayName() const = 0;
    // Where a field sits in the file the document was read from; unknown
    // when it was not read from a file, or has been edited since.
    virtual TextPosition sourcePositionOf(const std::string&) const { return {}; }

    QUndoStack* undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }
    bool isReadOnly() const { return m_readOnly; }
    // Review mode: every edit is refused (set before the document is reset).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // The current findings, in the order of the fields in the form.
    const std::vector<Finding>& findings() const { return m_findings; }

    // Quiet start, for a new blank document: a field's findings stay out of
    // sight (inline, in the section list, the Problems list and the status
    // bar count them as "to fill in") until the user touches the field —
    // edits it, or leaves it after entering it — or asks for all of them.
    // The findings themselves do not change: export and proserv-check judge
    // the submission as always. A document's reset ends it (endQuiet).
    void startQuiet();
    void revealAll();
    // The user left the field (or the row) at `pointer`: its findings show.
    void markTouched(const std::string& pointer);
    bool isQuietStart() const { return m_quiet; }
    // A row the user just added to a list or table starts quiet the same
    // way, in any document: a cell's findings show once it is edited, the
    // whole row's once the user leaves the row. Editing the list as a whole
    // (another row added, one removed or moved, an undo) settles it.
    void markFreshRow(const std::string& rowPointer);
    // Whether some findings are held back: a quiet start or a fresh row.
    bool hasQuietFindings() const { return m_quiet || !m_freshRows.empty(); }
    bool isQuiet(const Finding& finding) const;
    // findings() without the quiet ones, and how many those are: worked out
    // once per change, for the views that all ask on every keystroke.
    const std::vector<Finding>& shownFindings() const { return hasQuietFindings() ? m_shown : m_findings; }
    int quietCount() const
    {
        return hasQuietFindings() ? static_cast<int>(m_findings.size() - m_shown.size()) : 0;
    }

signals:
    // A field (or a list / table as a whole) changed; widgets bound to it or
    // below it refresh. "" = everything (after a reset).
    void fieldChanged(const QString& pointer);
    void findingsChanged();
    void modifiedChanged(bool modified);
    // The file the document saves to, or its name, changed.
    void pathChanged();

protected:
    // Whether `value` has the shape the field at `pointer` holds.
    virtual bool acceptsField(const std::string& pointer, const Json& value) const = 0;

    // Replaces the findings and tells the views (findingsChanged).
    void setFindings(std::vector<Finding> findings);
    // An applied edit: the field counts as touched during a quiet start
    // (call before setFindings, which then shows its findings).
    void noteEdited(const std::string& pointer);
    // For a reset: the quiet start ends without announcing anything.
    void endQuiet();

    QUndoStack m_undoStack;
    bool m_readOnly = false;

private:
    bool touch(const std::string& pointer); // false if it was touched already
    void announceFindings(); // works out the shown findings, then emits findingsChanged
    bool inFreshRow(const Finding& finding) const;
    bool settleFreshRows(const std::string& pointer); // rows within `pointer` or holding it; true if any

    std::vector<Finding> m_findings;
    bool m_quiet = false;
    std::vector<std::string> m_touched; // fields touched during a quiet start
    std::vector<Finding> m_shown; // during a quiet start: the findings not quiet
    std::vector<std::string> m_freshRows; // rows just added, not left yet
    std::vector<std::string> m_freshCells; // cells of fresh rows edited since
};

} // namespace proserv
