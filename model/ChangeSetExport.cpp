#include "model/ChangeSetExport.h"

#include "model/AcceptedVersion.h"
#include "model/Categories.h"
#include "model/FieldAccess.h"
#include "model/SubmissionFields.h"

#include <algorithm>
#include <set>

namespace proserv {

namespace {

// The default order of the change types; a listing read from a change set
// keeps the order of its file.
const char* const kChangeOrder[] = {"CreateProduct", "UpdateInformation", "AddDimensions", "UpdateDimensions",
    "UpdateTargeting", "ReleaseProduct", "UpdateVisibility"};

// Merges keys kept from the file (unknown ones, or ones it sent empty) that
// the export did not write itself.
void mergeKept(Json& into, const VerbatimJson& kept)
{
    if (!kept.present() || !kept.value.is_object() || !into.is_object())
        return;
    for (auto it = kept.value.begin(); it != kept.value.end(); ++it)
        if (!into.contains(it.key()))
            into[it.key()] = it.value();
}

// Puts an object's keys in the order a file had them (`order`, an array of
// names); keys the file did not have follow in their own order.
Json inRecordedOrder(Json object, const VerbatimJson& order)
{
    if (!order.present() || !order.value.is_array() || !object.is_object())
        return object;
    Json sorted = Json::object();
    for (const Json& key : order.value)
        if (key.is_string() && object.contains(key.get<std::string>()))
            sorted[key.get<std::string>()] = object[key.get<std::string>()];
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!sorted.contains(it.key()))
            sorted[it.key()] = it.value();
    return sorted;
}

// A native record as the Catalog API item: {"text": …} → {"Text": …}.
// `always` names the API keys written even when empty (the API requires them).
Json apiRecord(const Json& native, const CatalogItemFields& fields, const std::set<std::string>& always)
{
    Json item = Json::object();
    for (const auto& [apiKey, nativeKey] : fields) {
        const auto value = native.find(nativeKey);
        if (value != native.end() && (always.count(apiKey) || !isEmptyJson(*value)))
            item[apiKey] = *value;
    }
    if (const auto extras = native.find("catalogExtras"); extras != native.end())
        mergeKept(item, VerbatimJson {*extras});
    return item;
}

std::set<std::string> apiKeysOf(const CatalogItemFields& fields)
{
    std::set<std::string> keys;
    for (const auto& field : fields)
        keys.insert(field.first);
    return keys;
}

// A member's value as the Catalog API takes it, or null when the listing leaves it empty.
Json apiValue(const CatalogMember& member, const Listing& listing)
{
    Json value = getField(listing, member.nativePointer).value_or(Json());
    if (member.nativePointer == "/product/categories" && value.is_array()) {
        // Known categories in AWS's spelling ("managed services" → "Managed Services").
        for (Json& name : value)
            if (name.is_string())
                name = canonicalCategory(name.get<std::string>()).value_or(name.get<std::string>());
    }
    if (!member.itemFields.empty() && value.is_array()) {
        Json items = Json::array();
        // PromotionalMedia's members are optional (required ones are checked by the rules).
        const std::set<std::string> always
            = member.apiKey == "PromotionalMedia" ? std::set<std::string> {} : apiKeysOf(member.itemFields);
        for (const Json& native : value)
            items.push_back(apiRecord(native, member.itemFields, always));
        value = std::move(items);
    }
    return isEmptyJson(value) ? Json() : value;
}

// The details of an object-shaped change (UpdateInformation,
// UpdateVisibility). Against an accepted version only what changed is
// sent; a field the draft empties is sent empty (a list) or null (text).
Json objectDetails(
    const std::string& changeType, const Listing& listing, const Listing* accepted, const ExportOptions& options)
{
    Json details = Json::object();
    for (const CatalogMember& member : catalogMembersOf(changeType)) {
        if (member.apiKey == "AssociatedProducts" && !options.associatedProducts)
            continue;
        const Json value = apiValue(member, listing);
        if (accepted) {
            const Json before = apiValue(member, *accepted);
            if (value == before)
                continue;
            if (value.is_null()) {
                const Json native = getField(listing, member.nativePointer).value_or(Json());
                details[member.apiKey] = native.is_array() ? Json::array() : Json();
                continue;
            }
        }
        if (!value.is_null())
            details[member.apiKey] = value;
    }
    return details;
}

// AddDimensions for new keys, UpdateDimensions for existing ones (without
// Unit: the change type has none). Existing means: in the accepted version
// when the draft has one, else marked as on the live product.
void dimensionDetails(const Listing& listing, const AcceptedVersion* accepted, Json& added, Json& updated)
{
    const CatalogItemFields addFields = dimensionItemFields(false);
    const CatalogItemFields updateFields = dimensionItemFields(true);
    const std::set<std::string> allAddKeys = apiKeysOf(addFields);
    const Json native = getField(listing, "/pricing/dimensions").value_or(Json::array());
    for (std::size_t i = 0; i < listing.pricing.dimensions.size(); ++i) {
        const PricingDimension& d = listing.pricing.dimensions[i];
        const PricingDimension* before = accepted ? findDimension(accepted->dimensions, d.key) : nullptr;
        const bool exists = accepted ? before != nullptr : d.onLiveProduct;
        if (!exists) {
            added.push_back(apiRecord(native[i], addFields, allAddKeys));
            continue;
        }
        Json item = apiRecord(native[i], updateFields, {"Key"});
        if (before) { // only what changed
            if (before->name == d.name)
                item.erase("Name");
            if (before->description == d.description)
                item.erase("Description");
            if (before->types == d.types)
                item.erase("Types");
            if (before->catalogExtras == d.catalogExtras && d.catalogExtras.value.is_object())
                for (auto it = d.catalogExtras.value.begin(); it != d.catalogExtras.value.end(); ++it)
                    item.erase(it.key());
            if (item.size() == 1)
                continue;
        }
        updated.push_back(std::move(item));
    }
}

std::ptrdiff_t recordedIndex(const Listing& listing, const std::string& type)
{
    const auto& changes = listing.submission.changes;
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (changes[i].changeType == type && !changes[i].verbatim.present())
            return static_cast<std::ptrdiff_t>(i);
    return -1;
}

const SubmittedChange* recordedChange(const Listing& listing, const std::string& type)
{
    for (const SubmittedChange& c : listing.submission.changes)
        if (c.changeType == type && !c.verbatim.present())
            return &c;
    return nullptr;
}

struct PendingChange {
    std::string type;
    Json change;
    // Where the change stood in the file it was read from (an index into
    // submission.changes); -1 for a change the file did not have.
    std::ptrdiff_t fileIndex = -1;
};

Json change(const std::string& type, const std::string& identifier, Json details, const ExportOptions& options,
    const SubmittedChange* recorded, const std::string& changeName = {})
{
    Json entity = {{"Type", kEntityType}};
    if (!identifier.empty())
        entity["Identifier"] = identifier;
    Json result = {{"ChangeType", type}, {"Entity", entity}};
    if (recorded && recorded->entityTags.present())
        result["EntityTags"] = recorded->entityTags.value;
    const std::string name = recorded && !recorded->changeName.empty() ? recorded->changeName : changeName;
    if (!name.empty())
        result["ChangeName"] = name;
    if (recorded) {
        mergeKept(details, recorded->otherDetails);
        details = inRecordedOrder(std::move(details), recorded->detailsOrder);
    }
    // The API's pattern for Details admits only an object, so an array
    // (AddDimensions) keeps DetailsDocument even with stringifiedDetails.
    if (options.stringifiedDetails && details.is_object())
        result["Details"] = details.dump(-1, ' ', false, Json::error_handler_t::replace);
    else
        result["DetailsDocument"] = std::move(details);
    if (recorded)
        result = inRecordedOrder(std::move(result), recorded->memberOrder);
    return result;
}

// The file's order for the changes it had; a new change goes after the
// change that precedes it in the default order.
std::vector<PendingChange> inFileOrder(std::vector<PendingChange> pending)
{
    std::vector<PendingChange> ordered;
    std::vector<PendingChange> unrecorded;
    for (PendingChange& c : pending)
        (c.fileIndex >= 0 ? ordered : unrecorded).push_back(std::move(c));
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const PendingChange& a, const PendingChange& b) { return a.fileIndex < b.fileIndex; });
    auto defaultIndex = [](const std::string& type) {
        const auto* end = std::end(kChangeOrder);
        return std::find(std::begin(kChangeOrder), end, type) - std::begin(kChangeOrder);
    };
    for (PendingChange& c : unrecorded) {
        auto at = ordered.begin();
        for (auto it = ordered.begin(); it != ordered.end(); ++it)
            if (defaultIndex(it->type) < defaultIndex(c.type))
                at = it + 1;
        ordered.insert(at, std::move(c));
    }
    return ordered;
}

} // namespace

