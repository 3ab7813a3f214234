#include "model/SourceMap.h"

#include "model/JsonFields.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace proserv {

namespace {

bool isContinuationByte(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

std::size_t bomLength(std::string_view text)
{
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::string decodeKey(std::string_view raw)
{
    // Most keys have no escapes: no parse needed.
    if (raw.size() >= 2 && raw.find('\\') == std::string_view::npos)
        return std::string(raw.substr(1, raw.size() - 2));
    const Json parsed = Json::parse(raw.begin(), raw.end(), nullptr, false);
    return parsed.is_string() ? parsed.get<std::string>() : std::string(raw);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skipSpace(std::string_view t, std::size_t i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

// Index just past the string literal at t[i] == '"', or npos when unterminated.
std::size_t skipStringAt(std::string_view t, std::size_t i)
{
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\')
            ++i;
        else if (t[i] == '"')
            return i + 1;
    }
    return std::string_view::npos;
}

// Index just past the value at t[i], or npos when the text ends or breaks first.
std::size_t skipValueAt(std::string_view t, std::size_t i)
{
    if (i >= t.size())
        return std::string_view::npos;
    if (t[i] == '"')
        return skipStringAt(t, i);
    if (t[i] != '{' && t[i] != '[') {
        while (i < t.size() && t[i] != ',' && t[i] != ']' && t[i] != '}' && !isSpace(t[i]))
            ++i;
        return i;
    }
    std::size_t depth = 0;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '"') {
            i = skipStringAt(t, i);
            if (i == std::string_view::npos)
                return i;
            --i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return std::string_view::npos;
}

struct Container {
    std::unordered_map<std::string, std::size_t> keys; // object: key → value offset (first occurrence)
    std::vector<std::size_t> items; // array: value offsets
};

// The children of the object or array at t[i]; what precedes a malformation.
Container indexContainer(std::string_view t, std::size_t i)
{
    Container c;
    const bool array = t[i] == '[';
    const char close = array ? ']' : '}';
    i = skipSpace(t, i + 1);
    while (i < t.size() && t[i] != close) {
        if (!array) {
            if (t[i] != '"')
                break;
            const std::size_t keyEnd = skipStringAt(t, i);
            if (keyEnd == std::string_view::npos)
                break;
            std::string key = decodeKey(t.substr(i, keyEnd - i));
            i = skipSpace(t, keyEnd);
            if (i >= t.size() || t[i] != ':')
                break;
            i = skipSpace(t, i + 1);
            c.keys.emplace(std::move(key), i);
        } else {
            c.items.push_back(i);
        }
        i = skipValueAt(t, i);
        if (i == std::string_view::npos)
            break;
        i = skipSpace(t, i);
        if (i < t.size() && t[i] == ',')
            i = skipSpace(t, i + 1);
        else
            break;
    }
    return c;
}

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

namespace {

// Moves `pos` over the bytes text[from, to): lines at '\n', columns in
// characters, the BOM counting for nothing. One tight loop: every file with
// a finding is walked once for its line and column checkpoints.
void advance(std::string_view text, std::size_t from, std::size_t to, TextPosition& pos)
{
    const char* bytes = text.data();
    to = std::min(to, text.size());
    for (std::size_t i = std::max(from, bomLength(text)); i < to; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        // A CR alone ends a line too (old Mac files, as editors show them); in
        // CR LF the LF does.
        if (byte == '\n' || (byte == '\r' && (i + 1 >= text.size() || bytes[i + 1] != '\n'))) {
            ++pos.line;
            pos.column = 1;
        } else if (!isContinuationByte(byte)) {
            ++pos.column;
        }
    }
}

} // namespace

TextPosition positionAtByteOffset(std::string_view text, std::size_t offset)
{
    TextPosition pos {1, 1, offset};
    advance(text, 0, offset, pos);
    return pos;
}

struct SourceMap::State {
    std::string text;
    std::size_t root = std::string::npos;
    std::mutex mutex; // the indexes below are built on first use
    std::unordered_map<std::size_t, Container> containers;
    std::vector<TextPosition> checkpoints; // the position at every 4 KiB, for line and column

    TextPosition positionAt(std::size_t offset)
    {
        constexpr std::size_t kStep = 4096;
        if (checkpoints.empty()) {
            TextPosition pos {1, 1, 0};
            for (std::size_t block = 0; block < text.size(); block += kStep) {
                checkpoints.push_back({pos.line, pos.column, block});
                advance(text, block, block + kStep, pos);
            }
            if (checkpoints.empty())
                checkpoints.push_back(pos);
        }
        offset = std::min(offset, text.size());
        TextPosition pos = checkpoints[std::min(offset / kStep, checkpoints.size() - 1)];
        advance(text, pos.offset, offset, pos);
        pos.offset = offset;
        return pos;
    }
};

// One pass for duplicate keys: a key set per open object, a path of tokens
// to name a duplicate; nothing kept per value.
SourceMap SourceMap::build(std::string_view text)
{
    SourceMap map;
    map.m_state = std::make_shared<State>();
    map.m_state->text = std::string(text);
    const std::string_view t = map.m_state->text;
    struct Open {
        bool isArray;
        std::size_t index;
        std::string token; // this container's token under its parent
        std::unordered_set<std::string> keys;
    };
    std::vector<Open> stack;
    std::string pendingToken; // the token of the value expected next
    auto pointerOf = [&](const std::string& last) {
        std::string pointer;
        for (std::size_t k = 1; k < stack.size(); ++k)
            pointer += "/" + escapePointerToken(stack[k].token);
        return pointer + "/" + escapePointerToken(last);
    };
    std::size_t i = skipSpace(t, bomLength(t));
    if (i < t.size())
        map.m_state->root = i;
    bool expectValue = true;
    while (true) {
        i = skipSpace(t, i);
        if (i >= t.size())
            break;
        const char c = t[i];
        if (expectValue) {
            if (c == '{' || c == '[') {
                stack.push_back({c == '[', 0, pendingToken, {}});
                i = skipSpace(t, i + 1);
                if (i < t.size() && t[i] == (c == '[' ? ']' : '}')) {
                    ++i;
                    stack.pop_back();
                    expectValue = false;
                    continue;
                }
                if (c == '[') {
                    pendingToken = "0";
                    continue;
                }
                // a key follows
            } else {
                i = skipValueAt(t, i);
                if (i == std::string_view::npos)
                    break;
                expectValue = false;
                continue;
            }
        } else {
            if (stack.empty())
                break; // trailing content after the root value
            Open& open = stack.back();
            if (c == ']' || c == '}') {
                ++i;
                stack.pop_back();
                continue;
            }
            if (c != ',')
                break; // malformed; keep what we have
            i = skipSpace(t, i + 1);
            if (open.isArray) {
                pendingToken = std::to_string(++open.index);
                expectValue = true;
                continue;
            }
        }
        // Reads `"key" :` inside the innermost object.
        if (i >= t.size() || t[i] != '"' || stack.empty())
            break;
        const std::size_t keyEnd = skipStringAt(t, i);
        if (keyEnd == std::string_view::npos)
            break;
        std::string key = decodeKey(t.substr(i, keyEnd - i));
        if (!stack.back().keys.insert(key).second) {
            const std::string pointer = pointerOf(key);
            map.m_duplicates.push_back(pointer);
            map.m_duplicateOffsets.emplace(pointer, i);
        }
        i = skipSpace(t, keyEnd);
        if (i >= t.size() || t[i] != ':')
            break;
        ++i;
        pendingToken = std::move(key);
        expectValue = true;
    }
    return map;
}

TextPosition SourceMap::positionOfDuplicate(const std::string& pointer) const
{
    const auto it = m_duplicateOffsets.find(pointer);
    if (it == m_duplicateOffsets.end() || !m_state)
        return positionOf(pointer);
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->positionAt(it->second);
}

TextPosition SourceMap::positionOf(const std::string& pointer) const
{
    if (!m_state || m_state->root == std::string::npos)
        return {};
    std::lock_guard<std::mutex> lock(m_state->mutex);
    State& state = *m_state;
    const std::string_view t = state.text;
    std::size_t at = state.root;
    for (const std::string& token : splitPointer(pointer)) {
        if (t[at] != '{' && t[at] != '[')
            break;
        auto found = state.containers.find(at);
        if (found == state.containers.end())
            found = state.containers.emplace(at, indexContainer(t, at)).first;
        const Container& c = found->second;
        if (t[at] == '{') {
            const auto key = c.keys.find(token);
            if (key == c.keys.end())
                break;
            at = key->second;
        } else {
            char* end = nullptr;
            const unsigned long index = std::strtoul(token.c_str(), &end, 10);
            if (token.empty() || *end != '\0' || index >= c.items.size())
                break;
            at = c.items[index];
        }
    }
    return state.positionAt(at);
}

} // namespace proserv
