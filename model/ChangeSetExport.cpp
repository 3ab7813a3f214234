#include "model/ChangeSetExport.h"

#include "model/Categories.h"

namespace proserv {

namespace {

// The API's string patterns (^\S+[\S\s]*) refuse empty values, so fields the
// seller left blank are left out rather than sent empty.
void putText(Json& details, const char* key, const std::string& value)
{
    if (!value.empty())
        details[key] = value;
}

void putList(Json& details, const char* key, const std::vector<std::string>& values)
{
    if (!values.empty())
        details[key] = values;
}

// Fields and their places: model/SubmissionFields.cpp (a test keeps the two in step).
Json updateInformationDetails(const ProductInfo& product, const Architecture& architecture,
                              const ExportOptions& options)
{
    Json details = Json::object();
    putText(details, "ProductTitle", product.title);
    putText(details, "ShortDescription", product.shortDescription);
    putText(details, "LongDescription", product.longDescription);
    putText(details, "Sku", product.sku);
    putText(details, "LogoUrl", product.logoUrl);
    putList(details, "Highlights", product.highlights);
    putList(details, "SearchKeywords", product.searchKeywords);
    // Known categories in AWS's spelling ("managed services" → "Managed Services").
    std::vector<std::string> categories;
    for (const std::string& name : product.categories)
        categories.push_back(canonicalCategory(name).value_or(name));
    putList(details, "Categories", categories);
    Json resources = Json::array();
    for (const AdditionalResource& r : product.additionalResources)
        resources.push_back({{"Text", r.text}, {"Url", r.url}});
    details["AdditionalResources"] = resources;
    putText(details, "SupportDescription", product.supportDescription);
    // Related products: AWS's ProfessionalServicesProduct@1.0 UpdateInformation
    // shape carries them as AssociatedProducts (catalog-api-notes.md §13).
    if (options.associatedProducts)
        putList(details, "AssociatedProducts", architecture.relatedProducts);
    return details;
}

Json addDimensionsDetails(const Pricing& pricing)
{
    Json dimensions = Json::array();
    for (const PricingDimension& d : pricing.dimensions) {
        dimensions.push_back({{"Key", d.key},
                              {"Name", d.name},
                              {"Description", d.description},
                              {"Unit", d.unit},
                              {"Types", d.types}});
    }
    return dimensions;
}

Json change(const char* type, const std::string& identifier, Json details,
            const ExportOptions& options, const char* changeName = nullptr)
{
    Json entity = {{"Type", kEntityType}};
    if (!identifier.empty())
        entity["Identifier"] = identifier;
    Json result = {{"ChangeType", type}, {"Entity", entity}};
    if (changeName)
        result["ChangeName"] = changeName;
    // The API's pattern for Details admits only an object, so an array
    // (AddDimensions) keeps DetailsDocument even with stringifiedDetails.
    if (options.stringifiedDetails && details.is_object())
        result["Details"] = details.dump(-1, ' ', false, Json::error_handler_t::replace);
    else
        result["DetailsDocument"] = std::move(details);
    return result;
}

} // namespace

std::string changeSetNameFor(const Listing& listing)
{
    const std::string& title = listing.product.title;
    std::string name = listing.product.productId.empty() ? "Create " : "Update ";
    for (char c : title) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                             || c == '_' || c == ' ' || c == '+' || c == '=' || c == '.' || c == ':'
                             || c == '@' || c == '-';
        if (allowed)
            name += c;
    }
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    if (name.size() > 100)
        name.resize(100);
    return name;
}

Json exportChangeSet(const Listing& listing, const ExportOptions& options)
{
    Json changes = Json::array();
    std::string identifier = listing.product.productId;
    if (identifier.empty()) {
        changes.push_back(change("CreateProduct", "", Json::object(), options, kCreateChangeName));
        identifier = std::string("$") + kCreateChangeName + ".Entity.Identifier";
    }
    changes.push_back(change("UpdateInformation", identifier,
                             updateInformationDetails(listing.product, listing.architecture, options),
                             options));
    if (!listing.pricing.dimensions.empty())
        changes.push_back(
            change("AddDimensions", identifier, addDimensionsDetails(listing.pricing), options));
    if (!listing.visibility.buyerAccounts.empty()) {
        Json targeting = {{"PositiveTargeting", {{"BuyerAccounts", listing.visibility.buyerAccounts}}}};
        changes.push_back(change("UpdateTargeting", identifier, std::move(targeting), options));
    }

    Json request = Json::object();
    request["Catalog"] = kCatalogName;
    if (const std::string name = changeSetNameFor(listing); !name.empty())
        request["ChangeSetName"] = name;
    request["ChangeSet"] = std::move(changes);
    return request;
}

std::string serializeChangeSet(const Listing& listing, const ExportOptions& options)
{
    return exportChangeSet(listing, options).dump(2, ' ', false, Json::error_handler_t::replace)
           + "\n";
}

} // namespace proserv
