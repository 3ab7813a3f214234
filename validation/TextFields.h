// Every free-text field of a listing with its JSON Pointer, in form order,
// found by walking the model's own field lists (so a field added to the model
// is scanned by the content rules without touching them).
#pragma once

#include "model/FieldSpecs.h"
#include "model/Listing.h"

#include <functional>
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

// Every JSON Pointer of the native document in form order, containers before
// their children; used to sort findings the way the form shows fields.
// With `itemsWanted`, a list's items are walked only when their pointer is
// a key of it: the order of the pointers listed is the same, and sorting a
// few findings of a listing with 80,000 dimensions walks only their rows.
// Each pointer is handed to `onPointer` as the walk reaches it (none is kept:
// a listing of 80,000 dimensions has half a million).
void forEachPointerInOrder(const ProductListing& product, const std::function<void(const std::string&)>& onPointer,
    const std::unordered_map<std::string, std::size_t>* itemsWanted = nullptr);

} // namespace proserv
