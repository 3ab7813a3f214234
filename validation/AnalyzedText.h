// One text of the submission, analysed once for every text rule: its words
// (with sentences), facts about its characters, and the matches of every
// phrase list. The rules read these instead of scanning the text again each.
#pragma once

#include "validation/PhraseBook.h"
#include "validation/TextFields.h"
#include "validation/TextTools.h"

#include <string>
#include <string_view>
#include <vector>

namespace proserv {

// What one pass over the bytes tells the rules that would otherwise each
// look: most texts hold no hidden character, price or number worth a scan.
struct CharacterFacts {
    bool printableAscii = true; // only printable ASCII, tabs and line breaks: no hidden characters
    bool digits = false; // any ASCII digit: a price or amount needs one
    bool sensitiveCandidates = false; // mayHoldSensitiveData: a card, IBAN or key is possible
};

struct AnalyzedText {
    std::string pointer;
    const std::string* text = nullptr;
    bool prose = true; // false for URLs and identifiers (see TextField)
    const TextFieldSpec* spec = nullptr; // its text limits (see TextField)
    std::size_t item = TextField::kNoItem; // its list item's index (see TextField)
    std::vector<Token> tokens;
    CharacterFacts chars;
    PhraseMatches phrases;

    std::string_view view() const { return text ? std::string_view(*text) : std::string_view(); }
    const std::vector<PhraseMatch>& matches(Phrases list) const { return phrases[list]; }
    // The text's own words at `range`, for a message that quotes them.
    std::string quote(const TextRange& range) const { return text->substr(range.begin, range.end - range.begin); }
};

// `text` must outlive the result (it is read, not copied).
AnalyzedText analyzeText(std::string pointer, const std::string& text, bool prose);
// A listing's field, with its limits and list item.
AnalyzedText analyzeText(TextField field);

} // namespace proserv
