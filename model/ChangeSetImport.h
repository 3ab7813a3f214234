// Reads submitted files back into a listing: StartChangeSet requests (with
// `DetailsDocument` or stringified `Details`, `ChangeSet` or `changeSet`) and
// DescribeEntity responses. What these formats cannot carry (support
// contacts, attestations, architecture...) stays empty: nothing is invented.
#pragma once

#include "model/JsonFields.h"
#include "model/Listing.h"

#include <optional>
#include <set>
#include <vector>

namespace proserv {

bool looksLikeChangeSet(const Json& document);
bool looksLikeDescribeEntity(const Json& document);

// `notices` gets what was read but not kept (a ClientRequestToken).
std::optional<Listing> listingFromChangeSet(
    const Json& document, FieldProblems& problems, FieldProblems* notices = nullptr);
std::optional<Listing> listingFromDescribeEntity(const Json& document, FieldProblems& problems);

// The entity type a change as written names (its Entity.Type), or "" when it
// names none as a string.
std::string entityTypeOf(const Json& change);

// A change's details, from DetailsDocument or its Details string (read like a
// file: nesting depth and duplicate keys checked, each problem named at
// `pointer`); an empty object when it has neither.
std::optional<Json> changeDetails(const Json& change, const std::string& pointer, FieldProblems& problems);

// A change has the shape AWS's API takes (ChangeType, Entity {Type,
// Identifier}, EntityTags, ChangeName, Details or DetailsDocument — not
// both), and a "$Name.Entity.Identifier" names one of `earlierNames`.
bool isWellFormedChange(
    const Json& change, const std::string& pointer, const std::set<std::string>& earlierNames, FieldProblems& problems);

} // namespace proserv
