#include "model/ChangeSetImport.h"

#include "model/AcceptedVersion.h"
#include "model/ChangeSetExport.h"
#include "model/FieldAccess.h"
#include "model/JsonIngest.h"
#include "model/SourceMap.h"
#include "model/SubmissionFields.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <unordered_set>

namespace proserv {

namespace {

bool isOneOf(const std::string& key, std::initializer_list<const char*> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char* name) { return key == name; });
}

// Reads `object[key]` into `out` when present, reporting wrong types.
template <class T>
void readOptional(const Json& object, const char* key, const std::string& pointer, T& out, FieldProblems& problems)
{
    const auto it = object.find(key);
    if (it != object.end())
        fromJsonValue(*it, pointer + "/" + key, out, problems);
}

// A stringified `Details` member, parsed; its problems point at the member.
std::optional<Json> parsedDetailsString(
    const Json::const_iterator& text, const std::string& pointer, FieldProblems& problems)
{
    if (!text->is_string()) {
        problems.push_back({pointer + "/Details",
            EngineText::tr("expected a string holding JSON, found %1").arg(describeJsonType(*text))});
        return std::nullopt;
    }
    // JSON text never starts with a byte-order mark (RFC 8259 §8.1); a file
    // may, and the loader allows that, but a Details string is what AWS
    // parses as it is: refused, not silently read.
    if (text->get_ref<const std::string&>().rfind("\xEF\xBB\xBF", 0) == 0) {
        problems.push_back({pointer + "/Details",
            EngineText::tr("the Details string starts with a byte-order mark (U+FEFF), which is not JSON; remove "
                           "it")});
        return std::nullopt;
    }
    JsonIngest ingest = ingestJson(text->get_ref<const std::string&>());
    if (ingest.ok())
        return std::move(ingest.value);
    const JsonProblem& problem = ingest.problems.front();
    const unsigned long long at = problem.offset + 1; // characters count from 1 here, as in the message
    switch (problem.kind) {
    case JsonProblem::Kind::NulByte:
        problems.push_back({pointer + "/Details",
            EngineText::tr("the Details string holds a NUL character (at character %1)").arg(at)});
        break;
    case JsonProblem::Kind::TooDeep:
        problems.push_back({pointer + "/Details",
            EngineText::tr("the Details string is nested more than %1 levels deep (at character %2)")
                .arg(kMaxNestingDepth)
                .arg(at)});
        break;
    case JsonProblem::Kind::Syntax:
    case JsonProblem::Kind::NumberOutOfRange:
        problems.push_back({pointer + "/Details",
            EngineText::tr("the Details string is not valid JSON (at character %1): %2")
                .arg(at)
                .arg(syntaxReason(problem))});
        break;
    case JsonProblem::Kind::DuplicateKey:
        // Which of the two AWS Marketplace would take is not ours to guess.
        problems.push_back({pointer + "/Details",
            EngineText::tr("the Details string has the key \"%1\" twice in one object (at character %2); "
                           "write it once")
                .argValue(problem.key())
                .arg(at)});
        break;
    }
    return std::nullopt;
}

bool expectObject(const Json& value, const std::string& pointer, FieldProblems& problems)
{
    if (value.is_object())
        return true;
    problems.push_back({pointer, EngineText::tr("expected an object, found %1").arg(describeJsonType(value))});
    return false;
}

// A Catalog API record ({"Text": …, "Url": …}) as a native item
// ({"text": …, "url": …}). Keys this version does not read are kept in the
// item's catalogExtras when `keepExtras`, so a re-export writes them back.
// A Catalog API record's keys this version does not read, as sent (null when none).
Json catalogExtrasOf(const Json& apiItem, const CatalogItemFields& fields)
{
    Json extras;
    for (auto it = apiItem.begin(); it != apiItem.end(); ++it)
        if (std::none_of(fields.begin(), fields.end(), [&](const auto& f) { return f.first == it.key(); }))
            extras[it.key()] = it.value();
    return extras;
}

