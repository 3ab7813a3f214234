#include "model/SubmissionFields.h"

#include "model/JsonFields.h"
#include "model/MessageText.h"
#include "model/NativeFormat.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

namespace proserv {

namespace {

// Where the draft-only information matters instead; shown as the tooltip of
// the form's "kept in your draft" mark and in the "What will be submitted" view.
const char* const kContactsGoToText = EngineText::noop(
    "Buyers see only the support description: write your contact options into it (Compose from support details).");
const char* const kSupportTextGoesToText = EngineText::noop(
    "Buyers see only the support description and the long description: write it there (Compose from support "
    "details).");
const char* const kOfferTerms = EngineText::noop(
    "The private offer's legal and support terms (EULA), which you attach when you create an offer.");
const char* const kFulfilment
    = EngineText::noop("Your own fulfilment: what you promise and send to subscribers after they subscribe.");
const char* const kDimensionService
    = EngineText::noop("Only for the checks that each dimension bills a service the listing describes.");
const char* const kArchitecture = EngineText::noop(
    "The documentation you link to (additional resources or the long description) and what you hand to the "
    "customer.");
const char* const kAttestation = EngineText::noop(
    "Your declaration as a seller: AWS Marketplace holds you to it in the seller terms and its review.");
const char* const kLogoFile = EngineText::noop(
    "Only for checking the logo's format, size and dimensions; AWS copies the logo from the logo URL.");

constexpr const char* UI = "UpdateInformation";

const std::vector<FieldDestination> kDestinations = {
    {"/product/productId", "Entity", "Identifier", "/EntityIdentifier", nullptr},
    {"/product/title", UI, "ProductTitle", "Description/ProductTitle", nullptr, "CreateProduct",
        {72, 0, 0, 0, true, true, EngineText::noop("The title")}, Prose::Yes},
    {"/product/sku", UI, "Sku", "Description/Sku", nullptr, nullptr,
        {5000, 0, 0, 0, false, true, EngineText::noop("The SKU")}, Prose::Yes},
    {"/product/shortDescription", UI, "ShortDescription", "Description/ShortDescription", nullptr, nullptr,
        {1000, 0, 0, 0, true, true, EngineText::noop("The short description")}, Prose::Yes},
    {"/product/longDescription", UI, "LongDescription", "Description/LongDescription", nullptr, nullptr,
        {5000, 0, 0, 0, true, true, EngineText::noop("The long description")}, Prose::Yes},
    {"/product/logoUrl", UI, "LogoUrl", "PromotionalResources/LogoUrl", nullptr},
    {"/product/logoFile", nullptr, nullptr, nullptr, kLogoFile},
    {"/product/highlights", UI, "Highlights", "Description/Highlights", nullptr, nullptr,
        {500, 1, 3, 0, false, false, EngineText::noop("A highlight")}, Prose::Yes},
    {"/product/searchKeywords", UI, "SearchKeywords", "Description/SearchKeywords", nullptr, nullptr,
        {50, 0, 15, 3, false, false, EngineText::noop("A search keyword")}, Prose::Yes},
    {"/product/categories", UI, "Categories", "Description/Categories", nullptr, nullptr,
        {0, 1, 3, 0, false, false, nullptr}, Prose::Yes},
    {"/product/additionalResources", UI, "AdditionalResources", "PromotionalResources/AdditionalResources", nullptr,
        nullptr, {0, 0, 3, 0, false, false, nullptr}},
    {"/product/additionalResources/*/text", UI, "AdditionalResources/*/Text",
        "PromotionalResources/AdditionalResources/*/Text", nullptr, nullptr,
        {500, 0, 0, 0, true, true, EngineText::noop("The resource text")}, Prose::Yes},
    {"/product/additionalResources/*/url", UI, "AdditionalResources/*/Url",
        "PromotionalResources/AdditionalResources/*/Url", nullptr},
    {"/product/videoUrls", UI, "VideoUrls", "PromotionalResources/Videos", nullptr},
    {"/product/promotionalMedia", UI, "PromotionalMedia", "PromotionalResources/PromotionalMedia", nullptr},
    {"/product/promotionalMedia/*/type", UI, "PromotionalMedia/*/Type", "PromotionalResources/PromotionalMedia/*/Type",
        nullptr},
    {"/product/promotionalMedia/*/url", UI, "PromotionalMedia/*/Url", "PromotionalResources/PromotionalMedia/*/Url",
        nullptr},
    {"/product/promotionalMedia/*/title", UI, "PromotionalMedia/*/Title",
        "PromotionalResources/PromotionalMedia/*/Title", nullptr, nullptr, {}, Prose::Yes},
    {"/product/promotionalMedia/*/sha256Base64", UI, "PromotionalMedia/*/Sha256Base64",
        "PromotionalResources/PromotionalMedia/*/Sha256Base64", nullptr},
    {"/product/promotionalMedia/*/preview", UI, "PromotionalMedia/*/Preview",
        "PromotionalResources/PromotionalMedia/*/Preview", nullptr},
    {"/product/promotionalMedia/*/thumbnail", UI, "PromotionalMedia/*/Thumbnail",
        "PromotionalResources/PromotionalMedia/*/Thumbnail", nullptr},
    {"/product/supportDescription", UI, "SupportDescription", "SupportInformation/Description", nullptr, nullptr,
        {2000, 0, 0, 0, true, true, EngineText::noop("The support description")}, Prose::Yes},
    {"/product/supportResources", UI, "SupportResources", "SupportInformation/Resources", nullptr},

    {"/support/contacts/email", nullptr, nullptr, nullptr, kContactsGoToText, nullptr, {}, Prose::Yes},
    {"/support/contacts/phone", nullptr, nullptr, nullptr, kContactsGoToText, nullptr, {}, Prose::Yes},
    {"/support/contacts/url", nullptr, nullptr, nullptr, kContactsGoToText},
    {"/support/levelOfSupport", nullptr, nullptr, nullptr, kSupportTextGoesToText, nullptr, {}, Prose::Yes},
    {"/support/prePurchaseSupport", nullptr, nullptr, nullptr, kSupportTextGoesToText, nullptr, {}, Prose::Yes},
    {"/support/postPurchaseSupport", nullptr, nullptr, nullptr, kSupportTextGoesToText, nullptr, {}, Prose::Yes},
    {"/support/refundPolicy", nullptr, nullptr, nullptr, kOfferTerms, nullptr, {}, Prose::Yes},
    {"/support/accessMethod", nullptr, nullptr, nullptr, kFulfilment, nullptr, {}, Prose::Yes},
    {"/support/responseTimeBusinessDays", nullptr, nullptr, nullptr, kFulfilment, nullptr, {}, Prose::Yes},
    {"/support/accessPendingEmail", nullptr, nullptr, nullptr, kFulfilment, nullptr, {}, Prose::Yes},
    {"/support/accessGrantedEmail", nullptr, nullptr, nullptr, kFulfilment, nullptr, {}, Prose::Yes},

    {"/pricing/dimensions", "AddDimensions", "", "Dimensions", nullptr, "UpdateDimensions",
        {0, 1, 24, 0, false, false, nullptr}},
    {"/pricing/dimensions/*/key", "AddDimensions", "*/Key", "Dimensions/*/Key", nullptr, "UpdateDimensions",
        {100, 0, 0, 0, false, false, EngineText::noop("The dimension key")}},
    {"/pricing/dimensions/*/name", "AddDimensions", "*/Name", "Dimensions/*/Name", nullptr, "UpdateDimensions",
        {80, 0, 0, 0, false, true, EngineText::noop("The dimension name")}, Prose::Yes},
    {"/pricing/dimensions/*/description", "AddDimensions", "*/Description", "Dimensions/*/Description", nullptr,
        "UpdateDimensions", {1000, 0, 0, 0, false, true, EngineText::noop("The dimension description")}, Prose::Yes},
    {"/pricing/dimensions/*/unit", "AddDimensions", "*/Unit", "Dimensions/*/Unit", nullptr, "UpdateDimensions",
        {20, 0, 0, 0, true, true, EngineText::noop("The dimension unit")}},
    {"/pricing/dimensions/*/types", "AddDimensions", "*/Types", "Dimensions/*/Types", nullptr, "UpdateDimensions"},
    {"/pricing/dimensions/*/service", nullptr, nullptr, nullptr, kDimensionService, nullptr, {}, Prose::Yes},

    {"/serviceTerms/url", nullptr, nullptr, nullptr, kOfferTerms},
    {"/serviceTerms/text", nullptr, nullptr, nullptr, kOfferTerms, nullptr, {}, Prose::Yes},

    {"/architecture/relatedProducts", UI, "AssociatedProducts", "Description/AssociatedProducts", nullptr, nullptr,
        {0, 1, 4, 0, false, false, nullptr}},
    {"/architecture/needsCustomerResources", nullptr, nullptr, nullptr, kArchitecture, nullptr, {}, Prose::Yes},
    {"/architecture/provisioning", nullptr, nullptr, nullptr, kArchitecture, nullptr, {}, Prose::Yes},
    {"/architecture/provisionedServices", nullptr, nullptr, nullptr, kArchitecture, nullptr, {}, Prose::Yes},
    {"/architecture/iamPolicies", nullptr, nullptr, nullptr, kArchitecture, nullptr, {}, Prose::Yes},
    {"/architecture/deploymentDescription", nullptr, nullptr, nullptr, kArchitecture, nullptr, {}, Prose::Yes},
    {"/architecture/deploysAgent", nullptr, nullptr, nullptr, kArchitecture, nullptr, {}, Prose::Yes},
    {"/architecture/agentInstructions", nullptr, nullptr, nullptr, kArchitecture, nullptr, {}, Prose::Yes},

    {"/visibility/buyerAccounts", "UpdateTargeting", "PositiveTargeting/BuyerAccounts",
        "Targeting/PositiveTargeting/BuyerAccounts", nullptr},

    {"/attestations/registeredPaidSeller", nullptr, nullptr, nullptr, kAttestation, nullptr, {}, Prose::Yes},
    {"/attestations/logoIsOriginal", nullptr, nullptr, nullptr, kAttestation, nullptr, {}, Prose::Yes},
    {"/attestations/subscriberDataPerSellerTerms", nullptr, nullptr, nullptr, kAttestation, nullptr, {}, Prose::Yes},
    {"/attestations/billedThroughMarketplace", nullptr, nullptr, nullptr, kAttestation, nullptr, {}, Prose::Yes},

    // The change set around the listing. releaseProduct is not a field of
    // a change but the ReleaseProduct change itself, as a dimension's
    // onLiveProduct chooses UpdateDimensions over AddDimensions.
    {"/submission/changeSetName", "ChangeSet", "ChangeSetName", nullptr, nullptr},
    {"/submission/intent", "ChangeSet", "Intent", nullptr, nullptr},
    {"/submission/targetVisibility", "UpdateVisibility", "TargetVisibility", nullptr, nullptr},
    {"/submission/replacementProductId", "UpdateVisibility", "ReplacementProductId", nullptr, nullptr},
};

// The table's pointers, split once.
const std::vector<std::vector<std::string>>& patternTokens()
{
    static const std::vector<std::vector<std::string>> split = [] {
        std::vector<std::vector<std::string>> out;
        for (const FieldDestination& d : kDestinations)
            out.push_back(splitPointer(d.pointer));
        return out;
    }();
    return split;
}

// Matches concrete tokens against a pattern; the list indices the
// wildcards stood for are appended to `indices`.
bool matches(
    const std::vector<std::string>& pattern, const std::vector<std::string>& tokens, std::vector<std::string>* indices)
{
    if (pattern.size() != tokens.size())
        return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == "*") {
            if (!isIndexToken(tokens[i]))
                return false;
            if (indices)
                indices->push_back(tokens[i]);
        } else if (pattern[i] != tokens[i]) {
            return false;
        }
    }
    return true;
}

