#include "model/OfferExport.h"

#include "model/ChangeSetExport.h"
#include "model/JsonFields.h"

namespace proserv {

namespace {

// The CreateOffer change's name: a submitted file's own (its other changes
// refer to it), else CreateOfferChange.
std::string createChangeNameOf(const OfferDraft& offer)
{
    if (offer.submission.original.present())
        for (const Json& change : offer.submission.original.value.value("ChangeSet", Json::array()))
            if (change.value("ChangeType", std::string()) == "CreateOffer" && change.contains("ChangeName"))
                return change.value("ChangeName", std::string(kCreateOfferChangeName));
    return kCreateOfferChangeName;
}

Json entityOf(const OfferDraft& offer)
{
    Json entity = {{"Type", PrivateOffer::kEntityType}};
    entity["Identifier"] = offer.offer.offerId.empty() ? "$" + createChangeNameOf(offer) + ".Entity.Identifier"
                                                       : offer.offer.offerId;
    return entity;
}

Json change(const OfferDraft& offer, const char* type, Json details)
{
    return {{"ChangeType", type}, {"Entity", entityOf(offer)}, {"DetailsDocument", std::move(details)}};
}

// One term of a term list, as AWS's Update…Terms changes take them.
Json termList(Json term)
{
    return {{"Terms", Json::array({std::move(term)})}};
}

bool isWrittenFromTheOffer(const std::string& changeType)
{
    static const char* const kWritten[] = {"CreateOffer", "UpdateInformation", "UpdateTargeting",
        "UpdatePricingTerms", "UpdatePaymentScheduleTerms", "UpdateValidityTerms", "UpdateLegalTerms",
        "UpdateSupportTerms", "UpdateAvailability", "ReleaseOffer"};
    for (const char* type : kWritten)
        if (changeType == type)
            return true;
    return false;
}

// The value of a part of the offer without the parts inside it that another
// change carries (/availability without /availability/acceptBy).
Json partOf(const Json& offer, const std::string& pointer)
{
    const Json::json_pointer at(pointer);
    if (!offer.contains(at))
        return Json();
    Json value = offer.at(at);
    for (const OfferPart& inner : offerParts()) {
        const std::string innerPointer = inner.pointer;
        if (innerPointer.size() > pointer.size() && isPointerWithin(innerPointer, pointer)) {
            const Json::json_pointer relative(innerPointer.substr(pointer.size()));
            if (value.contains(relative))
                value.at(relative.parent_pointer()).erase(relative.back());
        }
    }
    return value;
}

// Equal as JSON: objects compare by their members, whatever their order
// (a file rewritten by another tool keeps its meaning).
bool sameJson(const Json& a, const Json& b)
{
    if (a.is_object() && b.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const auto other = b.find(it.key());
            if (other == b.end() || !sameJson(it.value(), *other))
                return false;
        }
        return true;
    }
    if (a.is_array() && b.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!sameJson(a[i], b[i]))
                return false;
        return true;
    }
    return a == b;
}

} // namespace

// Every part of the offer, as a new offer sends it (exportOfferChangeSet
// keeps what an update of some parts sends).
Json exportWholeOffer(const OfferDraft& offer);

Json offerPricingTerms(const OfferDraft& offer)
{
    const OfferPricing& p = offer.pricing;
    Json term;
    if (p.isInstallments()) {
        // §3.2: the schedule carries the money; this term grants the dimensions.
        // Duration is sent (AWS's validation table calls it required and has
        // MISSING_DURATION; §10 Q4), equal to the agreement's.
        Json grants = Json::array();
        for (const InstallmentGrant& g : p.grants)
            grants.push_back({{"DimensionKey", g.dimensionKey}, {"MaxQuantity", g.quantity}});
        term = {{"Type", "FixedUpfrontPricingTerm"}, {"CurrencyCode", p.currency}, {"Price", p.fixedUpfrontPrice},
            {"Grants", std::move(grants)}};
        if (!offer.availability.agreementDuration.empty())
            term["Duration"] = offer.availability.agreementDuration;
    } else {
        // §3.1: one rate card for the agreement's duration; the buyer takes
        // one dimension, no quantity to choose (§10 Q3: Disallowed/Disallowed,
        // as AWS's contract samples have it).
        Json rates = Json::array();
        for (const UpfrontPrice& price : p.prices)
            rates.push_back({{"DimensionKey", price.dimensionKey}, {"Price", price.price}});
        Json rateCard = {{"Selector", {{"Type", "Duration"}, {"Value", offer.availability.agreementDuration}}},
            {"Constraints", {{"MultipleDimensionSelection", "Disallowed"}, {"QuantityConfiguration", "Disallowed"}}},
            {"RateCard", std::move(rates)}};
        term = {{"Type", "ConfigurableUpfrontPricingTerm"}, {"CurrencyCode", p.currency},
            {"RateCards", Json::array({std::move(rateCard)})}};
    }
    return {{"PricingModel", "Contract"}, {"Terms", Json::array({std::move(term)})}};
}

