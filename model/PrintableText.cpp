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

namespace {

const char* const kHex = "0123456789ABCDEF";

// `keepC0`: C0 controls stay as they are (the JSON writer escaped
// those inside strings already; what is left is the layout's line breaks).
std::string escaped(std::string_view text, bool keepC0)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        unsigned codePoint = 0;
        const std::size_t width = controlCharacterAt(text, i, codePoint);
        if (width == 0 || (width == 1 && keepC0)) {
            out += text[i++];
            continue;
        }
        if (width == 1) {
            out += "\\x";
            out += kHex[codePoint >> 4];
            out += kHex[codePoint & 15];
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
    return escaped(text, false);
}

// Outside strings JSON is ASCII, so every such sequence is inside a string,
// where \uHHHH is a valid escape.
std::string printableJson(std::string dumped)
{
    return escaped(dumped, true);
}

} // namespace proserv
