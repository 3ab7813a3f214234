#include "validation/BillingClauses.h"

#include <algorithm>
#include <string_view>

namespace proserv {

namespace {



// The seller as payee or channel, or a way of paying that is not AWS's.
const WordSet kSellerOrOutside = {"us", "our", "ourselves", "directly", "separately", "separate", "outside", "net",
    "advance", "receipt", "escrow", "upfront", "cost",
    // German
    "uns", "unser", "unsere", "unserem", "unseren", "unserer", "direkt", "gesondert", "separat",
    // French
    "nous", "notre", "nos", "directement", "séparément", "auprès",
    // Spanish
    "nuestra", "nuestro", "nuestras", "nuestros", "nosotros", "directamente", "aparte", "cobramos", "facturamos",
    // Portuguese
    "nossa", "nosso", "nossas", "nossos", "nós", "diretamente", "separadamente", "faturamos"};
// "we invoice", "we bill", "we collect": the seller bills.
const WordSet kSellerSubjects = {"we", "wir", "nous"};
// The channel of AWS Marketplace, or a price that includes everything.
const WordSet kMarketplaceChannel = {"marketplace", "included", "includes", "enthalten", "incluse", "inclus",
    "incluida", "incluido", "incluída", "incluído"};
// Negations in the other languages (English ones are read by negatedBefore).
const WordSet kForeignNegations = {"kein", "keine", "keinen", "keiner", "nicht", "aucun", "aucuns", "aucune", "ne",
    "jamais", "ningún", "ninguna", "nada", "nunca", "nenhum", "nenhuma", "não"};
// A billing word followed by one of these names the customer's system or data.
const WordSet kWorkloadNouns = {"system", "systems", "platform", "platforms", "gateway", "gateways", "engine",
    "engines", "service", "services", "data", "workflow", "workflows", "team", "teams", "processing", "microservices",
    "reports", "pipeline", "provider", "providers", "logs", "batch", "run", "runbook", "reconciliation", "terms"};
const WordSet kOthersPossessives = {"your", "their", "its", "his", "her"};

// "AWS usage", "AWS service fees", "your AWS bill": charges whose payee is AWS.
const WordSet kAwsCharges = {"bill", "bills", "invoice", "invoices", "usage", "service", "services", "fees", "costs",
    "charges", "infrastructure", "resources", "consumption"};

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

// A sentence in Japanese: 請求 (invoice) or 支払/振込 (pay, transfer) with 弊社 (our company) as payee.
bool japaneseBillingOutside(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, std::size_t& at)
{
    bool seller = false, billing = false, excluded = false;
    for (std::size_t k = begin; k < end; ++k) {
        const std::string& w = tokens[k].lower;
        if (static_cast<unsigned char>(w.front()) < 0x80) {
            excluded = excluded || w == "marketplace";
            continue; // Japanese runs only: most tokens are ASCII words
        }
        seller = seller || contains(w, "弊社");
        excluded = excluded || contains(w, "含まれ") || contains(w, "marketplace") || contains(w, "ません");
        if (!billing && (contains(w, "請求") || contains(w, "支払") || contains(w, "振込"))) {
            billing = true;
            at = k;
        }
    }
    return seller && billing && !excluded;
}

bool namesWorkload(const std::vector<Token>& tokens, std::size_t k, std::size_t begin, std::size_t end)
{
    if (k + 1 < end && kWorkloadNouns.contains(tokens[k + 1].lower))
        return true;
    return k > begin && kOthersPossessives.contains(tokens[k - 1].lower);
}

bool marketplaceChannel(const std::vector<Token>& tokens, std::size_t begin, std::size_t end)
{
    for (std::size_t k = begin; k < end; ++k) {
        const std::string& w = tokens[k].lower;
        if (kMarketplaceChannel.contains(w)) {
            // "outside AWS Marketplace", "außerhalb von AWS Marketplace" is the opposite.
            bool outside = false;
            for (std::size_t j = k > begin + 3 ? k - 3 : begin; j < k; ++j)
                outside = outside || tokens[j].lower == "outside" || tokens[j].lower == "außerhalb"
                    || tokens[j].lower == "dehors" || tokens[j].lower == "fuera" || tokens[j].lower == "fora";
            if (!outside)
                return true;
        }
        // "your private offer", "billed by AWS", "your AWS bill"
        if (w == "offer" && k > begin && tokens[k - 1].lower == "private")
            return true;
        if (w == "aws" && k > begin && (tokens[k - 1].lower == "by") && !(k > begin + 1 && tokens[k - 2].lower == "not"))
            return true;
        if (w == "aws" && k + 1 < end && kAwsCharges.contains(tokens[k + 1].lower))
            return true; // "your AWS bill", "AWS usage costs are billed separately": AWS is the payee
        if (w == "account" && k > begin && tokens[k - 1].lower == "your")
            return true; // "billed to your account": the AWS account's own charges
    }
    return false;
}

} // namespace

// Verbs and participles that move money, in English, German, French, Spanish
// and Portuguese (the languages sellers write listings in besides Japanese,
// which is read by its own characters below). Matched with every other
// phrase list in the text's one analysis (PhraseBook).
std::vector<std::string> phrases::billingPredicates()
{
    return {// English
    "invoice", "invoices", "invoiced", "bill", "bills", "billed", "charge", "charges", "charged", "payable", "pay",
    "pays", "paid", "settle", "settles", "settled", "remit", "remits", "remitted", "wire", "wired", "transferred",
    "purchased", "collect", "collects", "collected", "due", "quoted",
    // German
    "rechnung", "abgerechnet", "abrechnen", "berechnet", "berechnen", "überweisen", "Überweisen", "zahlen", "bezahlen",
    "bezahlt", "gezahlt", "zahlbar",
    // French
    "facturé", "facturés", "facturée", "facturées", "facturons", "facturer", "régler", "réglé", "payer", "payé",
    "payés", "payée", "payées", "payable",
    // Spanish
    "facturan", "facturamos", "factura", "cobramos", "cobra", "cobran", "paga", "pagan", "pagar", "abona", "abonar",
    // Portuguese
    "faturadas", "faturados", "faturada", "faturado", "faturamos", "cobradas", "cobrados", "cobrada", "cobrado",
    "pago", "pagos", "cobrar"};
}

// Predicates that bill outside AWS by themselves: the customer pays the
// seller back ("reimbursed against receipts", "recharged on our invoice",
// "passed through at cost").
std::vector<std::string> phrases::billingByItself()
{
    return {"reimburse", "reimburses", "reimbursed", "recharge", "recharges", "recharged", "surcharge", "passed through"};
}

std::vector<PhraseMatch> offPlatformBillingClauses(const AnalyzedText& t)
{
    const std::vector<Token>& tokens = t.tokens;
    // Only the sentences that move money (the analysis found a predicate), and
    // those in Japanese: most sentences are never read here.
    enum Kind { NeedsPayee, ByItself, Japanese };
    std::vector<std::pair<std::size_t, Kind>> candidates; // token, what it is
    for (const PhraseMatch& m : t.matches(Phrases::BillingPredicates))
        candidates.push_back({m.firstToken, NeedsPayee});
    for (const PhraseMatch& m : t.matches(Phrases::BillingByItself))
        candidates.push_back({m.firstToken, ByItself});
    if (!t.chars.printableAscii)
        for (std::size_t k = 0; k < tokens.size(); ++k)
            if (static_cast<unsigned char>(tokens[k].lower.front()) >= 0x80)
                candidates.push_back({k, Japanese});
    std::sort(candidates.begin(), candidates.end());

    std::vector<PhraseMatch> clauses;
    std::size_t doneSentence = static_cast<std::size_t>(-1);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const std::size_t sentence = tokens[candidates[c].first].sentence;
        if (sentence == doneSentence)
            continue;
        doneSentence = sentence;
        const std::size_t begin = sentenceBegin(tokens, candidates[c].first);
        // Sentences longer than the context window are read window by window: linear either way.
        const std::size_t last = std::min(sentenceEnd(tokens, candidates[c].first), begin + 2 * kContextWindow);
        if (marketplaceChannel(tokens, begin, last))
            continue;
        bool negated = false, outside = false;
        for (std::size_t k = begin; k < last; ++k) {
            negated = negated || kForeignNegations.contains(tokens[k].lower);
            outside = outside || kSellerOrOutside.contains(tokens[k].lower);
        }
        if (negated)
            continue;
        std::size_t at = 0;
        bool found = false;
        for (std::size_t d = c; d < candidates.size() && !found && tokens[candidates[d].first].sentence == sentence; ++d) {
            const auto [k, kind] = candidates[d];
            if (k >= last || kind == Japanese || negatedBefore(tokens, k))
                continue;
            if (kind == ByItself
                || (!namesWorkload(tokens, k, begin, last)
                    && (outside || (k > begin && kSellerSubjects.contains(tokens[k - 1].lower))))) {
                found = true;
                at = k;
            }
        }
        if (!found && !t.chars.printableAscii)
            found = japaneseBillingOutside(tokens, begin, last, at);
        if (found)
            clauses.push_back({at, at, {tokens[at].begin, tokens[at].end}});
    }
    return clauses;
}

} // namespace proserv
