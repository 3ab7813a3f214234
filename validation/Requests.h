// Finds the sentences that ask the customer to hand something over ("send us
// your card number", "we need your root password", "you will need to share
// administrator credentials") as opposed to the many that only mention it
// ("we never ask for your card number", "we help you rotate access keys",
// "we integrate your checkout with Stripe"). Shared by the payment-data and
// credential rules so both read a request the same way.
#pragma once

#include "validation/PhraseBook.h"

#include <vector>

namespace proserv {

// Of `mentions` (matches of the things a rule protects, in token order), the
// first one in each sentence that the sentence asks for: a request verb
// (send, provide, share, need, require, ask for…) comes before it in the same
// sentence, addressed to the reader (a "your", "us", "a"… between them, or a
// "please", "must", "need to" before the verb, or the verb opening the
// sentence), and no negation comes before it in that sentence. One per
// sentence: "your card number, expiry date and CVV" is one request.
// `requestMarkers`: the text's polite request markers in other languages
// (Phrases::RequestMarkers), which make any mention in their sentence a request.
std::vector<PhraseMatch> requestedMentions(const std::vector<Token>& tokens, const std::vector<PhraseMatch>& mentions,
    const std::vector<PhraseMatch>& requestMarkers);

// Japanese has no spaces between words: a sentence (one token here) that
// names one of `nouns` and asks for it (…をお知らせください, …をお送りください).
std::vector<PhraseMatch> japaneseRequests(const std::vector<Token>& tokens, std::initializer_list<std::string_view> nouns);

} // namespace proserv
