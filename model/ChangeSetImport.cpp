#include "model/ChangeSetImport.h"

#include "model/ChangeSetExport.h"

#include <cstring>
#include <set>

namespace proserv {

namespace {

// Reads `object[key]` into `out` when present, reporting wrong types.
template <class T>
void readOptional(const Json& object, const char* key, const std::string& pointer, T& out,
                  std::vector<FieldProblem>& problems)
{
    const auto it = object.find(key);
    if (it != object.end())
        fromJsonValue(*it, pointer + "/" + key, out, problems);
}

// The details of a change, whichever member carries them. Stringified
// `Details` is parsed here; its problems point at the `Details` member.
std::optional<Json> changeDetails(const Json& change, const std::string& pointer,
                                  std::vector<FieldProblem>& problems)
{
    if (const auto doc = change.find("DetailsDocument"); doc != change.end())
        return *doc;
    const auto text = change.find("Details");
    if (text == change.end())
        return Json::object();
    if (!text->is_string()) {
        problems.push_back(
            {pointer + "/Details", EngineText::tr("expected a string holding JSON, found %1").arg(describeJsonType(*text))});
        return std::nullopt;
    }
    try {
        return Json::parse(text->get<std::string>());
    } catch (const Json::parse_error& e) {
        problems.push_back({pointer + "/Details",
                            EngineText::tr("the Details string is not valid JSON (at character %1)").arg(e.byte)});
        return std::nullopt;
    } catch (const Json::exception&) { // e.g. a number too large for a double
        problems.push_back({pointer + "/Details", EngineText::tr("the Details string is not valid JSON (a number out of range)")});
        return std::nullopt;
    }
}

bool expectObject(const Json& value, const std::string& pointer, std::vector<FieldProblem>& problems)
{
    if (value.is_object())
        return true;
    problems.push_back({pointer, EngineText::tr("expected an object, found %1").arg(describeJsonType(value))});
    return false;
}

void readInformation(const Json& d, const std::string& p, ProductInfo& product,
                     std::vector<FieldProblem>& problems)
{
    readOptional(d, "ProductTitle", p, product.title, problems);
    readOptional(d, "Sku", p, product.sku, problems);
    readOptional(d, "ShortDescription", p, product.shortDescription, problems);
    readOptional(d, "LongDescription", p, product.longDescription, problems);
    readOptional(d, "LogoUrl", p, product.logoUrl, problems);
    readOptional(d, "Highlights", p, product.highlights, problems);
    readOptional(d, "SearchKeywords", p, product.searchKeywords, problems);
    readOptional(d, "Categories", p, product.categories, problems);
    readOptional(d, "SupportDescription", p, product.supportDescription, problems);
}

void readResources(const Json& d, const char* key, const std::string& p, ProductInfo& product,
                   std::vector<FieldProblem>& problems)
{
    const auto list = d.find(key);
    if (list == d.end())
        return;
    const std::string pointer = p + "/" + key;
    if (!list->is_array()) {
        problems.push_back({pointer, EngineText::tr("expected an array, found %1").arg(describeJsonType(*list))});
        return;
    }
    product.additionalResources.clear();
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string itemPointer = pointer + "/" + std::to_string(i);
        if (!expectObject((*list)[i], itemPointer, problems))
            continue;
        AdditionalResource resource;
        readOptional((*list)[i], "Text", itemPointer, resource.text, problems);
        readOptional((*list)[i], "Url", itemPointer, resource.url, problems);
        product.additionalResources.push_back(std::move(resource));
    }
}

// AddDimensions and UpdateDimensions both carry an array; a later change for
// the same key updates the dimension an earlier one added.
void readDimensions(const Json& list, const std::string& pointer, Pricing& pricing,
                    std::vector<FieldProblem>& problems)
{
    if (!list.is_array()) {
        problems.push_back(
            {pointer, EngineText::tr("expected an array of dimensions, found %1").arg(describeJsonType(list))});
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string p = pointer + "/" + std::to_string(i);
        if (!expectObject(list[i], p, problems))
            continue;
        PricingDimension incoming;
        readOptional(list[i], "Key", p, incoming.key, problems);
        // Within one change a key is added or updated once; a second one would
        // be silently merged into the first.
        bool repeated = false;
        for (std::size_t j = 0; j < i && !incoming.key.empty(); ++j)
            repeated = repeated || (list[j].is_object() && list[j].value("Key", Json()) == Json(incoming.key));
        if (repeated) {
            problems.push_back({p + "/Key", EngineText::tr("the dimension key \"%1\" appears twice in this change")
                                                .arg(incoming.key)});
            continue;
        }
        PricingDimension* target = nullptr;
        for (PricingDimension& existing : pricing.dimensions)
            if (!incoming.key.empty() && existing.key == incoming.key)
                target = &existing;
        if (!target) {
            pricing.dimensions.push_back(incoming);
            target = &pricing.dimensions.back();
        }
        readOptional(list[i], "Name", p, target->name, problems);
        readOptional(list[i], "Description", p, target->description, problems);
        readOptional(list[i], "Unit", p, target->unit, problems);
        readOptional(list[i], "Types", p, target->types, problems);
    }
}

void readBuyerAccounts(const Json& d, const std::string& p, Visibility& visibility,
                       std::vector<FieldProblem>& problems)
{
    const auto targeting = d.find("PositiveTargeting");
    if (targeting == d.end())
        return;
    if (expectObject(*targeting, p + "/PositiveTargeting", problems))
        readOptional(*targeting, "BuyerAccounts", p + "/PositiveTargeting", visibility.buyerAccounts,
                     problems);
}

} // namespace

