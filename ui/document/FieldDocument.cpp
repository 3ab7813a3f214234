#include "ui/document/FieldDocument.h"

#include "ui/document/SetFieldCommand.h"

namespace proserv {

bool FieldDocument::setField(
    const std::string& pointer, const Json& value, const QString& description, bool mergeTyping)
{
    if (m_readOnly) {
        emit fieldChanged(QString::fromStdString(pointer)); // puts the widget back
        return false;
    }
    const std::optional<Json> before = fieldValue(pointer);
    if (!before)
        return false;
    if (*before == value)
        return true;
    if (!acceptsField(pointer, value)) // checked before it is recorded
        return false;
    m_undoStack.push(new SetFieldCommand(this, pointer, *before, value, description, mergeTyping));
    return true;
}

} // namespace proserv
