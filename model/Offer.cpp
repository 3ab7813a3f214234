#include "model/Offer.h"

#include "model/JsonFields.h"

namespace proserv {

OfferDraft offerFromListing(const Listing& listing, const std::string& listingFile)
{
    OfferDraft offer;
    offer.product.productId = listing.product.productId;
    offer.product.title = listing.product.title;
    offer.product.listingFile = listingFile;
    for (const PricingDimension& d : listing.pricing.dimensions)
        offer.product.dimensions.push_back({d.key, d.name, {}});
    offer.terms.refundPolicy = listing.support.refundPolicy;
    // The listing's service terms at a URL are the contract the seller
    // already uses: offered as the custom EULA (a rule says when AWS cannot
    // read it: not on S3).
    if (!listing.serviceTerms.url.empty()) {
        offer.terms.legalDocument = kCustomEula;
        offer.terms.eulaUrl = listing.serviceTerms.url;
    }
    return offer;
}

Json offerEntityJson(const OfferDraft& offer)
{
    Json json = toJsonValue(offer);
    for (const char* key : {"formatVersion", "kind", "submission"})
        json.erase(key);
    return json;
}

const OfferProductDimension* findOfferDimension(const OfferProduct& product, const std::string& key)
{
    for (const OfferProductDimension& d : product.dimensions)
        if (d.key == key)
            return &d;
    return nullptr;
}

} // namespace proserv
