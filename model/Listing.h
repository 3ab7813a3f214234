// The professional services listing as plain value types.
//
// Every struct lists its native-document keys once, in `fields()`, in the
// order they are written to disk. Reading, writing and the JSON Pointers the
// rule engine reports all come from that one list, so a field cannot be
// renamed in one place and forgotten in another.
//
// Each struct also keeps the keys it does not know in `unknown`, so that a
// document written by a newer version survives a load/save round trip.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace proserv {

using Json = nlohmann::ordered_json;

// Keys found in a document that this version does not know; written back
// after the known keys, in their original order.
struct UnknownKeys {
    Json keys = Json::object();
    bool operator==(const UnknownKeys& other) const { return keys == other.keys; }
};

// JSON kept exactly as a submitted file had it: Catalog API members this
// version does not read (tags, keys AWS adds later). Null means absent; the
// native document holds it only when present, and a re-export writes it back.
struct VerbatimJson {
    Json value; // null = absent
    bool present() const { return !value.is_null(); }
    bool operator==(const VerbatimJson& other) const { return value == other.value; }
};

struct AdditionalResource {
    std::string text;
    std::string url;
    VerbatimJson catalogExtras; // keys of the Catalog API item this version does not read
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("text", s.text);
        v("url", s.url);
        v("catalogExtras", s.catalogExtras);
    }
    bool operator==(const AdditionalResource& o) const;
};

// A promotional image or video (UpdateInformation's PromotionalMedia item).
struct PromotionalMedia {
    std::string type; // "Image" or "Video"
    std::string url;
    std::string title;
    std::string sha256Base64;
    std::string preview;
    std::string thumbnail;
    VerbatimJson catalogExtras;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("type", s.type);
        v("url", s.url);
        v("title", s.title);
        v("sha256Base64", s.sha256Base64);
        v("preview", s.preview);
        v("thumbnail", s.thumbnail);
        v("catalogExtras", s.catalogExtras);
    }
    bool operator==(const PromotionalMedia& o) const;
};

// Product information: what the Catalog API's UpdateInformation carries.
struct ProductInfo {
    std::string productId; // existing AWS Marketplace product ID; empty = new product
    std::string title;
    std::string sku;
    std::string shortDescription;
    std::string longDescription;
    std::string logoUrl;
    std::string logoFile; // optional local copy of the logo, only used for checks
    std::vector<std::string> highlights;
    std::vector<std::string> searchKeywords;
    std::vector<std::string> categories;
    std::vector<AdditionalResource> additionalResources;
    std::vector<std::string> videoUrls;
    std::vector<PromotionalMedia> promotionalMedia;
    std::string supportDescription;
    std::vector<std::string> supportResources;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("productId", s.productId);
        v("title", s.title);
        v("sku", s.sku);
        v("shortDescription", s.shortDescription);
        v("longDescription", s.longDescription);
        v("logoUrl", s.logoUrl);
        v("logoFile", s.logoFile);
        v("highlights", s.highlights);
        v("searchKeywords", s.searchKeywords);
        v("categories", s.categories);
        v("additionalResources", s.additionalResources);
        v("videoUrls", s.videoUrls);
        v("promotionalMedia", s.promotionalMedia);
        v("supportDescription", s.supportDescription);
        v("supportResources", s.supportResources);
    }
    bool operator==(const ProductInfo& o) const;
};

struct SupportContacts {
    std::string email;
    std::string phone;
    std::string url;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("email", s.email);
        v("phone", s.phone);
        v("url", s.url);
    }
    bool operator==(const SupportContacts& o) const;
};

// How a subscriber gets the service after subscribing.
enum class AccessMethod {
    Immediate, // the customer can use the service right away
    SellerContacts, // the seller contacts the customer to arrange access
};

struct SupportInfo {
    SupportContacts contacts;
    std::string levelOfSupport;
    std::string prePurchaseSupport;
    std::string postPurchaseSupport;
    std::string refundPolicy;
    AccessMethod accessMethod = AccessMethod::SellerContacts;
    std::optional<int> responseTimeBusinessDays; // unset until the seller promises one
    std::string accessPendingEmail;
    std::string accessGrantedEmail;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("contacts", s.contacts);
        v("levelOfSupport", s.levelOfSupport);
        v("prePurchaseSupport", s.prePurchaseSupport);
        v("postPurchaseSupport", s.postPurchaseSupport);
        v("refundPolicy", s.refundPolicy);
        v("accessMethod", s.accessMethod);
        v("responseTimeBusinessDays", s.responseTimeBusinessDays);
        v("accessPendingEmail", s.accessPendingEmail);
        v("accessGrantedEmail", s.accessGrantedEmail);
    }
    bool operator==(const SupportInfo& o) const;
};