Json nativeRecord(const Json& apiItem, const CatalogItemFields& fields, bool keepExtras)
{
    Json native = Json::object();
    for (auto it = apiItem.begin(); it != apiItem.end(); ++it) {
        const auto field
            = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == it.key(); });
        if (field != fields.end())
            native[field->second] = it.value();
    }
    if (Json extras = catalogExtrasOf(apiItem, fields); keepExtras && !extras.is_null())
        native["catalogExtras"] = std::move(extras);
    return native;
}

// Reads a Catalog API record ({"Key": …, "Name": …}) straight into a native
// struct: each field the struct asks for is looked up by its API name
// (`fields` pairs API and native names), and a problem points at the key as
// the file writes it ("…/DetailsDocument/3/Name"). Nothing is copied into a
// native record first: 80,000 dimensions are read once.
class CatalogRecordReader {
public:
    CatalogRecordReader(
        const Json& record, const CatalogItemFields& fields, const std::string& pointer, FieldProblems& problems)
        : m_record(record), m_fields(fields), m_pointer(pointer), m_problems(problems)
    {
    }

    template <class T>
    void operator()(const char* nativeKey, T& value)
    {
        const auto field
            = std::find_if(m_fields.begin(), m_fields.end(), [&](const auto& f) { return f.second == nativeKey; });
        if (field == m_fields.end())
            return; // not a Catalog API field of this record (the draft's own, or catalogExtras)
        const auto it = m_record.find(field->first);
        if (it == m_record.end())
            return;
        fromJsonValue(*it, memberPointer(m_member, m_pointer, field->first), value, m_problems);
    }

private:
    const Json& m_record;
    const CatalogItemFields& m_fields;
    const std::string& m_pointer;
    FieldProblems& m_problems;
    std::string m_member; // the pointer of the member being read
};

// Reads the members of an object-shaped details document into the listing.
// Keys it does not know, and known keys the file sends empty (an update
// clearing a field), go to `otherDetails`, so nothing is dropped.
void readMembers(const Json& details, const std::string& dp, const std::vector<CatalogMember>& members,
    Listing& listing, Json* otherDetails, bool keepExtras, FieldProblems& problems)
{
    for (auto it = details.begin(); it != details.end(); ++it) {
        const std::string pointer = dp + "/" + escapePointerToken(it.key());
        const auto member = std::find_if(
            members.begin(), members.end(), [&](const CatalogMember& m) { return m.apiKey == it.key(); });
        if (member == members.end() || isEmptyJson(it.value())) {
            if (otherDetails)
                (*otherDetails)[it.key()] = it.value();
            continue;
        }
        Json native = it.value();
        if (!member->itemFields.empty()) {
            if (!native.is_array()) {
                problems.push_back(
                    {pointer, EngineText::tr("expected an array, found %1").arg(describeJsonType(native))});
                continue;
            }
            Json items = Json::array();
            for (std::size_t i = 0; i < native.size(); ++i)
                if (expectObject(native[i], pointer + "/" + std::to_string(i), problems))
                    items.push_back(nativeRecord(native[i], member->itemFields, keepExtras));
            native = std::move(items);
        }
        setField(listing, member->nativePointer, native, pointer, problems);
    }
}

