// The rule engine's entry point for private offers: a pure function from an
// offer (and, when at hand, the product it sells) to findings.
#pragma once

#include "model/Listing.h"
#include "model/Offer.h"
#include "validation/Finding.h"

#include <string>
#include <vector>

namespace proserv {

struct OfferContext {
    // The date the rules that read one judge against (YYYY-MM-DD, UTC):
    // proserv-check --today, the editor's current date. A check is
    // reproducible because nothing here reads a clock.
    std::string today;
    // The product the offer sells, when at hand (proserv-check --product, or
    // the offer's listing file in the editor): its dimensions win over the
    // copy stored in the offer. Not owned.
    const Listing* product = nullptr;
    std::string productSource; // where it came from, for messages ("listing.proserv.json")
};

// Findings in the order of the offer's sections.
std::vector<Finding> validateOffer(const OfferDraft& offer, const OfferContext& context);

// The offer's total in its currency (the sum of upfront prices, or of the
// scheduled payments), for the buyer's view and the approval warning;
// nothing while an amount is not a decimal.
std::optional<double> offerTotal(const PrivateOffer& offer);

} // namespace proserv
