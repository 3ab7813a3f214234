#include "model/SourceMap.h"

#include "model/JsonFields.h"

#include <unordered_set>

namespace proserv {

namespace {

bool isContinuationByte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

std::size_t bomLength(std::string_view text)
{
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// A cursor over the text that keeps line and column up to date.
class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text), m_offset(bomLength(text)) {}

    bool atEnd() const { return m_offset >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_offset]; }
    TextPosition position() const { return {m_line, m_column, m_offset}; }
    std::size_t offset() const { return m_offset; }

    void advance()
    {
        const auto byte = static_cast<unsigned char>(m_text[m_offset++]);
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!isContinuationByte(byte)) {
            ++m_column;
        }
    }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    // Skips a string literal starting at '"'; returns its raw text with quotes.
    std::string_view skipString()
    {
        const std::size_t start = m_offset;
        advance(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                advance();
            if (!atEnd())
                advance();
        }
        if (!atEnd())
            advance(); // closing quote
        return m_text.substr(start, m_offset - start);
    }

    void skipScalar()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\t' || c == '\r')
                break;
            advance();
        }
    }

private:
    std::string_view m_text;
    std::size_t m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

std::string decodeKey(std::string_view raw)
{
    const Json parsed = Json::parse(raw.begin(), raw.end(), nullptr, false);
    return parsed.is_string() ? parsed.get<std::string>() : std::string(raw);
}

struct Frame {
    bool isArray = false;
    std::size_t index = 0;
    std::string pointer;
    std::unordered_set<std::string> keys;
};

} // namespace

std::size_t findExcessiveNesting(std::string_view text, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

TextPosition positionAtByteOffset(std::string_view text, std::size_t offset)
{
    TextPosition pos{1, 1, offset};
    for (std::size_t i = bomLength(text); i < offset && i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if (!isContinuationByte(byte)) {
            ++pos.column;
        }
    }
    return pos;
}

SourceMap SourceMap::build(std::string_view text)
{
    SourceMap map;
    Cursor cursor(text);
    std::vector<Frame> stack;
    std::string pending; // pointer of the value expected next
    bool expectValue = true;

    // Reads `"key" :` inside the innermost object and sets `pending`.
    auto readKey = [&]() -> bool {
        cursor.skipWhitespace();
        if (cursor.peek() != '"')
            return false;
        const TextPosition keyPosition = cursor.position();
        const std::string key = decodeKey(cursor.skipString());
        Frame& frame = stack.back();
        pending = frame.pointer + "/" + escapePointerToken(key);
        if (!frame.keys.insert(key).second) {
            map.m_duplicates.push_back(pending);
            map.m_duplicatePositions.emplace(pending, keyPosition);
        }
        cursor.skipWhitespace();
        if (cursor.peek() != ':')
            return false;
        cursor.advance();
        return true;
    };

    while (true) {
        cursor.skipWhitespace();
        if (cursor.atEnd())
            break;
        const char c = cursor.peek();
        if (expectValue) {
            map.m_positions.emplace(pending, cursor.position());
            if (c == '{' || c == '[') {
                cursor.advance();
                stack.push_back({c == '[', 0, pending, {}});
                cursor.skipWhitespace();
                if (cursor.peek() == (c == '[' ? ']' : '}')) {
                    cursor.advance();
                    stack.pop_back();
                    expectValue = false;
                } else if (c == '[') {
                    pending = stack.back().pointer + "/0";
                } else if (!readKey()) {
                    break;
                }
                continue;
            }
            if (c == '"')
                cursor.skipString();
            else
                cursor.skipScalar();
            expectValue = false;
            continue;
        }
        if (stack.empty())
            break; // trailing content after the root value
        Frame& frame = stack.back();
        if (c == ',') {
            cursor.advance();
            if (frame.isArray)
                pending = frame.pointer + "/" + std::to_string(++frame.index);
            else if (!readKey())
                break;
            expectValue = true;
        } else if (c == ']' || c == '}') {
            cursor.advance();
            stack.pop_back();
        } else {
            break; // malformed; keep what we have
        }
    }
    return map;
}

TextPosition SourceMap::positionOfDuplicate(const std::string& pointer) const
{
    const auto it = m_duplicatePositions.find(pointer);
    return it != m_duplicatePositions.end() ? it->second : positionOf(pointer);
}

TextPosition SourceMap::positionOf(const std::string& pointer) const
{
    std::string current = pointer;
    while (true) {
        auto it = m_positions.find(current);
        if (it != m_positions.end())
            return it->second;
        if (current.empty())
            return {};
        current.erase(current.rfind('/'));
    }
}

} // namespace proserv
