// Reads and writes one field of a listing by its JSON Pointer
// ("/pricing/dimensions/2/name"), through the same `fields()` lists that the
// native format uses. The editor's undo commands, form bindings and the
// problems list all address fields this way, so one mechanism serves every
// field, list and table.
#pragma once

#include "model/JsonFields.h"
#include "model/Listing.h"
#include "model/Offer.h"

#include <optional>
#include <string>

namespace proserv {

// The field's value as it would appear in the native document, or nothing
// when the pointer names no field of the listing.
std::optional<Json> getField(const Listing& listing, const std::string& pointer);

// Whether the pointer names a field of the listing, without copying its value
// (a list's pointer names a megabyte of items).
bool hasField(const Listing& listing, const std::string& pointer);

// Replaces the field's value. Returns false (and leaves the listing as it
// was) when the pointer names no field or the value has the wrong type.
bool setField(Listing& listing, const std::string& pointer, const Json& value);

// The same, reporting why a value does not fit; problems point below
// `reportAs` (the value's place in the file it came from).
bool setField(Listing& listing, const std::string& pointer, const Json& value, const std::string& reportAs,
    FieldProblems& problems);

// The same for a private offer's fields ("/pricing/prices/0/price").
std::optional<Json> getField(const OfferDraft& offer, const std::string& pointer);
bool setField(OfferDraft& offer, const std::string& pointer, const Json& value);

} // namespace proserv