// The entry for a pointer or for its nearest listed ancestor. `indices` gets
// what its wildcards stood for, `rest` the tokens below it (a list item).
const FieldDestination* lookUp(
    const std::string& pointer, std::vector<std::string>* indices, std::vector<std::string>* rest)
{
    std::vector<std::string> tokens = splitPointer(pointer);
    const auto& patterns = patternTokens();
    while (!tokens.empty()) {
        for (std::size_t i = 0; i < kDestinations.size(); ++i) {
            if (indices)
                indices->clear();
            if (matches(patterns[i], tokens, indices))
                return &kDestinations[i];
        }
        if (rest)
            rest->insert(rest->begin(), tokens.back());
        tokens.pop_back();
    }
    return nullptr;
}

// Fills the wildcards of a details path with the indices of the native pointer.
std::string fillIndices(const std::string& path, const std::vector<std::string>& indices)
{
    std::string out;
    std::size_t next = 0;
    for (const std::string& part : splitPointer("/" + path)) {
        out += "/";
        out += part == "*" && next < indices.size() ? indices[next++] : escapePointerToken(part);
    }
    return path.empty() ? std::string() : out;
}

bool isFilled(const Json& value, const Json* defaultValue)
{
    if (defaultValue && value == *defaultValue)
        return false;
    if (value.is_string())
        return value.get_ref<const std::string&>().find_first_not_of(" \t\r\n") != std::string::npos;
    if (value.is_array() || value.is_object())
        return !value.empty();
    if (value.is_boolean())
        return value.get<bool>();
    return !value.is_null();
}

