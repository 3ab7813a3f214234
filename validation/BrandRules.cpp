// The seed's "not designed to confuse with the AWS logo, or any logo from an
// unrelated third party", read for the whole brand: a title or text that
// presents AWS (or Amazon) as the provider or endorser of the seller's service
// ("delivered by AWS experts", "the official AWS assessment", "AWS endorses
// our approach"). Naming AWS as the platform, the partner programme or a
// certification stays quiet: "for AWS", "on AWS", "AWS Partner", "AWS
// Certified", AWS service names, "billed by AWS".
#include "validation/RuleSections.h"

namespace proserv::rules {

namespace {

// How many tokens at `k` name AWS: "aws", "amazon web services", "amazon"; 0 for none.
std::size_t awsNameAt(const std::vector<Token>& tokens, std::size_t k, std::size_t end)
{
    const std::string& w = tokens[k].lower;
    if (w == "aws")
        return 1;
    if (w == "amazon") {
        if (k + 2 < end && tokens[k + 1].lower == "web" && tokens[k + 2].lower == "services")
            return 3;
        return 1;
    }
    return 0;
}

// Words that make "by AWS …" a credential or a programme, not the provider.
const WordSet kCredentials = {"certified", "certification", "certifications", "partner", "partners", "competency",
    "marketplace", "migration", "map", "funding", "program", "programme", "well", "s"};
// Who delivers: "delivered by AWS experts", "an Amazon Web Services team".
const WordSet kAwsPeople = {"team", "teams", "experts", "expert", "engineers", "engineer", "consultants", "itself",
    "professional", "support", "staff"};
// "delivered / provided / endorsed … by AWS"
const WordSet kProviderParticiples = {"delivered", "provided", "performed", "operated", "run", "backed", "approved",
    "endorsed", "guaranteed", "offered", "sponsored", "brought", "sold", "powered"};
// "AWS endorses…", "Amazon guarantees…", "AWS Professional Services delivers…"
const WordSet kProviderVerbs = {"endorses", "endorse", "guarantees", "guarantee", "approves", "delivers", "runs",
    "operates", "performs", "provides", "certifies", "backs", "recommends", "sponsors", "offers"};
const WordSet kBetweenNameAndVerb = {"professional", "services", "support", "team", "itself", "experts"};

void checkAwsBrand(const AnalyzedText& t, Reporter& out)
{
    const std::vector<Token>& tokens = t.tokens;
    std::size_t lastSentence = static_cast<std::size_t>(-1);
    for (const PhraseMatch& mention : t.matches(Phrases::AwsNames)) { // found in the text's one analysis
        const std::size_t k = mention.firstToken;
        if (tokens[k].sentence == lastSentence)
            continue;
        const std::size_t end = sentenceEnd(tokens, k);
        const std::size_t name = awsNameAt(tokens, k, end);
        const std::size_t after = k + name;
        // Views of the neighbouring words (no copies: this runs for every "AWS" of a listing).
        const std::string_view before
            = k > 0 && tokens[k - 1].sentence == tokens[k].sentence ? std::string_view(tokens[k - 1].lower) : "";
        const std::string_view before2
            = k > 1 && tokens[k - 2].sentence == tokens[k].sentence ? std::string_view(tokens[k - 2].lower) : "";
        const std::string_view next = after < end ? std::string_view(tokens[after].lower) : "";
        bool claim = false;
        // "delivered by AWS experts", "brought to you by Amazon Web Services"
        if (before == "by" && !kCredentials.contains(next)) {
            for (std::size_t j = k > 4 ? k - 4 : 0; j + 1 < k && !claim; ++j)
                claim = tokens[j].sentence == tokens[k].sentence && kProviderParticiples.contains(tokens[j].lower);
        }
        // "the official AWS assessment", "AWS's own security assessment"
        claim = claim || before == "official" || before == "officially"
            || (next == "s" && after + 1 < end && tokens[after + 1].lower == "own") || next == "own";
        // "AWS endorses our approach", "AWS Professional Services delivers this engagement"
        for (std::size_t j = after; j < std::min(end, after + 3) && !claim; ++j) {
            if (kProviderVerbs.contains(tokens[j].lower)) {
                claim = true;
                break;
            }
            if (!kBetweenNameAndVerb.contains(tokens[j].lower))
                break;
        }
        // "An Amazon Web Services team runs…", "The AWS team behind this listing" — not "your AWS account team"
        claim = claim
            || (kAwsPeople.contains(next) && next != "support" && next != "professional" && before != "your"
                && before != "our" && before2 != "your");
        if (!claim || negatedBefore(tokens, k))
            continue;
        lastSentence = tokens[k].sentence;
        const TextRange range {tokens[k].begin, tokens[after - 1].end};
        out.report("setup-aws-brand", t.pointer,
            EngineText::tr("\"%1\" presents AWS as the provider or endorser of your service; buyers must see that "
                           "you deliver it. Say what you build on AWS, or name your AWS Partner tier or "
                           "certifications.")
                .arg(t.quote(range)),
            range);
    }
}

} // namespace

} // namespace proserv::rules

namespace proserv {

std::vector<std::string> phrases::awsNames()
{
    return {"aws", "amazon"};
}

} // namespace proserv

namespace proserv::rules {

void checkBrand(const AnalyzedText& text, Reporter& out)
{
    checkAwsBrand(text, out);
}

} // namespace proserv::rules
