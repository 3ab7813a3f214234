// Text helpers shared by the content rules: Unicode-aware lengths, a word
// tokenizer with byte offsets, word sets and sentence context (the phrase
// lists are matched by PhraseBook). Everything is
// hand-rolled over std::string_view because the rules run on every keystroke
// (std::regex would cost milliseconds) and validation must not depend on Qt.
#pragma once

#include "validation/Finding.h"

#include <array>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace proserv {

// Length as the user sees it: Unicode code points of UTF-8 text.
std::size_t countCodePoints(std::string_view text);

bool startsWithWhitespace(std::string_view text);
bool isBlank(std::string_view text);

struct Token {
    std::size_t begin; // byte offsets into the text
    std::size_t end;
    std::string lower; // ASCII-lower-cased token text
    std::size_t hash; // of `lower`, computed once: matchers look tokens up by it
    std::size_t sentence = 0; // index of the sentence (or clause) the token is in
};

// Token::hash used as its own hash, for maps keyed by it: no string is hashed twice.
struct PrecomputedHash {
    std::size_t operator()(std::size_t hash) const { return hash; }
};

// Words are runs of letters, digits and any non-ASCII character (so "Ärzte"
// stays one word), joined by '&' between letters ("M&A", "R&D" are one word);
// everything else separates words, as do Unicode punctuation and spaces
// (no-break space, dashes, curly quotes). A sentence ends where the gap
// between two words holds a line break or ';', or '.', '!' or '?' followed by
// whitespace: "1.2", "example.com" and "e.g" stay inside their sentence.
std::vector<Token> tokenize(std::string_view text);

// A fixed list of lower-case words (string literals) that the text rules
// test every word against. Most words are rejected by one table lookup on
// their first byte and length, without comparing strings: the rules ask
// thousands of times per listing.
class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words);
    bool contains(std::string_view word) const;

private:
    static std::uint32_t lengthBit(std::size_t length) { return 1u << (length < 31 ? length : 31); }
    std::vector<std::string_view> m_words;
    std::array<std::uint32_t, 256> m_lengthsByFirstByte {}; // bit n: a word of length n starts with that byte
};

// How far (in words) context and negation are looked for around a word,
// inside its sentence: real sentences are shorter; endless ones stay linear.
inline constexpr std::size_t kContextWindow = 40;

// The first token of the sentence `tokens[i]` is in, and one past its last.
std::size_t sentenceBegin(const std::vector<Token>& tokens, std::size_t i);
std::size_t sentenceEnd(const std::vector<Token>& tokens, std::size_t i);
// The index of the token that contains or follows byte `offset`.
std::size_t tokenAtOffset(const std::vector<Token>& tokens, std::size_t offset);
// True when the sentence of tokens[i] has one of `words` (lower-case), within
// kContextWindow words of it.
bool sentenceHasAny(const std::vector<Token>& tokens, std::size_t i, const WordSet& words);
// True when tokens[i] is a negated word or a negation ends there: never, not,
// no, nothing, without, cannot, rather, instead, and "don't", "won't"… (split
// as "don" + "t").
bool isNegation(const std::vector<Token>& tokens, std::size_t i);
// True when a negation comes before tokens[i] in its sentence (within kContextWindow words).
bool negatedBefore(const std::vector<Token>& tokens, std::size_t i);
// True when the token is written with a capital first letter (ASCII).
bool isCapitalized(std::string_view text, const Token& token);

// The entries of a word list (data/*.txt): one per line; blank lines and
// lines starting with '#' are skipped.
std::vector<std::string> wordListLines(std::string_view text);

// True when one sentence of `text` has a word from every group: e.g.
// {{"infrastructure"}, {"charges", "costs"}} finds "…pay infrastructure costs…".
bool anySentenceHasAll(std::string_view text, const std::vector<std::vector<std::string>>& groups);
// The same over the tokens of `text`, when the caller has them already.
bool anySentenceHasAll(
    std::string_view text, const std::vector<Token>& tokens, const std::vector<std::vector<std::string>>& groups);

// Shows the start and end of a sensitive value and hides the rest.
std::string maskSecret(std::string_view value, std::size_t keepStart, std::size_t keepEnd);

} // namespace proserv
