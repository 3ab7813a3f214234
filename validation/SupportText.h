// What the submitted support and overview texts say: a way to reach support,
// a statement of the level of support, pre- and post-purchase support. The
// usage rules judge the exported SupportDescription and LongDescription with
// these, because buyers never see the draft's structured support fields.
#pragma once

#include "validation/AnalyzedText.h"

#include <optional>
#include <string_view>
#include <vector>

namespace proserv {

// An email address, an http(s) or www. URL, or a phone number (7–15 digits,
// written with a leading +, in three or more groups, or after "phone"/"tel"/"call").
bool containsContactOption(std::string_view text);

// `tokens` are tokenize(text), shared with the other content rules.

// The sentences that name a time frame: a quantity with a unit ("within two
// business days", "in 48 hours", "48h", "the next business day", "within a
// day"), a weekday or "today"/"tomorrow", service hours ("business hours",
// "24x7", "24/7", "9:00-17:00", "weekdays"). "Have a nice day" names none.
// One flag per sentence index (Token::sentence).
std::vector<char> timeFrameSentences(std::string_view text, const std::vector<Token>& tokens);
bool statesTimeFrame(std::string_view text, const std::vector<Token>& tokens);

// One sentence pairs support (or a channel: email, phone, ticket) with a
// measure of it: a time frame, or a tier or SLA ("answers by email on
// business days", "premium support with a 1-hour SLA").
bool statesSupportLevel(std::string_view text, const std::vector<Token>& tokens);
// Per sentence: 1 where it states a level of support (as statesSupportLevel).
std::vector<char> supportLevelSentences(std::string_view text, const std::vector<Token>& tokens);

// Clear next steps: "next steps", "to get started", "first, …", "step 1", a
// numbered or bulleted list of steps, or a sentence that tells the reader
// what to do ("please sign in…", "deploy the role…"). A "1." in a version
// number ("v1.4", "1.12.2026") is no list.
bool statesNextSteps(const AnalyzedText& text);

// A promise of when something happens: "within 3 business days", "in two to
// three weeks", "within a fortnight", "next month". `businessDays` is the
// fewest business days it can mean (calendar days and plain hours may hold a
// weekend, so "within 3 days" can be 1), so only a promise that is late
// whatever the weekday is reported.
struct PromisedDelay {
    double businessDays = 0;
    TextRange range;
};
// The longest such promise in the text. `replies`: only promises of a reply,
// response or first contact ("answers tickets within a week"), not of a fix or
// a delivery ("fixes ship within two weeks").
std::optional<PromisedDelay> longestPromisedDelay(const std::vector<Token>& tokens, bool replies);

// Help before buying: "before you subscribe", "pre-sales", "prior to purchase".
bool describesPrePurchaseSupport(const AnalyzedText& text);

// Help after buying: "after the engagement, 30 days of support", "during
// delivery, your lead answers questions", "post-purchase".
bool describesPostPurchaseSupport(const AnalyzedText& text);

} // namespace proserv
