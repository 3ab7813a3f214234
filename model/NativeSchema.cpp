#include "model/NativeSchema.h"

#include <initializer_list>

namespace proserv {

namespace {

Json schemaFor(const std::string&)
{
    return {{"type", "string"}};
}
Json schemaFor(bool)
{
    return {{"type", "boolean"}};
}
Json schemaFor(int)
{
    return {{"type", "integer"}};
}
Json schemaFor(const std::optional<int>&)
{
    return {{"type", "integer"}, {"minimum", 0}};
}
Json schemaFor(const std::optional<std::string>&)
{
    return {{"type", "string"}};
}
// Any JSON: Catalog API members kept as a submitted file had them.
Json schemaFor(const VerbatimJson&)
{
    return {{"description", "Kept as read from a submitted file."}};
}

template <class Enum>
Json enumSchema(std::initializer_list<Enum> values)
{
    Json names = Json::array();
    for (Enum value : values)
        names.push_back(toString(value));
    return {{"type", "string"}, {"enum", names}};
}

Json schemaFor(AccessMethod)
{
    return enumSchema({AccessMethod::Immediate, AccessMethod::SellerContacts});
}

Json schemaFor(Provisioning)
{
    return enumSchema({Provisioning::Unspecified, Provisioning::StsRoleAssumption, Provisioning::IamRole,
        Provisioning::IamUser, Provisioning::SharedAccessKeys});
}

template <class Struct>
Json schemaFor(const Struct& value);

template <class Item>
Json schemaFor(const std::vector<Item>&)
{
    return {{"type", "array"}, {"items", schemaFor(Item {})}};
}

class SchemaWriter {
public:
    template <class T>
    void operator()(const char* key, const T& value)
    {
        properties[key] = schemaFor(value);
    }
    Json properties = Json::object();
};

template <class Struct>
Json schemaFor(const Struct& value)
{
    SchemaWriter writer;
    Struct::fields(writer, value);
    // Unknown keys are allowed: documents from newer versions must load.
    return {{"type", "object"}, {"properties", writer.properties}, {"additionalProperties", true}};
}

// The schema of a document type: its header, then what its fields() list gives.
template <class Document>
Json documentSchema(const char* file, const char* title, const char* description)
{
    Json schema = Json::object();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    schema["$id"] = std::string("https://proserv-listing-editor.example/schema/") + file;
    schema["title"] = title;
    schema["description"] = description;
    const Json generated = schemaFor(Document {});
    for (auto it = generated.begin(); it != generated.end(); ++it)
        schema[it.key()] = it.value();
    schema["required"] = {"formatVersion"};
    schema["properties"]["formatVersion"] = {{"const", Document::kFormatVersion}};
    return schema;
}

} // namespace

Json offerJsonSchema()
{
    Json schema = documentSchema<OfferDraft>("proserv-offer.schema.json",
        "ProServ Listing Editor private offer (*.offer.json)",
        "An AWS Marketplace private offer (Offer@1.0) for a professional services product, as drafted in ProServ "
        "Listing Editor. Generated from model/Offer.h; do not edit by hand.");
    schema["required"] = {"formatVersion", "kind"};
    schema["properties"]["kind"] = {{"const", OfferDraft::kKind}};
    schema["properties"]["pricing"]["properties"]["model"]["enum"] = {kUpfrontPricing, kInstallmentPricing};
    schema["properties"]["terms"]["properties"]["legalDocument"]["enum"] = {"", kStandardContract, kCustomEula};
    return schema;
}

Json nativeJsonSchema()
{
    return documentSchema<Listing>("proserv-listing.schema.json",
        "ProServ Listing Editor native document (*.proserv.json)",
        "An AWS Marketplace professional services listing as drafted in ProServ Listing Editor. Generated from "
        "model/Listing.h; do not edit by hand.");
}

} // namespace proserv
