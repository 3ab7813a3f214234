#include "model/OfferExport.h"

#include "model/ChangeSetExport.h"

namespace proserv {

namespace {

Json entityOf(const OfferDraft& offer)
{
    Json entity = {{"Type", PrivateOffer::kEntityType}};
    entity["Identifier"] = offer.offer.offerId.empty()
        ? std::string("$") + kCreateOfferChangeName + ".Entity.Identifier"
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

} // namespace

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
        term = {{"Type", "FixedUpfrontPricingTerm"}, {"CurrencyCode", p.currency}, {"Price", "0"},
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

Json exportOfferChangeSet(const OfferDraft& offer)
{
    Json changes = Json::array();
    if (offer.offer.offerId.empty()) {
        Json create = {{"ChangeType", "CreateOffer"}, {"ChangeName", kCreateOfferChangeName},
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
        changes.push_back(change(offer, "UpdatePaymentScheduleTerms",
            termList({{"Type", "PaymentScheduleTerm"}, {"CurrencyCode", offer.pricing.currency},
                {"Schedule", std::move(schedule)}})));
    }
    if (!offer.availability.agreementDuration.empty())
        changes.push_back(change(offer, "UpdateValidityTerms",
            termList({{"Type", "ValidityTerm"}, {"AgreementDuration", offer.availability.agreementDuration}})));
    const Json document = offer.terms.legalDocument == kCustomEula
        ? Json {{"Type", "CustomEula"}, {"Url", offer.terms.eulaUrl}}
        : Json {{"Type", "StandardEula"}, {"Version", kStandardContractVersion}};
    changes.push_back(
        change(offer, "UpdateLegalTerms", termList({{"Type", "LegalTerm"}, {"Documents", Json::array({document})}})));
    if (!offer.terms.refundPolicy.empty())
        changes.push_back(change(offer, "UpdateSupportTerms",
            termList({{"Type", "SupportTerm"}, {"RefundPolicy", offer.terms.refundPolicy}})));
    if (!offer.availability.acceptBy.empty())
        changes.push_back(
            change(offer, "UpdateAvailability", {{"AvailabilityEndDate", offer.availability.acceptBy}}));
    if (offer.submission.release)
        changes.push_back(change(offer, "ReleaseOffer", Json::object()));

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