bool looksLikeChangeSet(const Json& document)
{
    return document.is_object() && (document.contains("ChangeSet") || document.contains("changeSet"));
}

bool looksLikeDescribeEntity(const Json& document)
{
    return document.is_object()
           && (document.contains("EntityType") || document.contains("EntityIdentifier")
               || document.contains("DetailsDocument") || document.contains("Details")
               || (document.contains("Description") && document["Description"].is_object()));
}

std::optional<Listing> listingFromChangeSet(const Json& document, std::vector<FieldProblem>& problems)
{
    const std::size_t before = problems.size();
    const char* key = document.contains("ChangeSet") ? "ChangeSet" : "changeSet";
    const Json& changes = document[key];
    const std::string pointer = std::string("/") + key;
    if (!changes.is_array()) {
        problems.push_back(
            {pointer, EngineText::tr("expected an array of changes, found %1").arg(describeJsonType(changes))});
        return std::nullopt;
    }

    Listing listing;
    std::set<std::string> typesSeen;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const std::string p = pointer + "/" + std::to_string(i);
        const Json& change = changes[i];
        if (!expectObject(change, p, problems))
            continue;
        std::string type;
        readOptional(change, "ChangeType", p, type, problems);

        // A change against an existing product names it; "$Name.Entity.Identifier"
        // refers to a product created in this same change set. Changes for
        // another entity (an offer, another product) are refused, never applied
        // to the listing: they would overwrite its fields.
        if (const auto entity = change.find("Entity"); entity != change.end() && entity->is_object()) {
            std::string entityType;
            readOptional(*entity, "Type", p + "/Entity", entityType, problems);
            if (!entityType.empty() && entityType != kEntityType) {
                problems.push_back({p + "/Entity/Type",
                                    EngineText::tr("this change is for an entity of type %1, not the professional services "
                                                   "product; open a change set with changes for one %2 only")
                                        .arg(entityType)
                                        .arg(kEntityType)});
                continue;
            }
            std::string identifier;
            readOptional(*entity, "Identifier", p + "/Entity", identifier, problems);
            if (!identifier.empty() && identifier[0] != '$') {
                if (listing.product.productId.empty())
                    listing.product.productId = identifier;
                else if (identifier != listing.product.productId) {
                    problems.push_back({p + "/Entity/Identifier",
                                        EngineText::tr("this change is for product %1, an earlier one for %2; a "
                                                       "listing is one product")
                                            .arg(identifier)
                                            .arg(listing.product.productId)});
                    continue;
                }
            }
        }
        if (change.contains("Details") && change.contains("DetailsDocument")) {
            problems.push_back({p, EngineText::tr("a change has either Details or DetailsDocument, not both")});
            continue;
        }
        // The API refuses the same change type twice for one entity.
        if (!type.empty() && !typesSeen.insert(type).second) {
            problems.push_back({p + "/ChangeType",
                                EngineText::tr("a second %1 change for the same product; the Catalog API accepts one "
                                               "change of each type per entity")
                                    .arg(type)});
            continue;
        }

        const std::optional<Json> details = changeDetails(change, p, problems);
        if (!details)
            continue;
        if (details->is_array() && !change.contains("DetailsDocument")) {
            problems.push_back({p + "/Details", EngineText::tr("the Details string holds an array; the Catalog API "
                                                               "accepts only a JSON object there (use DetailsDocument)")});
            continue;
        }
        const std::string dp = p + (change.contains("DetailsDocument") ? "/DetailsDocument" : "/Details");
        if (type == "CreateProduct") {
            if (expectObject(*details, dp, problems))
                readOptional(*details, "ProductTitle", dp, listing.product.title, problems);
        } else if (type == "UpdateInformation") {
            if (expectObject(*details, dp, problems)) {
                readInformation(*details, dp, listing.product, problems);
                readResources(*details, "AdditionalResources", dp, listing.product, problems);
                readOptional(*details, "AssociatedProducts", dp, listing.architecture.relatedProducts, problems);
            }
        } else if (type == "AddDimensions" || type == "UpdateDimensions") {
            readDimensions(*details, dp, listing.pricing, problems);
        } else if (type == "UpdateTargeting") {
            if (expectObject(*details, dp, problems))
                readBuyerAccounts(*details, dp, listing.visibility, problems);
        }
        // ReleaseProduct, UpdateVisibility and unknown change types carry
        // nothing the listing stores.
    }
    if (problems.size() != before)
        return std::nullopt;
    return listing;
}

