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

// A change's details: its DetailsDocument read where it stands (a change of
// 80,000 dimensions is not copied to be read), or its Details string parsed
// and held here. Empty (false) when the string is no JSON.
class ChangeDetails {
public:
    ChangeDetails() = default;
    static ChangeDetails of(const Json& document) { return ChangeDetails(&document, std::nullopt); }
    static ChangeDetails parsed(std::optional<Json> parsed) { return ChangeDetails(nullptr, std::move(parsed)); }

    explicit operator bool() const { return get() != nullptr; }
    const Json& operator*() const { return *get(); }
    const Json* operator->() const { return get(); }

private:
    ChangeDetails(const Json* document, std::optional<Json> parsed) : m_document(document), m_parsed(std::move(parsed))
    {
    }
    const Json* get() const { return m_parsed ? &*m_parsed : m_document; }
    const Json* m_document = nullptr; // not owned: the change's DetailsDocument
    std::optional<Json> m_parsed; // a Details string's JSON
};

// A change's details, from DetailsDocument or its Details string (read like a
// file: nesting depth and duplicate keys checked, each problem named at
// `pointer`); an empty object when it has neither. Reads `change`: it must
// outlive the result.
ChangeDetails changeDetails(const Json& change, const std::string& pointer, FieldProblems& problems);

// A change has the shape AWS's API takes (ChangeType, Entity {Type,
// Identifier}, EntityTags, ChangeName, Details or DetailsDocument — not
// both), and a "$Name.Entity.Identifier" names one of `earlierNames`.
bool isWellFormedChange(
    const Json& change, const std::string& pointer, const std::set<std::string>& earlierNames, FieldProblems& problems);

} // namespace proserv
