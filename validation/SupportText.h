// What the submitted support and overview texts say: a way to reach support,
// a statement of the level of support, pre- and post-purchase support. The
// usage rules judge the exported SupportDescription and LongDescription with
// these, because buyers never see the draft's structured support fields.
#pragma once

#include "validation/TextTools.h"

#include <string_view>
#include <vector>

namespace proserv {

// An email address, an http(s) or www. URL, or a phone number (7–15 digits,
// written with a leading +, in three or more groups, or after "phone"/"tel"/"call").
bool containsContactOption(std::string_view text);

// `tokens` are tokenize(text), shared with the other content rules.

// One sentence pairs support with a measure of it: hours, days, response
// times, tiers, named contacts ("answers by email on business days").
bool statesSupportLevel(std::string_view text, const std::vector<Token>& tokens);

// Help before buying: "before you subscribe", "pre-sales", "prior to purchase".
bool describesPrePurchaseSupport(std::string_view text, const std::vector<Token>& tokens);

// Help after buying: "after the engagement, 30 days of support", "during
// delivery, your lead answers questions", "post-purchase".
bool describesPostPurchaseSupport(std::string_view text, const std::vector<Token>& tokens);

} // namespace proserv