std::optional<Listing> listingFromDescribeEntity(const Json& document,
                                                 std::vector<FieldProblem>& problems)
{
    const std::size_t before = problems.size();
    Listing listing;

    // A full response wraps the entity in DetailsDocument (or Details);
    // a bare entity document is accepted too.
    std::string detailsPointer;
    std::optional<Json> details = document;
    if (document.contains("DetailsDocument") || document.contains("Details")) {
        details = changeDetails(document, "", problems);
        detailsPointer = document.contains("DetailsDocument") ? "/DetailsDocument" : "/Details";
    }
    if (std::string identifier; document.contains("EntityIdentifier")) {
        readOptional(document, "EntityIdentifier", "", identifier, problems);
        listing.product.productId = identifier.substr(0, identifier.find('@')); // "prod-x@revision"
    }
    if (!details || !expectObject(*details, detailsPointer, problems))
        return std::nullopt;

    const std::string dp = detailsPointer;
    if (const auto description = details->find("Description"); description != details->end()) {
        if (expectObject(*description, dp + "/Description", problems)) {
            readInformation(*description, dp + "/Description", listing.product, problems);
            readOptional(*description, "AssociatedProducts", dp + "/Description",
                         listing.architecture.relatedProducts, problems);
        }
    }
    if (const auto promo = details->find("PromotionalResources"); promo != details->end()) {
        if (expectObject(*promo, dp + "/PromotionalResources", problems)) {
            readOptional(*promo, "LogoUrl", dp + "/PromotionalResources", listing.product.logoUrl, problems);
            readResources(*promo, "AdditionalResources", dp + "/PromotionalResources", listing.product,
                          problems);
        }
    }
    if (const auto support = details->find("SupportInformation"); support != details->end()) {
        if (expectObject(*support, dp + "/SupportInformation", problems))
            readOptional(*support, "Description", dp + "/SupportInformation",
                         listing.product.supportDescription, problems);
    }
    if (const auto dims = details->find("Dimensions"); dims != details->end())
        readDimensions(*dims, dp + "/Dimensions", listing.pricing, problems);
    if (const auto targeting = details->find("Targeting"); targeting != details->end()) {
        if (expectObject(*targeting, dp + "/Targeting", problems))
            readBuyerAccounts(*targeting, dp + "/Targeting", listing.visibility, problems);
    }
    if (problems.size() != before)
        return std::nullopt;
    return listing;
}

} // namespace proserv
