// Reads submitted offer files into an offer draft: StartChangeSet requests
// whose changes are for Offer@1.0 (DetailsDocument or a Details string, for
// a new offer or one AWS holds) and Offer@1.0 DescribeEntity responses.
// What the draft does not model is kept: the request as read (exported back
// byte for byte while the offer is unchanged) and, once edited, the changes
// this version does not write itself.
#pragma once

#include "model/JsonFields.h"
#include "model/Offer.h"

#include <optional>

namespace proserv {

// A change set for an offer: its changes name Offer@1.0 and none names the
// product (a mixed change set opens as a listing that keeps the offer's changes).
bool isOfferChangeSet(const Json& document);
// A DescribeEntity response (or bare entity) of an Offer@1.0.
bool isOfferDescribeEntity(const Json& document);

// `notices` gets what was read but not kept (a ClientRequestToken).
std::optional<OfferDraft> offerFromChangeSet(
    const Json& document, FieldProblems& problems, FieldProblems* notices = nullptr);
// The offer part of a change set that also changes other entities: the
// Offer@1.0 changes only (what File ▸ Open Offer Part reads).
std::optional<OfferDraft> offerPartOfChangeSet(const Json& document, FieldProblems& problems);
std::optional<OfferDraft> offerFromDescribeEntity(const Json& document, FieldProblems& problems);

} // namespace proserv
