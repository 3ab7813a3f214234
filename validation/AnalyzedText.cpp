#include "validation/AnalyzedText.h"

#include "validation/SensitiveData.h"

namespace proserv {

namespace {

CharacterFacts characterFactsOf(std::string_view text)
{
    CharacterFacts facts;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        facts.digits = facts.digits || (c >= '0' && c <= '9');
        facts.printableAscii = facts.printableAscii && ((c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r');
    }
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

} // namespace proserv