// Every concrete pointer the pattern stands for in `document`.
void expand(const Json& node, const std::vector<std::string>& parts, std::size_t at, const std::string& prefix,
    std::vector<std::pair<std::string, const Json*>>& out)
{
    if (at == parts.size()) {
        out.emplace_back(prefix, &node);
        return;
    }
    if (parts[at] == "*") {
        if (node.is_array())
            for (std::size_t i = 0; i < node.size(); ++i)
                expand(node[i], parts, at + 1, prefix + "/" + std::to_string(i), out);
        return;
    }
    if (!node.is_object())
        return;
    const auto it = node.find(parts[at]);
    if (it != node.end())
        expand(*it, parts, at + 1, prefix + "/" + escapePointerToken(parts[at]), out);
}

} // namespace

const std::vector<FieldDestination>& fieldDestinations()
{
    return kDestinations;
}

const FieldTable& productFieldTable()
{
    static const FieldTable table {ProductListing::kEntityType, kDestinations};
    return table;
}

const FieldDestination& fieldRow(const std::string& pattern)
{
    for (const FieldDestination& d : kDestinations)
        if (pattern == d.pointer)
            return d;
    std::abort(); // a typo in a caller's pattern: found by every test run
}

bool isProsePattern(const std::string& pattern)
{
    // Built once, read-only after: the rule pass asks for every struct
    // member of every list item, from parallel checks.
    static const std::unordered_map<std::string, bool> byPattern = [] {
        std::unordered_map<std::string, bool> map;
        for (const FieldDestination& d : kDestinations)
            map.emplace(d.pointer, d.prose == Prose::Yes);
        return map;
    }();
    std::string p = pattern;
    while (!p.empty()) {
        if (const auto it = byPattern.find(p); it != byPattern.end())
            return it->second;
        p.erase(p.rfind('/'));
    }
    return false;
}

