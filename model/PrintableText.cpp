#include "model/PrintableText.h"

namespace proserv {

std::string printableText(std::string_view text)
{
    static const char* hex = "0123456789ABCDEF";
    auto codePoint = [&](std::string& out, unsigned value) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(value >> shift) & 15];
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
        const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0u;
        if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) { // C1 controls
            codePoint(out, next);
            ++i;
        } else if (c == 0xE2 && ((next == 0x80 && third >= 0xAA && third <= 0xAE) || (next == 0x81 && third >= 0xA6 && third <= 0xA9))) {
            codePoint(out, 0x2000u + ((next & 0x3Fu) << 6) + (third & 0x3Fu)); // bidi controls
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string printableJson(std::string dumped)
{
    // Outside strings JSON is ASCII, so every such sequence is inside a
    // string, where \uHHHH is a valid escape. Line breaks of the layout stay.
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(dumped.size());
    for (std::size_t i = 0; i < dumped.size(); ++i) {
        const auto c = static_cast<unsigned char>(dumped[i]);
        const auto next = i + 1 < dumped.size() ? static_cast<unsigned char>(dumped[i + 1]) : 0u;
        const auto third = i + 2 < dumped.size() ? static_cast<unsigned char>(dumped[i + 2]) : 0u;
        unsigned codePoint = 0;
        std::size_t width = 0;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
            codePoint = next, width = 2;
        else if (c == 0xE2 && ((next == 0x80 && third >= 0xAA && third <= 0xAE) || (next == 0x81 && third >= 0xA6 && third <= 0xA9)))
            codePoint = 0x2000u + ((next & 0x3Fu) << 6) + (third & 0x3Fu), width = 3;
        if (width == 0) {
            out += static_cast<char>(c);
            continue;
        }
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(codePoint >> shift) & 15];
        i += width - 1;
    }
    return out;
}

} // namespace proserv
