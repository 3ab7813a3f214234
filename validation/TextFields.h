// Every free-text field of a listing with its JSON Pointer, in form order,
// found by walking the model's own field lists (so a field added to the model
// is scanned by the content rules without touching them).
#pragma once

#include "model/FieldSpecs.h"
#include "model/Listing.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace proserv {

struct TextField {
    std::string pointer;
    const std::string* text; // points into the listing; valid while it lives
    // Identifiers, URLs and enum-like values (productId, logo and resource
    // URLs, dimension key/unit/types, account and product IDs) are not prose:
    // the content scanners (secrets, payment data, offensive words,
    // placeholders) read them, the wording rules do not.
    bool prose;
    // Its row of the field table's text limits (model/FieldSpecs.h), or null:
    // the walk knows the field's pattern, so no rule derives it again.
    const TextFieldSpec* spec = nullptr;
    // The index of the innermost list item the field is in ("/pricing/dimensions/7/unit" → 7).
    std::size_t item = kNoItem;
    static constexpr std::size_t kNoItem = static_cast<std::size_t>(-1);
};

// Every string of the listing but the local logo path (a file name on the
// seller's disk, never submitted).
std::vector<TextField> collectTextFields(const ProductListing& product);

// Every field of the native document as a pattern ("/pricing/dimensions/*/name",
// a list's items are one "*"), with its position in form order: containers
// before their children, a struct's fields in the order the form shows them.
// What findings are sorted by: a pointer's place follows from its tokens.
const std::unordered_map<std::string, std::size_t>& formOrderOfPatterns();

} // namespace proserv
