// Product setup guidelines (#proserv-guidelines-setup).
#include "model/FieldPointers.h"
#include "model/JsonFields.h"
#include "model/Categories.h"
#include "validation/ContentScan.h"
#include "validation/RuleSections.h"

#include "model/SubmissionFields.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_set>
#include <string_view>
#include <unordered_map>

namespace proserv::rules {

namespace {

// "Managed services", "MANAGED SERVICE" and "Assessment" all name the same
// professional services category: compare lower-cased words without a plural s.
std::string normalizeCategory(const std::string& name)
{
    std::string out;
    for (const Token& t : tokenize(name)) {
        std::string word = t.lower;
        if (word.size() > 3 && word.back() == 's')
            word.pop_back();
        out += (out.empty() ? "" : " ") + word;
    }
    return out;
}

bool isProfessionalServicesCategory(const std::string& name)
{
    const std::optional<std::string> canonical = canonicalCategory(name);
    const std::vector<std::string>& ps = professionalServicesCategories();
    return canonical && std::find(ps.begin(), ps.end(), *canonical) != ps.end();
}

void checkCategories(const ProductListing& l, Reporter& out)
{
    const auto& categories = l.product.categories;
    static const FieldLimits& count = fieldRow(field::productCategories).limits;
    if (categories.size() < count.minItems || categories.size() > count.maxItems)
        out.report("setup-category-count", field::productCategories,
            categories.size() < count.minItems ? EngineText::tr("Choose at least one category (up to %1).")
                                                     .arg(static_cast<unsigned long long>(count.maxItems))
                                               : EngineText::tr("Choose at most %1 categories; this listing has %n.",
                                                   nullptr, static_cast<long long>(categories.size()))
                                                     .arg(static_cast<unsigned long long>(count.maxItems)));
    for (std::size_t i = 0; i < categories.size(); ++i)
        if (const std::optional<std::string> near = nearestCategory(categories[i]))
            out.report("setup-category-spelling", indexPointer(field::productCategories, i),
                EngineText::tr("\"%1\" is not an AWS Marketplace category; did you mean \"%2\"?")
                    .arg(categories[i])
                    .arg(*near));
    const std::size_t ps
        = static_cast<std::size_t>(std::count_if(categories.begin(), categories.end(), isProfessionalServicesCategory));
    if (ps == 0)
        out.report("setup-ps-category", field::productCategories,
            EngineText::tr("Add one of the professional services categories: Assessments, Implementation, Managed "
                           "Services, Premium Support or Training."));
    else if (ps == categories.size() && categories.size() < 3)
        out.report("setup-other-category", field::productCategories,
            EngineText::tr("Also choose a category that describes the area of your service (for example Migration or "
                           "Security) so buyers find it."));
}

// Significant words of a service name ("Landing zone design" → landing, zone, design).
std::vector<Token> significantWords(const std::string& service)
{
    static const std::set<std::string> kStopWords
        = {"the", "and", "for", "with", "our", "your", "service", "services", "from", "into", "per"};
    std::vector<Token> words;
    for (Token& t : tokenize(service))
        if (t.lower.size() >= 3 && !kStopWords.count(t.lower))
            words.push_back(std::move(t));
    return words;
}

// Which dimensions' services the title, descriptions or highlights mention
// (one of their significant words): the few service words are looked up as
// each overview word passes, by the hash the tokenizer computed.
std::vector<bool> describedServices(const Input& in)
{
    const auto& dims = in.product.pricing.dimensions;
    std::vector<std::vector<Token>> words(dims.size());
    std::unordered_multimap<std::size_t, std::size_t, PrecomputedHash> byHash; // word hash → dimension
    for (std::size_t i = 0; i < dims.size(); ++i) {
        words[i] = significantWords(dims[i].service);
        for (const Token& w : words[i])
            byHash.emplace(w.hash, i);
    }
    std::vector<bool> described(dims.size(), false);
    if (byHash.empty())
        return described;
    for (const AnalyzedText& t : in.texts) {
        if (!t.prose || !isPointerWithin(t.pointer, field::product))
            continue;
        for (const Token& token : t.tokens) {
            const auto [first, last] = byHash.equal_range(token.hash);
            for (auto it = first; it != last; ++it)
                if (!described[it->second])
                    described[it->second] = std::any_of(words[it->second].begin(), words[it->second].end(),
                        [&](const Token& w) { return w.lower == token.lower; });
        }
    }
    return described;
}

// A dimension name made only of words that bill anything at all: "Sundry
// charges", "Extras as agreed", "Anything else", "Additional fees".
bool namesNoService(const std::vector<Token>& words)
{
    static const WordSet kVague = {"sundry", "sundries", "miscellaneous", "misc", "extra", "extras", "other",
        "others", "anything", "else", "everything", "additional", "charge", "charges", "fee", "fees", "cost", "costs",
        "item", "items", "as", "agreed", "various", "general", "optional", "addon", "addons", "add", "on", "ons",
        "etc", "and", "or", "the", "of", "any", "more", "stuff", "things", "expenses", "surcharge", "surcharges",
        "needed", "required", "requested", "per", "request", "by", "arrangement", "to", "be", "determined", "tbd"};
    return !words.empty()
        && std::all_of(words.begin(), words.end(), [](const Token& t) { return kVague.contains(t.lower); });
}

void checkDimensions(const Input& in, Reporter& out)
{
    const auto& dims = in.product.pricing.dimensions;
    static const FieldLimits& count = fieldRow(field::pricingDimensions).limits;
    if (dims.size() < count.minItems || dims.size() > count.maxItems)
        out.report("setup-dimension-count", field::pricingDimensions,
            dims.size() < count.minItems
                ? EngineText::tr("Add at least one pricing dimension (a package or unit of your service).")
                : EngineText::tr("A listing can have at most %1 pricing dimensions; this one has %n.", nullptr,
                    static_cast<long long>(dims.size()))
                      .arg(static_cast<unsigned long long>(count.maxItems)));

    const std::vector<bool> described = describedServices(in);

    // Hashed, not ordered: a listing may send 80,000 dimensions.
    std::unordered_set<std::string_view> keys;
    std::unordered_set<std::string> names;
    keys.reserve(dims.size());
    names.reserve(dims.size());
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const PricingDimension& d = dims[i];
        const std::string p = indexPointer(field::pricingDimensions, i);
        // An existing dimension's update sends only what changes: a blank name
        // or description there keeps the accepted one.
        if (isBlank(d.name) && !d.onLiveProduct)
            out.report("setup-dimension-name", p + "/name",
                EngineText::tr("Give this pricing dimension a name buyers understand."));
        if (isBlank(d.description) && !d.onLiveProduct)
            out.report("setup-dimension-description", p + "/description",
                EngineText::tr("Describe what this pricing dimension includes."));
        if (!d.key.empty() && !keys.insert(d.key).second)
            out.report("setup-dimension-duplicate", p + "/key",
                EngineText::tr("The key \"%1\" is already used by another dimension; keys must be unique.").arg(d.key));
        if (!isBlank(d.name) && !names.insert(normalizeCategory(d.name)).second)
            out.report("setup-dimension-duplicate", p + "/name",
                EngineText::tr("Another dimension is also named \"%1\"; names must be unique.").arg(d.name));
        if (namesNoService(textOf(in, d.name).tokens)) // the name as the text rules analysed it
            // What buyers see is the name: a draft-only service field cannot make "Sundry charges" a service.
            out.report("setup-dimension-service", p + "/name",
                EngineText::tr("\"%1\" names no service: buyers pay only for the services the listing describes, "
                               "so name the one this dimension bills.")
                    .arg(d.name));
        else if (isBlank(d.service))
            out.report("setup-dimension-service", p + "/service",
                EngineText::tr("Say which of the services you offer this dimension bills."));
        else if (!described[i])
            out.report("setup-dimension-unrelated", p + "/service",
                EngineText::tr("\"%1\" is not mentioned in the title, descriptions or highlights; describe the service "
                               "there or link the dimension to a service the listing describes.")
                    .arg(d.service));
    }
}

void checkLogo(const Input& in, Reporter& out)
{
    const ProductInfo& p = in.product.product;
    if (isBlank(p.logoUrl))
        out.report("setup-logo-url", field::productLogoUrl, EngineText::tr("Add the https URL of your product logo."));
    else if (!isHttpsUrl(p.logoUrl))
        out.report("setup-logo-url", field::productLogoUrl,
            EngineText::tr("The logo URL must start with https:// and name a host."));

    if (p.logoFile.empty())
        return;
    if (!in.context.logo) {
        out.report("setup-logo-file", field::productLogoFile, EngineText::tr("The logo file was not checked."));
        return;
    }
    const ImageInfo& img = *in.context.logo;
    if (!img.readable) {
        out.report(
            "setup-logo-file", field::productLogoFile, EngineText::tr("Cannot use the logo file: %1.").arg(img.error));
        return;
    }
    if (img.fileBytes >= kMaxLogoBytes)
        out.report("setup-logo-file", field::productLogoFile,
            EngineText::tr("The logo file is %n MB; it must be under 5 MB.", nullptr,
                static_cast<long long>(img.fileBytes / (1024 * 1024))));
    if (img.width < kMinLogoSide || img.height < kMinLogoSide || img.width > kMaxLogoSide || img.height > kMaxLogoSide)
        out.report("setup-logo-file", field::productLogoFile,
            EngineText::tr("The logo is %1 x %2 px; each side must be between 110 and 10,000 px.")
                .arg(img.width)
                .arg(img.height));
}

void checkAttestations(const Attestations& a, Reporter& out)
{
    if (!a.registeredPaidSeller)
        out.report("setup-attest-paid-seller", field::attestationsRegisteredPaidSeller,
            EngineText::tr("Confirm that your AWS account is registered with AWS Marketplace as a paid seller."));
    if (!a.logoIsOriginal)
        out.report("setup-attest-logo", field::attestationsLogoIsOriginal,
            EngineText::tr(
                "Confirm that your logo is not designed to be confused with the AWS logo or another company's."));
}

// Hidden characters are one fault per field and kind, however many there
// are: the finding points at the first and counts them.
void checkHiddenCharacters(const AnalyzedText& t, Reporter& out)
{
    if (t.chars.printableAscii) // nearly every text: nothing to find
        return;
    const std::vector<HiddenCharacters> hits = findHiddenCharacters(*t.text);
    for (const bool control : {true, false}) {
        const auto first
            = std::find_if(hits.begin(), hits.end(), [&](const HiddenCharacters& h) { return h.control == control; });
        if (first == hits.end())
            continue;
        const auto count = static_cast<long long>(
            std::count_if(hits.begin(), hits.end(), [&](const HiddenCharacters& h) { return h.control == control; }));
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", first->firstCodePoint);
        if (control)
            out.report("api-control-characters", t.pointer,
                EngineText::tr("Remove the hidden control characters (%n place(s), the first %1): they are "
                               "invisible and can hide, reorder or spoof what buyers and reviewers read. Type "
                               "the text again or paste it as plain text.",
                    nullptr, count)
                    .arg(code),
                first->range);
        else
            out.report("api-invisible-characters", t.pointer,
                EngineText::tr("The text holds invisible characters (%n place(s), the first %1: a zero-width "
                               "space or similar, often pasted from a word processor); remove them unless you "
                               "meant them.",
                    nullptr, count)
                    .arg(code),
                first->range);
    }
}

} // namespace

