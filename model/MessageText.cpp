#include "model/MessageText.h"

namespace proserv {

MessageText MessageText::verbatim(std::string text)
{
    MessageText m;
    m.m_verbatim = std::move(text);
    return m;
}

std::string shortQuote(std::string text, std::size_t maxCharacters)
{
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue; // a UTF-8 continuation byte: not a character of its own
        if (characters == maxCharacters) {
            std::size_t more = 0;
            for (std::size_t j = i; j < text.size(); ++j)
                more += (static_cast<unsigned char>(text[j]) & 0xC0) != 0x80;
            text.resize(i);
            return text + "… (" + std::to_string(more) + " more characters)";
        }
        ++characters;
    }
    return text;
}

MessageText& MessageText::arg(std::string value)
{
    // A safety net: an argument can be a value from a file, and a message
    // line never carries megabytes. Values are quoted shorter where they are
    // named (argValue); our own lists (rule ids, members) fit under this.
    m_args.push_back(verbatim(shortQuote(std::move(value), kMaxArgumentCharacters)));
    return *this;
}

MessageText& MessageText::argValue(std::string value)
{
    m_args.push_back(verbatim(shortQuote(std::move(value), kMaxQuotedCharacters)));
    return *this;
}

MessageText& MessageText::arg(MessageText nested)
{
    m_args.push_back(std::move(nested));
    return *this;
}

std::string fillTemplate(const std::string& pattern, const std::vector<std::string>& args, long long count)
{
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size()) {
            const char next = pattern[i + 1];
            if (next >= '1' && next <= '9' && static_cast<std::size_t>(next - '1') < args.size()) {
                out += args[static_cast<std::size_t>(next - '1')];
                ++i;
                continue;
            }
            if (next == 'n' && count >= 0) {
                out += std::to_string(count);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string MessageText::render(const Translate& translate) const
{
    if (!m_source)
        return m_verbatim;
    std::vector<std::string> args;
    args.reserve(m_args.size());
    for (const MessageText& a : m_args)
        args.push_back(a.render(translate));
    return fillTemplate(translate ? translate(m_source, m_count) : std::string(m_source), args, m_count);
}

std::string MessageText::toString() const
{
    return render(nullptr);
}

} // namespace proserv
