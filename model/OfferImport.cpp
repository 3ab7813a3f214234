#include "model/OfferImport.h"

#include "model/ChangeSetImport.h"
#include "model/OfferExport.h"

#include <set>

namespace proserv {

namespace {

const char* const kOfferType = PrivateOffer::kEntityType;

bool isOfferType(const std::string& type)
{
    return type.rfind("Offer@", 0) == 0;
}

// A string member, when present; a wrong type is a problem at its place.
bool readString(const Json& object, const char* key, const std::string& pointer, std::string& out,
    FieldProblems& problems)
{
    const auto it = object.find(key);
    if (it == object.end())
        return false;
    if (!it->is_string()) {
        problems.push_back({pointer + "/" + key,
            EngineText::tr("expected a string, found %1").arg(describeJsonType(*it))});
        return false;
    }
    out = it->get<std::string>();
    return true;
}

// readString() for a field of the draft: where it was read is noted for
// the findings on it (`nativePointer` in the draft, the member in the file).
bool readField(const Json& object, const char* key, const std::string& pointer, std::string& out,
    FieldProblems& problems, OfferFieldOrigins& origins, const std::string& nativePointer)
{
    if (!readString(object, key, pointer, out, problems))
        return false;
    origins.note(nativePointer, pointer + "/" + key);
    return true;
}

const Json* member(const Json& object, const char* key, Json::value_t type, const std::string& pointer,
    FieldProblems& problems)
{
    const auto it = object.find(key);
    if (it == object.end())
        return nullptr;
    if (it->type() != type) {
        problems.push_back({pointer + "/" + key,
            type == Json::value_t::array ? EngineText::tr("expected an array, found %1").arg(describeJsonType(*it))
                                         : EngineText::tr("expected an object, found %1").arg(describeJsonType(*it))});
        return nullptr;
    }
    return &*it;
}

// A read-side date ("2027-01-31T00:00:00.000Z", DescribeEntity) as the draft keeps it.
std::string dateOf(const std::string& value)
{
    return value.size() > 10 && value[10] == 'T' ? value.substr(0, 10) : value;
}

void readStringList(const Json& object, const char* key, const std::string& pointer,
    std::vector<std::string>& out, FieldProblems& problems)
{
    const Json* list = member(object, key, Json::value_t::array, pointer, problems);
    if (!list)
        return;
    out.clear();
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (!(*list)[i].is_string()) {
            problems.push_back({pointer + "/" + key + "/" + std::to_string(i),
                EngineText::tr("expected a string, found %1").arg(describeJsonType((*list)[i]))});
            continue;
        }
        out.push_back((*list)[i].get<std::string>());
    }
}

void readTargeting(const Json& details, const std::string& p, OfferDraft& offer, FieldProblems& problems, OfferFieldOrigins& origins)
{
    if (const Json* positive = member(details, "PositiveTargeting", Json::value_t::object, p, problems)) {
        readStringList(*positive, "BuyerAccounts", p + "/PositiveTargeting", offer.buyers.accounts, problems);
        readStringList(*positive, "CountryCodes", p + "/PositiveTargeting", offer.buyers.countries, problems);
        origins.note("/buyers", p + "/PositiveTargeting");
        origins.noteList("/buyers/accounts", p + "/PositiveTargeting/BuyerAccounts");
        origins.noteList("/buyers/countries", p + "/PositiveTargeting/CountryCodes");
    }
    if (details.contains("NegativeTargeting"))
        problems.push_back({p + "/NegativeTargeting",
            EngineText::tr("a professional services offer is private: it targets its buyers' accounts "
                           "(PositiveTargeting), not countries to leave out")});
}

void readSchedule(const Json& term, const std::string& p, OfferDraft& offer, FieldProblems& problems, OfferFieldOrigins& origins)
{
    OfferPricing& pricing = offer.pricing;
    std::string currency;
    if (readField(term, "CurrencyCode", p, currency, problems, origins, "/pricing/scheduleCurrency"))
        pricing.scheduleCurrency = currency;
    const Json* schedule = member(term, "Schedule", Json::value_t::array, p, problems);
    if (!schedule)
        return;
    pricing.schedule.clear();
    origins.note("/pricing/schedule", p + "/Schedule");
    for (std::size_t i = 0; i < schedule->size(); ++i) {
        const Json& item = (*schedule)[i];
        const std::string ip = p + "/Schedule/" + std::to_string(i);
        if (!item.is_object()) {
            problems.push_back({ip, EngineText::tr("expected an object, found %1").arg(describeJsonType(item))});
            continue;
        }
        ScheduledPayment payment;
        const std::string np = "/pricing/schedule/" + std::to_string(pricing.schedule.size());
        origins.note(np, ip);
        readField(item, "ChargeDate", ip, payment.chargeDate, problems, origins, np + "/chargeDate");
        payment.chargeDate = dateOf(payment.chargeDate);
        readField(item, "ChargeAmount", ip, payment.amount, problems, origins, np + "/amount");
        pricing.schedule.push_back(std::move(payment));
    }
}

void readLegalTerm(const Json& term, const std::string& p, OfferDraft& offer, FieldProblems& problems, OfferFieldOrigins& origins)
{
    const Json* documents = member(term, "Documents", Json::value_t::array, p, problems);
    if (!documents)
        return;
    origins.note("/terms/legalDocument", p + "/Documents");
    if (documents->size() != 1) {
        problems.push_back({p + "/Documents",
            EngineText::tr("a legal term holds exactly one document, here %1; merge them into one PDF "
                           "(INVALID_LEGAL_DOCUMENTS)")
                .arg(static_cast<long long>(documents->size()))});
        return;
    }
    const Json& document = (*documents)[0];
    const std::string dp = p + "/Documents/0";
    if (!document.is_object()) {
        problems.push_back({dp, EngineText::tr("expected an object, found %1").arg(describeJsonType(document))});
        return;
    }
    std::string type;
    readField(document, "Type", dp, type, problems, origins, "/terms/legalDocument");
    if (type == "StandardEula") {
        offer.terms.legalDocument = kStandardContract;
        offer.terms.standardContractVersion.clear();
        readField(document, "Version", dp, offer.terms.standardContractVersion, problems, origins,
            "/terms/standardContractVersion");
    } else if (type == "CustomEula") {
        offer.terms.legalDocument = kCustomEula;
        readField(document, "Url", dp, offer.terms.eulaUrl, problems, origins, "/terms/eulaUrl");
    } else {
        problems.push_back({dp + "/Type",
            EngineText::tr("\"%1\" is not a legal document of an offer; use StandardEula or CustomEula")
                .argValue(type)});
    }
}

// One pricing term of UpdatePricingTerms (or of a DescribeEntity's Terms).
void readPricingTerm(const Json& term, const std::string& p, OfferDraft& offer, FieldProblems& problems, OfferFieldOrigins& origins)
{
    std::string type;
    readString(term, "Type", p, type, problems);
    OfferPricing& pricing = offer.pricing;
    if (type == "ConfigurableUpfrontPricingTerm") {
        pricing.model = kUpfrontPricing;
        origins.note("/pricing", p);
        readField(term, "CurrencyCode", p, pricing.currency, problems, origins, "/pricing/currency");
        const Json* cards = member(term, "RateCards", Json::value_t::array, p, problems);
        if (!cards || cards->empty())
            return;
        if (cards->size() > 1)
            problems.push_back({p + "/RateCards",
                EngineText::tr("%n rate cards; a professional services offer has one, for the agreement's duration "
                               "(TOO_MANY_RATE_CARDS)",
                    nullptr, static_cast<long long>(cards->size()))});
        const Json& card = (*cards)[0];
        const std::string cp = p + "/RateCards/0";
        if (!card.is_object())
            return;
        if (const Json* rates = member(card, "RateCard", Json::value_t::array, cp, problems)) {
            pricing.prices.clear();
            origins.note("/pricing/prices", cp + "/RateCard");
            for (std::size_t i = 0; i < rates->size(); ++i) {
                const Json& rate = (*rates)[i];
                const std::string rp = cp + "/RateCard/" + std::to_string(i);
                if (!rate.is_object()) {
                    problems.push_back({rp, EngineText::tr("expected an object, found %1").arg(describeJsonType(rate))});
                    continue;
                }
                UpfrontPrice price;
                const std::string np = "/pricing/prices/" + std::to_string(pricing.prices.size());
                origins.note(np, rp);
                readField(rate, "DimensionKey", rp, price.dimensionKey, problems, origins, np + "/dimensionKey");
                readField(rate, "Price", rp, price.price, problems, origins, np + "/price");
                pricing.prices.push_back(std::move(price));
            }
        }
    } else if (type == "FixedUpfrontPricingTerm") {
        pricing.model = kInstallmentPricing;
        origins.note("/pricing", p);
        readField(term, "CurrencyCode", p, pricing.currency, problems, origins, "/pricing/currency");
        readField(term, "Price", p, pricing.fixedUpfrontPrice, problems, origins, "/pricing/fixedUpfrontPrice");
        if (const Json* grants = member(term, "Grants", Json::value_t::array, p, problems)) {
            pricing.grants.clear();
            origins.note("/pricing/grants", p + "/Grants");
            for (std::size_t i = 0; i < grants->size(); ++i) {
                const Json& grant = (*grants)[i];
                const std::string gp = p + "/Grants/" + std::to_string(i);
                if (!grant.is_object()) {
                    problems.push_back(
                        {gp, EngineText::tr("expected an object, found %1").arg(describeJsonType(grant))});
                    continue;
                }
                InstallmentGrant g;
                g.quantity = 0; // MaxQuantity is required: absent reads as none granted
                const std::string np = "/pricing/grants/" + std::to_string(pricing.grants.size());
                origins.note(np, gp);
                origins.note(np + "/quantity", gp + "/MaxQuantity");
                readField(grant, "DimensionKey", gp, g.dimensionKey, problems, origins, np + "/dimensionKey");
                if (const auto q = grant.find("MaxQuantity"); q != grant.end()) {
                    if (q->is_number_integer() && q->get<long long>() >= -2147483647 && q->get<long long>() <= 2147483647)
                        g.quantity = static_cast<int>(q->get<long long>());
                    else
                        problems.push_back({gp + "/MaxQuantity",
                            EngineText::tr("expected a whole number, found %1").arg(describeJsonType(*q))});
                }
                pricing.grants.push_back(std::move(g));
            }
        }
    } else if (type == "PaymentScheduleTerm") {
        readSchedule(term, p, offer, problems, origins);
    } else if (type == "ValidityTerm") {
        std::string duration;
        origins.note("/availability", p);
        if (readField(term, "AgreementDuration", p, duration, problems, origins, "/availability/agreementDuration"))
            offer.availability.agreementDuration = duration;
        else
            offer.availability.agreementDuration.clear();
        std::string end;
        if (readField(term, "AgreementEndDate", p, end, problems, origins, "/availability/agreementEndDate"))
            offer.availability.agreementEndDate = dateOf(end);
    } else if (type == "LegalTerm") {
        readLegalTerm(term, p, offer, problems, origins);
    } else if (type == "SupportTerm") {
        readField(term, "RefundPolicy", p, offer.terms.refundPolicy, problems, origins, "/terms/refundPolicy");
    } else if (!type.empty()) {
        problems.push_back({p + "/Type",
            EngineText::tr("a professional services offer has no %1; it is paid upfront "
                           "(ConfigurableUpfrontPricingTerm) or in installments (FixedUpfrontPricingTerm with a "
                           "PaymentScheduleTerm)")
                .argValue(type)});
    }
}

// The term list of an Update…Terms change: an array of term objects.
void readTermList(const Json& details, const std::string& p, OfferDraft& offer, FieldProblems& problems, OfferFieldOrigins& origins)
{
    const Json* terms = member(details, "Terms", Json::value_t::array, p, problems);
    if (!terms)
        return;
    std::set<std::string> types;
    for (std::size_t i = 0; i < terms->size(); ++i) {
        const Json& term = (*terms)[i];
        const std::string tp = p + "/Terms/" + std::to_string(i);
        if (!term.is_object()) {
            problems.push_back({tp, EngineText::tr("expected an object, found %1").arg(describeJsonType(term))});
            continue;
        }
        const std::string type = term.value("Type", std::string());
        if (!type.empty() && !types.insert(type).second) {
            problems.push_back({tp + "/Type",
                EngineText::tr("a second %1; each term type once (DUPLICATE_TERM_TYPES)").argValue(type)});
            continue;
        }
        readPricingTerm(term, tp, offer, problems, origins);
    }
}

// Applies one Offer@1.0 change to the draft.
void readOfferChange(const std::string& type, const Json& details, const std::string& dp, OfferDraft& offer,
    FieldProblems& problems, OfferFieldOrigins& origins)
{
    if (type == "CreateOffer") {
        readField(details, "ProductId", dp, offer.product.productId, problems, origins, "/product/productId");
        readField(details, "Name", dp, offer.offer.name, problems, origins, "/offer/name");
    } else if (type == "UpdateInformation") {
        readField(details, "Name", dp, offer.offer.name, problems, origins, "/offer/name");
        readField(details, "Description", dp, offer.offer.description, problems, origins, "/offer/description");
    } else if (type == "UpdateTargeting") {
        readTargeting(details, dp, offer, problems, origins);
    } else if (type == "UpdatePricingTerms") {
        readTermList(details, dp, offer, problems, origins);
    } else if (type == "UpdatePaymentScheduleTerms" || type == "UpdateValidityTerms" || type == "UpdateLegalTerms"
        || type == "UpdateSupportTerms") {
        readTermList(details, dp, offer, problems, origins);
    } else if (type == "UpdateAvailability") {
        std::string date;
        if (readField(details, "AvailabilityEndDate", dp, date, problems, origins, "/availability/acceptBy"))
            offer.availability.acceptBy = dateOf(date);
    } else if (type == "ReleaseOffer") {
        offer.submission.release = true;
        origins.note("/submission/release", dp);
        origins.note("/submission/releaseDetails", dp);
        if (!details.empty())
            offer.submission.releaseDetails.value = details;
    }
    // Other change types (UpdateRenewalTerms, UpdateNetPaymentTerms…) stay in
    // the request as read (OfferSubmissionSettings::original).
}

// A draft before anything is read: what a file leaves out stays empty, never
// the editor's defaults (no duration, no currency the file did not name).
OfferDraft emptyDraft()
{
    OfferDraft offer;
    offer.pricing.currency.clear();
    offer.availability.agreementDuration.clear();
    offer.terms.legalDocument.clear();
    return offer;
}

std::optional<OfferDraft> readOfferChanges(const Json& document, FieldProblems& problems, FieldProblems* notices,
    bool offerPartOnly, OfferFieldOrigins& origins)
{
    const std::size_t before = problems.size();
    const Json* changes = member(document, "ChangeSet", Json::value_t::array, "", problems);
    if (!changes)
        return std::nullopt;
    OfferDraft offer = emptyDraft();
    for (auto it = document.begin(); it != document.end(); ++it) {
        const std::string pointer = "/" + escapePointerToken(it.key());
        if (it.key() == "ChangeSetName") {
            std::string name;
            if (readField(document, "ChangeSetName", "", name, problems, origins, "/submission/changeSetName"))
                offer.submission.changeSetName = name;
        } else if (it.key() == "ChangeSetTags") {
            offer.submission.changeSetTags.value = *it;
            origins.note("/submission/changeSetTags", pointer);
        } else if (it.key() == "Catalog") {
            if (*it != Json("AWSMarketplace"))
                problems.push_back({pointer, EngineText::tr("the catalog is \"%1\"; offers are in the AWSMarketplace catalog")
                                                 .argValue(it->is_string() ? it->get<std::string>() : it->dump())});
        } else if (it.key() == "ClientRequestToken") {
            if (notices)
                notices->push_back({pointer,
                    EngineText::tr("ClientRequestToken is not kept: a resubmission must not "
                                   "reuse the token of the original request")});
        } else if (it.key() != "ChangeSet" && it.key() != "Intent") {
            problems.push_back({pointer,
                EngineText::tr("unknown member \"%1\"; a StartChangeSet request has Catalog, "
                               "ChangeSet, ChangeSetName, ChangeSetTags, ClientRequestToken and "
                               "Intent")
                    .argValue(it.key())});
        }
    }
    std::set<std::string> names;
    std::set<std::string> typesSeen;
    std::string createName;
    for (std::size_t i = 0; i < changes->size(); ++i) {
        const Json& change = (*changes)[i];
        const std::string p = "/ChangeSet/" + std::to_string(i);
        if (!change.is_object()) {
            problems.push_back({p, EngineText::tr("expected an object, found %1").arg(describeJsonType(change))});
            continue;
        }
        const std::string entityType = entityTypeOf(change);
        const std::string type = change.value("ChangeType", std::string());
        const std::string name = change.value("ChangeName", std::string());
        if (!isWellFormedChange(change, p, names, problems) || !change.contains("ChangeType")
            || !change.at("ChangeType").is_string()) {
            if (!change.contains("ChangeType"))
                problems.push_back({p, EngineText::tr("the change has no ChangeType")});
            continue;
        }
        if (!name.empty())
            names.insert(name);
        if (!isOfferType(entityType)) {
            if (!offerPartOnly)
                problems.push_back({p + "/Entity/Type",
                    EngineText::tr("an offer's change set changes only the offer; this change is for a %1")
                        .argValue(entityType.empty() ? std::string("?") : entityType)});
            continue;
        }
        if (entityType != kOfferType)
            problems.push_back({p + "/Entity/Type",
                EngineText::tr("this version reads %1 offers, not %2").arg(kOfferType).argValue(entityType)});
        const std::string identifier = change.at("Entity").value("Identifier", std::string());
        if (type == "CreateOffer") {
            createName = name;
            if (!identifier.empty())
                problems.push_back({p + "/Entity/Identifier",
                    EngineText::tr("CreateOffer makes a new offer and names none; leave the Identifier out")});
        } else if (identifier.empty()) {
            problems.push_back({p + "/Entity",
                EngineText::tr("the entity has no Identifier; only CreateOffer goes without one")});
        } else if (identifier[0] == '$') {
            if (createName.empty() || identifier != "$" + createName + ".Entity.Identifier")
                problems.push_back({p + "/Entity/Identifier",
                    EngineText::tr("\"%1\" refers to no CreateOffer change before it in this change set")
                        .argValue(identifier)});
        } else if (offer.offer.offerId.empty()) {
            offer.offer.offerId = identifier;
        } else if (identifier != offer.offer.offerId) {
            problems.push_back({p + "/Entity/Identifier",
                EngineText::tr("this change is for offer %1, an earlier one for %2; an offer draft is one offer")
                    .argValue(identifier)
                    .argValue(offer.offer.offerId)});
        }
        if (!typesSeen.insert(type).second) {
            problems.push_back({p + "/ChangeType",
                EngineText::tr("a second %1 change for the same offer; the Catalog API accepts one change of each "
                               "type per entity")
                    .argValue(type)});
            continue;
        }
        const ChangeDetails details = changeDetails(change, p, problems);
        if (!details)
            continue;
        const std::string dp = p + (change.contains("DetailsDocument") ? "/DetailsDocument" : "/Details");
        if (!change.contains("DetailsDocument"))
            origins.noteEmbeddedText(dp);
        if (!details->is_object()) {
            problems.push_back({dp, EngineText::tr("expected an object, found %1").arg(describeJsonType(*details))});
            continue;
        }
        readOfferChange(type, *details, dp, offer, problems, origins);
    }
    if (problems.size() != before)
        return std::nullopt;
    if (typesSeen.empty()) {
        problems.push_back({"/ChangeSet", EngineText::tr("this change set has no change for an %1").arg(kOfferType)});
        return std::nullopt;
    }
    // The request as read; of a mixed change set, its offer changes alone:
    // an offer's change set never carries another entity's changes.
    offer.submission.original.value = document;
    if (offerPartOnly) {
        Json offerChanges = Json::array();
        for (const Json& change : *changes)
            if (isOfferType(entityTypeOf(change)))
                offerChanges.push_back(change);
        offer.submission.original.value["ChangeSet"] = std::move(offerChanges);
        offer.submission.original.value.erase("ClientRequestToken");
    }
    offer.submission.originalOffer.value = offerEntityJson(offer);
    return offer;
}

} // namespace