// The values the Catalog API takes for a dimension's Types, and the unit a
// professional services dimension uses (Unit is free text of at most 20
// characters; "Units" is what contract-priced dimensions send). The rules,
// the form's choices and the new dimension all read these.
const std::vector<std::string>& dimensionTypeValues();
inline constexpr const char* kProfessionalServicesDimensionType = "Entitled";
inline constexpr const char* kDefaultDimensionUnit = "Units";

struct PricingDimension {
    std::string key;
    std::string name;
    std::string description;
    std::string unit = kDefaultDimensionUnit;
    std::vector<std::string> types {kProfessionalServicesDimensionType};
    std::string service; // which offered service this dimension bills (native only)
    // The dimension exists on the published product: it is sent with
    // UpdateDimensions (which carries no Unit), never added a second time.
    bool onLiveProduct = false;
    VerbatimJson catalogExtras;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("key", s.key);
        v("name", s.name);
        v("description", s.description);
        v("unit", s.unit);
        v("types", s.types);
        v("service", s.service);
        v("onLiveProduct", s.onLiveProduct);
        v("catalogExtras", s.catalogExtras);
    }
    bool operator==(const PricingDimension& o) const;
};

struct Pricing {
    std::vector<PricingDimension> dimensions;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("dimensions", s.dimensions);
    }
    bool operator==(const Pricing& o) const;
};

struct ServiceTerms {
    std::string url;
    std::string text;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("url", s.url);
        v("text", s.text);
    }
    bool operator==(const ServiceTerms& o) const;
};

// How the seller gets into the customer's AWS account, when it must.
enum class Provisioning {
    Unspecified,
    StsRoleAssumption,
    IamRole,
    IamUser,
    SharedAccessKeys, // listed so a listing can say it, and the rules can reject it
};

struct IamPolicy {
    std::string name;
    std::string document; // JSON text as the seller wrote it; may be invalid
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("name", s.name);
        v("document", s.document);
    }
    bool operator==(const IamPolicy& o) const;
};

struct Architecture {
    std::vector<std::string> relatedProducts; // AWS Marketplace product IDs, 1–4
    bool needsCustomerResources = false;
    Provisioning provisioning = Provisioning::Unspecified;
    std::vector<std::string> provisionedServices;
    std::vector<IamPolicy> iamPolicies;
    std::string deploymentDescription; // how the IAM role or user is deployed and used
    bool deploysAgent = false;
    std::string agentInstructions;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("relatedProducts", s.relatedProducts);
        v("needsCustomerResources", s.needsCustomerResources);
        v("provisioning", s.provisioning);
        v("provisionedServices", s.provisionedServices);
        v("iamPolicies", s.iamPolicies);
        v("deploymentDescription", s.deploymentDescription);
        v("deploysAgent", s.deploysAgent);
        v("agentInstructions", s.agentInstructions);
    }
    bool operator==(const Architecture& o) const;
};

struct Visibility {
    std::vector<std::string> buyerAccounts; // 12-digit AWS account IDs allowed to see a Limited product
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("buyerAccounts", s.buyerAccounts);
    }
    bool operator==(const Visibility& o) const;
};

// What the guidelines require but no program can verify: the seller says so.
struct Attestations {
    bool registeredPaidSeller = false;
    bool logoIsOriginal = false; // does not imitate the AWS logo or a third party's
    bool subscriberDataPerSellerTerms = false;
    bool billedThroughMarketplace = false;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("registeredPaidSeller", s.registeredPaidSeller);
        v("logoIsOriginal", s.logoIsOriginal);
        v("subscriberDataPerSellerTerms", s.subscriberDataPerSellerTerms);
        v("billedThroughMarketplace", s.billedThroughMarketplace);
    }
    bool operator==(const Attestations& o) const;
};

// One change of a submitted file as it was read: what the listing's fields do
// not hold, so that a re-export writes it back in its place.
struct SubmittedChange {
    std::string changeType;
    std::string changeName;
    VerbatimJson entityTags;
    VerbatimJson otherDetails; // DetailsDocument keys this version does not read
    VerbatimJson verbatim; // a change type this version does not know: the whole change
    // The order of the change's members and of its details' keys in the
    // file, so that an unedited listing is written back byte for byte.
    VerbatimJson memberOrder;
    VerbatimJson detailsOrder;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("changeType", s.changeType);
        v("changeName", s.changeName);
        v("entityTags", s.entityTags);
        v("otherDetails", s.otherDetails);
        v("verbatim", s.verbatim);
        v("memberOrder", s.memberOrder);
        v("detailsOrder", s.detailsOrder);
    }
    bool operator==(const SubmittedChange& o) const;
};

