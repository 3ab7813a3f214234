// Customer information requirements (#proserv-guidelines-customer-info), and
// credentials, which must no more appear in a listing than payment data.
#include "validation/RuleSections.h"
#include "validation/SensitiveData.h"

#include <algorithm>

namespace proserv::rules {

namespace {

void checkNumbersAndKeys(const ScannedText& t, Reporter& out)
{
    const std::string& s = *t.text;
    for (const Detection& d : findCardNumbers(s))
        out.report("custinfo-card-number", t.pointer,
                   EngineText::tr("Remove the card number ending in %1: sellers may not collect or show payment card numbers.").arg(d.masked), d.range);
    for (const Detection& d : findIbans(s))
        out.report("custinfo-iban", t.pointer,
                   EngineText::tr("Remove the IBAN %1: customers pay through AWS Marketplace, never to a bank account.").arg(d.masked),
                   d.range);
    for (const Detection& d : findRoutingNumbers(s))
        out.report("custinfo-routing-number", t.pointer,
                   EngineText::tr("Remove the bank routing number %1: customers pay through AWS Marketplace, never by bank transfer.")
                       .arg(d.masked),
                   d.range);
    for (const Detection& d : findAwsAccessKeyIds(s))
        out.report("sec-aws-access-key", t.pointer,
                   EngineText::tr("Remove the AWS access key ID %1 and deactivate it: access keys must never be published.")
                       .arg(d.masked), d.range);
    for (const Detection& d : findAwsSecretKeys(s))
        out.report("sec-aws-secret-key", t.pointer,
                   EngineText::tr("Remove the AWS secret access key %1 and rotate it: secret keys must never be published.")
                       .arg(d.masked), d.range);
}

// "send us your card number", "provide your bank account details" — but not
// "we never ask for your card number".
void checkPaymentRequests(const ScannedText& t, Reporter& out)
{
    static const std::vector<std::string> kVerbs = {"send", "provide", "give", "email", "share", "enter", "submit",
                                                    "supply", "fax", "include", "need", "require", "requires",
                                                    "collect", "ask"};
    static const PhraseMatcher kPaymentData({"credit card", "debit card", "card number", "card details", "cvv", "cvc",
                                             "security code", "bank account", "account number", "routing number",
                                             "bank details", "banking details", "iban", "sort code", "swift code"});
    static const std::vector<std::string> kNegations = {"never", "not", "don", "won", "no", "without"};
    const auto& tokens = t.tokens;
    for (const PhraseMatcher::Match& m : kPaymentData.find(tokens)) {
        const std::size_t from = m.firstToken >= 8 ? m.firstToken - 8 : 0;
        bool verb = false, negated = false;
        for (std::size_t i = from; i < m.firstToken; ++i) {
            verb = verb || std::find(kVerbs.begin(), kVerbs.end(), tokens[i].lower) != kVerbs.end();
            negated = negated || std::find(kNegations.begin(), kNegations.end(), tokens[i].lower) != kNegations.end();
        }
        if (verb && !negated)
            out.report("custinfo-payment-request", t.pointer,
                       EngineText::tr("Do not ask customers for payment details (\"%1\"); AWS Marketplace collects all payments.")
                           .arg(t.text->substr(m.range.begin, m.range.end - m.range.begin)),
                       m.range);
    }
}

void checkOffPlatformBilling(const ScannedText& t, Reporter& out)
{
    static const PhraseMatcher kPhrases({"invoice you directly", "invoice us directly", "invoiced directly",
                                         "bill you directly", "billed directly", "pay us directly", "pay directly",
                                         "wire transfer", "bank transfer", "pay by wire", "paypal", "pay by check",
                                         "pay by cheque", "direct debit", "outside aws marketplace",
                                         "outside of aws marketplace"});
    for (const PhraseMatcher::Match& m : kPhrases.find(t.tokens))
        out.report("custinfo-off-platform-billing", t.pointer,
                   EngineText::tr("\"%1\" suggests billing outside AWS Marketplace; professional services are billed entirely "
                                  "through the listing's pricing dimensions.")
                       .arg(t.text->substr(m.range.begin, m.range.end - m.range.begin)),
                   m.range);

    // Prices belong in private offers, not in the listing text: "$5,000", "€ 900", "1200 USD".
    const std::string& s = *t.text;
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Currency signs: '$', or the UTF-8 lead bytes of '€' (E2 82 AC) and '£' (C2 A3).
        const unsigned char lead = static_cast<unsigned char>(s[i]);
        if (lead != '$' && lead != 0xE2 && lead != 0xC2)
            continue;
        const std::string_view rest = std::string_view(s).substr(i);
        const std::size_t signLength = lead == '$' ? 1 : rest.substr(0, 3) == "\xE2\x82\xAC" ? 3 : rest.substr(0, 2) == "\xC2\xA3" ? 2 : 0;
        if (signLength == 0)
            continue;
        std::size_t j = i + signLength;
        if (j < s.size() && s[j] == ' ')
            ++j;
        if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
            std::size_t end = j;
            while (end < s.size() && ((s[end] >= '0' && s[end] <= '9') || s[end] == ',' || s[end] == '.'))
                ++end;
            out.report("custinfo-off-platform-billing", t.pointer,
                       EngineText::tr("Remove the price \"%1\": prices are set in private offers for the pricing dimensions, not in "
                                      "the listing.")
                           .arg(s.substr(i, end - i)),
                       TextRange{i, end});
            i = end;
        }
    }
    const auto& tokens = t.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const std::string& unit = tokens[i + 1].lower;
        const bool amount = std::all_of(tokens[i].lower.begin(), tokens[i].lower.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (amount && (unit == "usd" || unit == "eur" || unit == "gbp" || unit == "dollars" || unit == "euros"))
            out.report("custinfo-off-platform-billing", t.pointer,
                       EngineText::tr("Remove the price \"%1\": prices are set in private offers, not in the listing.")
                           .arg(s.substr(tokens[i].begin, tokens[i + 1].end - tokens[i].begin)),
                       TextRange{tokens[i].begin, tokens[i + 1].end});
    }
}

} // namespace

void checkCustomerInfo(const Input& in, Reporter& out)
{
    for (const ScannedText& t : in.texts) {
        // Identifiers and URLs are not prose, but a key pasted into a URL is still a leak.
        checkNumbersAndKeys(t, out);
        if (!t.prose)
            continue;
        checkPaymentRequests(t, out);
        checkOffPlatformBilling(t, out);
    }

    const Attestations& a = in.listing.attestations;
    if (!a.billedThroughMarketplace)
        out.report("custinfo-attest-billing", "/attestations/billedThroughMarketplace",
                   EngineText::tr("Confirm that the service is billed entirely through the listed dimensions on AWS Marketplace."));
    if (!a.subscriberDataPerSellerTerms)
        out.report("custinfo-attest-subscriber-data", "/attestations/subscriberDataPerSellerTerms",
                   EngineText::tr("Confirm that you use subscriber information only as the Terms and Conditions for AWS "
                                  "Marketplace Sellers allow."));
}

} // namespace proserv::rules