bool isOfferChangeSet(const Json& document)
{
    const auto changes = document.find("ChangeSet");
    if (changes == document.end() || !changes->is_array() || changes->empty())
        return false;
    bool offer = false;
    for (const Json& change : *changes) {
        const std::string type = entityTypeOf(change);
        if (type.rfind("ProfessionalServicesProduct", 0) == 0)
            return false;
        offer = offer || isOfferType(type);
    }
    return offer;
}

bool isOfferDescribeEntity(const Json& document)
{
    const auto type = document.find("EntityType");
    return type != document.end() && type->is_string() && isOfferType(type->get<std::string>());
}

std::optional<OfferDraft> offerFromChangeSet(
    const Json& document, FieldProblems& problems, FieldProblems* notices, OfferFieldOrigins* origins)
{
    OfferFieldOrigins unused;
    return readOfferChanges(document, problems, notices, false, origins ? *origins : unused);
}

std::optional<OfferDraft> offerPartOfChangeSet(
    const Json& document, FieldProblems& problems, OfferFieldOrigins* origins)
{
    OfferFieldOrigins unused;
    return readOfferChanges(document, problems, nullptr, true, origins ? *origins : unused);
}

std::optional<OfferDraft> offerFromDescribeEntity(
    const Json& document, FieldProblems& problems, OfferFieldOrigins* recorded)
{
    OfferFieldOrigins unused;
    OfferFieldOrigins& origins = recorded ? *recorded : unused;
    const std::size_t before = problems.size();
    OfferDraft offer = emptyDraft();
    std::string identifier;
    readString(document, "EntityIdentifier", "", identifier, problems);
    offer.offer.offerId = identifier.substr(0, identifier.find('@'));
    std::string detailsPointer = "/DetailsDocument";
    ChangeDetails details;
    if (document.contains("DetailsDocument") || document.contains("Details")) {
        details = changeDetails(document, "", problems);
        if (!document.contains("DetailsDocument"))
            detailsPointer = "/Details";
    }
    if (!details || !details->is_object()) {
        if (problems.size() == before)
            problems.push_back({detailsPointer, EngineText::tr("the response holds no offer details (DetailsDocument)")});
        return std::nullopt;
    }
    const std::string& dp = detailsPointer;
    if (dp == "/Details")
        origins.noteEmbeddedText(dp);
    std::string id;
    if (readString(*details, "Id", dp, id, problems) && offer.offer.offerId.empty())
        offer.offer.offerId = id;
    readField(*details, "ProductId", dp, offer.product.productId, problems, origins, "/product/productId");
    readField(*details, "Name", dp, offer.offer.name, problems, origins, "/offer/name");
    readField(*details, "Description", dp, offer.offer.description, problems, origins, "/offer/description");
    // Already released or still a draft at AWS: "release now" is the seller's to choose again.
    readString(*details, "State", dp, offer.submission.stateAtAws, problems);
    offer.submission.release = false;
    if (const Json* rules = member(*details, "Rules", Json::value_t::array, dp, problems))
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const Json& rule = (*rules)[i];
            const std::string rp = dp + "/Rules/" + std::to_string(i);
            if (!rule.is_object())
                continue;
            const std::string type = rule.value("Type", std::string());
            if (type == "TargetingRule")
                readTargeting(rule, rp, offer, problems, origins);
            else if (type == "AvailabilityRule") {
                std::string date;
                if (readField(rule, "AvailabilityEndDate", rp, date, problems, origins, "/availability/acceptBy"))
                    offer.availability.acceptBy = dateOf(date);
            }
        }
    readTermList(*details, dp, offer, problems, origins);
    if (problems.size() != before)
        return std::nullopt;
    // What AWS holds: an update sends only the parts edited since.
    offer.submission.originalOffer.value = offerEntityJson(offer);
    offer.submission.acceptedVersion.value = document;
    return offer;
}

