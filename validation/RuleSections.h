// The rules, one function per guideline section (each in its own file).
// Internal to the engine: callers use validateListing().
#pragma once

#include "model/Submission.h"
#include "validation/Reporter.h"
#include "validation/AnalyzedText.h"
#include "validation/TextFields.h"
#include "validation/TextTools.h"
#include "validation/Validator.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace proserv::rules {


// What every rule reads: the whole submission (so a rule about one entity
// can read another), the product it judges, and each text analysed once.
struct Input {
    const Submission& submission;
    const ProductListing& product; // *submission.product.draft
    const AcceptedVersion& accepted; // *submission.product.accepted
    const ValidationContext& context;
    const std::vector<AnalyzedText>& texts;
    // a field's string in `product` → the index of its analysed text
    const std::unordered_map<const std::string*, std::size_t>& textIndex;
};

void checkSetup(const Input& in, Reporter& out);

// The rules that read one text at a time: registered objects that run in
// one loop over the submission's texts (Validator.cpp), each text analysed
// once before any of them reads it. `ruleIds` are the catalogue rules a check
// may report (their severities are the catalogue's); `reads` says which
// texts it judges.
enum class TextsRead { Every, Prose };
struct TextRule {
    const char* name;
    std::vector<const char*> ruleIds;
    TextsRead reads;
    void (*check)(const AnalyzedText& text, Reporter& out);
};
const std::vector<TextRule>& textRules();

void checkWords(const AnalyzedText& text, Reporter& out); // placeholders, hidden characters, offensive words
void checkNumbersAndKeys(const AnalyzedText& text, Reporter& out); // cards, bank numbers, AWS keys
void checkCustomerInfoText(const AnalyzedText& text, Reporter& out); // payment, credentials, billing, prices
void checkBrand(const AnalyzedText& text, Reporter& out); // AWS presented as the provider
void checkSubscriberDataUse(const AnalyzedText& text, Reporter& out); // subscriber data used for marketing
void checkCustomerInfo(const Input& in, Reporter& out);
void checkUsage(const Input& in, Reporter& out);
void checkArchitecture(const Input& in, Reporter& out);
void checkCatalogLimits(const Input& in, Reporter& out);
void checkUpdates(const Input& in, Reporter& out);

// The analysed text of `text`, a string of `in.product` itself (a copy is
// not found), or an empty one for a string that is no text field.
const AnalyzedText& textOf(const Input& in, const std::string& text);

// Shared well-formedness checks.
bool isHttpsUrl(const std::string& url);
bool isHttpUrl(const std::string& url);
bool isProductId(const std::string& id);

std::string indexPointer(const char* listPointer, std::size_t index);

} // namespace proserv::rules
