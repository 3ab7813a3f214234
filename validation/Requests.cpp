#include "validation/Requests.h"

#include <algorithm>
#include <string_view>

namespace proserv {

namespace {

// Verbs that ask for something. "collect" and "require" count too: "we will
// collect your card details" is a request even though the seller is the subject.
const WordSet kRequestVerbs
    = {"send", "provide", "give", "email", "e", "share", "enter", "submit", "supply", "fax", "forward", "upload",
        "paste", "tell", "reply", "text", "post", "hand", "disclose", "include", "need", "needs", "require", "requires",
        "collect", "ask", "asks", "request", "requests", "type", "mail", "message", "dm", "transmit", "attach"};
// Verbs whose "you" is the receiver: "we will send you your login".
const WordSet kGivingVerbs
    = {"send", "provide", "give", "email", "share", "forward", "hand", "mail", "text", "message", "supply"};
// Words that address the reader or name a single thing handed over.
const WordSet kAddressed = {"your", "you", "us", "me", "a", "an", "the", "its", "any"};
// Words before a verb that make it a request without an object pronoun.
const WordSet kRequestLeads = {"please", "kindly", "must", "need", "needs", "required", "to"};

// "we will send", "our team sends", "we'll provide": the seller is the
// subject of the verb at `v`.
bool sellerIsSubject(const std::vector<Token>& tokens, std::size_t sentence, std::size_t v)
{
    static const WordSet kAuxiliaries
        = {"will", "ll", "can", "shall", "would", "also", "then", "usually", "always", "then", "d"};
    static const WordSet kStaff = {"team", "engineers", "consultants", "staff", "lead", "manager", "trainer",
        "trainers", "engineer", "consultant"};
    std::size_t k = v;
    while (k > sentence && kAuxiliaries.contains(tokens[k - 1].lower))
        --k;
    if (k == sentence)
        return false;
    const std::string& subject = tokens[k - 1].lower;
    return subject == "we" || subject == "i"
        || (kStaff.contains(subject) && k >= sentence + 2 && tokens[k - 2].lower == "our");
}

bool thirdPartyIsSubject(const std::vector<Token>& tokens, std::size_t sentence, std::size_t v)
{
    static const WordSet kThirdParties
        = {"shoppers", "shopper", "users", "user", "cardholders", "cardholder", "consumers", "patients", "employees",
            "members", "players", "guests", "travellers", "travelers", "passengers", "merchants", "developers", "apps",
            "applications", "application", "app", "clients", "donors", "students", "visitors", "staff", "agents"};
    static const WordSet kModals = {
        "must", "can", "will", "should", "need", "needs", "to", "then", "also", "just", "simply", "only", "ll", "may"};
    std::size_t k = v;
    while (k > sentence && kModals.contains(tokens[k - 1].lower))
        --k;
    return k > sentence && kThirdParties.contains(tokens[k - 1].lower);
}

bool isRequest(const std::vector<Token>& tokens, std::size_t mention)
{
    const std::size_t begin = sentenceBegin(tokens, mention);
    const std::size_t from = mention > begin + 10 ? mention - 10 : begin;
    for (std::size_t v = mention; v-- > from;) {
        if (!kRequestVerbs.contains(tokens[v].lower))
            continue;
        // "we send you the credentials", "we provide you with a login": the seller gives.
        if (kGivingVerbs.contains(tokens[v].lower) && v + 1 < mention && tokens[v + 1].lower == "you")
            continue;
        // "we will email your login details": the seller is the one sending.
        if (kGivingVerbs.contains(tokens[v].lower) && sellerIsSubject(tokens, begin, v))
            continue;
        // "shoppers must enter a card number", "enter their card details": a
        // third party hands it over, to a system the seller builds.
        if (thirdPartyIsSubject(tokens, begin, v))
            continue;
        bool theirs = false, toUs = false;
        for (std::size_t k = v + 1; k < mention; ++k) {
            theirs = theirs || tokens[k].lower == "their";
            toUs = toUs || tokens[k].lower == "us" || tokens[k].lower == "me";
        }
        if (theirs && !toUs)
            continue;
        bool addressed = v == begin;
        for (std::size_t k = v + 1; k < mention && !addressed; ++k)
            addressed = kAddressed.contains(tokens[k].lower);
        for (std::size_t k = v > begin + 3 ? v - 3 : begin; k < v && !addressed; ++k)
            addressed = kRequestLeads.contains(tokens[k].lower);
        if (addressed)
            return true;
    }
    return false;
}

} // namespace

std::vector<PhraseMatch> requestedMentions(
    const std::vector<Token>& tokens, const std::vector<PhraseMatch>& mentions)
{
    std::vector<PhraseMatch> requested;
    for (const PhraseMatch& m : mentions) {
        if (!requested.empty() && tokens[requested.back().firstToken].sentence == tokens[m.firstToken].sentence)
            continue; // one request per sentence
        if (isRequest(tokens, m.firstToken) && !negatedBefore(tokens, m.firstToken))
            requested.push_back(m);
    }
    return requested;
}

} // namespace proserv
