// Billing outside AWS Marketplace as sellers write it: not a fixed phrase but
// a clause — a billing predicate ("invoiced", "payable", "wired", "settled",
// "abgerechnet", "facturés", "cobramos", "faturadas", 請求) whose payee or
// channel is the seller or lies outside AWS ("to us", "our bank", "directly",
// "separately", "on receipt", "auprès de notre société", 弊社), in a sentence
// that names no AWS Marketplace channel ("through AWS Marketplace", "your
// private offer", "included in the price") and is not negated. A billing word
// that names the customer's own system ("your billing system", "the payment
// gateway we tune") is the workload, not the seller's billing.
#pragma once

#include "validation/AnalyzedText.h"

#include <vector>

namespace proserv {

// The predicate of each sentence that bills outside AWS Marketplace, at most one per sentence.
std::vector<PhraseMatch> offPlatformBillingClauses(const AnalyzedText& text);

} // namespace proserv
