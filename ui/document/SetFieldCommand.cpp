#include "ui/document/SetFieldCommand.h"

#include "ui/document/FieldDocument.h"

namespace proserv {

SetFieldCommand::SetFieldCommand(
    FieldDocument* document, std::string pointer, Json before, Json after, const QString& text, bool mergeTyping)
    : QUndoCommand(text), m_document(document), m_pointer(std::move(pointer)), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeTyping(mergeTyping)
{
}

void SetFieldCommand::undo()
{
    m_document->applyField(m_pointer, m_before);
}

void SetFieldCommand::redo()
{
    m_document->applyField(m_pointer, m_after);
}

int SetFieldCommand::id() const
{
    return m_mergeTyping ? 1 : -1; // only typing merges
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFieldCommand*>(other);
    if (next->m_pointer != m_pointer)
        return false;
    m_after = next->m_after;
    // Typing back to the original value leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace proserv
