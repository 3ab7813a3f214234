// What each document type submits, as "What Will Be Submitted" shows it:
// the request the export writes, the change titles a seller reads, which
// draft field a change-set key comes from, and the filled-in fields that
// stay in the draft with where they matter instead. One function per
// document type; SubmissionView shows any of them.
#pragma once

#include "model/JsonFields.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace proserv {

class ListingDocument;
class OfferDocument;

struct SubmissionPlan {
    Json request;
    std::string text; // the request as the export writes it
    // The entity type this document's changes are for; other entities'
    // changes in the request are sent as the file wrote them.
    std::string entityType;
    std::function<QString(const std::string& changeType)> changeTitle;
    // The draft field a DetailsDocument key ("*/Key" for a list item's) comes from; "" when unknown.
    std::function<std::string(const std::string& changeType, const std::string& key)> nativePointerOf;
    struct Kept {
        std::string pointer;
        QString whereItMatters;
    };
    std::vector<Kept> keptInDraft;
};

SubmissionPlan listingSubmission(const ListingDocument& document);
SubmissionPlan offerSubmission(const OfferDocument& document);

} // namespace proserv
