// Customer information requirements (#proserv-guidelines-customer-info), and
// credentials, which must no more appear in a listing than payment data.
#include "model/FieldPointers.h"
#include "validation/BillingClauses.h"
#include "validation/Requests.h"
#include "validation/RuleSections.h"
#include "validation/SensitiveData.h"

#include <algorithm>

namespace proserv::rules {

void checkNumbersAndKeys(const AnalyzedText& t, Reporter& out)
{
    const std::string& s = *t.text;
    if (!t.chars.sensitiveCandidates)
        return;
    const SensitiveScan scan(s); // read once for the five detectors
    for (const Detection& d : scan.cardNumbers()) {
        if (d.wellKnownTest)
            out.report("custinfo-test-card-number", t.pointer,
                EngineText::tr("The card number ending in %1 is a well-known test number, not a real card; still, "
                               "a listing must not show card numbers: remove it or describe the test without it.")
                    .arg(d.masked),
                d.range);
        else
            out.report("custinfo-card-number", t.pointer,
                EngineText::tr(
                    "Remove the card number ending in %1: sellers may not collect or show payment card numbers.")
                    .arg(d.masked),
                d.range);
    }
    for (const Detection& d : scan.ibans())
        out.report("custinfo-iban", t.pointer,
            EngineText::tr("Remove the IBAN %1: customers pay through AWS Marketplace, never to a bank account.")
                .arg(d.masked),
            d.range);
    // Nine digits pass the ABA checksum one time in ten: only with banking words in the sentence.
    static const WordSet kBanking = {
        "routing", "aba", "rtn", "ach", "wire", "wires", "bank", "banking", "transit", "fedwire", "remit", "transfer"};
    for (const Detection& d : scan.routingNumbers())
        if (sentenceHasAny(t.tokens, tokenAtOffset(t.tokens, d.range.begin), kBanking))
            out.report("custinfo-routing-number", t.pointer,
                EngineText::tr(
                    "Remove the bank routing number %1: customers pay through AWS Marketplace, never by bank transfer.")
                    .arg(d.masked),
                d.range);
    for (const Detection& d : scan.awsAccessKeyIds())
        out.report("sec-aws-access-key", t.pointer,
            EngineText::tr("Remove the AWS access key ID %1 and deactivate it: access keys must never be published.")
                .arg(d.masked),
            d.range);
    for (const Detection& d : scan.awsSecretKeys())
        out.report("sec-aws-secret-key", t.pointer,
            EngineText::tr("Remove the AWS secret access key %1 and rotate it: secret keys must never be published.")
                .arg(d.masked),
            d.range);
}

namespace {

// Payment data. "account number", "security code", "Swift code" and "sort
// code" are payment data only in a sentence about banks or cards ("your AWS
// account number", "a security code review", "your Swift code" are not).
std::vector<PhraseMatch> paymentDataMentions(const AnalyzedText& t)
{
    static const WordSet kContext
        = {"bank", "banking", "card", "cards", "wire", "routing", "iban", "payment", "debit", "credit", "cvv"};
    std::vector<PhraseMatch> mentions;
    const std::vector<PhraseMatch>& ambiguous = t.matches(Phrases::PaymentDataNeedsContext);
    for (const PhraseMatch& m : t.matches(Phrases::PaymentData)) {
        const bool needsContext = std::any_of(ambiguous.begin(), ambiguous.end(),
            [&](const PhraseMatch& a) { return a.firstToken == m.firstToken && a.lastToken == m.lastToken; });
        if (!needsContext || sentenceHasAny(t.tokens, m.firstToken, kContext))
            mentions.push_back(m);
    }
    return mentions;
}

// "send us your card number", "we need your IBAN" — but not "we never ask for
// your card number" or "we help you tokenize card numbers".
void checkPaymentRequests(const AnalyzedText& t, Reporter& out)
{
    std::vector<PhraseMatch> requests
        = requestedMentions(t.tokens, paymentDataMentions(t), t.matches(Phrases::RequestMarkers));
    if (!t.chars.printableAscii) // Japanese needs bytes above ASCII
        for (const PhraseMatch& m :
            japaneseRequests(t.tokens, {"クレジットカード", "カード情報", "口座情報", "口座番号"}))
            requests.push_back(m);
    for (const PhraseMatch& m : requests)
        out.report("custinfo-payment-request", t.pointer,
            EngineText::tr("Do not ask customers for payment details (\"%1\"); AWS Marketplace collects all payments. "
                           "Describing a payments service, or saying you never ask, is fine.")
                .arg(t.quote(m.range)),
            m.range);
}

// "send us the access key of an IAM user", "share your root password".
void checkCredentialRequests(const AnalyzedText& t, Reporter& out)
{
    std::vector<PhraseMatch> requests
        = requestedMentions(t.tokens, t.matches(Phrases::Credentials), t.matches(Phrases::RequestMarkers));
    if (!t.chars.printableAscii) // Japanese needs bytes above ASCII
        for (const PhraseMatch& m :
            japaneseRequests(t.tokens, {"パスワード", "認証情報", "アクセスキー", "ワンタイム"}))
            requests.push_back(m);
    for (const PhraseMatch& m : requests)
        out.report("sec-credential-request", t.pointer,
            EngineText::tr("Do not ask customers for credentials (\"%1\"): they give access through an IAM role "
                           "they create and can revoke (AWS STS role assumption). Saying you never ask is fine.")
                .arg(t.quote(m.range)),
            m.range);
}

bool followedByMarketplace(const std::vector<Token>& tokens, const PhraseMatch& m)
{
    // "billed directly through AWS Marketplace", "pay directly on your AWS bill"
    const std::size_t end = std::min(sentenceEnd(tokens, m.firstToken), m.lastToken + 7);
    for (std::size_t k = m.lastToken + 1; k < end; ++k)
        if (tokens[k].lower == "marketplace"
            || (tokens[k].lower == "aws" && k + 1 < end
                && (tokens[k + 1].lower == "bill" || tokens[k + 1].lower == "invoice")))
            return true;
    return false;
}

bool sentenceTalksAboutPaying(const std::vector<Token>& tokens, std::size_t i)
{
    static const WordSet kPaying = {"pay", "pays", "paid", "paying", "payable", "payment", "payments", "settle",
        "settled", "invoice", "invoiced", "invoices", "invoicing", "bill", "billed", "billing", "charged", "charge",
        "charges", "remit", "accept", "accepts", "accepted", "refund", "refunds", "refunded", "fee", "fees", "deposit"};
    static const WordSet kWallets = {"apple", "google", "amazon", "samsung"};
    const std::size_t begin = std::max(sentenceBegin(tokens, i), i > kContextWindow ? i - kContextWindow : 0);
    const std::size_t end = std::min(sentenceEnd(tokens, i), i + kContextWindow + 1);
    for (std::size_t k = begin; k < end; ++k) {
        const bool wallet = tokens[k].lower == "pay" && k > 0 && kWallets.contains(tokens[k - 1].lower);
        if (!wallet && kPaying.contains(tokens[k].lower))
            return true;
    }
    return false;
}

// Phrases that are billing by themselves (Phrases::OffPlatformBilling), and
// payment methods that are billing only in a sentence about paying
// (Phrases::PaymentMethods: "we design wire transfer processing for a bank"
// is a service, "travel is paid by wire transfer" is not).
void checkOffPlatformBilling(const AnalyzedText& t, Reporter& out)
{
    const auto& tokens = t.tokens;
    std::vector<PhraseMatch> matches = t.matches(Phrases::OffPlatformBilling);
    for (const PhraseMatch& m : t.matches(Phrases::PaymentMethods))
        if (sentenceTalksAboutPaying(tokens, m.firstToken))
            matches.push_back(m);
    // Billing as a clause: a predicate that moves money to the seller or
    // outside AWS, in a sentence no phrase above names (the phrase is the clearer quote).
    std::vector<std::size_t> quotedSentences;
    for (const PhraseMatch& m : matches)
        quotedSentences.push_back(tokens[m.firstToken].sentence);
    std::sort(quotedSentences.begin(), quotedSentences.end());
    for (const PhraseMatch& m : offPlatformBillingClauses(t))
        if (!std::binary_search(quotedSentences.begin(), quotedSentences.end(), tokens[m.firstToken].sentence))
            matches.push_back(m);
    std::sort(matches.begin(), matches.end(),
        [](const PhraseMatch& a, const PhraseMatch& b) { return a.firstToken < b.firstToken; });
    std::size_t lastSentence = static_cast<std::size_t>(-1);
    for (const PhraseMatch& m : matches) {
        if (tokens[m.firstToken].sentence == lastSentence || negatedBefore(tokens, m.firstToken)
            || followedByMarketplace(tokens, m))
            continue;
        lastSentence = tokens[m.firstToken].sentence; // one finding per sentence
        out.report("custinfo-off-platform-billing", t.pointer,
            EngineText::tr("\"%1\" suggests billing outside AWS Marketplace; professional services are billed entirely "
                           "through the listing's pricing dimensions. Saying that you bill through AWS Marketplace "
                           "is fine.")
                .arg(t.quote(m.range)),
            m.range);
    }
}

// Money in a sentence about savings, spend or company size is not a price:
// "saved $80,000 a year", "$12M in annual recurring revenue".
bool isBusinessFigure(const std::vector<Token>& tokens, std::size_t amountToken, std::string_view after)
{
    static const WordSet kNotPrices = {"save", "saved", "saves", "saving", "savings", "reduce", "reduced", "reduces",
        "reducing", "reduction", "cut", "cuts", "cutting", "avoid", "avoided", "recover", "recovered", "revenue",
        "revenues", "arr", "mrr", "spend", "spending", "spent", "budget", "budgets", "worth", "turnover", "funding",
        "raised", "valuation", "overpaid", "overspend", "overspent", "loss", "losses", "fines", "penalty", "penalties",
        "roi", "lowered", "slashed", "freed", "frees", "trimmed", "waste", "wasted", "million", "billion", "trillion"};
    std::size_t k = 0;
    while (k < after.size() && after[k] == ' ')
        ++k;
    std::size_t letters = k;
    while (letters < after.size()
        && ((after[letters] >= 'a' && after[letters] <= 'z') || (after[letters] >= 'A' && after[letters] <= 'Z')))
        ++letters;
    const std::string_view word = after.substr(k, letters - k);
    const bool magnitude = word == "M" || word == "MM" || word == "B" || word == "bn" || word == "mn";
    return magnitude || sentenceHasAny(tokens, amountToken, kNotPrices);
}

// Prices belong in private offers, not in the listing text: "$5,000", "€ 900", "1200 USD".
void checkPrices(const AnalyzedText& t, Reporter& out)
{
    if (!t.chars.digits) // every price below has a digit
        return;
    const std::string& s = *t.text;
    auto report = [&](std::size_t begin, std::size_t end) {
        out.report("custinfo-off-platform-billing", t.pointer,
            EngineText::tr("Remove the price \"%1\": prices are set in private offers for the pricing dimensions, not "
                           "in the listing. Figures that are not prices, such as what a customer saved, are fine.")
                .arg(s.substr(begin, end - begin)),
            TextRange {begin, end});
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Currency signs: '$', or the UTF-8 lead bytes of '€' (E2 82 AC) and '£' (C2 A3).
        const unsigned char lead = static_cast<unsigned char>(s[i]);
        if (lead != '$' && lead != 0xE2 && lead != 0xC2)
            continue;
        const std::string_view rest = std::string_view(s).substr(i);
        const std::size_t signLength = lead == '$' ? 1
            : rest.substr(0, 3) == "\xE2\x82\xAC"  ? 3
            : rest.substr(0, 2) == "\xC2\xA3"      ? 2
                                                   : 0;
        if (signLength == 0)
            continue;
        std::size_t j = i + signLength;
        if (j < s.size() && s[j] == ' ')
            ++j;
        if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
            std::size_t end = j;
            while (end < s.size() && ((s[end] >= '0' && s[end] <= '9') || s[end] == ',' || s[end] == '.'))
                ++end;
            if (!isBusinessFigure(t.tokens, tokenAtOffset(t.tokens, j), std::string_view(s).substr(end)))
                report(i, end);
            i = end;
        }
    }
    // "9000 USD", "USD 45,000", "450 euros"
    const auto& tokens = t.tokens;
    auto isAmount = [](const Token& token) {
        return std::all_of(token.lower.begin(), token.lower.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    static const WordSet kCurrencies
        = {"usd", "eur", "gbp", "dollars", "euros", "aud", "cad", "chf", "jpy", "inr", "pounds"};
    auto isCurrency = [](const std::string& w) { return kCurrencies.contains(w); };
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i + 1].sentence != tokens[i].sentence)
            continue;
        const bool codeAfter
            = isAmount(tokens[i]) && isCurrency(tokens[i + 1].lower) && tokens[i + 1].lower != "pounds";
        const bool codeBefore = tokens[i].lower.size() == 3 && isCurrency(tokens[i].lower) && isAmount(tokens[i + 1])
            && tokens[i + 1].begin - tokens[i].end <= 1;
        if (!codeAfter && !codeBefore)
            continue;
        std::size_t end = tokens[i + 1].end;
        while (codeBefore && end < s.size()
            && ((s[end] >= '0' && s[end] <= '9')
                || ((s[end] == ',' || s[end] == '.') && end + 1 < s.size() && s[end + 1] >= '0' && s[end + 1] <= '9')))
            ++end;
        if (!isBusinessFigure(tokens, i, std::string_view(s).substr(end)))
            report(tokens[i].begin, end);
    }
}

} // namespace