void OfferFieldOrigins::note(const std::string& nativePointer, const std::string& filePointer)
{
    m_origins[nativePointer] = {filePointer, false};
}

void OfferFieldOrigins::noteList(const std::string& nativePointer, const std::string& filePointer)
{
    m_origins[nativePointer] = {filePointer, true};
}

std::string OfferFieldOrigins::outsideEmbeddedText(std::string filePointer) const
{
    if (m_embedded.empty())
        return filePointer;
    for (std::size_t slash = filePointer.find('/', 1); slash != std::string::npos;
         slash = filePointer.find('/', slash + 1))
        if (m_embedded.count(filePointer.substr(0, slash)))
            return filePointer.substr(0, slash);
    return filePointer;
}

std::optional<std::string> OfferFieldOrigins::filePointerOf(const std::string& nativePointer) const
{
    // The pointer itself, else its nearest ancestor: a lookup per level, so
    // that a file with many findings is placed in linear time.
    std::string at = nativePointer;
    while (true) {
        const auto found = m_origins.find(at);
        if (found != m_origins.end()) {
            // An item of a list of strings sits at the same index in the file.
            if (found->second.list && at.size() < nativePointer.size())
                return outsideEmbeddedText(found->second.filePointer + nativePointer.substr(at.size()));
            return outsideEmbeddedText(found->second.filePointer);
        }
        const std::size_t slash = at.rfind('/');
        if (at.empty() || slash == std::string::npos)
            return std::nullopt;
        at.erase(slash);
    }
}

} // namespace proserv