std::string fieldTableMarkdown(const FieldTable& table)
{
    auto code = [](const std::string& text) { return text.empty() ? std::string() : "`" + text + "`"; };
    auto number = [](std::size_t n) { return n == 0 ? std::string() : std::to_string(n); };
    std::string out = "# Fields of " + std::string(table.entityType)
        + "\n\n"
          "Generated from the field table (`model/SubmissionFields.cpp`) by `tst_changeset` "
          "(`PROSERV_UPDATE_DOCS=1 build/tests/tst_changeset fieldTableIsDocumented` rewrites it); "
          "do not edit by hand.\n\n"
          "One row per field of the native document (`*` = any list index). *Change* is the Catalog API change "
          "type that carries it and *member* the path inside its details (`*` = the same index); a field with no "
          "change stays in the seller's draft, and *kept for* says where that information matters instead. "
          "*Chars* is the most a value (or each item of a list) may have, in Unicode code points; *items* the "
          "count a list needs (the seller portal's own lower limit after the slash); *required* means a complete "
          "listing needs it; *prose* fields are read by the wording rules.\n\n"
          "| field | change | member | DescribeEntity | chars | items | required | prose | kept for |\n"
          "|---|---|---|---|---|---|---|---|---|\n";
    for (const FieldDestination& row : table.rows) {
        const FieldLimits& l = row.limits;
        std::string items;
        if (l.maxItems > 0)
            items = std::to_string(l.minItems) + "–" + std::to_string(l.maxItems)
                + (l.portalMaxItems > 0 ? " / " + std::to_string(l.portalMaxItems) : "");
        std::string change = row.changeType ? code(row.changeType) : std::string("—");
        if (row.alsoIn)
            change += " (or " + code(row.alsoIn) + ")";
        out += "| " + code(row.pointer) + " | " + change + " | " + code(row.changePath ? row.changePath : "") + " | "
            + code(row.entityPath ? row.entityPath : "") + " | " + number(l.maxChars) + " | " + items + " | "
            + (l.required ? "yes" : "") + " | " + (row.prose == Prose::Yes ? "yes" : "") + " | "
            + (row.keptFor ? row.keptFor : "") + " |\n";
    }
    out += "\nNot fields but bookkeeping, kept for round trips and never edited in the form:\n\n";
    for (const std::string& pattern : bookkeepingPatterns())
        out += "- " + code(pattern) + "\n";
    return out;
}

