// The native document (*.proserv.json): the whole listing, unknown keys
// included, written with stable key order and 2-space indentation so that
// saved files diff well in version control.
#pragma once

#include "model/JsonFields.h"
#include "model/Listing.h"

#include <optional>
#include <string>
#include <vector>

namespace proserv {

inline constexpr const char* kNativeFileSuffix = ".proserv.json";

Json toNativeJson(const Listing& listing);

// The exact bytes of a saved document: UTF-8, 2-space indent, final newline.
std::string serializeNative(const Listing& listing);

// Reads a parsed native document. Returns nothing and fills `problems` when a
// field has the wrong type or the format version is not one we can read.
std::optional<Listing> listingFromNativeJson(const Json& document, FieldProblems& problems);

} // namespace proserv
