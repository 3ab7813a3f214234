// Catalog API limits (catalog-api-notes.md §4): lengths, counts, patterns.
// Text limits are one table; the loop below applies it.
#include "model/FieldPointers.h"
#include "validation/RuleSections.h"

#include "model/SubmissionFields.h"

#include "model/FieldSpecs.h"
#include "model/JsonFields.h"

#include <algorithm>
#include <set>

namespace proserv::rules {

namespace {

// One limited text of this listing: the text as analysed (its pointer, its
// string, its row of the field table) and whether a complete listing needs it.
struct TextLimit {
    const AnalyzedText& analyzed;
    bool required;
    const std::string& pointer() const { return analyzed.pointer; }
    const TextFieldSpec& spec() const { return *analyzed.spec; }
};

// Every text the field table gives a limit (model/FieldSpecs.h): a field
// added to the table is checked here without a line of its own.
std::vector<TextLimit> textLimits(const Input& in)
{
    static const TextFieldSpec& unit = textFieldSpecOf(field::pricingDimensionsEachUnit);
    const auto& dimensions = in.product.pricing.dimensions;
    std::vector<TextLimit> limits;
    for (const AnalyzedText& t : in.texts) {
        if (!t.spec)
            continue;
        bool required = t.spec->required;
        // An existing dimension is updated without a Unit (UpdateDimensions has none).
        if (t.spec == &unit)
            required = unit.required && !(t.item < dimensions.size() && dimensions[t.item].onLiveProduct);
        limits.push_back({t, required});
    }
    return limits;
}

// The subject of a length or whitespace message, translatable as a whole phrase.
MessageText fieldLabel(const TextLimit& limit)
{
    return MessageText(limit.spec().subject, -1);
}

bool isDimensionKey(const std::string& key)
{
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
            || c == '-';
    });
}