void checkCustomerInfoText(const AnalyzedText& t, Reporter& out)
{
    checkPaymentRequests(t, out);
    checkCredentialRequests(t, out);
    checkOffPlatformBilling(t, out);
    checkPrices(t, out);
}

void checkCustomerInfo(const Input& in, Reporter& out)
{
    const Attestations& a = in.product.attestations;
    if (!a.billedThroughMarketplace)
        out.report("custinfo-attest-billing", field::attestationsBilledThroughMarketplace,
            EngineText::tr(
                "Confirm that the service is billed entirely through the listed dimensions on AWS Marketplace."));
    if (!a.subscriberDataPerSellerTerms)
        out.report("custinfo-attest-subscriber-data", field::attestationsSubscriberDataPerSellerTerms,
            EngineText::tr("Confirm that you use subscriber information only as the Terms and Conditions for AWS "
                           "Marketplace Sellers allow."));
}

} // namespace proserv::rules

// The phrase lists the rules above read (PhraseBook.h).
namespace proserv {

// Subscriber information used beyond the seller terms: the subscribers'
// contact data put to the seller's own marketing ("added to our newsletter",
// "we may contact you about our other products") or handed to others ("shared
// with our partners", "sold to sponsors"). The customer's own marketing data
// ("we help your marketing team segment newsletter subscribers") is the workload.
void rules::checkSubscriberDataUse(const AnalyzedText& t, Reporter& out)
{
    static const WordSet kOwnMarketing = {"newsletter", "newsletters", "marketing", "promotions", "promotional",
        "campaigns", "campaign", "announcements", "products", "events", "mailing", "offers", "webinars"};
    static const WordSet kHandOn = {"sold", "sell", "sells", "passed", "share", "shares", "shared", "rent", "rented"};
    static const WordSet kOthers
        = {"partners", "partner", "resellers", "reseller", "sponsors", "sponsor", "advertisers", "affiliates", "third"};
    const std::vector<Token>& tokens = t.tokens;
    std::size_t doneSentence = static_cast<std::size_t>(-1);
    // Only the sentences that name subscriber data (found in the text's one analysis).
    for (const PhraseMatch& mention : t.matches(Phrases::SubscriberData)) {
        const std::size_t data = mention.firstToken;
        if (tokens[data].sentence == doneSentence)
            continue;
        doneSentence = tokens[data].sentence;
        const std::size_t begin = sentenceBegin(tokens, data);
        const std::size_t last = std::min(sentenceEnd(tokens, data), begin + 2 * kContextWindow);
        bool ownMarketing = false, handOn = false, others = false;
        for (std::size_t k = begin; k < last; ++k) {
            const std::string& w = tokens[k].lower;
            if (w == "our")
                for (std::size_t j = k + 1; j < std::min(last, k + 4); ++j)
                    ownMarketing = ownMarketing || kOwnMarketing.contains(tokens[j].lower);
            handOn = handOn || kHandOn.contains(w);
            others = others || kOthers.contains(w);
        }
        if (data < last && (ownMarketing || (handOn && others)) && !negatedBefore(tokens, data)) {
            const TextRange range {tokens[data].begin, tokens[data].end};
            out.report("custinfo-subscriber-data-use", t.pointer,
                EngineText::tr("\"%1\": subscriber information may be used only as the AWS Marketplace seller terms "
                               "allow (to deliver and support what the buyer subscribed to), not for your or your "
                               "partners' marketing.")
                    .arg(t.quote(range)),
                range);
        }
    }
}

std::vector<std::string> phrases::subscriberData()
{
    return {"subscriber", "subscribers", "subscribing", "buyers", "buyer", "contact", "contacts", "email", "emails",
        "addresses"};
}

std::vector<std::string> phrases::paymentData()
{
    return {"credit card", "credit cards", "debit card", "debit cards", "payment card", "card number", "card numbers",
        "card details", "card info", "card information", "card data", "cvv", "cvv2", "cvc", "payment details",
        "payment information", "payment info", "payment data", "billing details", "billing information", "bank account",
        "bank accounts", "bank details", "banking details", "bank information", "wire details", "routing number",
        "iban", "bic", "account number", "security code", "swift code", "sort code", "expiry date", "expiration date",
        "company card", "corporate card", "card on file",
        // German, French, Spanish, Portuguese
        "kreditkarte", "kreditkartendaten", "kartendaten", "bankverbindung", "kontodaten", "coordonnées bancaires",
        "carte bancaire", "carte de crédit", "numéro de carte", "datos de su tarjeta", "datos de la tarjeta",
        "tarjeta de crédito", "datos bancarios", "dados do seu cartão", "dados do cartão", "cartão de crédito",
        "dados bancários"};
}

std::vector<std::string> phrases::paymentDataNeedsContext()
{
    return {"account number", "security code", "swift code", "sort code", "bic", "expiry date", "expiration date"};
}

// "send us the access key of an IAM user", "share your root password".
std::vector<std::string> phrases::credentials()
{
    return {"access key", "access keys", "access key id", "secret key", "secret keys", "secret access key", "password",
        "passwords", "passphrase", "credentials", "credential", "login", "logins", "mfa code", "mfa codes", "mfa token",
        "one time code", "api key", "api keys", "private key", "private keys", "ssh key", "ssh keys", "key pair",
        "key pairs", "pem file", "session token", "access token", "access tokens", "auth token", "one-time code",
        "one-time passcode", "passcode", "passcodes", "otp", "mfa device", "break-glass password",
        // German, French, Spanish, Portuguese
        "zugangsdaten", "passwort", "passwörter", "kennwort", "mot de passe", "mots de passe", "identifiants",
        "contraseña", "contraseñas", "credenciales", "senha", "senhas", "credenciais"};
}

std::vector<std::string> phrases::offPlatformBilling()
{
    return {"invoice you directly", "invoice us directly", "invoiced directly", "invoicing you directly",
        "bill you directly", "billed directly", "pay us directly", "pay directly", "outside aws marketplace",
        "outside of aws marketplace", "direct invoice", "direct invoices", "direct invoicing"};
}

std::vector<std::string> phrases::paymentMethods()
{
    return {"wire transfer", "wire transfers", "bank transfer", "bank transfers", "pay by wire", "paypal", "cheque",
        "cheques", "by check", "direct debit", "venmo", "zelle", "western union"};
}

} // namespace proserv
