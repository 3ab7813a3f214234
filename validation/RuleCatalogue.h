// Every rule, registered once: id, default severity, the guideline section it
// enforces and a one-line description. `proserv-check --list-rules` prints
// this table and docs/rules.md is generated from it.
#pragma once

#include "validation/Finding.h"

#include <string_view>
#include <vector>

namespace proserv {

namespace guideline {
inline constexpr const char* kSetup = "proserv-guidelines-setup";
inline constexpr const char* kCustomerInfo = "proserv-guidelines-customer-info";
inline constexpr const char* kUsage = "proserv-guidelines-usage";
inline constexpr const char* kArchitecture = "proserv-guidelines-architecture";
inline constexpr const char* kCatalogApi = "catalog-api";
} // namespace guideline

// The guideline sections, in the guidelines' own order (the order of the
// review report, the grouped Problems view and docs/rules.md).
struct GuidelineSection {
    const char* anchor;
    const char* title; // English; EngineText::noop marks it for translation
};
const std::vector<GuidelineSection>& guidelineSections();

// The title of a section anchor ("proserv-guidelines-usage" → "Product usage
// guidelines"), English; the Catalog API limits for an unknown anchor.
const char* guidelineTitle(std::string_view anchor);

// What a rule judges. Rules about what buyers and AWS see read the exported
// fields; what only the seller's draft holds (attestations, fulfilment,
// architecture) is judged in the draft and cannot be judged in a submitted file.
enum class Judges {
    Submission, // exported fields (names as in the change set)
    Draft, // draft-only fields (native pointers)
    SubmissionIfDraftSays // exported text, required by a draft-only answer
};

const char* toString(Judges judges);

struct RuleInfo {
    const char* id;
    Severity severity;
    const char* guideline;
    const char* description; // English; EngineText::noop marks it for translation
    const char* reads; // the fields it reads: change-set names, or native pointers for draft fields
    Judges judges;
    const char* entityType = nullptr; // the Catalog API entity it judges: ProfessionalServicesProduct@1.0, Offer@1.0
};

const std::vector<RuleInfo>& ruleCatalogue();

// nullptr for an id that is not registered.
const RuleInfo* findRule(std::string_view id);

// The catalogue as a Markdown document (docs/rules.md).
std::string ruleCatalogueMarkdown();

} // namespace proserv
