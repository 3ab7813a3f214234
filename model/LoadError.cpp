#include "model/LoadError.h"

#include "model/PrintableText.h"

namespace proserv {

std::string LoadError::toString(const MessageText::Translate& translate) const
{
    std::string text = file;
    if (position.known())
        text += ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
    text += (isNotice ? ": note: " : ": error: ") + message.render(translate);
    if (!pointer.empty())
        text += " [" + pointer + "]";
    return printableText(text);
}

} // namespace proserv
