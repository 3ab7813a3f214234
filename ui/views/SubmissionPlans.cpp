#include "ui/views/SubmissionPlans.h"

#include "model/ChangeSetExport.h"
#include "model/OfferExport.h"
#include "model/SubmissionFields.h"
#include "qtsupport/Translation.h"
#include "ui/document/ListingDocument.h"
#include "ui/document/OfferDocument.h"
#include "validation/ExportPlan.h"

#include <QCoreApplication>

namespace proserv {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SubmissionPlans)
};

QString listingChangeTitle(const std::string& type)
{
    if (type == "CreateProduct")
        return Text::tr("Create the product");
    if (type == "UpdateInformation")
        return Text::tr("Product information");
    if (type == "AddDimensions")
        return Text::tr("Pricing dimensions");
    if (type == "UpdateTargeting")
        return Text::tr("Who can see the product");
    return QString::fromStdString(type);
}

QString offerChangeTitle(const std::string& type)
{
    if (type == "CreateOffer")
        return Text::tr("Create the offer");
    if (type == "UpdateInformation")
        return Text::tr("Offer name and description");
    if (type == "UpdateTargeting")
        return Text::tr("Buyers");
    if (type == "UpdatePricingTerms")
        return Text::tr("Prices");
    if (type == "UpdatePaymentScheduleTerms")
        return Text::tr("Payment schedule");
    if (type == "UpdateValidityTerms")
        return Text::tr("Contract length");
    if (type == "UpdateLegalTerms")
        return Text::tr("Legal terms");
    if (type == "UpdateSupportTerms")
        return Text::tr("Refund policy");
    if (type == "UpdateAvailability")
        return Text::tr("Accept-by date");
    if (type == "ReleaseOffer")
        return Text::tr("Release the offer to its buyers");
    return QString::fromStdString(type);
}

// The native field a change-set key comes from, by the listing's destination table.
std::string listingPointerOf(const std::string& changeType, const std::string& path)
{
    for (const FieldDestination& d : fieldDestinations())
        if (d.submitted() && changeType == d.changeType && path == d.changePath)
            return d.pointer;
    return {};
}

} // namespace

SubmissionPlan listingSubmission(const ListingDocument& document)
{
    // The plan Export and proserv-check export present (validation/ExportPlan).
    const ExportPlan plan = planExport(document.listing(), document.findings());
    SubmissionPlan out;
    out.request = plan.request;
    out.text = plan.nothingToSend ? serializeRequest(plan.request) : plan.text;
    out.entityType = kEntityType;
    out.changeTitle = listingChangeTitle;
    out.nativePointerOf = listingPointerOf;
    for (const DraftOnlyValue& value : plan.keptInDraft)
        out.keptInDraft.push_back({value.pointer, translatedSource(value.destination->keptFor)});
    return out;
}

SubmissionPlan offerSubmission(const OfferDocument& document)
{
    const OfferDraft& offer = document.offer();
    SubmissionPlan out;
    out.request = exportOfferChangeSet(offer);
    out.text = serializeRequest(out.request);
    out.entityType = PrivateOffer::kEntityType;
    out.changeTitle = offerChangeTitle;
    out.nativePointerOf = [](const std::string&, const std::string&) { return std::string(); };
    // What the offer keeps for the seller and the checks: AWS takes the
    // product's title and dimensions from the product itself.
    if (!offer.product.title.empty())
        out.keptInDraft.push_back({"/product/title", Text::tr("The buyer sees the product's own title.")});
    if (!offer.product.dimensions.empty())
        out.keptInDraft.push_back({"/product/dimensions",
            Text::tr("A copy of the product's dimensions, to check the prices against.")});
    if (!offer.product.listingFile.empty())
        out.keptInDraft.push_back(
            {"/product/listingFile", Text::tr("The listing this offer was drafted from, on your disk.")});
    if (offer.pricing.zeroPricesConfirmed)
        out.keptInDraft.push_back({"/pricing/zeroPricesConfirmed",
            Text::tr("Your confirmation for the zero-price check; in AWS Marketplace it is the portal's "
                     "setting.")});
    return out;
}

} // namespace proserv
