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
    return std::all_of(
        text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

namespace {

bool isAsciiWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Non-ASCII characters that separate words: no-break space and the Latin-1
// punctuation (C2 A0–BF), and the General Punctuation block U+2000–U+206F
// (E2 80 80 – E2 81 AF: dashes, curly quotes, zero-width and thin spaces),
// and the currency signs.
std::size_t separatorLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    if (byte(i) == 0xC2 && byte(i + 1) >= 0xA0 && byte(i + 1) <= 0xBF && byte(i + 1) != 0xAA && byte(i + 1) != 0xB5
        && byte(i + 1) != 0xBA)
        return 2;
    if (byte(i) == 0xE2 && (byte(i + 1) == 0x80 || (byte(i + 1) == 0x81 && byte(i + 2) <= 0xAF)))
        return 3;
    if (byte(i) == 0xE2 && byte(i + 1) == 0x82 && byte(i + 2) >= 0xA0) // currency signs U+20A0–20BF (€, ₹)
        return 3;
    return 0;
}

// The length of the word character at text[i], or 0 when it separates words.
std::size_t wordCharLength(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (isAsciiWordByte(c))
        return 1;
    if (c < 0x80)
        return 0;
    if (separatorLength(text, i))
        return 0;
    std::size_t n = 1; // one UTF-8 sequence: the lead byte and its continuation bytes
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80)
        ++n;
    return n;
}

bool endsSentence(std::string_view gap, bool atEnd)
{
    for (std::size_t k = 0; k < gap.size(); ++k) {
        const char c = gap[k];
        if (c == '\n' || c == ';')
            return true;
        if ((c == '.' || c == '!' || c == '?')
            && (k + 1 == gap.size()
                    ? atEnd
                    : (gap[k + 1] == ' ' || gap[k + 1] == '\t' || gap[k + 1] == '\r' || gap[k + 1] == '\n'
                        || gap[k + 1] == ')' || gap[k + 1] == '"' || static_cast<unsigned char>(gap[k + 1]) >= 0x80)))
            return true;
    }
    return false;
}

// Abbreviations whose full stop does not end the sentence when a lower-case
// word or a number follows.
bool isAbbreviation(const std::string& word)
{
    static const WordSet kAbbreviations = {"ext", "e", "g", "i", "vs", "approx", "no", "nr", "tel", "ca", "cf", "incl",
        "min", "max", "dept", "fig", "ref", "etc", "esp"};
    return kAbbreviations.contains(word);
}

} // namespace

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 6 + 1); // about one word in six bytes of prose: few reallocations
    std::size_t sentence = 0;
    std::size_t previousEnd = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t n = 0;
        while (i < text.size() && (n = wordCharLength(text, i)) == 0)
            i += std::max<std::size_t>(1, separatorLength(text, i));
        if (i >= text.size())
            break;
        const std::size_t begin = i;
        while (i < text.size()) {
            if (isAsciiWordByte(static_cast<unsigned char>(text[i]))) { // most bytes of a word: no call
                ++i;
                continue;
            }
            n = wordCharLength(text, i);
            if (n == 0 && text[i] == '&' && i > begin && i + 1 < text.size()
                && isAsciiWordByte(static_cast<unsigned char>(text[i - 1]))
                && isAsciiWordByte(static_cast<unsigned char>(text[i + 1])))
                n = 1; // "M&A"
            if (n == 0)
                break;
            i += n;
        }
        if (!tokens.empty() && endsSentence(text.substr(previousEnd, begin - previousEnd), false)
            && !(isAbbreviation(tokens.back().lower) && text[previousEnd] == '.'
                && !(text[begin] >= 'A' && text[begin] <= 'Z')))
            ++sentence; // "ext. 204", "e.g. the" go on
        Token token {begin, i, std::string(i - begin, '\0'), 0, sentence};
        std::transform(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(i),
            token.lower.begin(), asciiLower); // copied and lower-cased in one pass
        token.hash = std::hash<std::string> {}(token.lower);
        tokens.push_back(std::move(token));
        previousEnd = i;
    }
    return tokens;
}

