// The JSON Schema (draft 2020-12) of the native document, generated from the
// same `fields()` lists that read and write it, so it cannot drift from the
// code. docs/schema/proserv-listing.schema.json is this output; a test fails
// when the two differ.
#pragma once

#include "model/Listing.h"
#include "model/Offer.h"

namespace proserv {

Json nativeJsonSchema();
// The same for a private offer (*.offer.json, model/Offer.h).
Json offerJsonSchema();

} // namespace proserv
