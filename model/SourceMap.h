// Where each value of a JSON text sits, by JSON Pointer.
//
// nlohmann_json does not keep source positions, yet a user who is told
// "expected a string" needs the line and column to find the field. The map is
// built by one linear, non-recursive scan, so deeply nested input cannot
// overflow the stack.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace proserv {

struct TextPosition {
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based, in Unicode code points as an editor shows them
    std::size_t offset = 0; // byte offset into the text
    bool known() const { return line > 0; }
};

// Listings are at most 6 levels deep; parsing and copying JSON recurses per
// level, so deeper input is refused before it is parsed.
inline constexpr std::size_t kMaxNestingDepth = 64;

// The byte offset where `text` (outside strings) first nests deeper than
// `maxDepth`, or npos.
std::size_t findExcessiveNesting(std::string_view text, std::size_t maxDepth = kMaxNestingDepth);

// JSON parsers stop at a NUL byte as if the text ended there (so "{…}\0junk"
// would load without a word): every reader of a file refuses one first.
inline std::size_t findNulByte(std::string_view text)
{
    return text.find('\0');
}

// Line and column of a byte offset (UTF-8 BOM and multi-byte characters count
// as the user sees them).
TextPosition positionAtByteOffset(std::string_view text, std::size_t offset);

// Where the values of a JSON text are, found when asked. Building it scans
// the text once for duplicate keys and keeps nothing per value; a position is
// looked up by walking the pointer through the text, indexing only the
// containers on the way (once each), so memory grows with what findings point
// at, not with the file (a 7 MB list of 1.5 million values costs its one index).
class SourceMap {
public:
    SourceMap() = default;
    // Scans `text`; on malformed input it keeps what it found before the error.
    static SourceMap build(std::string_view text);

    // Position of the value at `pointer`, or of its nearest ancestor present
    // in the text (so an error about a missing key points at its object).
    TextPosition positionOf(const std::string& pointer) const;

    // Pointers of object keys that occur more than once in their object.
    const std::vector<std::string>& duplicateKeys() const { return m_duplicates; }
    // Where the repeated key itself is (its second occurrence).
    TextPosition positionOfDuplicate(const std::string& pointer) const;

private:
    struct State;
    std::shared_ptr<State> m_state; // the text and the lazily built indexes; shared by copies
    std::vector<std::string> m_duplicates;
    std::unordered_map<std::string, std::size_t> m_duplicateOffsets;
};

} // namespace proserv
