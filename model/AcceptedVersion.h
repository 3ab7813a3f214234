// The accepted version of a live product, and the listing it stands for.
// A draft keeps it (read from a DescribeEntity response, or given as a
// baseline) so that an export sends only what changed.
#pragma once

#include "model/Listing.h"

#include <string>

namespace proserv {

// The submitted fields of `listing`, as the version AWS Marketplace holds.
AcceptedVersion acceptedVersionOf(const Listing& listing, const std::string& source = {});

// A listing holding exactly the accepted version's fields, for comparing
// field by field with the draft.
Listing listingOf(const AcceptedVersion& accepted);

} // namespace proserv
