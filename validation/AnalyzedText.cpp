#include "validation/AnalyzedText.h"

#include "validation/SensitiveData.h"

namespace proserv {

namespace {

CharacterFacts characterFactsOf(std::string_view text)
{
    CharacterFacts facts;
    // Bitwise, without short-circuits: the loop has no branch and the compiler vectorises it.
    bool digits = false;
    bool printable = true;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        digits |= static_cast<unsigned char>(c - '0') < 10;
        printable &= (static_cast<unsigned char>(c - 0x20) < 0x5f) | (c == '\t') | (c == '\n') | (c == '\r');
    }
    facts.digits = digits;
    facts.printableAscii = printable;
    facts.sensitiveCandidates = mayHoldSensitiveData(text);
    return facts;
}

} // namespace

AnalyzedText analyzeText(std::string pointer, const std::string& text, bool prose)
{
    AnalyzedText analyzed;
    analyzed.pointer = std::move(pointer);
    analyzed.text = &text;
    analyzed.prose = prose;
    analyzed.tokens = tokenize(text);
    analyzed.chars = characterFactsOf(text);
    analyzed.phrases = PhraseBook::instance().findAll(analyzed.tokens);
    return analyzed;
}

AnalyzedText analyzeText(TextField field)
{
    AnalyzedText analyzed = analyzeText(std::move(field.pointer), *field.text, field.prose);
    analyzed.spec = field.spec;
    analyzed.item = field.item;
    return analyzed;
}

} // namespace proserv