const std::vector<OfferPart>& offerParts()
{
    static const std::vector<OfferPart> parts = {
        {"/product/productId", "CreateOffer"},
        {"/offer/name", "UpdateInformation"},
        {"/offer/description", "UpdateInformation"},
        {"/buyers", "UpdateTargeting"},
        {"/pricing/schedule", "UpdatePaymentScheduleTerms"},
        {"/pricing/scheduleCurrency", "UpdatePaymentScheduleTerms"},
        {"/pricing", "UpdatePricingTerms"},
        {"/terms/refundPolicy", "UpdateSupportTerms"},
        {"/terms", "UpdateLegalTerms"},
        {"/availability/acceptBy", "UpdateAvailability"},
        {"/availability", "UpdateValidityTerms"},
        {"/submission/release", "ReleaseOffer"},
    };
    return parts;
}

std::string changeTypeOfOfferField(const std::string& pointer)
{
    for (const OfferPart& part : offerParts()) // the more specific parts come first
        if (isPointerWithin(pointer, part.pointer))
            return part.changeType;
    return {};
}

std::optional<std::set<std::string>> offerChangeTypesSent(const OfferDraft& offer)
{
    if (offer.offer.offerId.empty() || !offer.submission.originalOffer.present())
        return std::nullopt;
    std::set<std::string> sent;
    if (offer.submission.original.present())
        for (const Json& change : offer.submission.original.value.value("ChangeSet", Json::array())) {
            const std::string type = change.value("ChangeType", std::string());
            if (type == "CreateOffer")
                return std::nullopt; // a new offer: the whole of it
            sent.insert(type);
        }
    const Json now = offerEntityJson(offer);
    const Json& before = offer.submission.originalOffer.value;
    for (const OfferPart& part : offerParts()) {
        if (std::string(part.pointer).rfind("/submission", 0) == 0)
            continue;
        if (!sameJson(partOf(before, part.pointer), partOf(now, part.pointer)))
            sent.insert(part.changeType);
    }
    if (offer.submission.release && offer.submission.stateAtAws != "Released")
        sent.insert("ReleaseOffer");
    return sent;
}

Json exportOfferChangeSet(const OfferDraft& offer)
{
    // An unedited submitted file is sent as it was read.
    if (offer.submission.original.present() && sameJson(offer.submission.originalOffer.value, offerEntityJson(offer)))
        return offer.submission.original.value;
    Json request = exportWholeOffer(offer);
    // An update of some parts of an offer AWS holds sends those parts only:
    // an empty term list would replace the offer's own.
    if (const std::optional<std::set<std::string>> sent = offerChangeTypesSent(offer)) {
        Json kept = Json::array();
        for (Json& change : request["ChangeSet"]) {
            const std::string type = change.value("ChangeType", std::string());
            if (sent->count(type) || !isWrittenFromTheOffer(type))
                kept.push_back(std::move(change));
        }
        request["ChangeSet"] = std::move(kept);
    }
    return request;
}

