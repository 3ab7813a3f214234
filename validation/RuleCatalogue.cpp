#include "validation/RuleCatalogue.h"

namespace proserv {

namespace {

using namespace guideline;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

const std::vector<RuleInfo> kRules = {
    // Product setup guidelines
    {"setup-ps-category", E, kSetup, EngineText::noop("At least one category is Assessments, Implementation, Managed Services, Premium Support or Training.")},
    {"setup-other-category", W, kSetup, EngineText::noop("Besides the professional services category, another fitting category is chosen.")},
    {"setup-category-count", E, kSetup, EngineText::noop("The listing has 1 to 3 categories.")},
    {"setup-dimension-count", E, kSetup, EngineText::noop("The listing has 1 to 24 pricing dimensions.")},
    {"setup-dimension-name", E, kSetup, EngineText::noop("Every pricing dimension has a name.")},
    {"setup-dimension-description", E, kSetup, EngineText::noop("Every pricing dimension has a description.")},
    {"setup-dimension-duplicate", E, kSetup, EngineText::noop("Pricing dimension keys and names are unique.")},
    {"setup-dimension-service", E, kSetup, EngineText::noop("Every pricing dimension says which offered service it bills.")},
    {"setup-dimension-unrelated", W, kSetup, EngineText::noop("The service a pricing dimension bills is described in the listing.")},
    {"setup-attest-paid-seller", E, kSetup, EngineText::noop("The seller confirms the AWS account is registered as a paid seller.")},
    {"setup-attest-logo", E, kSetup, EngineText::noop("The seller confirms the logo does not imitate the AWS logo or a third party's.")},
    {"setup-logo-url", E, kSetup, EngineText::noop("The logo URL is present and uses https.")},
    {"setup-logo-file", E, kSetup, EngineText::noop("A local logo file is PNG, JPEG or GIF, under 5 MB, and 110-10,000 px on each side.")},
    {"setup-offensive-language", E, kSetup, EngineText::noop("No offensive or explicit words in any text (AWS Acceptable Use Policy).")},
    {"setup-placeholder-text", E, kSetup, EngineText::noop("No placeholder text (lorem ipsum, TBD, TODO, [insert ...]) in any field.")},
    // Customer information requirements
    {"custinfo-card-number", E, kCustomerInfo, EngineText::noop("No payment card numbers (Luhn-valid) anywhere in the listing.")},
    {"custinfo-iban", E, kCustomerInfo, EngineText::noop("No IBANs (mod-97-valid) anywhere in the listing.")},
    {"custinfo-routing-number", E, kCustomerInfo, EngineText::noop("No US ABA routing numbers (checksum-valid) anywhere in the listing.")},
    {"custinfo-payment-request", E, kCustomerInfo, EngineText::noop("The listing never asks customers for card or bank details.")},
    {"custinfo-off-platform-billing", W, kCustomerInfo, EngineText::noop("No billing outside AWS Marketplace (direct invoices, wire, PayPal, quoted prices).")},
    {"custinfo-attest-billing", E, kCustomerInfo, EngineText::noop("The seller confirms the service is billed entirely through AWS Marketplace.")},
    {"custinfo-attest-subscriber-data", E, kCustomerInfo, EngineText::noop("The seller confirms subscriber data is used only per the AWS Marketplace seller terms.")},
    {"sec-aws-access-key", E, kCustomerInfo, EngineText::noop("No real AWS access key ID anywhere in the listing (documented EXAMPLE keys aside).")},
    {"sec-aws-secret-key", E, kCustomerInfo, EngineText::noop("No real AWS secret access key anywhere in the listing (documented EXAMPLE keys aside).")},
    // Product usage guidelines
    {"usage-response-time", E, kUsage, EngineText::noop("The promised response time is at most 2 business days.")},
    {"usage-access-pending-email", E, kUsage, EngineText::noop("When access is not immediate, the access-pending email says when access will be granted.")},
    {"usage-access-granted-email", E, kUsage, EngineText::noop("When access is not immediate, the access-granted email gives next steps.")},
    {"usage-support-contact", E, kUsage, EngineText::noop("At least one support contact option (email, phone or URL) is given.")},
    {"usage-support-contact-format", E, kUsage, EngineText::noop("Support contacts are well-formed: email address, phone number, https URL.")},
    {"usage-support-level", E, kUsage, EngineText::noop("The listing states the level of support customers can expect.")},
    {"usage-pre-purchase-support", E, kUsage, EngineText::noop("Pre-purchase support is described.")},
    {"usage-post-purchase-support", E, kUsage, EngineText::noop("Post-purchase support is described.")},
    {"usage-highlight", E, kUsage, EngineText::noop("The overview has at least one highlight (key feature).")},
    {"usage-documentation-link", E, kUsage, EngineText::noop("The listing links to detailed documentation.")},
    {"usage-service-terms", E, kUsage, EngineText::noop("Service terms are given as an https URL or as text.")},
    // Architecture guidelines
    {"arch-related-count", E, kArchitecture, EngineText::noop("The service relates to 1 to 4 AWS Marketplace products.")},
    {"arch-related-format", E, kArchitecture, EngineText::noop("Related product IDs are well-formed (prod- and 13 or 25 letters and digits).")},
    {"arch-related-duplicate", E, kArchitecture, EngineText::noop("Related product IDs are not repeated.")},
    {"arch-provisioning", E, kArchitecture, EngineText::noop("Customer resources are provisioned through STS or IAM, not shared access keys.")},
    {"arch-provisioned-services", E, kArchitecture, EngineText::noop("The AWS services provisioned in the customer's account are listed.")},
    {"arch-iam-policy-missing", E, kArchitecture, EngineText::noop("At least one IAM policy document is given when customer resources are needed.")},
    {"arch-deployment-description", E, kArchitecture, EngineText::noop("How the IAM role or user is deployed and used is described.")},
    {"arch-cost-notice", E, kArchitecture, EngineText::noop("The long description says customers pay any additional AWS infrastructure charges.")},
    {"arch-agent-instructions", E, kArchitecture, EngineText::noop("Agent deployment instructions are given when an agent is deployed.")},
    {"iam-json-syntax", E, kArchitecture, EngineText::noop("An IAM policy document is valid JSON (line and column of the error).")},
    {"iam-version", E, kArchitecture, EngineText::noop("An IAM policy document has Version 2012-10-17.")},
    {"iam-statement", E, kArchitecture, EngineText::noop("An IAM policy document has a non-empty Statement.")},
    {"iam-effect", E, kArchitecture, EngineText::noop("Every statement has Effect Allow or Deny.")},
    {"iam-action", E, kArchitecture, EngineText::noop("Every statement has exactly one of Action and NotAction.")},
    {"iam-resource", E, kArchitecture, EngineText::noop("Every identity-policy statement has exactly one of Resource and NotResource.")},
    {"iam-star-action", W, kArchitecture, EngineText::noop("A statement allows every action (\"Action\": \"*\").")},
    {"iam-star-resource-write", W, kArchitecture, EngineText::noop("A statement allows write actions on every resource (\"Resource\": \"*\").")},
    {"iam-passrole-star", W, kArchitecture, EngineText::noop("A statement allows iam:PassRole on every resource.")},
    {"iam-allow-notaction", W, kArchitecture, EngineText::noop("A statement combines Allow with NotAction, which grants everything not listed.")},
    {"iam-trust-no-external-id", W, kArchitecture, EngineText::noop("A trust policy lets another account assume the role without sts:ExternalId.")},
    {"iam-billing-access", W, kArchitecture, EngineText::noop("The seller is granted billing or payment actions in the customer's account.")},
    // Catalog API limits
    {"api-required", E, kCatalogApi, EngineText::noop("Fields the Catalog API needs for a listing are filled in.")},
    {"api-length", E, kCatalogApi, EngineText::noop("Text fits the Catalog API's character limit (counted in Unicode characters).")},
    {"api-leading-whitespace", E, kCatalogApi, EngineText::noop("Text does not start with whitespace where the API forbids it.")},
    {"api-highlight-count", E, kCatalogApi, EngineText::noop("At most 3 highlights.")},
    {"api-keyword-count", E, kCatalogApi, EngineText::noop("At most 15 search keywords of at most 50 characters each.")},
    {"api-keyword-portal", W, kCatalogApi, EngineText::noop("At most 3 search keywords of at most 250 characters together (seller portal rule).")},
    {"api-resource-count", E, kCatalogApi, EngineText::noop("At most 3 additional resources.")},
    {"api-resource-url", E, kCatalogApi, EngineText::noop("Every additional resource has text and an http(s) URL.")},
    {"api-dimension-key", E, kCatalogApi, EngineText::noop("Pricing dimension keys are present and use only letters, digits, '_', '.', '-'.")},
    {"api-dimension-types", E, kCatalogApi, EngineText::noop("Pricing dimension types are 1 to 3 of Entitled, Metered, ExternallyMetered.")},
    {"api-buyer-account", E, kCatalogApi, EngineText::noop("Buyer account IDs are 12 digits, unique, and at most 100.")},
    {"api-product-id", E, kCatalogApi, EngineText::noop("An existing product ID is well-formed (prod- and 13 or 25 letters and digits).")},
};

const char* guidelineTitle(const std::string& anchor)
{
    if (anchor == kSetup) return "Product setup guidelines";
    if (anchor == kCustomerInfo) return "Customer information requirements";
    if (anchor == kUsage) return "Product usage guidelines";
    if (anchor == kArchitecture) return "Architecture guidelines";
    return "AWS Marketplace Catalog API limits";
}

} // namespace

const std::vector<RuleInfo>& ruleCatalogue() { return kRules; }

const RuleInfo* findRule(std::string_view id)
{
    for (const RuleInfo& rule : kRules)
        if (id == rule.id)
            return &rule;
    return nullptr;
}

std::string ruleCatalogueMarkdown()
{
    std::string text = "# Rules\n\n"
                       "Generated by `proserv-check --list-rules --format markdown`; do not edit by hand.\n"
                       "`error` blocks export, `warning` should be fixed, `info` is advice.\n"
                       "Guideline anchors refer to `proserv-product-guidelines.md`; `catalog-api` to the\n"
                       "Catalog API limits (`catalog-api-notes.md` §4).\n";
    std::string currentAnchor;
    for (const RuleInfo& rule : kRules) {
        if (rule.guideline != currentAnchor) {
            currentAnchor = rule.guideline;
            text += "\n## " + std::string(guidelineTitle(currentAnchor)) + " (`" + currentAnchor + "`)\n\n"
                    "| rule | severity | checks |\n|---|---|---|\n";
        }
        text += "| `" + std::string(rule.id) + "` | " + toString(rule.severity) + " | " + rule.description + " |\n";
    }
    return text;
}

} // namespace proserv
