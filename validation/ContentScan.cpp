#include "validation/ContentScan.h"

#include <cstring>

#include "model/PrintableText.h"
#include "validation/WordLists.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace proserv {

namespace {

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
char lower(char c)
{
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Sorted, merged: overlapping or nested ranges become one; with
// `joinAdjacent`, so do ranges separated only by spaces or punctuation
// ("Lorem ipsum dolor sit amet" is one placeholder).
std::vector<TextRange> merged(std::vector<TextRange> ranges, std::string_view text = {}, bool joinAdjacent = false)
{
    std::sort(ranges.begin(), ranges.end(),
        [](const TextRange& a, const TextRange& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
    std::vector<TextRange> out;
    auto onlyPunctuation = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            const char c = text[k];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\n')
                return false;
        }
        return to - from <= 3;
    };
    for (const TextRange& r : ranges) {
        if (!out.empty() && (r.begin < out.back().end || (joinAdjacent && onlyPunctuation(out.back().end, r.begin))))
            out.back().end = std::max(out.back().end, r.end);
        else
            out.push_back(r);
    }
    return out;
}

bool overlaps(const TextRange& r, const std::vector<TextRange>& sorted)
{
    const auto it = std::lower_bound(
        sorted.begin(), sorted.end(), r.begin, [](const TextRange& s, std::size_t begin) { return s.end <= begin; });
    return it != sorted.end() && it->begin < r.end;
}

// ---- Placeholders

// placeholders.txt: phrases matched in any case (Phrases::Placeholders), and
// "=TODO" lines matched in this case only (a handful).
// Looked up for every word of every text: a hash set, not a list to walk.
const std::unordered_set<std::string_view>& exactPlaceholders()
{
    static const std::vector<std::string> words = [] {
        std::vector<std::string> exact;
        for (const std::string& line : wordListLines(wordlists::placeholders))
            if (line[0] == '=')
                exact.push_back(line.substr(1));
        return exact;
    }();
    static const std::unordered_set<std::string_view> set(words.begin(), words.end());
    return set;
}

// Words a template label is made of. Strong ones are placeholders in any
// case ("[email]", "<link>", "[Customer logo]"); weak ones only in a label
// written in capitals or Title Case ("[NUMBER]", "[Case Study]" is content,
// "[HIGHLIGHT 2]" is not).
bool isStrongPlaceholderNoun(const std::string& word)
{
    static const std::unordered_set<std::string> kNouns
        = {"name", "names", "email", "mail", "phone", "date", "company", "customer", "client", "url", "link", "address",
            "price", "logo", "number", "amount", "city", "country", "website", "placeholder", "tbd", "tbc", "todo",
            "xxx", "firstname", "lastname", "contact", "partner", "percentage", "percent", "here"};
    return kNouns.count(word) != 0;
}

bool isPlaceholderNoun(const std::string& word)
{
    static const std::unordered_set<std::string> kWeakNouns = {"region", "product", "title", "value", "text",
        "description", "topic", "item", "feature", "highlight", "details", "count", "sla", "service", "team", "person",
        "role", "industry", "benefit", "case", "study", "story", "quote", "year", "years", "hours", "time"};
    return isStrongPlaceholderNoun(word) || kWeakNouns.count(word) != 0;
}

bool isInstruction(const std::string& word)
{
    static const std::unordered_set<std::string> kVerbs
        = {"insert", "enter", "add", "type", "fill", "describe", "replace", "your", "put", "paste", "write", "list"};
    return kVerbs.count(word) != 0;
}

// "[SUPPORT_EMAIL]", "[Company Name]", "[insert customer story]", "[email]",
// "[X]" are labels a seller meant to replace; "[Add-on]", "[Optional]",
// "[5 = fully automated]", "[A]" and "<br>" are content.
bool isTemplateLabel(std::string_view content)
{
    if (content.empty() || content.size() > 80 || content.find('\n') != std::string_view::npos)
        return false;
    bool anyLower = false, underscore = false, allowedChars = true;
    int upper = 0;
    for (char c : content) {
        anyLower = anyLower || isLower(c);
        upper += isUpper(c);
        underscore = underscore || c == '_';
        allowedChars = allowedChars && (isUpper(c) || isLower(c) || isDigit(c) || c == '_' || c == ' ' || c == '-');
    }
    const std::vector<Token> words = tokenize(content);
    if (words.empty() || !allowedChars)
        return false;
    // "SUPPORT_EMAIL" names "email": underscores join the words of an identifier.
    std::string spaced(content);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    const std::vector<Token> parts = tokenize(spaced);
    const bool noun
        = std::any_of(parts.begin(), parts.end(), [](const Token& t) { return isPlaceholderNoun(t.lower); });
    const bool strongNoun
        = std::any_of(parts.begin(), parts.end(), [](const Token& t) { return isStrongPlaceholderNoun(t.lower); });
    // "[X]", "[XX]", "[N]": a number to fill in ("[x]" is a ticked checkbox).
    if (content == "N" || std::all_of(content.begin(), content.end(), [](char c) { return c == 'X'; }))
        return true;
    const bool caps = !anyLower && upper >= 2;
    if (caps && (underscore || noun))
        return true;
    const bool titleCase
        = std::all_of(words.begin(), words.end(), [&](const Token& t) { return isUpper(content[t.begin]); });
    if (titleCase && noun && !underscore)
        return true;
    const bool hyphenated = content.find('-') != std::string_view::npos;
    if (strongNoun && words.size() <= 4 && !hyphenated && !underscore)
        return true;
    const bool severalWords = content.find(' ') != std::string_view::npos;
    return severalWords && isInstruction(words.front().lower);
}

// "<years>", "<customer count>", "<product name>": in plain text, lower-case
// words in angle brackets that name a value are a gap to fill ("[region]"
// in square brackets may be content). HTML elements ("<br>", "<title>",
// "<time>") are markup, judged elsewhere.
bool isAngleVariable(std::string_view content)
{
    static const WordSet kHtmlElements = {"title", "time", "address", "a", "b", "i", "p", "br", "li", "ul", "ol", "em",
        "strong", "code", "pre", "span", "div", "table", "td", "tr", "th", "img", "sup", "sub", "small", "hr"};
    if (content.empty() || content.size() > 40)
        return false;
    if (!std::all_of(
            content.begin(), content.end(), [](char c) { return isLower(c) || c == ' ' || c == '-' || c == '_'; }))
        return false;
    std::string spaced(content);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    const std::vector<Token> words = tokenize(spaced);
    if (words.empty() || words.size() > 3 || kHtmlElements.contains(words.front().lower))
        return false;
    return std::any_of(words.begin(), words.end(), [](const Token& t) { return isPlaceholderNoun(t.lower); });
}

// An angle-bracket argument in a command: "--region <region>", "region=<region>",
// "arn:aws:iam::<account-id>:role", "kill -HUP <pid>".
bool isCommandArgument(std::string_view s, std::size_t open)
{
    if (open > 0 && std::string_view("=:/\"'").find(s[open - 1]) != std::string_view::npos)
        return true; // glued to an assignment, an ARN or a path
    std::size_t k = open;
    while (k > 0 && s[k - 1] == ' ')
        --k;
    std::size_t word = k;
    while (word > 0 && s[word - 1] != ' ' && s[word - 1] != '\n')
        --word;
    return word < k && s[word] == '-'; // after a command-line flag
}

bool isCapsIdentifier(std::string_view s)
{
    int upper = 0;
    for (char c : s) {
        if (!(isUpper(c) || isDigit(c) || c == '_'))
            return false;
        upper += isUpper(c);
    }
    return upper >= 2;
}

// Byte ranges of `code spans` (Markdown backticks): template syntax there is an example.
std::vector<TextRange> codeSpans(std::string_view text)
{
    std::vector<TextRange> spans;
    std::size_t open = std::string_view::npos;
    for (const char* hit = static_cast<const char*>(std::memchr(text.data(), '`', text.size())); hit;
         hit = static_cast<const char*>(
             std::memchr(hit + 1, '`', text.size() - static_cast<std::size_t>(hit + 1 - text.data())))) {
        const std::size_t i = static_cast<std::size_t>(hit - text.data());
        if (open == std::string_view::npos) {
            open = i;
        } else {
            spans.push_back({open, i + 1});
            open = std::string_view::npos;
        }
    }
    return spans;
}

// The bytes a template token starts with, as a table: the scan below reads
// every byte of every text, so one load per byte instead of five compares.
constexpr std::array<bool, 256> kOpensTemplate = [] {
    std::array<bool, 256> opens {};
    for (const unsigned char c : {'[', '<', '{', '%', '_'})
        opens[c] = true;
    return opens;
}();

void findTemplateTokens(std::string_view s, std::vector<TextRange>& out)
{
    const std::vector<TextRange> code = codeSpans(s);
    auto inCode = [&](std::size_t i) { return overlaps(TextRange {i, i + 1}, code); };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (!kOpensTemplate[static_cast<unsigned char>(c)])
            continue;
        if (inCode(i))
            continue;
        if (c == '_') {
            std::size_t j = i;
            while (j < s.size() && s[j] == '_')
                ++j;
            if (j - i >= 4) { // "Customer name: ________"
                out.push_back({i, j});
            } else if (j - i == 2) { // "__CUSTOMER_COUNT__"
                const std::size_t close = s.substr(0, std::min(s.size(), j + 62)).find("__", j);
                if (close != std::string_view::npos && close - j <= 60 && isCapsIdentifier(s.substr(j, close - j))) {
                    out.push_back({i, close + 2});
                    j = close + 2;
                }
            }
            i = j - 1;
            continue;
        }
        if (c == '%') { // "%CUSTOMER_NAME%"
            const std::size_t close = s.substr(0, std::min(s.size(), i + 62)).find('%', i + 1);
            if (close != std::string_view::npos && close - i <= 60
                && isCapsIdentifier(s.substr(i + 1, close - i - 1))) {
                out.push_back({i, close + 1});
                i = close;
            }
            continue;
        }
        if (c == '{') {
            if (i > 0 && s[i - 1] == '$')
                continue; // ${AWS::Region}, ${var.name}: CloudFormation, Terraform, shell
            const bool doubled = i + 1 < s.size() && s[i + 1] == '{';
            // Searched only as far as a template can reach: a text of a million
            // '{' must not be read to its end a million times.
            const std::size_t close = s.substr(0, std::min(s.size(), i + 84)).find(doubled ? "}}" : "}", i + 1);
            if (close == std::string_view::npos || close - i > 80)
                continue;
            const std::string_view content = s.substr(i + (doubled ? 2 : 1), close - i - (doubled ? 2 : 1));
            // {{resolve:ssm:…}} is a CloudFormation dynamic reference, resolved at deploy time.
            std::size_t lead = 0;
            while (lead < content.size() && content[lead] == ' ')
                ++lead;
            const bool reference = content.substr(lead, 8) == "resolve:";
            const bool placeholder = doubled ? (!isBlank(content) && !reference) : isCapsIdentifier(content);
            if (placeholder) {
                out.push_back({i, close + (doubled ? 2 : 1)});
                i = close;
            }
            continue;
        }
        const char closeChar = c == '[' ? ']' : '>';
        const std::size_t close = s.substr(0, std::min(s.size(), i + 84)).find(closeChar, i + 1);
        if (close == std::string_view::npos || close - i > 82)
            continue;
        if (c == '[' && close + 1 < s.size() && s[close + 1] == '(')
            continue; // a Markdown link
        if (c == '<' && isCommandArgument(s, i))
            continue;
        const std::string_view label = s.substr(i + 1, close - i - 1);
        if (isTemplateLabel(label) || (c == '<' && isAngleVariable(label))) {
            out.push_back({i, close + 1});
            i = close;
        }
    }
}

// ---- Offensive words

// The stems and their endings; the listed words, ordinary phrases and names
// are phrase lists (Phrases::Offensive, OffensiveAllowed, OffensiveNames).
struct OffensiveWords {
    std::vector<std::string> stems;
    std::string initials; // first letters of the stems: a cheap test before comparing
    std::unordered_set<std::string> endings;
};

const OffensiveWords& offensiveWords()
{
    static const OffensiveWords words = [] {
        OffensiveWords w;
        bool endings = false;
        for (const std::string& line : wordListLines(wordlists::offensive_stems)) {
            if (line == "endings:")
                endings = true;
            else if (endings)
                w.endings.insert(line);
            else
                w.stems.push_back(line);
        }
        for (const std::string& stem : w.stems)
            if (w.initials.find(stem[0]) == std::string::npos)
                w.initials += stem[0];
        return w;
    }();
    return words;
}

bool isMask(char c)
{
    return c == '*' || c == '#' || c == '@';
}

// `word` (lower case, possibly with mask characters) is a stem plus an ending;
// a mask character stands for any one letter of the stem.
bool matchesStem(std::string_view word, const OffensiveWords& w)
{
    if (word.empty() || w.initials.find(word[0]) == std::string::npos)
        return false;
    for (const std::string& stem : w.stems) {
        if (word.size() < stem.size())
            continue;
        bool same = true;
        for (std::size_t k = 0; k < stem.size() && same; ++k)
            same = word[k] == stem[k] || isMask(word[k]);
        if (!same || (!isMask(word[0]) && word[0] != stem[0]))
            continue;
        const std::string_view rest = word.substr(stem.size());
        if (rest.empty() || w.endings.count(std::string(rest)))
            return true;
    }
    return false;
}

void findMaskedWordsIn(
    std::string_view s, std::size_t from, std::size_t to, const OffensiveWords& w, std::vector<TextRange>& out)
{
    for (std::size_t i = from; i < to; ++i) {
        if (!(isLower(s[i]) || isUpper(s[i]))
            || (i > 0 && (isLower(s[i - 1]) || isUpper(s[i - 1]) || isDigit(s[i - 1]))))
            continue;
        std::size_t j = i;
        bool masked = false;
        while (j < s.size() && (isLower(s[j]) || isUpper(s[j]) || isMask(s[j]))) {
            masked = masked || isMask(s[j]);
            ++j;
        }
        if (masked && j - i <= 24) { // most words have no mask: build the lower-case copy only for the rest
            std::string word(s.substr(i, j - i));
            std::transform(word.begin(), word.end(), word.begin(), lower);
            if (matchesStem(word, w))
                out.push_back({i, j});
        }
        i = j > i ? j - 1 : i;
    }
}

bool isWordOrMask(char c)
{
    return isLower(c) || isUpper(c) || isMask(c);
}

// A masked word lies in a run of letters and masks around a mask character.
// Masks are rare in prose: the runs around them are found with memchr
// (vectorised) and only they are read, not every byte of the text. A run
// starts after a byte that is neither, so each run reads as it would in a
// scan of the whole text.
void findMaskedWords(std::string_view s, const OffensiveWords& w, std::vector<TextRange>& out)
{
    std::vector<TextRange> runs;
    for (const char mask : {'*', '#', '@'})
        for (const char* hit = static_cast<const char*>(std::memchr(s.data(), mask, s.size())); hit;) {
            std::size_t begin = static_cast<std::size_t>(hit - s.data());
            std::size_t end = begin + 1;
            while (begin > 0 && isWordOrMask(s[begin - 1]))
                --begin;
            while (end < s.size() && isWordOrMask(s[end]))
                ++end;
            runs.push_back({begin, end});
            hit = end < s.size() ? static_cast<const char*>(std::memchr(s.data() + end, mask, s.size() - end))
                                 : nullptr;
        }
    std::sort(runs.begin(), runs.end(), [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
    runs.erase(std::unique(runs.begin(), runs.end(),
                   [](const TextRange& a, const TextRange& b) { return a.begin == b.begin && a.end == b.end; }),
        runs.end());
    for (const TextRange& run : runs)
        findMaskedWordsIn(s, run.begin, run.end, w, out);
}

// The code point and its length at text[i] when it is hidden, else length 0.
std::size_t hiddenAt(std::string_view s, std::size_t i, unsigned& codePoint, bool& control)
{
    // Controls as the printing defines them (but the tab and line breaks text may hold).
    if (const std::size_t width = controlCharacterAt(s, i, codePoint); width > 0) {
        control = !(width == 1 && (s[i] == '\t' || s[i] == '\n' || s[i] == '\r'));
        return control ? width : 0;
    }
    const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    control = false;
    if (b(i) == 0xE2 && ((b(i + 1) == 0x80 && b(i + 2) == 0x8B) || (b(i + 1) == 0x81 && b(i + 2) == 0xA0))) {
        codePoint = b(i + 1) == 0x80 ? 0x200B : 0x2060; // zero-width space, word joiner
        return 3;
    }
    // Bidi marks (LRM, RLM) and the Unicode line and paragraph separators:
    // invisible in a field, yet they reorder or break what buyers read. A
    // warning, not an error: right-to-left text may need the marks.
    if (b(i) == 0xE2 && b(i + 1) == 0x80
        && (b(i + 2) == 0x8E || b(i + 2) == 0x8F || b(i + 2) == 0xA8 || b(i + 2) == 0xA9)) {
        codePoint = 0x2000u + (b(i + 2) & 0x3Fu); // E2 80 8E → U+200E, E2 80 A8 → U+2028
        return 3;
    }
    if (b(i) == 0xD8 && b(i + 1) == 0x9C) { // U+061C Arabic letter mark
        codePoint = 0x061C;
        return 2;
    }
    if ((b(i) == 0xEF && b(i + 1) == 0xBB && b(i + 2) == 0xBF)
        || (b(i) == 0xE1 && b(i + 1) == 0xA0 && b(i + 2) == 0x8E)) {
        codePoint = b(i) == 0xEF ? 0xFEFF : 0x180E;
        return 3;
    }
    return 0;
}

} // namespace

std::vector<HiddenCharacters> findHiddenCharacters(std::string_view text)
{
    std::vector<HiddenCharacters> found;
    for (std::size_t i = 0; i < text.size();) {
        // Printable ASCII, tabs and line breaks (nearly every byte) start no hidden character.
        if (const auto c = static_cast<unsigned char>(text[i]);
            (c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        unsigned codePoint = 0;
        bool control = false;
        std::size_t n = hiddenAt(text, i, codePoint, control);
        if (n == 0) {
            ++i;
            continue;
        }
        HiddenCharacters hit {{i, i + n}, codePoint, control};
        i += n;
        unsigned next = 0;
        bool nextControl = false;
        while (i < text.size() && (n = hiddenAt(text, i, next, nextControl)) > 0) {
            hit.control = hit.control || nextControl;
            i += n;
            hit.range.end = i;
        }
        found.push_back(hit);
    }
    return found;
}

std::vector<std::string> phrases::placeholders()
{
    std::vector<std::string> phrases;
    for (std::string& line : wordListLines(wordlists::placeholders))
        if (line[0] != '=')
            phrases.push_back(std::move(line));
    return phrases;
}

std::vector<std::string> phrases::offensive()
{
    std::vector<std::string> listed = wordListLines(wordlists::offensive_en);
    for (std::string& line : wordListLines(wordlists::offensive_other))
        listed.push_back(std::move(line));
    return listed;
}

std::vector<std::string> phrases::offensiveAllowed()
{
    return wordListLines(wordlists::allowed_phrases);
}

std::vector<std::string> phrases::offensiveNames()
{
    return wordListLines(wordlists::offensive_names);
}

namespace {

// Words that count things or measure time: a number stands before them.
const WordSet kCountedNouns = {"workloads", "workload", "enterprises", "clients", "customers", "companies",
    "migrations", "hours", "days", "weeks", "months", "years", "applications", "apps", "accounts", "engineers",
    "architects", "consultants", "servers", "workshops", "reviews", "teams", "projects", "users", "sites", "regions",
    "instances", "databases", "organisations", "organizations", "percent", "times", "seats", "sprints", "people",
    "experts", "countries", "partners", "deployments", "environments"};
// Words after which a number is expected: "over NN", "up to Y", "from X days".
const WordSet kBeforeNumbers = {"over", "to", "from", "than", "about", "around", "nearly", "almost", "approximately",
    "roughly", "least", "most", "the", "migrated", "completed", "trained", "has", "have", "of", "by"};

// A letter or run of one letter standing for a number never filled in:
// "X workloads", "NN enterprises", "from X days to Y hours". Capital letters
// only, alone, before a word that counts, so "Plan B", "Tier X support",
// "N+1 redundancy" and "Option C" stay names.
bool isVariableLetters(std::string_view word)
{
    if (word.empty() || word.size() > 3 || word.front() < 'B' || word.front() > 'Z' || word == "I")
        return false;
    return std::all_of(word.begin(), word.end(), [&](char c) { return c == word.front(); }) && word.front() >= 'A'
        && word.front() <= 'Z';
}

// Symbols in a number's or name's place: "### migrations", "?? applications", "__-week", "$PRESENTER".
// ("<region>" in a command is syntax the customer fills in.)
void findSymbolVariables(std::string_view text, std::vector<TextRange>& found)
{
    // Each symbol is rare in prose: found with memchr (vectorised), not by
    // looking at every byte.
    for (const char c : {'#', '?', '_', '$'}) {
        for (const char* hit = static_cast<const char*>(std::memchr(text.data(), c, text.size())); hit;) {
            const std::size_t i = static_cast<std::size_t>(hit - text.data());
            std::size_t j = i + 1;
            if (c == '$') {
                while (j < text.size() && ((text[j] >= 'A' && text[j] <= 'Z') || text[j] == '_'))
                    ++j;
                if (j - i >= 4 && text[i + 1] != '_'
                    && (j == text.size() || !std::isalnum(static_cast<unsigned char>(text[j]))))
                    found.push_back({i, j});
            } else {
                while (j < text.size() && text[j] == c)
                    ++j;
                const bool run = j - i >= 2 && (i == 0 || text[i - 1] == ' ') && j < text.size()
                    && (text[j] == ' ' || text[j] == '-' || text[j] == '%');
                if (run && !(c == '#' && text[j] == ' ' && (i == 0 || text[i - 1] == '\n')))
                    found.push_back({i, j}); // not a Markdown heading "## Costs"
            }
            hit = j < text.size() ? static_cast<const char*>(std::memchr(text.data() + j, c, text.size() - j))
                                  : nullptr;
        }
    }
}

// "TBC Bank", "the TODO app", "a Todo List sample": a placeholder word that
// begins a name (a capitalised word follows it in the sentence, or a word
// for the kind of thing named) is that name, not a gap. "Launch date: TBD."
// and "TBD by the customer" stay placeholders.
bool startsName(std::string_view text, const std::vector<Token>& tokens, std::size_t i)
{
    static const WordSet kNamedThings = {"app", "apps", "application", "sample", "samples", "demo", "list", "lists",
        "tool", "service", "project", "bank", "group", "tutorial", "example", "api", "repository", "repo"};
    if (i + 1 >= tokens.size() || tokens[i + 1].sentence != tokens[i].sentence
        || tokens[i + 1].begin - tokens[i].end != 1 || text[tokens[i].end] != ' ')
        return false;
    const Token& next = tokens[i + 1];
    if (isInstruction(next.lower) || next.lower == tokens[i].lower) // "TODO Add text", "TBD TBD"
        return false;
    return kNamedThings.contains(next.lower) || isCapitalized(text, next);
}

} // namespace

std::vector<TextRange> findPlaceholders(const AnalyzedText& analyzed)
{
    const std::string_view text = analyzed.view();
    const std::vector<Token>& tokens = analyzed.tokens;
    const std::unordered_set<std::string_view>& exactWords = exactPlaceholders();
    std::vector<TextRange> found;
    for (const PhraseMatch& m : analyzed.matches(Phrases::Placeholders))
        if (!(m.firstToken == m.lastToken && startsName(text, tokens, m.firstToken)))
            found.push_back(m.range);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const std::string_view word = text.substr(t.begin, t.end - t.begin);
        // "XXX", and "XX" in a number's place: "XX:XX", "$XX", "XX%"
        const bool xs = std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c == 'x'; });
        const char before = t.begin > 0 ? text[t.begin - 1] : ' ';
        const char after = t.end < text.size() ? text[t.end] : ' ';
        const bool numberPlace = word == "XX"
            && (std::string_view(":%$.,").find(before) != std::string_view::npos
                || std::string_view(":%").find(after) != std::string_view::npos);
        const bool exact = exactWords.count(word) > 0;
        if ((xs && t.lower.size() >= 3) || numberPlace || (exact && !startsName(text, tokens, i)))
            found.push_back({t.begin, t.end});
        // "X workloads", "over NN enterprises", "N weeks": a letter where a number goes
        if (isVariableLetters(word) && i + 1 < tokens.size() && tokens[i + 1].sentence == t.sentence
            && kCountedNouns.contains(tokens[i + 1].lower)
            && (i == 0 || tokens[i - 1].sentence != t.sentence || kBeforeNumbers.contains(tokens[i - 1].lower)
                || !isCapitalized(text, tokens[i - 1])))
            found.push_back({t.begin, t.end});
        // "Insert description here.", "Add your logo here": an instruction left in the text.
        const bool startsSentence = i == 0 || tokens[i - 1].sentence != t.sentence;
        if (startsSentence && t.lower != "your" && isInstruction(t.lower)) {
            const std::size_t end = sentenceEnd(tokens, i);
            for (std::size_t k = i + 1; k < end && k <= i + 4; ++k)
                if (tokens[k].lower == "here" && k + 1 >= end) {
                    found.push_back({t.begin, tokens[k].end});
                    break;
                }
        }
    }
    const std::size_t templateTokensFrom = found.size();
    findTemplateTokens(text, found);
    // "Variables such as {{region}} in your templates": a sentence about
    // template syntax shows it, it does not leave it unfilled.
    static const WordSet kAboutSyntax = {"template", "templates", "variable", "variables", "parameter", "parameters",
        "syntax", "jinja", "handlebars", "mustache", "placeholders"};
    found.erase(std::remove_if(found.begin() + static_cast<long>(templateTokensFrom), found.end(),
                    [&](const TextRange& r) {
                        if (text.substr(r.begin, 2) != "{{" || tokens.empty())
                            return false;
                        const std::size_t at = std::min(tokenAtOffset(tokens, r.begin), tokens.size() - 1);
                        return sentenceHasAny(tokens, at, kAboutSyntax);
                    }),
        found.end());
    if (analyzed.prose)
        findSymbolVariables(text, found);
    return merged(std::move(found), text, true);
}

std::vector<TextRange> findOffensiveWords(const AnalyzedText& analyzed, const std::vector<TextRange>& skip)
{
    const std::string_view text = analyzed.view();
    const std::vector<Token>& tokens = analyzed.tokens;
    const OffensiveWords& w = offensiveWords();
    std::vector<char> allowed(tokens.size(), 0);
    for (const PhraseMatch& a : analyzed.matches(Phrases::OffensiveAllowed))
        std::fill(
            allowed.begin() + static_cast<long>(a.firstToken), allowed.begin() + static_cast<long>(a.lastToken) + 1, 1);
    std::vector<char> name(tokens.size(), 0);
    for (const PhraseMatch& n : analyzed.matches(Phrases::OffensiveNames)) {
        const Token& first = tokens[n.firstToken];
        if (isCapitalized(text, first) && sentenceBegin(tokens, n.firstToken) != n.firstToken)
            name[n.firstToken] = 1;
    }

    std::vector<TextRange> found;
    for (const PhraseMatch& m : analyzed.matches(Phrases::Offensive)) {
        const bool isAllowed = std::all_of(allowed.begin() + static_cast<long>(m.firstToken),
            allowed.begin() + static_cast<long>(m.lastToken) + 1, [](char a) { return a != 0; });
        if (!isAllowed && !name[m.firstToken])
            found.push_back(m.range);
    }
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (!allowed[i] && matchesStem(tokens[i].lower, w))
            found.push_back({tokens[i].begin, tokens[i].end});
    findMaskedWords(text, w, found);

    std::vector<TextRange> out;
    for (const TextRange& r : merged(std::move(found)))
        if (!overlaps(r, skip))
            out.push_back(r);
    return out;
}

} // namespace proserv
