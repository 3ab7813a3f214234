// Field-by-field comparison of two versions of a listing (or of a private
// offer), for reviewers:
// what was added, removed or changed; text with word-level changes; lists of
// records matched by identity (a dimension by its key) so a reordered list is
// not reported as everything changed.
#pragma once

#include "model/Listing.h"
#include "model/Offer.h"

#include <string>
#include <vector>

namespace proserv {

enum class ChangeKind { Added, Removed, Changed };
const char* toString(ChangeKind kind);

struct WordSegment {
    enum Op { Same, Inserted, Deleted } op;
    std::string text;
};

struct FieldChange {
    std::string pointer; // in the new version (in the old one for removals)
    ChangeKind kind;
    Json before; // null when added
    Json after; // null when removed
    std::vector<WordSegment> words; // for changed text: the word-level edit
};

std::vector<FieldChange> diffListings(const Listing& before, const Listing& after);
// Prices, grants and payments are matched by dimension and by date.
std::vector<FieldChange> diffOffers(const OfferDraft& before, const OfferDraft& after);

// Word-level difference (longest common subsequence of words, whitespace kept
// with the word before it).
std::vector<WordSegment> diffWords(const std::string& before, const std::string& after);

} // namespace proserv