// AddDimensions and UpdateDimensions items. An update carries only what
// changes and has no Unit, so nothing is filled in that the file did not say.
class DimensionReader {
public:
    // `keepExtras`: keys this version does not read go to catalogExtras (a
    // change set's, to be written back), or are left out (a DescribeEntity's).
    void read(const Json& list, const std::string& pointer, bool update, bool keepExtras, Listing& listing,
        FieldProblems& problems)
    {
        if (!list.is_array()) {
            problems.push_back(
                {pointer, EngineText::tr("expected an array of dimensions, found %1").arg(describeJsonType(list))});
            return;
        }
        // UpdateDimensionChangeDetail has no Unit: a Unit there is kept as sent.
        const CatalogItemFields fields = dimensionItemFields(update);
        std::unordered_set<std::string> inThisChange;
        inThisChange.reserve(list.size());
        listing.pricing.dimensions.reserve(listing.pricing.dimensions.size() + list.size());
        std::string p = pointer + "/"; // the item's pointer, one buffer for all items
        const std::size_t prefixLength = p.size();
        for (std::size_t i = 0; i < list.size(); ++i) {
            p.resize(prefixLength);
            p += std::to_string(i);
            if (!expectObject(list[i], p, problems))
                continue;
            PricingDimension dimension;
            dimension.unit.clear();
            dimension.types.clear();
            CatalogRecordReader reader(list[i], fields, p, problems);
            PricingDimension::fields(reader, dimension);
            if (keepExtras)
                dimension.catalogExtras.value = catalogExtrasOf(list[i], fields);
            dimension.onLiveProduct = update;
            const std::string& key = dimension.key;
            if (!key.empty() && !inThisChange.insert(key).second) {
                problems.push_back({p + "/Key",
                    EngineText::tr("the dimension key \"%1\" appears twice in this change").argValue(key)});
                continue;
            }
            if (!key.empty() && m_seen.count(key)) {
                problems.push_back({p + "/Key",
                    EngineText::tr("the dimension \"%1\" is both added (AddDimensions) and "
                                   "updated (UpdateDimensions) in this change set")
                        .argValue(key)});
                continue;
            }
            listing.pricing.dimensions.push_back(std::move(dimension));
        }
        m_seen.insert(inThisChange.begin(), inThisChange.end());
    }

private:
    std::unordered_set<std::string> m_seen;
};

void readBuyerAccounts(const Json& d, const std::string& p, Visibility& visibility, FieldProblems& problems)
{
    const auto targeting = d.find("PositiveTargeting");
    if (targeting == d.end())
        return;
    if (!expectObject(*targeting, p + "/PositiveTargeting", problems))
        return;
    readOptional(*targeting, "BuyerAccounts", p + "/PositiveTargeting", visibility.buyerAccounts, problems);
    for (auto it = targeting->begin(); it != targeting->end(); ++it)
        if (it.key() != "BuyerAccounts")
            problems.push_back({p + "/PositiveTargeting/" + escapePointerToken(it.key()),
                EngineText::tr("unknown member \"%1\"; PositiveTargeting has BuyerAccounts only").argValue(it.key())});
}

Json objectOrNull(Json object)
{
    return object.empty() ? Json() : std::move(object);
}

Json keysOf(const Json& object)
{
    Json keys = Json::array();
    if (object.is_object())
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.push_back(it.key());
    return keys;
}

// The request members around the changes: kept, refused or reported.
void readRequest(const Json& document, const std::string& changesKey, Listing& listing, FieldProblems& problems,
    FieldProblems* notices)
{
    for (auto it = document.begin(); it != document.end(); ++it) {
        const std::string& key = it.key();
        const std::string pointer = "/" + escapePointerToken(key);
        if (key == changesKey) {
            continue;
        } else if (key == "Catalog") {
            if (*it != Json(kCatalogName))
                problems.push_back({pointer,
                    EngineText::tr("the catalog is \"%1\"; professional services products are in "
                                   "the AWSMarketplace catalog")
                        .argValue(it->is_string() ? it->get<std::string>() : it->dump())});
        } else if (key == "ChangeSetName") {
            std::string name;
            fromJsonValue(*it, pointer, name, problems);
            listing.submission.changeSetName = name;
        } else if (key == "ChangeSetTags") {
            listing.submission.changeSetTags.value = *it;
        } else if (key == "Intent") {
            fromJsonValue(*it, pointer, listing.submission.intent, problems);
            if (it->is_string() && !isOneOf(listing.submission.intent, {"APPLY", "VALIDATE"}))
                problems.push_back({pointer,
                    EngineText::tr("unknown intent \"%1\"; expected APPLY or VALIDATE")
                        .argValue(listing.submission.intent)});
        } else if (key == "ClientRequestToken") {
            // An idempotency token belongs to one request: a resubmission that
            // reused it would be taken for the first one and do nothing.
            if (notices)
                notices->push_back({pointer,
                    EngineText::tr("ClientRequestToken is not kept: a resubmission must not "
                                   "reuse the token of the original request")});
        } else {
            problems.push_back({pointer,
                EngineText::tr("unknown member \"%1\"; a StartChangeSet request has Catalog, "
                               "ChangeSet, ChangeSetName, ChangeSetTags, ClientRequestToken and "
                               "Intent")
                    .argValue(key)});
        }
    }
}