// The change set around the listing: its name, tags and intent, the
// publishing steps it requests, and the changes of the file it came from.
// Absent from the native document while it holds nothing.
struct SubmissionSettings {
    std::optional<std::string> changeSetName; // unset: derived from the title
    VerbatimJson changeSetTags;
    std::string intent; // "" (APPLY, the API's default), "APPLY" or "VALIDATE"
    bool releaseProduct = false; // ReleaseProduct: a new product goes to Limited
    std::string targetVisibility; // UpdateVisibility: "", "Public", "Limited" or "Restricted"
    std::string replacementProductId;
    std::vector<SubmittedChange> changes; // in file order; empty for a draft never read from a file
    VerbatimJson requestOrder; // the order of the request's members in the file
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("changeSetName", s.changeSetName);
        v("changeSetTags", s.changeSetTags);
        v("intent", s.intent);
        v("releaseProduct", s.releaseProduct);
        v("targetVisibility", s.targetVisibility);
        v("replacementProductId", s.replacementProductId);
        v("changes", s.changes);
        v("requestOrder", s.requestOrder);
    }
    bool operator==(const SubmissionSettings& o) const;
};

// The version AWS Marketplace accepted, read from a DescribeEntity response
// (or an earlier file): what an update is computed against. Absent from the
// native document while empty.
struct AcceptedVersion {
    std::string source; // the file it was read from, for messages
    std::string revision; // DescribeEntity's EntityIdentifier "prod-x@REVISION"
    std::string visibility; // Public, Limited, Restricted, Draft
    std::string state;
    ProductInfo product;
    std::vector<PricingDimension> dimensions;
    std::vector<std::string> associatedProducts;
    std::vector<std::string> buyerAccounts;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("source", s.source);
        v("revision", s.revision);
        v("visibility", s.visibility);
        v("state", s.state);
        v("product", s.product);
        v("dimensions", s.dimensions);
        v("associatedProducts", s.associatedProducts);
        v("buyerAccounts", s.buyerAccounts);
    }
    bool present() const;
    bool operator==(const AcceptedVersion& o) const;
};

// The professional services product: one Catalog API entity
// (ProfessionalServicesProduct@1.0) — what the seller edits in the form and
// the change set's product changes carry. A private offer will be another
// entity type beside it, with its own fields() root and field table.
struct ProductListing {
    static constexpr const char* kEntityType = "ProfessionalServicesProduct@1.0";

    ProductInfo product;
    SupportInfo support;
    Pricing pricing;
    ServiceTerms serviceTerms;
    Architecture architecture;
    Visibility visibility;
    Attestations attestations;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("product", s.product);
        v("support", s.support);
        v("pricing", s.pricing);
        v("serviceTerms", s.serviceTerms);
        v("architecture", s.architecture);
        v("visibility", s.visibility);
        v("attestations", s.attestations);
    }
    bool operator==(const ProductListing& o) const;
    bool operator!=(const ProductListing& o) const { return !(*this == o); }
};

// The native document: the submission above its entity — the change-set
// envelope (name, tags, intent, release and visibility, each change's layout
// in the file read) and the entity's accepted baseline — with the product
// listing itself. The file keeps its flat layout: formatVersion, the
// entity's sections, submission, acceptedVersion.
struct Listing : ProductListing {
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    SubmissionSettings submission;
    AcceptedVersion accepted;
    UnknownKeys unknown;

    // The product entity alone, for what reads no envelope (the text rules,
    // the form's order of fields).
    const ProductListing& entity() const { return *this; }

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("formatVersion", s.formatVersion);
        ProductListing::fields(v, s);
        v("submission", s.submission);
        v("acceptedVersion", s.accepted);
    }
    bool operator==(const Listing& o) const;
    bool operator!=(const Listing& o) const { return !(*this == o); }
};

// The dimension with `key`, or nullptr.
const PricingDimension* findDimension(const std::vector<PricingDimension>& dimensions, const std::string& key);

// Names used for enums in the native document.
const char* toString(AccessMethod value);
const char* toString(Provisioning value);
std::optional<AccessMethod> accessMethodFromString(const std::string& text);
std::optional<Provisioning> provisioningFromString(const std::string& text);

} // namespace proserv