// Placeholders first: a token that is both ("XXX", "<TBD>") is one fault, reported once.
void checkWords(const AnalyzedText& t, Reporter& out)
{
    {
        const std::string& s = *t.text;
        const std::vector<TextRange> placeholders = findPlaceholders(t);
        for (const TextRange& r : placeholders)
            out.report("setup-placeholder-text", t.pointer,
                EngineText::tr(
                    "Replace the placeholder \"%1\" with real content. Syntax the customer fills in, such as "
                    "<your-profile> in a command, is fine.")
                    .arg(s.substr(r.begin, r.end - r.begin)),
                r);
        checkHiddenCharacters(t, out);
        for (const TextRange& r : findOffensiveWords(t, placeholders))
            out.report("setup-offensive-language", t.pointer,
                EngineText::tr(
                    "Remove or rephrase \"%1\": listings must not contain offensive or explicit language. A place or "
                    "person's name written as a name (\"Intercourse, Pennsylvania\") is fine.")
                    .arg(s.substr(r.begin, r.end - r.begin)),
                r);
    }
}

void checkSetup(const Input& in, Reporter& out)
{
    checkCategories(in.product, out);
    checkDimensions(in, out);
    checkLogo(in, out);
    checkAttestations(in.product.attestations, out);
}

std::string indexPointer(const char* listPointer, std::size_t index)
{
    return std::string(listPointer) + "/" + std::to_string(index);
}

bool isHttpUrl(const std::string& url)
{
    const std::size_t scheme = url.rfind("https://", 0) == 0 ? 8 : url.rfind("http://", 0) == 0 ? 7 : 0;
    if (scheme == 0 || url.find_first_of(" \t\n") != std::string::npos)
        return false;
    const std::string host = url.substr(scheme, url.find_first_of("/?#", scheme) - scheme);
    return host.find('.') != std::string::npos && host.front() != '.' && host.back() != '.';
}

bool isHttpsUrl(const std::string& url)
{
    return url.rfind("https://", 0) == 0 && isHttpUrl(url);
}

bool isProductId(const std::string& id)
{
    if (id.rfind("prod-", 0) != 0)
        return false;
    const std::string rest = id.substr(5);
    const bool alnum = std::all_of(rest.begin(), rest.end(),
        [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    return alnum && (rest.size() == 13 || rest.size() == 25);
}

} // namespace proserv::rules
