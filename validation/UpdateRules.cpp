// The update and publishing steps of a change set (catalog-api-notes.md
// §4.3–4.6, §13): what a PS product's change types can and cannot do to the
// accepted version, and what must hold before ReleaseProduct and
// UpdateVisibility.
#include "model/FieldPointers.h"
#include "validation/RuleSections.h"

#include "model/ChangeSetExport.h"
#include "model/ChangeSetImport.h"

#include <algorithm>
#include <map>
#include <set>

namespace proserv::rules {

namespace {

void checkAgainstAccepted(const ProductListing& product, const AcceptedVersion& accepted, Reporter& out)
{
    if (!accepted.present())
        return;
    const auto& draft = product.pricing.dimensions;
    for (std::size_t i = 0; i < accepted.dimensions.size(); ++i) {
        const PricingDimension& before = accepted.dimensions[i];
        if (before.key.empty() || findDimension(draft, before.key))
            continue;
        // The same place holding a key the accepted version lacks: re-keyed.
        const bool rekeyed = i < draft.size() && !findDimension(accepted.dimensions, draft[i].key);
        if (rekeyed)
            out.report("api-dimension-removed", indexPointer(field::pricingDimensions, i) + "/key",
                EngineText::tr("The accepted version calls this dimension \"%1\"; a professional services "
                               "product has no change type that renames a key: keep \"%1\" and add the new "
                               "dimension beside it.")
                    .arg(before.key));
        else
            out.report("api-dimension-removed", field::pricingDimensions,
                EngineText::tr("The accepted version has the dimension \"%1\"; a professional services product "
                               "has no change type that removes one: keep it, or ask AWS Marketplace Seller "
                               "Operations to remove it.")
                    .arg(before.key));
    }
    for (std::size_t i = 0; i < draft.size(); ++i) {
        const PricingDimension& d = draft[i];
        const PricingDimension* before = findDimension(accepted.dimensions, d.key);
        if (before && !d.unit.empty() && !before->unit.empty() && d.unit != before->unit)
            out.report("api-dimension-unit-change", indexPointer(field::pricingDimensions, i) + "/unit",
                EngineText::tr("UpdateDimensions has no Unit: the accepted unit \"%1\" stays.").arg(before->unit));
    }
}

// The envelope's publishing steps, judged against the product they publish.
void checkPublishing(const SubmissionSettings& s, const ProductListing& l, const AcceptedVersion& accepted, Reporter& out)
{
    const bool isNew = l.product.productId.empty() && accepted.product.productId.empty();
    static const char* const kVisibilities[] = {"Public", "Limited", "Restricted"};
    const std::string& target = s.targetVisibility;
    if (!target.empty()
        && std::none_of(std::begin(kVisibilities), std::end(kVisibilities), [&](const char* v) { return target == v; }))
        out.report("api-submission-value", field::submissionTargetVisibility,
            EngineText::tr("\"%1\" is not a visibility; use Public, Limited or Restricted.").arg(target));
    if (!s.replacementProductId.empty() && !isProductId(s.replacementProductId))
        out.report("api-submission-value", field::submissionReplacementProductId,
            EngineText::tr("\"%1\" is not a product ID (prod- followed by 13 or 25 letters and digits).")
                .arg(s.replacementProductId));
    if (!s.replacementProductId.empty() && target.empty())
        out.report("api-submission-value", field::submissionReplacementProductId,
            EngineText::tr("A replacement product is sent with a visibility change; choose the visibility."));
    if (!s.intent.empty() && s.intent != "APPLY" && s.intent != "VALIDATE")
        out.report("api-submission-value", field::submissionIntent,
            EngineText::tr("\"%1\" is not an intent; use APPLY or VALIDATE.").arg(s.intent));
    if (s.changeSetName && !s.changeSetName->empty()) {
        const std::string& name = *s.changeSetName;
        if (!std::all_of(name.begin(), name.end(), isChangeSetNameCharacter) || name.size() > kMaxChangeSetNameLength)
            out.report("api-submission-value", field::submissionChangeSetName,
                EngineText::tr("A change set name has at most 100 letters, digits, spaces and _ + = . : @ -."));
    }

    if (s.releaseProduct && !isNew && !accepted.visibility.empty() && accepted.visibility != "Draft")
        out.report("api-release-existing", field::submissionReleaseProduct,
            EngineText::tr("ReleaseProduct releases a product that is still in Draft; this one is already %1.")
                .arg(accepted.visibility));
    if (target == "Public" && isNew && !s.releaseProduct)
        out.report("api-publish-before-release", field::submissionTargetVisibility,
            EngineText::tr("A new product is released (ReleaseProduct) before it can be made public: tick "
                           "Release, or publish in a later change set."));
    if (target == "Public" && !l.visibility.buyerAccounts.empty() && accepted.buyerAccounts.empty() && isNew)
        out.report("api-publish-before-release", field::visibilityBuyerAccounts,
            EngineText::tr("Buyer accounts only matter while the product is Limited; a public product is seen "
                           "by every buyer."));
}

void checkUpdateWithoutBaseline(const ProductListing& l, const AcceptedVersion& accepted, Reporter& out)
{
    if (l.product.productId.empty() || accepted.present())
        return;
    const auto& dims = l.pricing.dimensions;
    if (std::any_of(dims.begin(), dims.end(), [](const PricingDimension& d) { return !d.onLiveProduct; }))
        out.report("api-update-without-baseline", field::pricingDimensions,
            EngineText::tr("Product %1 is exported without its accepted version, so every dimension goes out "
                           "as AddDimensions and existing ones are added again. Open the product's "
                           "DescribeEntity response, or export against it (File ▸ Export Update Against…, "
                           "proserv-check export --baseline).")
                .arg(l.product.productId));
}

// Changes kept whole from the file (another entity's, or a change type this
// version does not know) are sent exactly as written and checked by nobody
// here: a green document must not vouch for them.
void checkChangesSentAsWritten(const SubmissionSettings& settings, Reporter& out)
{
    std::map<std::string, std::set<std::string>> typesByEntity;
    long long count = 0;
    for (const SubmittedChange& change : settings.changes) {
        if (!change.verbatim.present())
            continue;
        const std::string entity = entityTypeOf(change.verbatim.value);
        typesByEntity[entity.empty() ? std::string("?") : entity].insert(change.changeType);
        ++count;
    }
    if (count == 0)
        return;
    std::string list;
    for (const auto& [entity, types] : typesByEntity) {
        std::string names;
        for (const std::string& type : types)
            names += (names.empty() ? "" : ", ") + type;
        list += (list.empty() ? "" : "; ") + entity + ": " + names;
    }
    out.report("submission-changes-unchecked", "",
        EngineText::tr("This change set also sends %n change(s) exactly as the file wrote them, for entities or change "
                       "types this version does not edit or check (%1); AWS checks them when the change set runs.",
            nullptr, count)
            .argValue(list));
}

} // namespace

void checkUpdates(const Input& in, Reporter& out)
{
    checkAgainstAccepted(in.product, in.accepted, out);
    checkPublishing(*in.submission.settings, in.product, in.accepted, out);
    checkUpdateWithoutBaseline(in.product, in.accepted, out);
    checkChangesSentAsWritten(*in.submission.settings, out);
}

} // namespace proserv::rules
