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

// A handover without a request verb: the thing is the subject of a passive
// obligation ("card details are taken by phone", "administrator passwords are
// expected before day one", "the one-time code goes to our consultant"), or
// the reader is told to keep it ready ("have your corporate card ready").
// Not when it only might happen ("what to do when a password is emailed").
bool handedOver(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, std::size_t mention)
{
    static const WordSet kBe = {"is", "are", "be", "been", "gets", "get", "should", "must", "will"};
    static const WordSet kHandover = {"taken", "collected", "needed", "required", "expected", "asked", "requested",
        "handed", "given", "sent", "shared", "submitted", "provided", "uploaded", "emailed", "transferred",
        "ready", "handy", "hand", "part"};
    static const WordSet kTravel = {"go", "goes", "travel", "travels", "stays", "stay"};
    static const WordSet kPlaces = {"to", "on", "into", "with", "onto"};
    static const WordSet kConditional = {"when", "if", "whether", "once", "unless"};
    for (std::size_t k = mention > begin + 4 ? mention - 4 : begin; k < mention; ++k)
        if (kConditional.contains(tokens[k].lower))
            return false;
    const std::size_t stop = std::min(end, mention + 10);
    for (std::size_t k = mention + 1; k < stop; ++k) {
        const std::string& w = tokens[k].lower;
        if (kBe.contains(w)) {
            std::size_t j = k + 1;
            while (j < stop && (kBe.contains(tokens[j].lower) || tokens[j].lower == "at" || tokens[j].lower == "also"
                                   || tokens[j].lower == "both"))
                ++j;
            if (j < stop && kHandover.contains(tokens[j].lower))
                return true;
        }
        if (kTravel.contains(w) && k + 1 < stop && kPlaces.contains(tokens[k + 1].lower))
            return true;
    }
    // "have your corporate card ready", "keep the break-glass password handy"
    static const WordSet kKeep = {"have", "keep", "hold"};
    bool keep = false;
    for (std::size_t k = mention > begin + 5 ? mention - 5 : begin; k < mention; ++k)
        keep = keep || kKeep.contains(tokens[k].lower);
    if (keep)
        for (std::size_t k = mention + 1; k < stop; ++k)
            if (tokens[k].lower == "ready" || tokens[k].lower == "handy" || tokens[k].lower == "hand")
                return true;
    return false;
}

bool isRequest(const std::vector<Token>& tokens, std::size_t mention, const std::vector<PhraseMatch>& markers)
{
    const std::size_t begin = sentenceBegin(tokens, mention);
    const std::size_t end = sentenceEnd(tokens, mention);
    // A polite request marker of another language anywhere in the sentence.
    const auto marker = std::lower_bound(markers.begin(), markers.end(), begin,
        [](const PhraseMatch& m, std::size_t token) { return m.firstToken < token; });
    if (marker != markers.end() && marker->firstToken < end)
        return true;
    if (handedOver(tokens, begin, end, mention))
        return true;
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

std::vector<PhraseMatch> requestedMentions(const std::vector<Token>& tokens, const std::vector<PhraseMatch>& mentions,
    const std::vector<PhraseMatch>& requestMarkers)
{
    std::vector<PhraseMatch> requested;
    for (const PhraseMatch& m : mentions) {
        if (!requested.empty() && tokens[requested.back().firstToken].sentence == tokens[m.firstToken].sentence)
            continue; // one request per sentence
        if (isRequest(tokens, m.firstToken, requestMarkers) && !negatedBefore(tokens, m.firstToken))
            requested.push_back(m);
    }
    return requested;
}

std::vector<PhraseMatch> japaneseRequests(const std::vector<Token>& tokens, std::initializer_list<std::string_view> nouns)
{
    std::vector<PhraseMatch> found;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::string_view w = tokens[k].lower;
        if (static_cast<unsigned char>(w.front()) < 0x80)
            continue; // Japanese runs only
        const bool asks = w.find("ください") != std::string_view::npos || w.find("お知らせ") != std::string_view::npos
            || w.find("お送り") != std::string_view::npos;
        const bool never = w.find("ません") != std::string_view::npos;
        if (!asks || never)
            continue;
        for (std::string_view noun : nouns)
            if (w.find(noun) != std::string_view::npos) {
                found.push_back({k, k, {tokens[k].begin, tokens[k].end}});
                break;
            }
    }
    return found;
}

// Asking in the other languages sellers write: "Bitte … senden", "Merci de
// nous communiquer", "Envíenos", "Informe", "Envie-nos".
std::vector<std::string> phrases::requestMarkers()
{
    return {"bitte", "senden", "übermitteln", "schicken", "merci de", "communiquer", "transmettre", "envoyer",
        "envoyez", "envíe", "envíenos", "envíen", "compártanos", "comparta", "facilítenos", "informe", "envie",
        "forneça", "compartilhe"};
}

} // namespace proserv
