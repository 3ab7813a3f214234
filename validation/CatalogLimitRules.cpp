// Catalog API limits (catalog-api-notes.md §4): lengths, counts, patterns.
// Text limits are one table; the loop below applies it.
#include "validation/RuleSections.h"

#include <algorithm>
#include <set>

namespace proserv::rules {

namespace {

struct TextLimit {
    std::string pointer;
    const std::string* text;
    std::size_t maxChars;
    bool required;       // the API needs it for a complete listing
    bool noLeadingSpace; // API pattern ^\S+[\S\s]*
};

std::vector<TextLimit> textLimits(const Listing& l)
{
    const ProductInfo& p = l.product;
    std::vector<TextLimit> limits = {
        {"/product/title", &p.title, 72, true, true},
        {"/product/sku", &p.sku, 5000, false, true},
        {"/product/shortDescription", &p.shortDescription, 1000, true, true},
        {"/product/longDescription", &p.longDescription, 5000, true, true},
        {"/product/supportDescription", &p.supportDescription, 2000, true, true},
    };
    for (std::size_t i = 0; i < p.highlights.size(); ++i)
        limits.push_back({indexPointer("/product/highlights", i), &p.highlights[i], 500, false, false});
    for (std::size_t i = 0; i < p.searchKeywords.size(); ++i)
        limits.push_back({indexPointer("/product/searchKeywords", i), &p.searchKeywords[i], 50, false, false});
    for (std::size_t i = 0; i < p.additionalResources.size(); ++i)
        limits.push_back({indexPointer("/product/additionalResources", i) + "/text", &p.additionalResources[i].text,
                          500, true, true});
    for (std::size_t i = 0; i < l.pricing.dimensions.size(); ++i) {
        const PricingDimension& d = l.pricing.dimensions[i];
        const std::string dp = indexPointer("/pricing/dimensions", i);
        limits.push_back({dp + "/key", &d.key, 100, false, false});
        limits.push_back({dp + "/name", &d.name, 80, false, true});
        limits.push_back({dp + "/description", &d.description, 1000, false, true});
        // An existing dimension is updated without a Unit (UpdateDimensions has none).
        limits.push_back({dp + "/unit", &d.unit, 20, !d.onLiveProduct, true});
    }
    return limits;
}

// The subject of a length or whitespace message, translatable as a whole phrase.
MessageText fieldLabel(const std::string& pointer)
{
    static const std::pair<const char*, const char*> kLabels[] = {
        {"/product/title", EngineText::noop("The title")},
        {"/product/sku", EngineText::noop("The SKU")},
        {"/product/shortDescription", EngineText::noop("The short description")},
        {"/product/longDescription", EngineText::noop("The long description")},
        {"/product/supportDescription", EngineText::noop("The support description")},
        {"/product/highlights/", EngineText::noop("A highlight")},
        {"/product/searchKeywords/", EngineText::noop("A search keyword")},
        {"/product/additionalResources/", EngineText::noop("The resource text")},
        {"/name", EngineText::noop("The dimension name")},
        {"/description", EngineText::noop("The dimension description")},
        {"/unit", EngineText::noop("The dimension unit")},
        {"/key", EngineText::noop("The dimension key")},
    };
    for (const auto& [prefix, label] : kLabels) {
        const std::string p(prefix);
        if (pointer.rfind(p, 0) == 0 || (p[1] != 'p' && pointer.size() >= p.size()
                                          && pointer.compare(pointer.size() - p.size(), p.size(), p) == 0))
            return MessageText(label, -1);
    }
    return EngineText::tr("This field");
}

bool isDimensionKey(const std::string& key)
{
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
               || c == '-';
    });
}