WordSet::WordSet(std::initializer_list<std::string_view> words) : m_words(words)
{
    for (std::string_view w : m_words)
        if (!w.empty()) // an empty entry never matches
            m_lengthsByFirstByte[static_cast<unsigned char>(w[0])] |= lengthBit(w.size());
}

bool WordSet::contains(std::string_view word) const
{
    // (An empty word is in no list: the constructor skips empty entries in the table.)
    if (word.empty() || !(m_lengthsByFirstByte[static_cast<unsigned char>(word[0])] & lengthBit(word.size())))
        return false;
    return std::find(m_words.begin(), m_words.end(), word) != m_words.end();
}

// Sentence indexes never decrease along the tokens: binary search, so that a
// text of one endless sentence costs log n per lookup, not n.
std::size_t sentenceBegin(const std::vector<Token>& tokens, std::size_t i)
{
    const std::size_t sentence = tokens[i].sentence;
    return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.begin() + static_cast<long>(i), sentence,
                                        [](const Token& t, std::size_t s) { return t.sentence < s; })
        - tokens.begin());
}

std::size_t sentenceEnd(const std::vector<Token>& tokens, std::size_t i)
{
    const std::size_t sentence = tokens[i].sentence;
    return static_cast<std::size_t>(std::upper_bound(tokens.begin() + static_cast<long>(i), tokens.end(), sentence,
                                        [](std::size_t s, const Token& t) { return s < t.sentence; })
        - tokens.begin());
}

std::size_t tokenAtOffset(const std::vector<Token>& tokens, std::size_t offset)
{
    const auto it = std::lower_bound(
        tokens.begin(), tokens.end(), offset, [](const Token& t, std::size_t o) { return t.end <= o; });
    return static_cast<std::size_t>(it - tokens.begin());
}

bool sentenceHasAny(const std::vector<Token>& tokens, std::size_t i, const WordSet& words)
{
    if (i >= tokens.size())
        return false;
    // Within the sentence, and within kContextWindow words of tokens[i]: a
    // sentence that never ends must not be read again for every mention.
    const std::size_t begin = std::max(sentenceBegin(tokens, i), i > kContextWindow ? i - kContextWindow : 0);
    const std::size_t end = std::min(sentenceEnd(tokens, i), i + kContextWindow + 1);
    for (std::size_t k = begin; k < end; ++k)
        if (words.contains(tokens[k].lower))
            return true;
    return false;
}

bool isNegation(const std::vector<Token>& tokens, std::size_t i)
{
    static const WordSet kNegations = {
        "never", "not", "no", "nothing", "without", "cannot", "rather", "instead", "nor", "neither", "none", "nobody"};
    const std::string& w = tokens[i].lower;
    if (kNegations.contains(w))
        return true;
    // "don't", "won't", "can't", "isn't" are tokenized as "don" + "t".
    return w == "t" && i > 0 && tokens[i - 1].sentence == tokens[i].sentence && tokens[i - 1].end + 4 > tokens[i].begin
        && !tokens[i - 1].lower.empty() && tokens[i - 1].lower.back() == 'n';
}

bool negatedBefore(const std::vector<Token>& tokens, std::size_t i)
{
    for (std::size_t k = std::max(sentenceBegin(tokens, i), i > kContextWindow ? i - kContextWindow : 0); k < i; ++k)
        if (isNegation(tokens, k))
            return true;
    return false;
}

bool isCapitalized(std::string_view text, const Token& token)
{
    return token.end > token.begin && text[token.begin] >= 'A' && text[token.begin] <= 'Z';
}

std::vector<std::string> wordListLines(std::string_view text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line[0] != '#' && !isBlank(line))
            lines.emplace_back(line);
        start = end + 1;
    }
    return lines;
}

bool anySentenceHasAll(std::string_view text, const std::vector<std::vector<std::string>>& groups)
{
    return anySentenceHasAll(text, tokenize(text), groups);
}

bool anySentenceHasAll(
    std::string_view, const std::vector<Token>& tokens, const std::vector<std::vector<std::string>>& groups)
{
    std::vector<char> hit(groups.size(), 0);
    std::size_t hits = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && tokens[i].sentence != tokens[i - 1].sentence) {
            std::fill(hit.begin(), hit.end(), 0);
            hits = 0;
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
