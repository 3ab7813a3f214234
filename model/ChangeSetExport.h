// Turns a listing into a Catalog API StartChangeSet request for entity type
// ProfessionalServicesProduct@1.0, usable as
//   aws marketplace-catalog start-change-set --cli-input-json file://FILE
// Field names and limits: ../shared/reference/catalog-api-notes.md §2 and §4.
#pragma once

#include "model/Listing.h"

#include <string>

namespace proserv {

inline constexpr const char* kCatalogName = "AWSMarketplace";
inline constexpr const char* kEntityType = ProductListing::kEntityType;
inline constexpr const char* kCreateChangeName = "CreateProductChange";

struct ExportOptions {
    // Older AWS CLIs only know the stringified `Details` member. The API's
    // pattern for `Details` admits only objects, so AddDimensions (an array)
    // keeps `DetailsDocument` in this form too.
    bool stringifiedDetails = false;
    // Related products go out as UpdateInformation's AssociatedProducts, as
    // AWS's ProfessionalServicesProduct@1.0 shapes have it. The shapes come
    // from an unmerged pull request (catalog-api-notes.md §13), so
    // `proserv-check export --no-associated-products` can leave them out.
    bool associatedProducts = true;
    // A draft that remembers the accepted version of its product
    // (Listing::accepted) is exported as an update against it: only what
    // changed. `fullListing` sends every field instead, as for a new product.
    bool fullListing = false;
};

// The StartChangeSet request. For an update against the accepted version,
// its ChangeSet is empty when nothing changed (isEmptyUpdate()).
Json exportChangeSet(const Listing& listing, const ExportOptions& options = {});

// True when the listing is exported as an update against its accepted version.
bool exportsAsUpdate(const Listing& listing, const ExportOptions& options = {});

// An exported request that would change nothing.
bool isEmptyUpdate(const Json& request);

// The exact bytes of an exported file: 2-space indent, final newline.
std::string serializeChangeSet(const Listing& listing, const ExportOptions& options = {});
// The same bytes for a request already exported (so callers that inspect it export once).
std::string serializeRequest(const Json& request);

// A ChangeSetName the API accepts (≤ 100 of [\w\s+=.:@-]) derived from the title.
std::string changeSetNameFor(const Listing& listing);
// `prefix` and the characters of `title` the pattern admits, cut to the limit.
std::string changeSetNameFrom(std::string prefix, const std::string& title);
inline constexpr std::size_t kMaxChangeSetNameLength = 100;
// One character of that pattern (ASCII letters and digits, _ space + = . : @ -).
bool isChangeSetNameCharacter(char c);

} // namespace proserv