void checkCounts(const Listing& l, Reporter& out)
{
    const ProductInfo& p = l.product;
    if (p.highlights.size() > 3)
        out.report("api-highlight-count", "/product/highlights",
                   EngineText::tr("At most 3 highlights are shown; remove %n.", nullptr,
                                  static_cast<long long>(p.highlights.size() - 3)));
    if (p.searchKeywords.size() > 15)
        out.report("api-keyword-count", "/product/searchKeywords", EngineText::tr("The Catalog API takes at most 15 search keywords."));
    // A keyword's length is api-length's (one fault, one finding). The seller
    // portal's 250 characters for all keywords together cannot be exceeded by
    // its 3 keywords of at most 50, so only the count is checked here; over 15
    // is the API's error above, not also the portal's warning.
    if (p.searchKeywords.size() > 3 && p.searchKeywords.size() <= 15)
        out.report("api-keyword-portal", "/product/searchKeywords",
                   EngineText::tr("The seller portal allows up to 3 search keywords; this listing has %n.", nullptr,
                                  static_cast<long long>(p.searchKeywords.size())));
    if (p.additionalResources.size() > 3)
        out.report("api-resource-count", "/product/additionalResources", EngineText::tr("At most 3 additional resources are allowed."));
    for (std::size_t i = 0; i < p.additionalResources.size(); ++i)
        if (!isHttpUrl(p.additionalResources[i].url))
            out.report("api-resource-url", indexPointer("/product/additionalResources", i) + "/url",
                       EngineText::tr("Give this resource an http:// or https:// URL."));

    if (!p.productId.empty() && !isProductId(p.productId))
        out.report("api-product-id", "/product/productId",
                   EngineText::tr("\"%1\" is not a product ID (prod- followed by 13 or 25 letters and digits); leave it "
                                  "empty for a new product.")
                       .arg(p.productId));

    for (std::size_t i = 0; i < l.pricing.dimensions.size(); ++i) {
        const PricingDimension& d = l.pricing.dimensions[i];
        const std::string dp = indexPointer("/pricing/dimensions", i);
        if (!isDimensionKey(d.key))
            out.report("api-dimension-key", dp + "/key",
                       d.key.empty()
                           ? EngineText::tr("Give the dimension a key (letters, digits, '_', '.', '-'), e.g. \"gold-package\".")
                           : EngineText::tr("The key \"%1\" may only use letters, digits, '_', '.' and '-'.").arg(d.key));
        static const std::set<std::string> kTypes = {"Entitled", "Metered", "ExternallyMetered"};
        // An update that leaves the types as they are sends none.
        const bool typesOk = ((d.onLiveProduct && d.types.empty()) || !d.types.empty()) && d.types.size() <= 3
                             && std::all_of(d.types.begin(), d.types.end(), [](const std::string& t) { return kTypes.count(t) > 0; });
        if (!typesOk)
            out.report("api-dimension-types", dp + "/types",
                       EngineText::tr("Dimension types must be 1 to 3 of Entitled, Metered, ExternallyMetered (professional services "
                                      "use Entitled)."));
    }

    const auto& accounts = l.visibility.buyerAccounts;
    if (accounts.size() > 100)
        out.report("api-buyer-account", "/visibility/buyerAccounts", EngineText::tr("At most 100 buyer accounts can be targeted."));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        const std::string& id = accounts[i];
        const bool twelveDigits = id.size() == 12 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!twelveDigits)
            out.report("api-buyer-account", indexPointer("/visibility/buyerAccounts", i),
                       EngineText::tr("\"%1\" is not an AWS account ID (12 digits).").arg(id));
        else if (!seen.insert(id).second)
            out.report("api-buyer-account", indexPointer("/visibility/buyerAccounts", i), EngineText::tr("%1 is listed twice.").arg(id));
    }
}

} // namespace

void checkCatalogLimits(const Input& in, Reporter& out)
{
    for (const TextLimit& limit : textLimits(in.listing)) {
        const std::string& text = *limit.text;
        if (limit.required && isBlank(text)) {
            out.report("api-required", limit.pointer, EngineText::tr("%1 is required.").arg(fieldLabel(limit.pointer)));
            continue;
        }
        const std::size_t length = countCodePoints(text);
        if (length > limit.maxChars) {
            // Highlight what does not fit: from the first character past the limit.
            std::size_t offset = 0, counted = 0;
            for (; offset < text.size(); ++offset) {
                if ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
                    continue;
                if (counted == limit.maxChars)
                    break;
                ++counted;
            }
            // The message names the limit, not the current length: it stays the
            // same while the user types, and the highlighted range shows the excess.
            (void)length;
            out.report("api-length", limit.pointer,
                       EngineText::tr("%1 is longer than the Catalog API limit of %n characters; shorten it.", nullptr,
                                      static_cast<long long>(limit.maxChars))
                           .arg(fieldLabel(limit.pointer)),
                       TextRange{offset, text.size()});
        }
        if (limit.noLeadingSpace && startsWithWhitespace(text))
            out.report("api-leading-whitespace", limit.pointer,
                       EngineText::tr("%1 must not start with a space or line break.").arg(fieldLabel(limit.pointer)),
                       TextRange{0, 1});
    }
    checkCounts(in.listing, out);
}

} // namespace proserv::rules