const std::vector<std::string>& bookkeepingPatterns()
{
    static const std::vector<std::string> patterns = {
        "/formatVersion", // the file format's version
        "/product/additionalResources/*/catalogExtras", // API keys this version does not read, written back
        "/product/promotionalMedia/*/catalogExtras", "/pricing/dimensions/*/catalogExtras",
        "/pricing/dimensions/*/onLiveProduct", // chooses UpdateDimensions over AddDimensions
        "/submission/changeSetTags", // the request's tags, written back as read
        "/submission/releaseProduct", // the ReleaseProduct change itself, not a field of one
        "/submission/changes", // each change's name, tags and order in the file read
        "/submission/requestOrder",
        "/acceptedVersion", // what AWS Marketplace holds now: the baseline of updates
    };
    return patterns;
}

CatalogItemFields dimensionItemFields(bool update)
{
    CatalogItemFields fields = catalogMembersOf("AddDimensions").front().itemFields;
    if (update)
        fields.erase(std::remove_if(fields.begin(), fields.end(), [](const auto& f) { return f.first == "Unit"; }),
            fields.end());
    return fields;
}

std::vector<CatalogMember> catalogMembersOf(const std::string& changeType)
{
    std::vector<CatalogMember> members;
    for (const FieldDestination& d : kDestinations) {
        if (!d.changeType || changeType != d.changeType || std::strchr(d.changePath, '/'))
            continue;
        if (std::strchr(d.pointer, '*')) // an item field of a list whose details are the list itself
            continue;
        CatalogMember member {d.changePath, d.pointer, {}};
        const std::string itemPrefix = std::string(d.pointer) + "/*/";
        const std::string apiPrefix = member.apiKey.empty() ? "*/" : member.apiKey + "/*/";
        for (const FieldDestination& item : kDestinations) {
            if (item.changeType && changeType == item.changeType && std::string(item.pointer).rfind(itemPrefix, 0) == 0
                && std::string(item.changePath).rfind(apiPrefix, 0) == 0)
                member.itemFields.push_back({std::string(item.changePath).substr(apiPrefix.size()),
                    std::string(item.pointer).substr(itemPrefix.size())});
        }
        members.push_back(std::move(member));
    }
    return members;
}

std::vector<std::string> fieldsNotCarried(const Json& request)
{
    // The details of each change type in the request (a Details string is parsed;
    // an unreadable one carries nothing).
    std::vector<std::pair<std::string, Json>> changes;
    if (const auto list = request.find("ChangeSet"); list != request.end() && list->is_array())
        for (const Json& change : *list) {
            if (!change.is_object() || !change.contains("ChangeType") || !change["ChangeType"].is_string())
                continue;
            Json details = change.value("DetailsDocument", Json());
            if (details.is_null() && change.contains("Details") && change["Details"].is_string())
                details = Json::parse(change["Details"].get<std::string>(), nullptr, false);
            changes.emplace_back(change["ChangeType"].get<std::string>(), std::move(details));
        }
    auto carried = [&](const FieldDestination& d) {
        if (std::strcmp(d.changeType, "ChangeSet") == 0 || std::strcmp(d.changeType, "Entity") == 0)
            return true; // a member of the request, or the product it names
        const std::string path = d.changePath;
        const std::string key = path.substr(0, path.find('/'));
        return std::any_of(changes.begin(), changes.end(), [&](const auto& change) {
            const bool type = change.first == d.changeType || (d.alsoIn && change.first == d.alsoIn);
            return type && (key.empty() || key == "*" || (change.second.is_object() && change.second.contains(key)));
        });
    };
    std::vector<std::string> notCarried;
    for (const FieldDestination& d : kDestinations) {
        if (!d.submitted() || carried(d))
            continue;
        std::string pointer = d.pointer;
        if (const std::size_t star = pointer.find("/*"); star != std::string::npos)
            pointer.erase(star);
        if (std::find(notCarried.begin(), notCarried.end(), pointer) == notCarried.end())
            notCarried.push_back(pointer);
    }
    return notCarried;
}

const FieldDestination* destinationOf(const std::string& pointer)
{
    return lookUp(pointer, nullptr, nullptr);
}

bool isSubmittedPointer(const std::string& pointer)
{
    if (const FieldDestination* d = destinationOf(pointer))
        return d->submitted();
    // A group of fields ("/support/contacts", "/serviceTerms"): submitted when
    // any field in it is; the root and unknown pointers count as submitted.
    const std::vector<std::string> tokens = splitPointer(pointer);
    bool any = false;
    for (std::size_t i = 0; i < kDestinations.size(); ++i) {
        const std::vector<std::string>& parts = patternTokens()[i];
        if (parts.size() <= tokens.size() || !std::equal(tokens.begin(), tokens.end(), parts.begin()))
            continue;
        if (kDestinations[i].submitted())
            return true;
        any = true;
    }
    return !any;
}

