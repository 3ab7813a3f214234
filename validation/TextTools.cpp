#include "validation/TextTools.h"

#include <algorithm>

namespace proserv {

std::size_t countCodePoints(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

bool startsWithWhitespace(std::string_view text)
{
    return !text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\n' || text[0] == '\r');
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

namespace {

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

} // namespace

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordByte(static_cast<unsigned char>(text[i])))
            ++i;
        const std::size_t begin = i;
        while (i < text.size() && isWordByte(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > begin) {
            Token token{begin, i, std::string(text.substr(begin, i - begin)), 0};
            std::transform(token.lower.begin(), token.lower.end(), token.lower.begin(), asciiLower);
            token.hash = std::hash<std::string>{}(token.lower);
            tokens.push_back(std::move(token));
        }
    }
    return tokens;
}

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases)
{
    for (const std::string& phrase : phrases) {
        std::vector<std::string> words;
        for (const Token& t : tokenize(phrase))
            words.push_back(t.lower);
        if (!words.empty())
            m_byFirstWord[std::hash<std::string>{}(words.front())].push_back(std::move(words));
    }
}

PhraseMatcher PhraseMatcher::fromLines(std::string_view text)
{
    std::vector<std::string> phrases;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line[0] != '#' && !isBlank(line))
            phrases.emplace_back(line);
        start = end + 1;
    }
    return PhraseMatcher(phrases);
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find(const std::vector<Token>& tokens) const
{
    std::vector<Match> matches;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto candidates = m_byFirstWord.find(tokens[i].hash);
        if (candidates == m_byFirstWord.end())
            continue;
        for (const std::vector<std::string>& words : candidates->second) {
            if (i + words.size() > tokens.size())
                continue;
            bool all = true;
            for (std::size_t k = 0; k < words.size() && all; ++k)
                all = tokens[i + k].lower == words[k];
            if (all) {
                const std::size_t last = i + words.size() - 1;
                matches.push_back({i, last, {tokens[i].begin, tokens[last].end}});
            }
        }
    }
    return matches;
}

bool anySentenceHasAll(std::string_view text, const std::vector<std::vector<std::string>>& groups)
{
    return anySentenceHasAll(text, tokenize(text), groups);
}

bool anySentenceHasAll(std::string_view text, const std::vector<Token>& tokens,
                       const std::vector<std::vector<std::string>>& groups)
{
    // One pass over the tokens; a sentence ends where the gap between two
    // tokens holds '.', '!', '?' or a line break (tokens never contain them).
    std::vector<char> hit(groups.size(), 0);
    std::size_t hits = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0) {
            const std::string_view gap = text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
            if (gap.find_first_of(".!?\n") != std::string_view::npos) {
                std::fill(hit.begin(), hit.end(), 0);
                hits = 0;
            }
        }
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (hit[g] || std::find(groups[g].begin(), groups[g].end(), tokens[i].lower) == groups[g].end())
                continue;
            hit[g] = 1;
            if (++hits == groups.size())
                return true;
        }
    }
    return groups.empty();
}

std::string maskSecret(std::string_view value, std::size_t keepStart, std::size_t keepEnd)
{
    if (value.size() <= keepStart + keepEnd)
        return std::string(value.size(), '*');
    return std::string(value.substr(0, keepStart)) + std::string(value.size() - keepStart - keepEnd, '*')
           + std::string(value.substr(value.size() - keepEnd));
}

} // namespace proserv