Json exportWholeOffer(const OfferDraft& offer)
{
    Json changes = Json::array();
    if (offer.offer.offerId.empty()) {
        Json create = {{"ChangeType", "CreateOffer"}, {"ChangeName", createChangeNameOf(offer)},
            {"Entity", {{"Type", PrivateOffer::kEntityType}}},
            {"DetailsDocument", {{"ProductId", offer.product.productId}}}};
        changes.push_back(std::move(create));
    }
    Json information = Json::object();
    if (!offer.offer.name.empty())
        information["Name"] = offer.offer.name;
    if (!offer.offer.description.empty())
        information["Description"] = offer.offer.description;
    if (!information.empty())
        changes.push_back(change(offer, "UpdateInformation", std::move(information)));
    if (!offer.buyers.accounts.empty() || !offer.buyers.countries.empty()) {
        Json positive = Json::object();
        if (!offer.buyers.accounts.empty())
            positive["BuyerAccounts"] = offer.buyers.accounts;
        if (!offer.buyers.countries.empty())
            positive["CountryCodes"] = offer.buyers.countries;
        changes.push_back(change(offer, "UpdateTargeting", {{"PositiveTargeting", std::move(positive)}}));
    }
    changes.push_back(change(offer, "UpdatePricingTerms", offerPricingTerms(offer)));
    if (offer.pricing.isInstallments()) {
        Json schedule = Json::array();
        for (const ScheduledPayment& payment : offer.pricing.schedule)
            schedule.push_back({{"ChargeDate", payment.chargeDate}, {"ChargeAmount", payment.amount}});
        const std::string& currency
            = offer.pricing.scheduleCurrency.empty() ? offer.pricing.currency : offer.pricing.scheduleCurrency;
        changes.push_back(change(offer, "UpdatePaymentScheduleTerms",
            termList({{"Type", "PaymentScheduleTerm"}, {"CurrencyCode", currency}, {"Schedule", std::move(schedule)}})));
    }
    if (!offer.availability.agreementDuration.empty() || !offer.availability.agreementEndDate.empty()) {
        Json validity = {{"Type", "ValidityTerm"}};
        if (!offer.availability.agreementDuration.empty())
            validity["AgreementDuration"] = offer.availability.agreementDuration;
        if (!offer.availability.agreementEndDate.empty())
            validity["AgreementEndDate"] = offer.availability.agreementEndDate;
        changes.push_back(change(offer, "UpdateValidityTerms", termList(std::move(validity))));
    }
    if (!offer.terms.legalDocument.empty()) {
        const Json document = offer.terms.legalDocument == kCustomEula
            ? Json {{"Type", "CustomEula"}, {"Url", offer.terms.eulaUrl}}
            : Json {{"Type", "StandardEula"}, {"Version", offer.terms.standardContractVersion}};
        changes.push_back(change(
            offer, "UpdateLegalTerms", termList({{"Type", "LegalTerm"}, {"Documents", Json::array({document})}})));
    }
    if (!offer.terms.refundPolicy.empty())
        changes.push_back(change(offer, "UpdateSupportTerms",
            termList({{"Type", "SupportTerm"}, {"RefundPolicy", offer.terms.refundPolicy}})));
    if (!offer.availability.acceptBy.empty())
        changes.push_back(
            change(offer, "UpdateAvailability", {{"AvailabilityEndDate", offer.availability.acceptBy}}));
    // What a submitted file held that this version does not write itself
    // (UpdateRenewalTerms, UpdateNetPaymentTerms…), kept as written.
    if (offer.submission.original.present())
        for (const Json& kept : offer.submission.original.value.value("ChangeSet", Json::array()))
            if (!isWrittenFromTheOffer(kept.value("ChangeType", std::string())))
                changes.push_back(kept);
    if (offer.submission.release)
        changes.push_back(change(offer, "ReleaseOffer",
            offer.submission.releaseDetails.present() ? offer.submission.releaseDetails.value : Json::object()));

    Json request = {{"Catalog", kCatalogName}, {"ChangeSet", std::move(changes)}};
    request["ChangeSetName"] = offerChangeSetName(offer);
    if (offer.submission.changeSetTags.present())
        request["ChangeSetTags"] = offer.submission.changeSetTags.value;
    return request;
}

std::string offerChangeSetName(const OfferDraft& offer)
{
    if (offer.submission.changeSetName && !offer.submission.changeSetName->empty())
        return *offer.submission.changeSetName;
    return changeSetNameFrom(offer.offer.offerId.empty() ? "Create offer " : "Update offer ", offer.offer.name);
}

std::string serializeOfferChangeSet(const OfferDraft& offer)
{
    return serializeRequest(exportOfferChangeSet(offer));
}

} // namespace proserv
