#include "model/JsonMistakes.h"

#include "model/SourceMap.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace proserv {

namespace {

struct Token {
    enum Kind {
        Open,
        Close,
        Colon,
        Comma,
        String,
        Number,
        Literal,
        Word,
        SingleQuote,
        CurlyQuote,
        Comment,
        Other,
        End
    };
    Kind kind = End;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool unclosed = false; // a string without its closing quote
    bool lineBreak = false; // … because a line ended inside it
    std::size_t badEscape = std::string_view::npos; // a backslash that starts no escape ("C:\\Users")
    std::size_t controlChar = std::string_view::npos; // a raw tab or other control character
};

bool isCurlyQuote(std::string_view text, std::size_t at)
{
    // “ ” ‘ ’ in UTF-8: what word processors and chat programs put for quotes.
    static constexpr std::string_view quotes[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"};
    return std::any_of(std::begin(quotes), std::end(quotes),
        [&](std::string_view quote) { return text.substr(at, quote.size()) == quote; });
}

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

Token nextToken(std::string_view text, std::size_t at)
{
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
        ++at;
    Token token;
    token.begin = token.end = at;
    if (at >= text.size())
        return token;
    const char c = text[at];
    token.end = at + 1;
    switch (c) {
    case '{':
    case '[': token.kind = Token::Open; return token;
    case '}':
    case ']': token.kind = Token::Close; return token;
    case ':': token.kind = Token::Colon; return token;
    case ',': token.kind = Token::Comma; return token;
    case '\'': token.kind = Token::SingleQuote; return token;
    case '/': token.kind = Token::Comment; return token;
    case '"': {
        token.kind = Token::String;
        std::size_t i = at + 1;
        static constexpr std::string_view escapes = "\"\\/bfnrtu";
        while (i < text.size() && text[i] != '"' && text[i] != '\n' && text[i] != '\r') {
            if (text[i] == '\\') {
                if (i + 1 < text.size() && escapes.find(text[i + 1]) == std::string_view::npos
                    && token.badEscape == std::string_view::npos)
                    token.badEscape = i;
                i += 2;
                continue;
            }
            if (static_cast<unsigned char>(text[i]) < 0x20 && token.controlChar == std::string_view::npos)
                token.controlChar = i;
            ++i;
        }
        token.unclosed = i >= text.size() || text[i] != '"';
        token.lineBreak = token.unclosed && i < text.size();
        token.end = std::min(i + 1, text.size());
        return token;
    }
    default: break;
    }
    if (isCurlyQuote(text, at)) {
        token.kind = Token::CurlyQuote;
        token.end = at + 3;
        return token;
    }
    if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
        token.kind = Token::Number;
        while (token.end < text.size()
            && (std::isdigit(static_cast<unsigned char>(text[token.end])) || text[token.end] == '.'
                || text[token.end] == 'e' || text[token.end] == 'E' || text[token.end] == '+'
                || text[token.end] == '-'))
            ++token.end;
        return token;
    }
    if (isWordChar(c)) {
        while (token.end < text.size() && isWordChar(text[token.end]))
            ++token.end;
        const std::string_view word = text.substr(at, token.end - at);
        token.kind = word == "true" || word == "false" || word == "null" ? Token::Literal : Token::Word;
        if (token.end < text.size() && static_cast<unsigned char>(text[token.end]) >= 0x80)
            token.kind = Token::Other; // part of a word in another script or of stray bytes: not ours to name
        return token;
    }
    token.kind = Token::Other;
    return token;
}

// What the reader expects next. A closing bracket is also welcome where a
// value or key is expected, unless a comma or colon came just before.
enum class Expect { Value, Key, Colon, CommaOrClose, Nothing };

struct Container {
    char open; // '{' or '['
    std::size_t offset;
};

// A word of the text, as a message quotes it: a stranger's file may hold one
// a megabyte long, so at most 40 characters (ASCII letters, digits and '_').
std::string quotedWord(std::string_view word)
{
    constexpr std::size_t kMaxQuoted = 40;
    return word.size() <= kMaxQuoted ? std::string(word) : std::string(word.substr(0, kMaxQuoted)) + "...";
}

std::string lowered(std::string_view word)
{
    std::string out(word);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

MessageText stillOpen(std::string_view text, const Container& innermost)
{
    const TextPosition where = positionAtByteOffset(text, innermost.offset);
    return EngineText::tr("the text ends before every { and [ is closed: the %1 at line %2, column %3 is still "
                          "open; add its closing %4")
        .arg(std::string(1, innermost.open))
        .arg(where.line)
        .arg(where.column)
        .arg(std::string(1, innermost.open == '{' ? '}' : ']'));
}

} // namespace

std::optional<JsonMistake> explainJsonSyntaxError(std::string_view text, std::size_t parserOffset)
{
    std::vector<Container> open;
    Expect expect = Expect::Value;
    std::size_t lastComma = 0;
    std::size_t previousEnd = 0; // end of the token before this one
    Token::Kind previous = Token::End; // … and its kind (End: none yet)
    for (std::size_t at = 0;;) {
        const Token token = nextToken(text, at);
        if (token.begin > parserOffset)
            return std::nullopt; // read past the parser's stop without a mistake: not one we know
        const std::string_view spelled = text.substr(token.begin, token.end - token.begin);

        // Mistakes wherever they appear.
        switch (token.kind) {
        case Token::SingleQuote:
            return JsonMistake {
                token.begin, EngineText::tr("single quotes; JSON names and strings need double quotes (\"...\")")};
        case Token::CurlyQuote:
            return JsonMistake {token.begin,
                EngineText::tr("curly quotes (“ ” or ‘ ’); JSON needs straight double quotes (\"), which a word "
                               "processor or chat program may have replaced")};
        case Token::Comment:
            return JsonMistake {token.begin, EngineText::tr("a comment; JSON has no comments, so remove it")};
        case Token::String:
            if (token.lineBreak)
                return JsonMistake {token.begin,
                    EngineText::tr("a string that is not closed on its line; add the closing \" (a line break "
                                   "inside a string is written \\n)")};
            if (token.unclosed)
                return JsonMistake {token.begin, EngineText::tr("a string that is never closed; add the closing \"")};
            if (token.badEscape != std::string_view::npos)
                return JsonMistake {token.badEscape,
                    EngineText::tr("a backslash that starts no escape (\\%1); a backslash itself is written \\\\")
                        .arg(std::string(1, text[token.badEscape + 1] >= 0x20 ? text[token.badEscape + 1] : '?'))};
            if (token.controlChar != std::string_view::npos)
                return JsonMistake {token.controlChar,
                    text[token.controlChar] == '\t' ? EngineText::tr("a tab inside a string; write it as \\t")
                                                    : EngineText::tr("a control character inside a string; remove it")};
            break;
        case Token::Other: return std::nullopt;
        default: break;
        }
        if (token.kind == Token::End) {
            if (!open.empty())
                return JsonMistake {text.size(), stillOpen(text, open.back())};
            return std::nullopt;
        }

        const auto valueDone = [&] { expect = open.empty() ? Expect::Nothing : Expect::CommaOrClose; };
        const auto close = [&]() -> std::optional<JsonMistake> {
            if (open.empty())
                return JsonMistake {token.begin,
                    EngineText::tr("a closing %1 with nothing open before it; remove it")
                        .arg(std::string(1, text[token.begin]))};
            const char wanted = open.back().open == '{' ? '}' : ']';
            if (text[token.begin] != wanted) {
                const TextPosition where = positionAtByteOffset(text, open.back().offset);
                return JsonMistake {token.begin,
                    EngineText::tr("a %1 where %2 should close the %3 at line %4, column %5")
                        .arg(std::string(1, text[token.begin]))
                        .arg(std::string(1, wanted))
                        .arg(std::string(1, open.back().open))
                        .arg(where.line)
                        .arg(where.column)};
            }
            open.pop_back();
            valueDone();
            return std::nullopt;
        };

        switch (expect) {
        case Expect::Value:
        case Expect::Key: {
            const bool wantsKey = expect == Expect::Key;
            if (token.kind == Token::Close) {
                if (previous == Token::Comma)
                    return JsonMistake {lastComma,
                        EngineText::tr("a comma after the last item; remove it (JSON allows no trailing comma)")};
                if (previous == Token::Colon)
                    return JsonMistake {previousEnd,
                        EngineText::tr("a name without a value; write its value after "
                                       "the colon")};
                if (auto mistake = close())
                    return mistake;
                break;
            }
            if (token.kind == Token::Comma)
                return JsonMistake {token.begin,
                    previous == Token::Colon ? EngineText::tr("a name without a value; write its value after the colon")
                                             : EngineText::tr("an extra comma with no item before it; remove it")};
            if (token.kind == Token::Word) {
                if (open.empty() && previous == Token::End)
                    return JsonMistake {token.begin,
                        EngineText::tr("the text does not start like JSON, which starts with { or [ (is this the "
                                       "right file?)")};
                if (wantsKey)
                    return JsonMistake {token.begin,
                        EngineText::tr("a name without quotes; write it in double quotes (\"%1\")")
                            .arg(quotedWord(spelled))};
                const std::string lower = lowered(spelled);
                if (lower == "true" || lower == "false" || lower == "null")
                    return JsonMistake {token.begin,
                        EngineText::tr("%1 is written %2 in JSON (lower case)").arg(quotedWord(spelled)).arg(lower)};
                return JsonMistake {token.begin,
                    EngineText::tr("a word without quotes; text needs double quotes (\"%1\")")
                        .arg(quotedWord(spelled))};
            }
            if (wantsKey) {
                if (token.kind != Token::String)
                    return JsonMistake {
                        token.begin, EngineText::tr("a name must be text in double quotes (\"Name\": value)")};
                expect = Expect::Colon;
                break;
            }
            if (token.kind == Token::Open) {
                open.push_back({text[token.begin], token.begin});
                expect = text[token.begin] == '{' ? Expect::Key : Expect::Value;
                break;
            }
            if (token.kind == Token::Colon)
                return std::nullopt;
            valueDone(); // a string, number or literal
            break;
        }
        case Expect::Colon:
            if (token.kind != Token::Colon)
                return JsonMistake {previousEnd, EngineText::tr("a missing colon after a name; write \"Name\": value")};
            expect = Expect::Value;
            break;
        case Expect::CommaOrClose:
            if (token.kind == Token::Comma) {
                lastComma = token.begin;
                expect = open.back().open == '{' ? Expect::Key : Expect::Value;
                break;
            }
            if (token.kind == Token::Close) {
                if (auto mistake = close())
                    return mistake;
                break;
            }
            if (token.kind == Token::Colon)
                return std::nullopt;
            return JsonMistake {previousEnd, EngineText::tr("a missing comma between two items; add one here")};
        case Expect::Nothing:
            return JsonMistake {token.begin,
                EngineText::tr("more text after the end of the JSON document; remove it (or is an opening { or [ "
                               "missing?)")};
        }
        previousEnd = token.end;
        previous = token.kind;
        at = token.end;
    }
}

} // namespace proserv
