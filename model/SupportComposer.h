// Writes the draft's structured support fields (contacts, level of support,
// pre- and post-purchase support) as support-description text, the one
// support field AWS Marketplace receives. The seller asks for it (Compose
// from support details) and sees the result; nothing calls it silently.
#pragma once

#include "model/Listing.h"

#include <string>

namespace proserv {

// Paragraphs from the filled-in fields, in listing English; "" when none is filled in.
std::string composeSupportDescription(const SupportInfo& support);

} // namespace proserv
