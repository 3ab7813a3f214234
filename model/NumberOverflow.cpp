#include "model/NumberOverflow.h"

#include "model/JsonFields.h"

#include <cmath>
#include <cstdlib>
#include <vector>

namespace proserv {

namespace {

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// One open container: an object remembers the key its next value has, an
// array the index of its next element.
struct Level {
    bool isArray = false;
    std::size_t index = 0;
    std::string key;
};

std::string pointerOf(const std::vector<Level>& levels)
{
    std::string pointer;
    for (const Level& level : levels)
        pointer += "/" + (level.isArray ? std::to_string(level.index) : escapePointerToken(level.key));
    return pointer;
}

} // namespace

std::optional<NumberOverflow> findNumberOverflow(std::string_view text)
{
    std::vector<Level> levels;
    bool expectingKey = false; // inside an object, before its next key
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            std::string value;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\' && i + 1 < text.size())
                    value += text[++i]; // the escaped character, enough to tell keys apart
                else
                    value += text[i];
            }
            if (expectingKey && !levels.empty()) {
                levels.back().key = std::move(value);
                expectingKey = false;
            }
        } else if (c == '{' || c == '[') {
            levels.push_back({c == '[', 0, {}});
            expectingKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!levels.empty())
                levels.pop_back();
            expectingKey = false;
        } else if (c == ',') {
            if (!levels.empty()) {
                if (levels.back().isArray)
                    ++levels.back().index;
                else
                    expectingKey = true;
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < text.size() && isNumberCharacter(text[end]))
                ++end;
            const std::string token(text.substr(i, end - i));
            const double value = std::strtod(token.c_str(), nullptr);
            if (!std::isfinite(value))
                return NumberOverflow {i, pointerOf(levels), token};
            i = end - 1;
        }
    }
    return std::nullopt;
}

} // namespace proserv
