// The fields of the native document that code names, one constant each:
// rules, forms and the file workflow name a field by its constant, never by
// a string of their own (a renamed field is one edit here, and
// tst_changeset checks every constant against its entity's field table).
// `Each` stands for any index of a list ("/pricing/dimensions/*/key").
#pragma once

namespace proserv::field {

// X(name, pointer): one line per field, read twice below.
#define PROSERV_NAMED_FIELDS(X) \
    X(acceptedVersion, "/acceptedVersion") \
    X(architectureAgentInstructions, "/architecture/agentInstructions") \
    X(architectureDeploymentDescription, "/architecture/deploymentDescription") \
    X(architectureDeploysAgent, "/architecture/deploysAgent") \
    X(architectureIamPolicies, "/architecture/iamPolicies") \
    X(architectureIamPoliciesEachDocument, "/architecture/iamPolicies/*/document") \
    X(architectureNeedsCustomerResources, "/architecture/needsCustomerResources") \
    X(architectureProvisionedServices, "/architecture/provisionedServices") \
    X(architectureProvisioning, "/architecture/provisioning") \
    X(architectureRelatedProducts, "/architecture/relatedProducts") \
    X(attestationsBilledThroughMarketplace, "/attestations/billedThroughMarketplace") \
    X(attestationsLogoIsOriginal, "/attestations/logoIsOriginal") \
    X(attestationsRegisteredPaidSeller, "/attestations/registeredPaidSeller") \
    X(attestationsSubscriberDataPerSellerTerms, "/attestations/subscriberDataPerSellerTerms") \
    X(pricingDimensions, "/pricing/dimensions") \
    X(pricingDimensionsEachDescription, "/pricing/dimensions/*/description") \
    X(pricingDimensionsEachKey, "/pricing/dimensions/*/key") \
    X(pricingDimensionsEachName, "/pricing/dimensions/*/name") \
    X(pricingDimensionsEachService, "/pricing/dimensions/*/service") \
    X(pricingDimensionsEachUnit, "/pricing/dimensions/*/unit") \
    X(product, "/product") \
    X(productAdditionalResources, "/product/additionalResources") \
    X(productAdditionalResourcesEachText, "/product/additionalResources/*/text") \
    X(productCategories, "/product/categories") \
    X(productHighlights, "/product/highlights") \
    X(productHighlightsEach, "/product/highlights/*") \
    X(productLogoFile, "/product/logoFile") \
    X(productLogoUrl, "/product/logoUrl") \
    X(productLongDescription, "/product/longDescription") \
    X(productProductId, "/product/productId") \
    X(productPromotionalMedia, "/product/promotionalMedia") \
    X(productSearchKeywords, "/product/searchKeywords") \
    X(productSearchKeywordsEach, "/product/searchKeywords/*") \
    X(productShortDescription, "/product/shortDescription") \
    X(productSku, "/product/sku") \
    X(productSupportDescription, "/product/supportDescription") \
    X(productSupportResources, "/product/supportResources") \
    X(productTitle, "/product/title") \
    X(productVideoUrls, "/product/videoUrls") \
    X(serviceTerms, "/serviceTerms") \
    X(serviceTermsText, "/serviceTerms/text") \
    X(serviceTermsUrl, "/serviceTerms/url") \
    X(submission, "/submission") \
    X(submissionChangeSetName, "/submission/changeSetName") \
    X(submissionIntent, "/submission/intent") \
    X(submissionReleaseProduct, "/submission/releaseProduct") \
    X(submissionReplacementProductId, "/submission/replacementProductId") \
    X(submissionTargetVisibility, "/submission/targetVisibility") \
    X(supportAccessGrantedEmail, "/support/accessGrantedEmail") \
    X(supportAccessMethod, "/support/accessMethod") \
    X(supportAccessPendingEmail, "/support/accessPendingEmail") \
    X(supportContacts, "/support/contacts") \
    X(supportContactsEmail, "/support/contacts/email") \
    X(supportContactsPhone, "/support/contacts/phone") \
    X(supportContactsUrl, "/support/contacts/url") \
    X(supportLevelOfSupport, "/support/levelOfSupport") \
    X(supportPostPurchaseSupport, "/support/postPurchaseSupport") \
    X(supportPrePurchaseSupport, "/support/prePurchaseSupport") \
    X(supportRefundPolicy, "/support/refundPolicy") \
    X(supportResponseTimeBusinessDays, "/support/responseTimeBusinessDays") \
    X(visibilityBuyerAccounts, "/visibility/buyerAccounts")

#define PROSERV_DECLARE_FIELD(name, pointer) inline constexpr char name[] = pointer;
PROSERV_NAMED_FIELDS(PROSERV_DECLARE_FIELD)
#undef PROSERV_DECLARE_FIELD

// Every constant above, for the test that finds each in the field table.
#define PROSERV_LIST_FIELD(name, pointer) name,
inline constexpr const char* kAllNamed[] = {PROSERV_NAMED_FIELDS(PROSERV_LIST_FIELD)};
#undef PROSERV_LIST_FIELD

} // namespace proserv::field
