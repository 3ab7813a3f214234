#include "model/Listing.h"

#include "model/JsonFields.h"

namespace proserv {

// Equality compares what would be written to disk, unknown keys included:
// two listings are equal exactly when they save to the same document.
#define PROSERV_EQUALITY_BY_JSON(Type)                                                                                 \
    bool Type::operator==(const Type& o) const                                                                         \
    {                                                                                                                  \
        return structToJson(*this) == structToJson(o);                                                                 \
    }

const std::vector<std::string>& dimensionTypeValues()
{
    static const std::vector<std::string> values = {"Entitled", "Metered", "ExternallyMetered"};
    return values;
}

PROSERV_EQUALITY_BY_JSON(AdditionalResource)
PROSERV_EQUALITY_BY_JSON(PromotionalMedia)
PROSERV_EQUALITY_BY_JSON(ProductInfo)
PROSERV_EQUALITY_BY_JSON(SupportContacts)
PROSERV_EQUALITY_BY_JSON(SupportInfo)
PROSERV_EQUALITY_BY_JSON(PricingDimension)
PROSERV_EQUALITY_BY_JSON(Pricing)
PROSERV_EQUALITY_BY_JSON(ServiceTerms)
PROSERV_EQUALITY_BY_JSON(IamPolicy)
PROSERV_EQUALITY_BY_JSON(Architecture)
PROSERV_EQUALITY_BY_JSON(Visibility)
PROSERV_EQUALITY_BY_JSON(Attestations)
PROSERV_EQUALITY_BY_JSON(SubmittedChange)
PROSERV_EQUALITY_BY_JSON(SubmissionSettings)
PROSERV_EQUALITY_BY_JSON(AcceptedVersion)
PROSERV_EQUALITY_BY_JSON(Listing)

// Asked by the rules on every keystroke: the absent version's JSON is built once.
bool AcceptedVersion::present() const
{
    static const Json kAbsent = structToJson(AcceptedVersion {});
    return structToJson(*this) != kAbsent;
}

#undef PROSERV_EQUALITY_BY_JSON

bool ProductListing::operator==(const ProductListing& o) const
{
    return product == o.product && support == o.support && pricing == o.pricing && serviceTerms == o.serviceTerms
        && architecture == o.architecture && visibility == o.visibility && attestations == o.attestations;
}

const PricingDimension* findDimension(const std::vector<PricingDimension>& dimensions, const std::string& key)
{
    for (const PricingDimension& d : dimensions)
        if (d.key == key)
            return &d;
    return nullptr;
}

const char* toString(AccessMethod value)
{
    switch (value) {
    case AccessMethod::Immediate: return "immediate";
    case AccessMethod::SellerContacts: return "sellerContacts";
    }
    return "sellerContacts";
}

const char* toString(Provisioning value)
{
    switch (value) {
    case Provisioning::Unspecified: return "";
    case Provisioning::StsRoleAssumption: return "stsRoleAssumption";
    case Provisioning::IamRole: return "iamRole";
    case Provisioning::IamUser: return "iamUser";
    case Provisioning::SharedAccessKeys: return "sharedAccessKeys";
    }
    return "";
}

std::optional<AccessMethod> accessMethodFromString(const std::string& text)
{
    for (AccessMethod m : {AccessMethod::Immediate, AccessMethod::SellerContacts})
        if (text == toString(m))
            return m;
    return std::nullopt;
}

std::optional<Provisioning> provisioningFromString(const std::string& text)
{
    for (Provisioning p : {Provisioning::Unspecified, Provisioning::StsRoleAssumption, Provisioning::IamRole,
             Provisioning::IamUser, Provisioning::SharedAccessKeys})
        if (text == toString(p))
            return p;
    return std::nullopt;
}

} // namespace proserv
