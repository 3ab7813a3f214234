// The rule engine's entry point: a pure function from a listing to findings,
// called on every keystroke by the editor and once per file by proserv-check.
#pragma once

#include "model/Listing.h"
#include "validation/Finding.h"
#include "validation/ImageProbe.h"

#include <optional>
#include <string>
#include <vector>

namespace proserv {

struct ValidationContext {
    // The probed local logo file (product.logoFile), when there is one. The
    // caller reads it (probeImageFile) so that validation does no I/O.
    std::optional<ImageInfo> logo;
    // The listing was read from a submitted file (a change set or a
    // DescribeEntity response). Such a file cannot carry the seller's draft,
    // so findings on draft-only fields are not reported against it; one
    // `submission-draft-only` note lists the checks the reviewer must ask about.
    bool submittedFile = false;
    // Who reads the note: a reviewer asks the seller about those checks; the
    // seller who opened their own submitted file as a draft fills them in.
    bool readBySeller = false;
};

// Reads what validation needs from disk for this listing (the local logo
// file, resolved against the document's folder). The one I/O step; the GUI
// calls it when the logo path changes, not on every keystroke.
// `confined`: see resolveLogoFile (ImageProbe.h); true for any file that is
// not the user's own draft.
ValidationContext makeValidationContext(const Listing& listing, const std::string& documentPath, bool confined = true);

// One rule's findings in one field or list beyond this many are counted in
// one more finding instead of listed ("and N more …").
inline constexpr std::size_t kListedPerRuleAndField = 20;

// Findings sorted by the position of their field in the form, then by offset.
// With context.submittedFile, only findings on submitted fields, plus the note.
std::vector<Finding> validateListing(const Listing& listing, const ValidationContext& context = {});

// Findings on fields that reach AWS Marketplace (model/SubmissionFields.h):
// what decides whether an export would pass review.
bool isOnSubmittedField(const Finding& finding);

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    FindingCounts& operator+=(const FindingCounts& more)
    {
        errors += more.errors;
        warnings += more.warnings;
        infos += more.infos;
        return *this;
    }
};
FindingCounts countFindings(const std::vector<Finding>& findings);

// Findings of a new version that the old one did not have, and the reverse
// (same rule, field and message).
struct FindingDiff {
    std::vector<Finding> appeared;
    std::vector<Finding> disappeared;
};
FindingDiff diffFindings(const std::vector<Finding>& before, const std::vector<Finding>& after);

} // namespace proserv
