// What exporting a listing would do, decided once for the editor's Export and
// `proserv-check export` alike: the request, whether it sends anything,
// which findings block it, which are said on the way, which filled-in draft
// values stay behind, and whether the written file could be read back.
#pragma once

#include "model/ChangeSetExport.h"
#include "model/MessageText.h"
#include "model/SubmissionFields.h"
#include "validation/Finding.h"

#include <optional>
#include <string>
#include <vector>

namespace proserv {

struct ExportPlan {
    Json request;
    std::string text; // the request as written to the file
    // An update whose listing equals its accepted version: nothing is written.
    bool nothingToSend = false;
    // Indices into the findings planned with. Blocking: errors on submitted
    // fields, which AWS Marketplace would refuse (errors on draft-only fields
    // are not sent, so never block). Said: findings about the export itself,
    // said whenever it is written (an update that re-adds a live product's
    // dimensions; changes sent unchecked).
    std::vector<std::size_t> blocking;
    std::vector<std::size_t> said;
    // Filled-in draft values the change set cannot carry, in form order.
    std::vector<DraftOnlyValue> keptInDraft;
    // Set when the request is larger than a listing file may be.
    std::optional<MessageText> tooLarge;

    bool writable() const { return !nothingToSend && !tooLarge; }
};

// `findings`: the listing's, as its document judges it (as a draft or as a
// submitted file).
ExportPlan planExport(const Listing& listing, const std::vector<Finding>& findings, const ExportOptions& options = {});

} // namespace proserv
