// The editor's worst case, shared by the benchmarks: the complete example with
// 5,000-character descriptions and 24 pricing dimensions.
#pragma once

#include "model/DocumentLoader.h"

#include <string>

namespace proserv::bench {

inline Listing completeExample()
{
    return loadDocumentFile(PROSERV_EXAMPLES_DIR "/migration-readiness-assessment.proserv.json").document->listing;
}

// `paragraphs`: Markdown paragraphs as sellers write them; otherwise one
// 5,000-character paragraph (the worst case for text layout).
inline Listing largestListing(bool paragraphs = true)
{
    Listing listing = completeExample();
    const std::string filler = paragraphs ? " Our architects review every workload for migration readiness.\n\nWe map"
                                          : " Our architects review every workload for migration readiness.";
    for (std::string* text : {&listing.product.longDescription, &listing.product.shortDescription})
        while (text->size() < 4900)
            *text += filler;
    listing.product.shortDescription.resize(1000);
    while (listing.pricing.dimensions.size() < 24) {
        PricingDimension d = listing.pricing.dimensions[0];
        d.key += "-" + std::to_string(listing.pricing.dimensions.size());
        d.name += " " + std::to_string(listing.pricing.dimensions.size());
        listing.pricing.dimensions.push_back(d);
    }
    return listing;
}

} // namespace proserv::bench
