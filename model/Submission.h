// What one change set sends, as the rules read it: the change-set envelope
// above its entities, each entity with the version AWS Marketplace accepted.
#pragma once

#include "model/Listing.h"
#include "model/Offer.h"

namespace proserv {

// One entity of a submission: the draft, and the version AWS Marketplace
// accepted (empty for an entity not yet created).
template <class Entity, class Baseline>
struct EntityEntry {
    const Entity* draft = nullptr;
    const Baseline* accepted = nullptr;
    explicit operator bool() const { return draft != nullptr; }
};

// A view over documents, nothing copied: the envelope (name, tags, intent,
// publishing steps, the layout of each change of the file read) and the
// entities it creates or updates, each with its own baseline. A native
// listing is a submission of one product. A change set read from a file may
// also hold changes for entity types this version does not model; they stay
// in settings->changes exactly as written (and one rule says nobody here
// checked them). A second entity type adds its entry beside the product's,
// so a rule about it reads the product in the same submission.
struct Submission {
    const SubmissionSettings* settings = nullptr; // the product's change set; null for an offer's
    EntityEntry<ProductListing, AcceptedVersion> product;
    // A private offer's change set: the offer, and beside it the product it
    // sells when that is at hand (--product, or the offer's listing file), so
    // an offer rule reads the product's own dimensions. No accepted baseline
    // for offers yet.
    EntityEntry<PrivateOffer, PrivateOffer> offer;
};

// The submission a native listing document makes: its one product.
inline Submission submissionOf(const Listing& listing)
{
    Submission submission;
    submission.settings = &listing.submission;
    submission.product = {&listing.entity(), &listing.accepted};
    return submission;
}

} // namespace proserv