bool isChangeSetNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ' '
        || c == '+' || c == '=' || c == '.' || c == ':' || c == '@' || c == '-';
}

std::string changeSetNameFor(const Listing& listing)
{
    return changeSetNameFrom(listing.product.productId.empty() ? "Create " : "Update ", listing.product.title);
}

std::string changeSetNameFrom(std::string name, const std::string& title)
{
    for (char c : title)
        if (isChangeSetNameCharacter(c))
            name += c;
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    if (name.size() > kMaxChangeSetNameLength)
        name.resize(kMaxChangeSetNameLength);
    return name;
}

bool exportsAsUpdate(const Listing& listing, const ExportOptions& options)
{
    return listing.accepted.present() && !options.fullListing
        && !(listing.product.productId.empty() && listing.accepted.product.productId.empty());
}

bool isEmptyUpdate(const Json& request)
{
    const auto changes = request.find("ChangeSet");
    return changes != request.end() && changes->is_array() && changes->empty();
}

Json exportChangeSet(const Listing& listing, const ExportOptions& options)
{
    const bool update = exportsAsUpdate(listing, options);
    const AcceptedVersion* accepted = update ? &listing.accepted : nullptr;
    const Listing acceptedListing = update ? listingOf(listing.accepted) : Listing {};

    std::vector<PendingChange> pending;
    std::string identifier = listing.product.productId;
    if (identifier.empty() && update)
        identifier = listing.accepted.product.productId;
    const bool isNew = identifier.empty();
    if (isNew) {
        const SubmittedChange* recorded = recordedChange(listing, "CreateProduct");
        const std::string name
            = recorded && !recorded->changeName.empty() ? recorded->changeName : std::string(kCreateChangeName);
        pending.push_back({"CreateProduct", change("CreateProduct", "", Json::object(), options, recorded, name),
            recordedIndex(listing, "CreateProduct")});
        identifier = "$" + name + ".Entity.Identifier";
    }
    auto add = [&](const char* type, Json details, bool send) {
        const SubmittedChange* recorded = recordedChange(listing, type);
        if (send || (!update && recorded))
            pending.push_back(
                {type, change(type, identifier, std::move(details), options, recorded), recordedIndex(listing, type)});
    };

    Json information = objectDetails("UpdateInformation", listing, update ? &acceptedListing : nullptr, options);
    const bool sendInformation = isNew || !information.empty();
    add("UpdateInformation", std::move(information), sendInformation);

    Json added = Json::array();
    Json updated = Json::array();
    dimensionDetails(listing, accepted, added, updated);
    const bool sendAdded = !added.empty();
    const bool sendUpdated = !updated.empty();
    add("AddDimensions", std::move(added), sendAdded);
    add("UpdateDimensions", std::move(updated), sendUpdated);

    const bool buyersChanged = update ? listing.visibility.buyerAccounts != listing.accepted.buyerAccounts
                                      : !listing.visibility.buyerAccounts.empty();
    add("UpdateTargeting", {{"PositiveTargeting", {{"BuyerAccounts", listing.visibility.buyerAccounts}}}},
        buyersChanged);
    if (listing.submission.releaseProduct)
        add("ReleaseProduct", Json::object(), true);
    if (!listing.submission.targetVisibility.empty())
        add("UpdateVisibility", objectDetails("UpdateVisibility", listing, nullptr, options), true);
    // Changes this version does not edit (another entity's, an unknown
    // type) go back as they were, where they were.
    const auto& recorded = listing.submission.changes;
    for (std::size_t i = 0; i < recorded.size(); ++i)
        if (recorded[i].verbatim.present())
            pending.push_back({recorded[i].changeType, recorded[i].verbatim.value, static_cast<std::ptrdiff_t>(i)});

    Json request = Json::object();
    request["Catalog"] = kCatalogName;
    // A draft names its change set after the title; a change set read from a
    // file keeps its own name, or none.
    const bool fromFile = !listing.submission.changes.empty();
    const std::string name
        = listing.submission.changeSetName.value_or(fromFile ? std::string() : changeSetNameFor(listing));
    if (!name.empty())
        request["ChangeSetName"] = name;
    Json changes = Json::array();
    for (PendingChange& c : inFileOrder(std::move(pending)))
        changes.push_back(std::move(c.change));
    request["ChangeSet"] = std::move(changes);
    if (listing.submission.changeSetTags.present())
        request["ChangeSetTags"] = listing.submission.changeSetTags.value;
    if (!listing.submission.intent.empty())
        request["Intent"] = listing.submission.intent;
    return inRecordedOrder(std::move(request), listing.submission.requestOrder);
}

std::string serializeRequest(const Json& request)
{
    return request.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string serializeChangeSet(const Listing& listing, const ExportOptions& options)
{
    return serializeRequest(exportChangeSet(listing, options));
}

} // namespace proserv