void checkCounts(const ProductListing& l, Reporter& out)
{
    const ProductInfo& p = l.product;
    // The counts are the field table's (model/SubmissionFields.cpp).
    static const FieldLimits& highlights = fieldRow(field::productHighlights).limits;
    static const FieldLimits& keywords = fieldRow(field::productSearchKeywords).limits;
    static const FieldLimits& resources = fieldRow(field::productAdditionalResources).limits;
    if (p.highlights.size() > highlights.maxItems)
        out.report("api-highlight-count", field::productHighlights,
            EngineText::tr("At most %1 highlights are shown; remove %n.", nullptr,
                static_cast<long long>(p.highlights.size() - highlights.maxItems))
                .arg(static_cast<unsigned long long>(highlights.maxItems)));
    if (p.searchKeywords.size() > keywords.maxItems)
        out.report("api-keyword-count", field::productSearchKeywords,
            EngineText::tr("The Catalog API takes at most %1 search keywords.")
                .arg(static_cast<unsigned long long>(keywords.maxItems)));
    // A keyword's length is api-length's (one fault, one finding). The seller
    // portal's 250 characters for all keywords together cannot be exceeded by
    // its 3 keywords of at most 50, so only the count is checked here; over the
    // API's most is the API's error above, not also the portal's warning.
    if (p.searchKeywords.size() > keywords.portalMaxItems && p.searchKeywords.size() <= keywords.maxItems)
        out.report("api-keyword-portal", field::productSearchKeywords,
            EngineText::tr("The seller portal allows up to %1 search keywords; this listing has %n.", nullptr,
                static_cast<long long>(p.searchKeywords.size()))
                .arg(static_cast<unsigned long long>(keywords.portalMaxItems)));
    if (p.additionalResources.size() > resources.maxItems)
        out.report("api-resource-count", field::productAdditionalResources,
            EngineText::tr("At most %1 additional resources are allowed.")
                .arg(static_cast<unsigned long long>(resources.maxItems)));
    for (std::size_t i = 0; i < p.additionalResources.size(); ++i)
        if (!isHttpUrl(p.additionalResources[i].url))
            out.report("api-resource-url", indexPointer(field::productAdditionalResources, i) + "/url",
                EngineText::tr("Give this resource an http:// or https:// URL."));

    for (std::size_t i = 0; i < p.videoUrls.size(); ++i)
        if (!isHttpUrl(p.videoUrls[i]))
            out.report("api-video-url", indexPointer(field::productVideoUrls, i),
                EngineText::tr("Give the video an http:// or https:// URL; a buyer's browser would run or open "
                               "anything else."));

    if (!p.productId.empty() && !isProductId(p.productId))
        out.report("api-product-id", field::productProductId,
            EngineText::tr("\"%1\" is not a product ID (prod- followed by 13 or 25 letters and digits); leave it "
                           "empty for a new product.")
                .arg(p.productId));

    for (std::size_t i = 0; i < l.pricing.dimensions.size(); ++i) {
        const PricingDimension& d = l.pricing.dimensions[i];
        const std::string dp = indexPointer(field::pricingDimensions, i);
        if (!isDimensionKey(d.key))
            out.report("api-dimension-key", dp + "/key",
                d.key.empty()
                    ? EngineText::tr(
                        "Give the dimension a key (letters, digits, '_', '.', '-'), e.g. \"gold-package\".")
                    : EngineText::tr("The key \"%1\" may only use letters, digits, '_', '.' and '-'.").arg(d.key));
        // An update that leaves the types as they are sends none.
        const auto& allowed = dimensionTypeValues();
        const bool typesOk = ((d.onLiveProduct && d.types.empty()) || !d.types.empty()) && d.types.size() <= 3
            && std::all_of(d.types.begin(), d.types.end(),
                [&](const std::string& t) { return std::find(allowed.begin(), allowed.end(), t) != allowed.end(); });
        if (!typesOk)
            out.report("api-dimension-types", dp + "/types",
                EngineText::tr(
                    "Dimension types must be 1 to 3 of Entitled, Metered, ExternallyMetered (professional services "
                    "use Entitled)."));
    }

    const auto& accounts = l.visibility.buyerAccounts;
    if (accounts.size() > 100)
        out.report("api-buyer-account", field::visibilityBuyerAccounts,
            EngineText::tr("At most 100 buyer accounts can be targeted."));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        const std::string& id = accounts[i];
        const bool twelveDigits
            = id.size() == 12 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!twelveDigits)
            out.report("api-buyer-account", indexPointer(field::visibilityBuyerAccounts, i),
                EngineText::tr("\"%1\" is not an AWS account ID (12 digits).").arg(id));
        else if (!seen.insert(id).second)
            out.report("api-buyer-account", indexPointer(field::visibilityBuyerAccounts, i),
                EngineText::tr("%1 is listed twice.").arg(id));
    }
}

} // namespace

void checkCatalogLimits(const Input& in, Reporter& out)
{
    for (const TextLimit& limit : textLimits(in)) {
        const std::string& text = *limit.analyzed.text;
        if (limit.required && isBlank(text)) {
            out.report("api-required", limit.pointer(), EngineText::tr("%1 is required.").arg(fieldLabel(limit)));
            continue;
        }
        const std::size_t length = countCodePoints(text);
        if (length > limit.spec().maxChars) {
            // Highlight what does not fit: from the first character past the limit.
            std::size_t offset = 0, counted = 0;
            for (; offset < text.size(); ++offset) {
                if ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
                    continue;
                if (counted == limit.spec().maxChars)
                    break;
                ++counted;
            }
            // The message names the limit, not the current length: it stays the
            // same while the user types, and the highlighted range shows the excess.
            (void)length;
            out.report("api-length", limit.pointer(),
                EngineText::tr("%1 is longer than the Catalog API limit of %n characters; shorten it.", nullptr,
                    static_cast<long long>(limit.spec().maxChars))
                    .arg(fieldLabel(limit)),
                TextRange {offset, text.size()});
        }
        if (limit.spec().noLeadingSpace && startsWithWhitespace(text))
            out.report("api-leading-whitespace", limit.pointer(),
                EngineText::tr("%1 must not start with a space or line break.").arg(fieldLabel(limit)),
                TextRange {0, 1});
    }
    checkCounts(in.product, out);
}

} // namespace proserv::rules
