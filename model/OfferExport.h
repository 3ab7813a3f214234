// Turns an offer draft into a StartChangeSet request of its own (offers are
// never mixed into the product's change set), usable as
//   aws marketplace-catalog start-change-set --cli-input-json file://FILE
// Change types and members: ../shared/reference/ps-private-offers.md §2–§3.
#pragma once

#include "model/Offer.h"

#include <string>

namespace proserv {

inline constexpr const char* kCreateOfferChangeName = "CreateOfferChange";

// The request: CreateOffer (for a new offer) and one Update… change per part
// of the offer the draft fills in, each linked to the new offer by
// $CreateOfferChange.Entity.Identifier (or naming the offer ID), and
// ReleaseOffer only when the draft says "release now".
Json exportOfferChangeSet(const OfferDraft& offer);

// The exact bytes of an exported offer: 2-space indent, final newline.
std::string serializeOfferChangeSet(const OfferDraft& offer);

// The change set's name: the draft's, else "Create offer " and the offer's name.
std::string offerChangeSetName(const OfferDraft& offer);

// The agreement's pricing terms as AWS reads them: upfront offers are a
// ConfigurableUpfrontPricingTerm with one rate card for the agreement's
// duration; installment offers a zero-priced FixedUpfrontPricingTerm that
// grants the dimensions (its payments go in UpdatePaymentScheduleTerms).
Json offerPricingTerms(const OfferDraft& offer);

} // namespace proserv
