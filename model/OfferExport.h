// Turns an offer draft into a StartChangeSet request of its own (offers are
// never mixed into the product's change set), usable as
//   aws marketplace-catalog start-change-set --cli-input-json file://FILE
// Change types and members: ../shared/reference/ps-private-offers.md §2–§3.
#pragma once

#include "model/Offer.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace proserv {

inline constexpr const char* kCreateOfferChangeName = "CreateOfferChange";

// The request: CreateOffer (for a new offer) and one Update… change per part
// of the offer the draft fills in, each linked to the new offer by
// $CreateOfferChange.Entity.Identifier (or naming the offer ID), and
// ReleaseOffer only when the draft says "release now".
Json exportOfferChangeSet(const OfferDraft& offer);

// The exact bytes of an exported offer: 2-space indent, final newline.
std::string serializeOfferChangeSet(const OfferDraft& offer);

// Which change type carries each part of the offer (a field or a group,
// by native pointer): the one table the exporter and the rules read.
struct OfferPart {
    const char* pointer;
    const char* changeType;
};
const std::vector<OfferPart>& offerParts();
// The change type that carries the field at `pointer`; "" for none.
std::string changeTypeOfOfferField(const std::string& pointer);

// An update of an offer AWS already holds (its offer ID known): read from a
// DescribeEntity response, it sends the change types of the parts edited
// since; read from a change set that sends some of its parts (an expiry
// date, new targeting), those it held and those edited since. ReleaseOffer
// when "release now" is set and the offer is not released already. Nothing
// for a new offer or a whole one: every part is sent. An empty set: nothing
// to send.
std::optional<std::set<std::string>> offerChangeTypesSent(const OfferDraft& offer);

// The change set's name: the draft's, else "Create offer " and the offer's name.
std::string offerChangeSetName(const OfferDraft& offer);

// The agreement's pricing terms as AWS reads them: upfront offers are a
// ConfigurableUpfrontPricingTerm with one rate card for the agreement's
// duration; installment offers a zero-priced FixedUpfrontPricingTerm that
// grants the dimensions (its payments go in UpdatePaymentScheduleTerms).
Json offerPricingTerms(const OfferDraft& offer);

} // namespace proserv
