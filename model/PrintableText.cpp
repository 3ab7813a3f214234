#include "model/PrintableText.h"

namespace proserv {

std::size_t controlCharacterAt(std::string_view text, std::size_t i, unsigned& codePoint)
{
    const auto b = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    const unsigned c = b(i);
    if (c < 0x20 || c == 0x7f) {
        codePoint = c;
        return 1;
    }
    if (c == 0xC2 && b(i + 1) >= 0x80 && b(i + 1) <= 0x9F) { // C1 controls
        codePoint = b(i + 1);
        return 2;
    }
    if (c == 0xE2
        && ((b(i + 1) == 0x80 && b(i + 2) >= 0xAA && b(i + 2) <= 0xAE)
            || (b(i + 1) == 0x81 && b(i + 2) >= 0xA6 && b(i + 2) <= 0xA9))) { // bidi controls
        codePoint = 0x2000u + ((b(i + 1) & 0x3Fu) << 6) + (b(i + 2) & 0x3Fu);
        return 3;
    }
    return 0;
}

std::size_t utf8SequenceAt(std::string_view text, std::size_t i)
{
    const auto b = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    const unsigned c = b(i);
    const auto continuation = [&](std::size_t k) { return (b(k) & 0xC0u) == 0x80u; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned d = b(i + 1);
        if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F)) // overlong, or a UTF-16 surrogate
            return 0;
        return continuation(i + 1) && continuation(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned d = b(i + 1);
        if ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F))
            return 0;
        return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}

namespace {

const char* const kHex = "0123456789ABCDEF";

void appendHexByte(std::string& out, unsigned byte)
{
    out += "\\x";
    out += kHex[(byte >> 4) & 15];
    out += kHex[byte & 15];
}

enum class Keep { Nothing, LineBreaks, C0 };

// `keep`: C0 stays as it is (the JSON writer escaped those inside strings
// already; what is left is the layout's line breaks), or only '\n' (text
// printed a line at a time). Bytes that are not UTF-8 are shown as \xHH
// outside JSON, so a file name in Latin-1 reads "caf\xE9.json".
std::string escaped(std::string_view text, Keep keep)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        unsigned codePoint = 0;
        const std::size_t width = controlCharacterAt(text, i, codePoint);
        if (width == 1 && (keep == Keep::C0 || (keep == Keep::LineBreaks && text[i] == '\n'))) {
            out += text[i++];
            continue;
        }
        if (width == 0) {
            const std::size_t sequence = keep == Keep::C0 ? 1 : utf8SequenceAt(text, i);
            if (sequence == 0) {
                appendHexByte(out, static_cast<unsigned char>(text[i++]));
                continue;
            }
            out.append(text.substr(i, sequence));
            i += sequence;
            continue;
        }
        if (width == 1) {
            appendHexByte(out, codePoint);
        } else {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += kHex[(codePoint >> shift) & 15];
        }
        i += width;
    }
    return out;
}

} // namespace

std::string printableText(std::string_view text)
{
    return escaped(text, Keep::Nothing);
}

std::string printableLines(std::string_view text)
{
    return escaped(text, Keep::LineBreaks);
}

// Outside strings JSON is ASCII, so every such sequence is inside a string,
// where \uHHHH is a valid escape.
std::string printableJson(std::string dumped)
{
    return escaped(dumped, Keep::C0);
}

} // namespace proserv
