// Offensive language and placeholder text in one listing string: the two
// scans behind setup-offensive-language and setup-placeholder-text. Both
// return byte ranges into the text, sorted and not overlapping, so that one
// fault gives one finding.
#pragma once

#include "validation/Finding.h"
#include "validation/AnalyzedText.h"

#include <string_view>
#include <vector>

namespace proserv {

// Placeholder words (lorem ipsum, TBD, FIXME, TODO in capitals, XXX), and
// template tokens a seller forgot to fill in: [SUPPORT_EMAIL], [Company Name],
// [insert customer story], <COMPANY_NAME>, <your company>, {{lead_name}},
// {SUPPORT_PHONE}, %CUSTOMER_NAME%, __COUNT__ and ____ blanks. Syntax the
// customer fills in is content, not a placeholder: command arguments
// (<your-profile>, <account-id>), CloudFormation and Terraform references
// (${AWS::Region}, {{resolve:…}}), Markdown links and anything in `code`.
std::vector<TextRange> findPlaceholders(const AnalyzedText& text);

// Listed offensive words and phrases (English and other languages), strong
// profanity with its endings ("fuckers", "shitstorm") and masked ("f***ed",
// "sh*t"), except inside ordinary phrases (allowed-phrases.txt) and names
// written as names ("Intercourse, Pennsylvania"). Ranges overlapping `skip`
// (the placeholders already reported) are left out.
std::vector<TextRange> findOffensiveWords(const AnalyzedText& text, const std::vector<TextRange>& skip);

// Characters a reader cannot see. Controls: C0 (but tab and line breaks),
// DEL, C1, and the bidi embeddings, overrides and isolates that reorder what
// is shown (U+202A–202E, U+2066–2069). Invisible: zero-width space, word
// joiner, byte-order mark, Mongolian vowel separator. (Zero-width joiners and
// non-joiners are left alone: emoji and many scripts need them.) One hit per
// run of consecutive such characters.
struct HiddenCharacters {
    TextRange range;
    unsigned firstCodePoint;
    bool control; // false: merely invisible
};
std::vector<HiddenCharacters> findHiddenCharacters(std::string_view text);

} // namespace proserv