// The API's Change shape has no other members; botocore refuses any other.
void reportUnknownChangeMembers(const Json& change, const std::string& p, FieldProblems& problems)
{
    for (auto it = change.begin(); it != change.end(); ++it)
        if (!isOneOf(it.key(), {"ChangeType", "ChangeName", "Entity", "EntityTags", "Details", "DetailsDocument"}))
            problems.push_back({p + "/" + escapePointerToken(it.key()),
                EngineText::tr("unknown member \"%1\"; a change has ChangeType, Entity, EntityTags, "
                               "ChangeName and Details or DetailsDocument")
                    .argValue(it.key())});
}

// True (and said) when a change carries its details twice.
bool refuseBothDetails(const Json& change, const std::string& p, FieldProblems& problems)
{
    if (!change.contains("Details") || !change.contains("DetailsDocument"))
        return false;
    problems.push_back({p, EngineText::tr("a change has either Details or DetailsDocument, not both")});
    return true;
}

// A change for an entity other than the product: the Change shape AWS's
// API has (botocore refuses any other member) and a reference to an earlier
// change's entity that exists; its details are the other entity's and are
// kept as written.
bool keepOtherEntityChange(
    const Json& change, const std::string& p, const std::set<std::string>& earlierNames, FieldProblems& problems)
{
    const std::size_t before = problems.size();
    reportUnknownChangeMembers(change, p, problems);
    refuseBothDetails(change, p, problems);
    const Json& entity = change.at("Entity");
    for (auto it = entity.begin(); it != entity.end(); ++it)
        if (!isOneOf(it.key(), {"Type", "Identifier"}))
            problems.push_back({p + "/Entity/" + escapePointerToken(it.key()),
                EngineText::tr("unknown member \"%1\"; an entity has Type and Identifier").argValue(it.key())});
    std::string identifier;
    readOptional(entity, "Identifier", p + "/Entity", identifier, problems);
    const std::string prefix = "$";
    const std::string suffix = ".Entity.Identifier";
    if (identifier.size() > prefix.size() + suffix.size() && identifier.compare(0, 1, prefix) == 0
        && identifier.compare(identifier.size() - suffix.size(), suffix.size(), suffix) == 0) {
        const std::string name = identifier.substr(1, identifier.size() - 1 - suffix.size());
        if (!earlierNames.count(name))
            problems.push_back({p + "/Entity/Identifier",
                EngineText::tr("\"%1\" refers to no change named %2 before it in this change set")
                    .argValue(identifier)
                    .argValue(name)});
    }
    if (change.contains("Details") || change.contains("DetailsDocument"))
        changeDetails(change, p, problems); // a Details string must be JSON; its content is the entity's
    return problems.size() == before;
}

} // namespace

bool isWellFormedChange(
    const Json& change, const std::string& pointer, const std::set<std::string>& earlierNames, FieldProblems& problems)
{
    return keepOtherEntityChange(change, pointer, earlierNames, problems);
}

std::string entityTypeOf(const Json& change)
{
    const auto entity = change.is_object() ? change.find("Entity") : change.end();
    if (entity == change.end() || !entity->is_object())
        return {};
    const auto type = entity->find("Type");
    return type != entity->end() && type->is_string() ? type->get<std::string>() : std::string();
}

ChangeDetails changeDetails(const Json& change, const std::string& pointer, FieldProblems& problems)
{
    if (const auto doc = change.find("DetailsDocument"); doc != change.end())
        return ChangeDetails::of(*doc);
    const auto text = change.find("Details");
    if (text == change.end())
        return ChangeDetails::parsed(Json::object());
    return ChangeDetails::parsed(parsedDetailsString(text, pointer, problems));
}

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