std::vector<DraftOnlyValue> filledDraftOnlyFields(const Listing& listing)
{
    const Json document = toNativeJson(listing);
    static const Json defaults = toNativeJson(Listing {});
    std::vector<DraftOnlyValue> out;
    for (const FieldDestination& d : kDestinations) {
        if (d.submitted())
            continue;
        std::vector<std::pair<std::string, const Json*>> found;
        expand(document, patternTokens()[static_cast<std::size_t>(&d - kDestinations.data())], 0, "", found);
        for (const auto& [pointer, value] : found) {
            const Json* defaultValue = nullptr;
            if (std::strchr(d.pointer, '*') == nullptr) {
                const Json::json_pointer p(pointer);
                if (defaults.contains(p))
                    defaultValue = &defaults.at(p);
            }
            if (isFilled(*value, defaultValue))
                out.push_back({pointer, &d});
        }
    }
    return out;
}

SubmissionLayout SubmissionLayout::of(const Json& document, bool changeSet)
{
    SubmissionLayout layout;
    if (!document.is_object())
        return layout;
    if (changeSet) {
        layout.kind = Kind::ChangeSet;
        const char* key = document.contains("ChangeSet") ? "ChangeSet" : "changeSet";
        layout.changeSetPointer = std::string("/") + key;
        const auto list = document.find(key);
        if (list == document.end() || !list->is_array())
            return layout;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& change = (*list)[i];
            Change c;
            c.pointer = std::string("/") + key + "/" + std::to_string(i);
            if (change.is_object()) {
                if (const auto type = change.find("ChangeType"); type != change.end() && type->is_string())
                    c.type = type->get<std::string>();
                c.detailsMember = change.contains("DetailsDocument") ? "DetailsDocument" : "Details";
                c.detailsIsString = !change.contains("DetailsDocument") && change.contains("Details");
            }
            layout.changes.push_back(std::move(c));
        }
        return layout;
    }
    layout.kind = Kind::DescribeEntity;
    if (document.contains("DetailsDocument")) {
        layout.entityDetailsPointer = "/DetailsDocument";
    } else if (document.contains("Details")) {
        layout.entityDetailsPointer = "/Details";
        layout.entityDetailsIsString = true;
    }
    return layout;
}

std::optional<std::string> SubmissionLayout::filePointerOf(const std::string& nativePointer) const
{
    if (kind == Kind::None)
        return std::nullopt;
    if (nativePointer.empty()) // about the whole listing: the whole file
        return std::string();
    // Indices below the entry (a list item) are appended as they are.
    std::vector<std::string> indices;
    std::vector<std::string> rest;
    const FieldDestination* entry = lookUp(nativePointer, &indices, &rest);
    if (!entry || !entry->submitted())
        return std::nullopt;
    std::string suffix;
    for (const std::string& token : rest)
        suffix += "/" + escapePointerToken(token);

    if (std::strcmp(entry->changeType, "ChangeSet") == 0) // a member of the request itself
        return kind == Kind::ChangeSet ? "/" + std::string(entry->changePath) : std::string();
    if (kind == Kind::DescribeEntity) {
        if (!entry->entityPath)
            return std::nullopt;
        const std::string path = entry->entityPath;
        if (!path.empty() && path[0] == '/')
            return path;
        if (entityDetailsIsString)
            return entityDetailsPointer;
        return entityDetailsPointer + fillIndices(path, indices) + suffix;
    }

    // The first change of the entry's type, else the first of its alternative
    // ("Entity": the first change of any type, since every one names the entity).
    const std::string type = entry->changeType;
    const Change* change = nullptr;
    for (const Change& c : changes) {
        if (type == "Entity" ? !c.type.empty() : c.type == type) {
            change = &c;
            break;
        }
        if (!change && entry->alsoIn && c.type == entry->alsoIn)
            change = &c;
    }
    if (!change) // the file has no change for it: point at the list of changes
        return changeSetPointer;
    if (type == "Entity")
        return change->pointer + "/Entity/" + entry->changePath;
    const std::string details = change->pointer + "/" + change->detailsMember;
    if (change->detailsIsString)
        return details;
    return details + fillIndices(entry->changePath, indices) + suffix;
}

} // namespace proserv
