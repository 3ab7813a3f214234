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
        text += " [" + shortQuote(pointer, kMaxPointerCharacters) + "]"; // a key can be megabytes long
    return printableText(text);
}

LoadError moreNotListedError(const std::string& file, std::size_t count)
{
    LoadError error;
    error.file = file;
    error.message = EngineText::tr("and %n more error(s) in this file, not listed; fix the ones above first",
        nullptr, static_cast<long long>(count));
    error.moreNotListed = count;
    return error;
}

} // namespace proserv
