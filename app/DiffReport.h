// `proserv-check diff OLD NEW`: what changed between two versions of a
// listing and which findings appeared or disappeared, as text or JSON.
#pragma once

#include "model/ListingDiff.h"
#include "validation/Validator.h"

#include <string>
#include <vector>

namespace proserv {

std::string formatDiffText(const std::vector<FieldChange>& changes, const FindingDiff& findings);
std::string formatDiffJson(const std::vector<FieldChange>& changes, const FindingDiff& findings);

} // namespace proserv
