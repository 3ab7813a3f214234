#include "model/AcceptedVersion.h"

namespace proserv {

AcceptedVersion acceptedVersionOf(const Listing& listing, const std::string& source)
{
    AcceptedVersion accepted;
    accepted.source = source;
    accepted.product = listing.product;
    accepted.product.logoFile.clear(); // draft-only
    accepted.product.unknown = {};
    accepted.dimensions = listing.pricing.dimensions;
    for (PricingDimension& d : accepted.dimensions) {
        d.service.clear(); // draft-only
        d.onLiveProduct = true;
        d.unknown = {};
    }
    accepted.associatedProducts = listing.architecture.relatedProducts;
    accepted.buyerAccounts = listing.visibility.buyerAccounts;
    if (listing.accepted.present()) { // an earlier baseline's entity facts carry over
        accepted.revision = listing.accepted.revision;
        accepted.visibility = listing.accepted.visibility;
        accepted.state = listing.accepted.state;
    }
    return accepted;
}

Listing listingOf(const AcceptedVersion& accepted)
{
    Listing listing;
    listing.product = accepted.product;
    listing.pricing.dimensions = accepted.dimensions;
    listing.architecture.relatedProducts = accepted.associatedProducts;
    listing.visibility.buyerAccounts = accepted.buyerAccounts;
    return listing;
}

} // namespace proserv
