#include "validation/ExportPlan.h"

#include "model/DocumentLoader.h"
#include "validation/Validator.h"

#include <algorithm>

namespace proserv {

namespace {

// Rules whose findings are about what the exported file does, so every
// export says them, not only the Problems list.
bool isSaidAtExport(const Finding& finding)
{
    return finding.ruleId == "api-update-without-baseline" || finding.ruleId == "submission-changes-unchecked";
}

} // namespace

ExportPlan planExport(const Listing& listing, const std::vector<Finding>& findings, const ExportOptions& options)
{
    ExportPlan plan;
    plan.request = exportChangeSet(listing, options);
    plan.nothingToSend = isEmptyUpdate(plan.request);
    if (plan.nothingToSend)
        return plan; // nothing is written, so nothing blocks and nothing stays behind
    plan.text = serializeRequest(plan.request);
    plan.tooLarge = tooLargeToReadBack(plan.text.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].severity == Severity::Error && isOnSubmittedField(findings[i]))
            plan.blocking.push_back(i);
        else if (isSaidAtExport(findings[i]))
            plan.said.push_back(i);
    }
    plan.keptInDraft = filledDraftOnlyFields(listing);
    return plan;
}

} // namespace proserv