std::optional<Listing> listingFromChangeSet(const Json& document, FieldProblems& problems, FieldProblems* notices)
{
    const std::size_t before = problems.size();
    if (!document.contains("ChangeSet")) {
        // AWS's own PublishExistingSaas sample spells it so; the CLI and the API refuse it.
        problems.push_back({"/changeSet",
            EngineText::tr("the request member is \"ChangeSet\" with a capital C; the AWS "
                           "CLI and the Catalog API refuse \"changeSet\"")});
        return std::nullopt;
    }
    const Json& changes = document["ChangeSet"];
    const std::string pointer = "/ChangeSet";
    if (!changes.is_array()) {
        problems.push_back(
            {pointer, EngineText::tr("expected an array of changes, found %1").arg(describeJsonType(changes))});
        return std::nullopt;
    }

    Listing listing;
    readRequest(document, "ChangeSet", listing, problems, notices);
    listing.submission.requestOrder.value = keysOf(document);
    const std::vector<CatalogMember> information = catalogMembersOf("UpdateInformation");
    const std::vector<CatalogMember> visibility = catalogMembersOf("UpdateVisibility");
    DimensionReader dimensions;
    std::set<std::string> typesSeen;
    std::set<std::string> changeNames; // of the changes before this one
    std::size_t productChanges = 0;
    std::string createChangeName;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const std::string p = pointer + "/" + std::to_string(i);
        const Json& change = changes[i];
        if (!expectObject(change, p, problems))
            continue;
        SubmittedChange recorded;
        readOptional(change, "ChangeType", p, recorded.changeType, problems);
        readOptional(change, "ChangeName", p, recorded.changeName, problems);
        const std::string& type = recorded.changeType;
        if (type.empty()) {
            problems.push_back({p, EngineText::tr("the change has no ChangeType")});
            continue;
        }

        // Every change names its entity. A change for another entity (a
        // private offer, or a type this version does not know) is kept whole
        // and written back where it stood, never applied to the listing.
        const auto entity = change.find("Entity");
        if (entity == change.end() || !entity->is_object()) {
            problems.push_back({entity == change.end() ? p : p + "/Entity",
                EngineText::tr("every change names its entity: \"Entity\": {\"Type\": \"%1\", …}").arg(kEntityType)});
            continue;
        }
        std::string entityType;
        readOptional(*entity, "Type", p + "/Entity", entityType, problems);
        if (entityType.empty()) {
            if (!entity->contains("Type"))
                problems.push_back(
                    {p + "/Entity", EngineText::tr("the entity has no Type; expected %1").arg(kEntityType)});
            else if (entity->at("Type").is_string())
                problems.push_back(
                    {p + "/Entity/Type", EngineText::tr("the entity Type is empty; expected %1").arg(kEntityType)});
            continue;
        }
        if (entityType != kEntityType) {
            const bool keep = keepOtherEntityChange(change, p, changeNames, problems);
            if (!recorded.changeName.empty())
                changeNames.insert(recorded.changeName);
            if (keep) {
                recorded.verbatim.value = change;
                listing.submission.changes.push_back(std::move(recorded));
            }
            continue;
        }
        ++productChanges;
        std::string identifier;
        readOptional(*entity, "Identifier", p + "/Entity", identifier, problems);
        if (!identifier.empty() && identifier[0] != '$') {
            if (listing.product.productId.empty())
                listing.product.productId = identifier;
            else if (identifier != listing.product.productId) {
                problems.push_back({p + "/Entity/Identifier",
                    EngineText::tr("this change is for product %1, an earlier one for %2; a "
                                   "listing is one product")
                        .argValue(identifier)
                        .argValue(listing.product.productId)});
                continue;
            }
        } else if (!identifier.empty() && identifier != "$" + createChangeName + ".Entity.Identifier") {
            problems.push_back({p + "/Entity/Identifier",
                EngineText::tr("\"%1\" refers to no CreateProduct change before it in this change set")
                    .argValue(identifier)});
            continue;
        } else if (identifier.empty() && type != "CreateProduct") {
            problems.push_back({p + "/Entity",
                EngineText::tr("the entity has no Identifier; only CreateProduct "
                               "goes without one")});
            continue;
        }
        if (refuseBothDetails(change, p, problems))
            continue;
        // The API refuses the same change type twice for one entity.
        if (!typesSeen.insert(type).second) {
            problems.push_back({p + "/ChangeType",
                EngineText::tr("a second %1 change for the same product; the Catalog API accepts one "
                               "change of each type per entity")
                    .argValue(type)});
            continue;
        }
        if (const auto tags = change.find("EntityTags"); tags != change.end())
            recorded.entityTags.value = *tags;
        reportUnknownChangeMembers(change, p, problems);
        recorded.memberOrder.value = keysOf(change);

        const ChangeDetails details = changeDetails(change, p, problems);
        if (!details)
            continue;
        if (details->is_array() && !change.contains("DetailsDocument")) {
            problems.push_back({p + "/Details",
                EngineText::tr("the Details string holds an array; the Catalog API "
                               "accepts only a JSON object there (use DetailsDocument)")});
            continue;
        }
        const std::string dp = p + (change.contains("DetailsDocument") ? "/DetailsDocument" : "/Details");
        if (details->is_object())
            recorded.detailsOrder.value = keysOf(*details);
        Json otherDetails = Json::object();
        if (type == "CreateProduct") {
            createChangeName = recorded.changeName;
            if (expectObject(*details, dp, problems)) {
                readOptional(*details, "ProductTitle", dp, listing.product.title, problems);
                otherDetails = *details; // written back as it was
            }
        } else if (type == "UpdateInformation") {
            if (expectObject(*details, dp, problems))
                readMembers(*details, dp, information, listing, &otherDetails, true, problems);
        } else if (type == "AddDimensions" || type == "UpdateDimensions") {
            dimensions.read(*details, dp, type == "UpdateDimensions", true, listing, problems);
        } else if (type == "UpdateTargeting") {
            if (expectObject(*details, dp, problems)) {
                readBuyerAccounts(*details, dp, listing.visibility, problems);
                for (auto it = details->begin(); it != details->end(); ++it)
                    if (it.key() != "PositiveTargeting")
                        otherDetails[it.key()] = it.value();
            }
        } else if (type == "ReleaseProduct") {
            listing.submission.releaseProduct = true;
            if (expectObject(*details, dp, problems))
                otherDetails = *details;
        } else if (type == "UpdateVisibility") {
            if (expectObject(*details, dp, problems))
                readMembers(*details, dp, visibility, listing, &otherDetails, true, problems);
        } else {
            // A change type this version does not know: written back untouched.
            recorded.verbatim.value = change;
            recorded.entityTags = {};
            recorded.memberOrder = {};
            recorded.detailsOrder = {};
        }
        recorded.otherDetails.value = objectOrNull(std::move(otherDetails));
        if (!recorded.changeName.empty())
            changeNames.insert(recorded.changeName);
        listing.submission.changes.push_back(std::move(recorded));
    }
    if (problems.size() != before)
        return std::nullopt;
    if (productChanges == 0 && !changes.empty()) {
        // Only other entities' changes: there is no listing to edit, and
        // exporting one would invent a product AWS was never asked to create.
        problems.push_back({pointer,
            EngineText::tr("this change set has no change for a %1; this version edits professional services "
                           "product listings, and keeps other entities' changes only beside one")
                .arg(kEntityType)});
        return std::nullopt;
    }
    return listing;
}

