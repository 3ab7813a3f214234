// `proserv-check diff OLD NEW`: what changed between two versions of a
// listing and which findings appeared or disappeared, as text or JSON.
#pragma once

#include "model/ListingDiff.h"
#include "validation/Validator.h"

#include <string>
#include <vector>

namespace proserv {

// Each change names its field as people do ("Highlights, item 3"), then its
// pointer in brackets for tools; `before` and `after` (the two versions' native
// JSON) add the rows' own names ("Pricing dimension 2 (mra-enterprise)").
std::string formatDiffText(const std::vector<FieldChange>& changes, const FindingDiff& findings,
    const Json* before = nullptr, const Json* after = nullptr);
std::string formatDiffJson(const std::vector<FieldChange>& changes, const FindingDiff& findings);

} // namespace proserv
