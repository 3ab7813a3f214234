// The one undo command: set the field at a JSON Pointer from one value to
// another. Lists and tables are fields too (adding a dimension sets
// /pricing/dimensions), so every edit of the form is this command.
#pragma once

#include "model/Listing.h"

#include <QUndoCommand>

#include <string>

namespace proserv {

class FieldDocument;

class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(
        FieldDocument* document, std::string pointer, Json before, Json after, const QString& text, bool mergeTyping);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    FieldDocument* m_document;
    std::string m_pointer;
    Json m_before;
    Json m_after;
    bool m_mergeTyping;
};

} // namespace proserv