std::optional<Listing> listingFromDescribeEntity(const Json& document, FieldProblems& problems)
{
    const std::size_t before = problems.size();
    Listing listing;

    if (std::string entityType; document.contains("EntityType")) {
        readOptional(document, "EntityType", "", entityType, problems);
        if (document["EntityType"].is_string() && entityType.rfind("ProfessionalServicesProduct", 0) != 0)
            problems.push_back({"/EntityType",
                EngineText::tr("this entity is a %1, not a professional services product "
                               "(%2)")
                    .argValue(entityType)
                    .arg(kEntityType)});
    }
    // A full response wraps the entity in DetailsDocument (or Details);
    // a bare entity document is accepted too.
    std::string detailsPointer;
    ChangeDetails details = ChangeDetails::of(document);
    if (document.contains("DetailsDocument") || document.contains("Details")) {
        details = changeDetails(document, "", problems);
        detailsPointer = document.contains("DetailsDocument") ? "/DetailsDocument" : "/Details";
        if (details && document.contains("DetailsDocument") && document.contains("Details")) {
            // AWS returns the entity twice, as an object and as a string; when
            // they differ, which one is true is not ours to guess.
            const std::optional<Json> fromString = parsedDetailsString(document.find("Details"), "", problems);
            if (fromString && *fromString != *details) {
                const Json patch = Json::diff(*details, *fromString);
                const std::string where = patch.empty() ? std::string() : patch.front().value("path", std::string());
                problems.push_back({"/Details",
                    EngineText::tr("Details and DetailsDocument hold different entities (first difference at "
                                   "\"%1\"); keep one of them, or make them the same")
                        .arg(where.empty() ? std::string("/") : where)});
            }
        }
    }
    std::string revision;
    if (std::string identifier; document.contains("EntityIdentifier")) {
        readOptional(document, "EntityIdentifier", "", identifier, problems);
        const std::size_t at = identifier.find('@'); // "prod-x@revision"
        listing.product.productId = identifier.substr(0, at);
        if (at != std::string::npos)
            revision = identifier.substr(at + 1);
    }
    if (!details || !expectObject(*details, detailsPointer, problems))
        return std::nullopt;

    const std::string dp = detailsPointer;
    const std::vector<CatalogMember> information = catalogMembersOf("UpdateInformation");
    std::string visibility;
    std::string state;
    if (const auto description = details->find("Description"); description != details->end()) {
        if (expectObject(*description, dp + "/Description", problems)) {
            readMembers(*description, dp + "/Description", information, listing, nullptr, false, problems);
            readOptional(*description, "Visibility", dp + "/Description", visibility, problems);
            readOptional(*description, "ProductState", dp + "/Description", state, problems);
        }
    }
    if (const auto promo = details->find("PromotionalResources"); promo != details->end()) {
        const std::string pp = dp + "/PromotionalResources";
        if (expectObject(*promo, pp, problems)) {
            Json media = Json::object();
            for (const char* key : {"LogoUrl", "AdditionalResources", "PromotionalMedia"})
                if (promo->contains(key))
                    media[key] = (*promo)[key];
            readMembers(media, pp, information, listing, nullptr, false, problems);
            // Videos are records ({Type, Title, Url}); UpdateInformation sends their URLs.
            if (const auto videos = promo->find("Videos"); videos != promo->end() && videos->is_array()) {
                for (std::size_t i = 0; i < videos->size(); ++i) {
                    std::string url;
                    if (expectObject((*videos)[i], pp + "/Videos/" + std::to_string(i), problems))
                        readOptional((*videos)[i], "Url", pp + "/Videos/" + std::to_string(i), url, problems);
                    if (!url.empty())
                        listing.product.videoUrls.push_back(url);
                }
            }
        }
    }
    if (const auto support = details->find("SupportInformation"); support != details->end()) {
        if (expectObject(*support, dp + "/SupportInformation", problems))
            readOptional(
                *support, "Description", dp + "/SupportInformation", listing.product.supportDescription, problems);
    }
    if (const auto dims = details->find("Dimensions"); dims != details->end()) {
        DimensionReader reader;
        reader.read(*dims, dp + "/Dimensions", false, false, listing, problems);
        for (PricingDimension& d : listing.pricing.dimensions)
            d.onLiveProduct = true; // they exist: a later export updates them
    }
    if (const auto targeting = details->find("Targeting"); targeting != details->end()) {
        if (expectObject(*targeting, dp + "/Targeting", problems))
            readBuyerAccounts(*targeting, dp + "/Targeting", listing.visibility, problems);
    }
    if (problems.size() != before)
        return std::nullopt;
    // The draft remembers the accepted version: exports are updates against it.
    listing.accepted = acceptedVersionOf(listing);
    listing.accepted.revision = revision;
    listing.accepted.visibility = visibility;
    listing.accepted.state = state;
    return listing;
}

} // namespace proserv
