#include "model/LoadError.h"

namespace proserv {

namespace {

// C0 controls and DEL as \xHH, C1 controls (U+0080–U+009F, UTF-8 C2 80–9F) as \u00HH.
std::string escapeControls(const std::string& text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
            out += "\\u00";
            out += hex[next >> 4];
            out += hex[next & 15];
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

} // namespace

std::string LoadError::toString(const MessageText::Translate& translate) const
{
    std::string text = file;
    if (position.known())
        text += ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
    text += (isNotice ? ": note: " : ": error: ") + message.render(translate);
    if (!pointer.empty())
        text += " [" + pointer + "]";
    return escapeControls(text);
}

} // namespace proserv
