#include "validation/RuleCatalogue.h"
#include "model/FieldPointers.h"
#include "model/Offer.h"

namespace proserv {

namespace {

using namespace guideline;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

const std::vector<RuleInfo> kRules = {
    // Product setup guidelines
    {"setup-ps-category", E, kSetup,
        EngineText::noop(
            "At least one category is Assessments, Implementation, Managed Services, Premium Support or Training."),
        "Categories", Judges::Submission},
    {"setup-other-category", W, kSetup,
        EngineText::noop("Besides the professional services category, another fitting category is chosen."),
        "Categories", Judges::Submission},
    {"setup-category-count", E, kSetup, EngineText::noop("The listing has 1 to 3 categories."), "Categories",
        Judges::Submission},
    {"setup-category-spelling", W, kSetup,
        EngineText::noop(
            "A category that is not an AWS Marketplace category name but close to one is probably a typo."),
        "Categories", Judges::Submission},
    {"setup-dimension-count", E, kSetup, EngineText::noop("The listing has 1 to 24 pricing dimensions."),
        "AddDimensions", Judges::Submission},
    {"setup-dimension-name", E, kSetup, EngineText::noop("Every pricing dimension has a name."), "AddDimensions[].Name",
        Judges::Submission},
    {"setup-dimension-description", E, kSetup, EngineText::noop("Every pricing dimension has a description."),
        "AddDimensions[].Description", Judges::Submission},
    {"setup-dimension-duplicate", E, kSetup, EngineText::noop("Pricing dimension keys and names are unique."),
        "AddDimensions[].Key, .Name", Judges::Submission},
    {"setup-dimension-service", E, kSetup,
        EngineText::noop("Every pricing dimension says which offered service it bills."),
        field::pricingDimensionsEachService, Judges::Draft},
    {"setup-dimension-unrelated", W, kSetup,
        EngineText::noop("The service a pricing dimension bills is described in the listing."),
        "/pricing/dimensions/*/service; ProductTitle, ShortDescription, LongDescription, Highlights", Judges::Draft},
    {"setup-attest-paid-seller", E, kSetup,
        EngineText::noop("The seller confirms the AWS account is registered as a paid seller."),
        field::attestationsRegisteredPaidSeller, Judges::Draft},
    {"setup-attest-logo", E, kSetup,
        EngineText::noop("The seller confirms the logo does not imitate the AWS logo or a third party's."),
        field::attestationsLogoIsOriginal, Judges::Draft},
    {"setup-logo-url", E, kSetup, EngineText::noop("The logo URL is present and uses https."), "LogoUrl",
        Judges::Submission},
    {"setup-logo-file", E, kSetup,
        EngineText::noop("A local logo file is PNG, JPEG or GIF, under 5 MB, and 110-10,000 px on each side."),
        field::productLogoFile, Judges::Draft},
    {"setup-offensive-language", E, kSetup,
        EngineText::noop("No offensive or explicit words in any text (AWS Acceptable Use Policy)."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"setup-placeholder-text", E, kSetup,
        EngineText::noop("No placeholder text (lorem ipsum, TBD, TODO, [insert ...]) in any field."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"setup-aws-brand", E, kSetup,
        EngineText::noop("No title or text presents AWS or Amazon as the provider or endorser of the service (\"for "
                         "AWS\", \"on AWS\", \"AWS Partner\", \"AWS Certified\" and service names are fine)."),
        "every exported and draft prose text", Judges::Submission},
    // Customer information requirements
    {"custinfo-subscriber-data-use", E, kCustomerInfo,
        EngineText::noop("No text says subscriber information is used for the seller's or partners' marketing "
                         "(the seller terms allow it only to deliver and support the service)."),
        "every exported and draft prose text", Judges::Submission},
    {"custinfo-card-number", E, kCustomerInfo,
        EngineText::noop("No payment card numbers (Luhn-valid) anywhere in the listing."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"custinfo-iban", E, kCustomerInfo, EngineText::noop("No IBANs (mod-97-valid) anywhere in the listing."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"custinfo-routing-number", E, kCustomerInfo,
        EngineText::noop("No US ABA routing numbers (checksum-valid) anywhere in the listing."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"custinfo-test-card-number", W, kCustomerInfo,
        EngineText::noop("No card numbers that payment providers publish for testing (4111 1111 1111 1111); not a real "
                         "card, still not for a listing."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"custinfo-payment-request", E, kCustomerInfo,
        EngineText::noop("The listing never asks customers for card or bank details."), "every exported and draft text",
        Judges::Submission},
    {"custinfo-off-platform-billing", W, kCustomerInfo,
        EngineText::noop("No billing outside AWS Marketplace (direct invoices, wire, PayPal, quoted prices)."),
        "every exported and draft text", Judges::Submission},
    {"custinfo-attest-billing", E, kCustomerInfo,
        EngineText::noop("The seller confirms the service is billed entirely through AWS Marketplace."),
        field::attestationsBilledThroughMarketplace, Judges::Draft},
    {"custinfo-attest-subscriber-data", E, kCustomerInfo,
        EngineText::noop("The seller confirms subscriber data is used only per the AWS Marketplace seller terms."),
        field::attestationsSubscriberDataPerSellerTerms, Judges::Draft},
    {"sec-aws-access-key", E, kCustomerInfo,
        EngineText::noop("No real AWS access key ID anywhere in the listing (documented EXAMPLE keys aside)."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"sec-aws-secret-key", E, kCustomerInfo,
        EngineText::noop("No real AWS secret access key anywhere in the listing (documented EXAMPLE keys aside)."),
        "every exported string (resource and logo URLs included) and every draft text", Judges::Submission},
    {"sec-credential-request", E, kCustomerInfo,
        EngineText::noop(
            "The listing never asks customers for credentials (access keys, passwords, MFA codes, private keys)."),
        "every exported and draft text", Judges::Submission},
    // Product usage guidelines
    {"usage-response-time", E, kUsage, EngineText::noop("The promised response time is at most 2 business days."),
        field::supportResponseTimeBusinessDays, Judges::Draft},
    {"usage-access-pending-email", E, kUsage,
        EngineText::noop("When access is not immediate, the access-pending email says when access will be granted."),
        field::supportAccessPendingEmail, Judges::Draft},
    {"usage-access-granted-email", E, kUsage,
        EngineText::noop("When access is not immediate, the access-granted email gives next steps."),
        field::supportAccessGrantedEmail, Judges::Draft},
    {"usage-support-contact", E, kUsage,
        EngineText::noop("At least one support contact option (email, phone or URL) is given."), "SupportDescription",
        Judges::Submission},
    {"usage-support-contact-format", E, kUsage,
        EngineText::noop("Support contacts are well-formed: email address, phone number, https URL."),
        field::supportContacts, Judges::Draft},
    {"usage-support-level", E, kUsage,
        EngineText::noop("The listing states the level of support customers can expect."), "SupportDescription",
        Judges::Submission},
    {"usage-pre-purchase-support", E, kUsage, EngineText::noop("Pre-purchase support is described."),
        "SupportDescription, LongDescription", Judges::Submission},
    {"usage-post-purchase-support", E, kUsage, EngineText::noop("Post-purchase support is described."),
        "SupportDescription, LongDescription", Judges::Submission},
    {"usage-highlight", E, kUsage, EngineText::noop("The overview has at least one highlight (key feature)."),
        "Highlights", Judges::Submission},
    {"usage-documentation-link", E, kUsage, EngineText::noop("The listing links to detailed documentation."),
        "AdditionalResources, LongDescription", Judges::Submission},
    {"usage-service-terms", E, kUsage, EngineText::noop("Service terms are given as an https URL or as text."),
        field::serviceTerms, Judges::Draft},
    // Architecture guidelines
    {"arch-related-count", E, kArchitecture,
        EngineText::noop("The service relates to 1 to 4 AWS Marketplace products."), "AssociatedProducts",
        Judges::Submission},
    {"arch-related-format", E, kArchitecture,
        EngineText::noop("Related product IDs are well-formed (prod- and 13 or 25 letters and digits)."),
        "AssociatedProducts", Judges::Submission},
    {"arch-related-duplicate", E, kArchitecture, EngineText::noop("Related product IDs are not repeated."),
        "AssociatedProducts", Judges::Submission},
    {"arch-provisioning", E, kArchitecture,
        EngineText::noop("Customer resources are provisioned through STS or IAM, not shared access keys."),
        field::architectureProvisioning, Judges::Draft},
    {"arch-provisioned-services", E, kArchitecture,
        EngineText::noop("The AWS services provisioned in the customer's account are listed."),
        field::architectureProvisionedServices, Judges::Draft},
    {"arch-iam-policy-missing", E, kArchitecture,
        EngineText::noop("At least one IAM policy document is given when customer resources are needed."),
        field::architectureIamPolicies, Judges::Draft},
    {"arch-deployment-description", E, kArchitecture,
        EngineText::noop("How the IAM role or user is deployed and used is described."),
        field::architectureDeploymentDescription, Judges::Draft},
    {"arch-cost-notice", E, kArchitecture,
        EngineText::noop("The long description says customers pay any additional AWS infrastructure charges."),
        "LongDescription, when /architecture/needsCustomerResources", Judges::SubmissionIfDraftSays},
    {"arch-agent-instructions", E, kArchitecture,
        EngineText::noop("Agent deployment instructions are given when an agent is deployed."),
        field::architectureAgentInstructions, Judges::Draft},
    {"iam-json-syntax", E, kArchitecture,
        EngineText::noop("An IAM policy document is valid JSON (line and column of the error)."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-version", E, kArchitecture, EngineText::noop("An IAM policy document has Version 2012-10-17."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-statement", E, kArchitecture, EngineText::noop("An IAM policy document has a non-empty Statement."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-effect", E, kArchitecture, EngineText::noop("Every statement has Effect Allow or Deny."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-action", E, kArchitecture, EngineText::noop("Every statement has exactly one of Action and NotAction."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-resource", E, kArchitecture,
        EngineText::noop("Every identity-policy statement has exactly one of Resource and NotResource."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-star-action", W, kArchitecture, EngineText::noop("A statement allows every action (\"Action\": \"*\")."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-star-resource-write", W, kArchitecture,
        EngineText::noop("A statement allows write actions on every resource (\"Resource\": \"*\")."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-passrole-star", W, kArchitecture, EngineText::noop("A statement allows iam:PassRole on every resource."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-allow-notaction", W, kArchitecture,
        EngineText::noop("A statement combines Allow with NotAction, which grants everything not listed."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-trust-no-external-id", W, kArchitecture,
        EngineText::noop("A trust policy lets another account assume the role without sts:ExternalId."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-trust-any-principal", E, kArchitecture,
        EngineText::noop("A trust policy does not let any AWS principal (\"Principal\": \"*\") assume the role without "
                         "a condition on the account or organization."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    {"iam-billing-access", W, kArchitecture,
        EngineText::noop("The seller is granted billing or payment actions in the customer's account."),
        field::architectureIamPoliciesEachDocument, Judges::Draft},
    // Catalog API limits
    {"api-required", E, kCatalogApi, EngineText::noop("Fields the Catalog API needs for a listing are filled in."),
        "ProductTitle, ShortDescription, LongDescription, SupportDescription, AdditionalResources[].Text, "
        "AddDimensions[].Unit",
        Judges::Submission},
    {"api-length", E, kCatalogApi,
        EngineText::noop("Text fits the Catalog API's character limit (counted in Unicode characters)."),
        "every UpdateInformation and AddDimensions text", Judges::Submission},
    {"api-leading-whitespace", E, kCatalogApi,
        EngineText::noop("Text does not start with whitespace where the API forbids it."),
        "every UpdateInformation and AddDimensions text", Judges::Submission},
    {"api-highlight-count", E, kCatalogApi, EngineText::noop("At most 3 highlights."), "Highlights",
        Judges::Submission},
    {"api-keyword-count", E, kCatalogApi,
        EngineText::noop("At most 15 search keywords (the length of each is checked by api-length)."), "SearchKeywords",
        Judges::Submission},
    {"api-keyword-portal", W, kCatalogApi,
        EngineText::noop("At most 3 search keywords (seller portal rule; 3 keywords within the API's 50 characters "
                         "each stay within its 250 together)."),
        "SearchKeywords", Judges::Submission},
    {"api-resource-count", E, kCatalogApi, EngineText::noop("At most 3 additional resources."), "AdditionalResources",
        Judges::Submission},
    {"api-resource-url", E, kCatalogApi, EngineText::noop("Every additional resource has text and an http(s) URL."),
        "AdditionalResources", Judges::Submission},
    {"api-video-url", E, kCatalogApi,
        EngineText::noop("A video URL is an http(s) address (never javascript:, file: or data:)."), "VideoUrls",
        Judges::Submission},
    {"api-dimension-key", E, kCatalogApi,
        EngineText::noop("Pricing dimension keys are present and use only letters, digits, '_', '.', '-'."),
        "AddDimensions[].Key", Judges::Submission},
    {"api-dimension-types", E, kCatalogApi,
        EngineText::noop("Pricing dimension types are 1 to 3 of Entitled, Metered, ExternallyMetered."),
        "AddDimensions[].Types", Judges::Submission},
    {"api-control-characters", E, kCatalogApi,
        EngineText::noop("No control characters (C0, C1, DEL) or bidi overrides in any text: they are invisible and "
                         "can hide or reorder what is read."),
        "every exported string and every draft text", Judges::Submission},
    {"api-invisible-characters", W, kCatalogApi,
        EngineText::noop("No zero-width spaces, word joiners, byte-order marks, bidi marks or Unicode line "
                         "separators inside text."),
        "every exported string and every draft text", Judges::Submission},
    {"api-buyer-account", E, kCatalogApi, EngineText::noop("Buyer account IDs are 12 digits, unique, and at most 100."),
        "UpdateTargeting PositiveTargeting.BuyerAccounts", Judges::Submission},
    {"submission-draft-only", I, kCatalogApi,
        EngineText::noop("A submitted file cannot hold the seller's draft (attestations, fulfilment, service terms, "
                         "architecture): those checks are listed in one note, for the reviewer to ask the seller."),
        "", Judges::Submission},
    {"submission-unchanged-fields", I, kCatalogApi,
        EngineText::noop(
            "An update of a live product sends only what changes: the fields it leaves out keep their accepted values, "
            "which the file does not hold; they are listed in one note instead of judged."),
        "", Judges::Submission},
    {"submission-changes-unchecked", W, kCatalogApi,
        EngineText::noop("Changes the file holds for another entity (a private offer) or of a change type this version "
                         "does not know are sent exactly as written, and named in one warning because nothing here "
                         "checks them."),
        "ChangeSet[] for other entity types and unknown change types", Judges::Submission},
    {"api-dimension-removed", E, kCatalogApi,
        EngineText::noop("No dimension of the accepted version is removed or re-keyed (a professional services product "
                         "has no change type for it)."),
        "AddDimensions[].Key, UpdateDimensions[].Key, against the accepted version", Judges::Submission},
    {"api-dimension-unit-change", W, kCatalogApi,
        EngineText::noop("The unit of an existing dimension is not changed (UpdateDimensions has no Unit)."),
        "UpdateDimensions[], against the accepted version", Judges::Submission},
    {"api-update-without-baseline", W, kCatalogApi,
        EngineText::noop("An existing product is exported against its accepted version, so existing dimensions are not "
                         "added again."),
        "/acceptedVersion, /pricing/dimensions", Judges::Draft},
    {"api-submission-value", E, kCatalogApi,
        EngineText::noop(
            "Change set name, intent, target visibility and replacement product ID are values the API accepts."),
        "ChangeSetName, Intent, UpdateVisibility", Judges::Submission},
    {"api-release-existing", E, kCatalogApi,
        EngineText::noop("ReleaseProduct is only requested for a product still in Draft."),
        "ReleaseProduct, against the accepted version", Judges::Submission},
    {"api-publish-before-release", E, kCatalogApi,
        EngineText::noop(
            "A new product is released before it is made public, and a public product needs no buyer accounts."),
        "UpdateVisibility, ReleaseProduct, UpdateTargeting", Judges::Submission},
    {"api-product-id", E, kCatalogApi,
        EngineText::noop("An existing product ID is well-formed (prod- and 13 or 25 letters and digits)."),
        "Entity.Identifier", Judges::Submission},
};

// The private offer's rules (Offer@1.0, ps-private-offers.md): the seed's
// billing and service-terms guidelines, and AWS's own checks that need no
// server state.
const std::vector<RuleInfo> kOfferRules = {
    {"offer-dimension-unknown", E, kCustomerInfo,
        EngineText::noop("Every dimension an offer prices or grants is one of the product's (billed entirely through "
                         "the listed dimensions)."),
        "UpdatePricingTerms Terms[].RateCards[].RateCard[].DimensionKey, Grants[].DimensionKey", Judges::Submission},
    {"offer-product-dimensions-unknown", I, kCustomerInfo,
        EngineText::noop("Says when an offer's dimensions cannot be checked because the product's are not known."),
        "/product/dimensions", Judges::Draft},
    {"offer-personal-data", E, kCustomerInfo,
        EngineText::noop("An offer's name holds no e-mail address or phone number."), "UpdateInformation Name",
        Judges::Submission},
    {"offer-refund-policy-missing", W, kUsage, EngineText::noop("An offer says how the buyer requests a refund."),
        "UpdateSupportTerms RefundPolicy", Judges::Submission},
    {"offer-zero-price", W, kUsage, EngineText::noop("A zero price or payment is confirmed by the seller."),
        "UpdatePricingTerms, "
        "UpdatePaymentScheduleTerms; /pricing/zeroPricesConfirmed",
        Judges::SubmissionIfDraftSays},
    {"offer-total-approval", W, kUsage,
        EngineText::noop("An offer of $250,000 or more (or the equivalent) may need AWS Marketplace's approval."),
        "UpdatePricingTerms, UpdatePaymentScheduleTerms", Judges::Submission},
    {"offer-installments-invoice", I, kUsage,
        EngineText::noop("An installment plan needs a buyer who pays AWS by invoice."), "UpdatePaymentScheduleTerms",
        Judges::Submission},
    {"offer-partial-update", I, kCatalogApi,
        EngineText::noop("Says which parts of an offer AWS holds a change set updates, and that only those are "
                         "judged."),
        "the change types of the change set", Judges::Submission},
    {"offer-fixed-after-release", E, kCatalogApi,
        EngineText::noop("A released offer's buyers, payment schedule, legal terms, refund policy and currency are "
                         "not changed."),
        "the parts of a released offer an update sends", Judges::Submission},
    {"offer-product-id", E, kCatalogApi, EngineText::noop("An offer names a well-formed product ID."),
        "CreateOffer ProductId", Judges::Submission},
    {"offer-product-mismatch", E, kCatalogApi,
        EngineText::noop("The product given to check an offer against is the product the offer sells."),
        "CreateOffer ProductId, --product", Judges::Submission},
    {"offer-name", E, kCatalogApi,
        EngineText::noop("An offer has a name buyers see: 1-150 characters, no leading space, no \\ < >."),
        "UpdateInformation Name", Judges::Submission},
    {"offer-description", E, kCatalogApi,
        EngineText::noop("An offer has an internal description: 1-255 characters, no leading space, no \\ < >."),
        "UpdateInformation Description", Judges::Submission},
    {"offer-buyer-accounts", E, kCatalogApi,
        EngineText::noop("A private offer names 1 to 26 buyer accounts, each 12 digits and listed once."),
        "UpdateTargeting PositiveTargeting.BuyerAccounts", Judges::Submission},
    {"offer-buyer-accounts-portal", W, kCatalogApi,
        EngineText::noop("More than 25 buyer accounts cannot be edited in the portal."),
        "UpdateTargeting PositiveTargeting.BuyerAccounts", Judges::Submission},
    {"offer-country-codes", E, kCatalogApi,
        EngineText::noop("Buyer countries are ISO 3166-1 two-letter codes, each once, at most 244."),
        "UpdateTargeting PositiveTargeting.CountryCodes", Judges::Submission},
    {"offer-currency", E, kCatalogApi,
        EngineText::noop("A private offer is in USD, AUD, EUR, GBP or JPY, one currency for all terms."),
        "CurrencyCode of every pricing and payment term", Judges::Submission},
    {"offer-pricing-model", E, kCatalogApi, EngineText::noop("An offer is paid upfront or in installments."),
        "/pricing/model", Judges::Draft},
    {"offer-prices-missing", E, kCatalogApi,
        EngineText::noop("An upfront offer prices 1 to 800 dimensions; an installment offer grants 1 to 200."),
        "UpdatePricingTerms", Judges::Submission},
    {"offer-dimension-duplicate", E, kCatalogApi, EngineText::noop("An offer prices or grants each dimension once."),
        "UpdatePricingTerms DimensionKey", Judges::Submission},
    {"offer-amount-format", E, kCatalogApi,
        EngineText::noop("Prices have at most 3 decimals and payments at most 2, from 0 to 100,000,000."),
        "RateCard[].Price, Schedule[].ChargeAmount", Judges::Submission},
    {"offer-fixed-price", E, kCatalogApi,
        EngineText::noop("An installment plan's FixedUpfrontPricingTerm has the price 0."),
        "UpdatePricingTerms FixedUpfrontPricingTerm.Price", Judges::Submission},
    {"offer-release-details", E, kCatalogApi, EngineText::noop("ReleaseOffer's details are empty."),
        "ReleaseOffer DetailsDocument", Judges::Submission},
    {"offer-grant-quantity", E, kCatalogApi, EngineText::noop("An installment offer grants at least 1 of a dimension."),
        "FixedUpfrontPricingTerm Grants[].MaxQuantity", Judges::Submission},
    {"offer-schedule", E, kCatalogApi,
        EngineText::noop("An installment plan has 1 to 60 payments on distinct real dates, the first not in the past, "
                         "at most one on or before the accept-by date, the last within the agreement."),
        "UpdatePaymentScheduleTerms Schedule", Judges::Submission},
    {"offer-duration", E, kCatalogApi,
        EngineText::noop("The agreement duration is ISO 8601 years, months and days (P12M), at least a day."),
        "UpdateValidityTerms AgreementDuration", Judges::Submission},
    {"offer-accept-by", E, kCatalogApi,
        EngineText::noop("The accept-by date is a real date, not in the past, before the agreement ends."),
        "UpdateAvailability AvailabilityEndDate", Judges::Submission},
    {"offer-legal-terms", E, kCatalogApi,
        EngineText::noop("One legal document: AWS's standard contract (2022-07-14) or a custom EULA at an https "
                         "Amazon S3 URL."),
        "UpdateLegalTerms", Judges::Submission},
    {"offer-refund-policy", E, kCatalogApi,
        EngineText::noop("A refund policy has at most 500 characters, no edge spaces, only ASCII and © ® ™ ¢ £ ¤ ¥."),
        "UpdateSupportTerms RefundPolicy", Judges::Submission},
};

// What each text rule cannot see, for docs/rules.md: the limits a seller or a
// CI filter should know before trusting silence. English unless said.
const std::vector<std::pair<const char*, const char*>> kKnownLimits = {
    {"setup-offensive-language",
        "Word lists: English (LDNOOBW, without entries that ordinary listings use) and a short list of German, French, "
        "Spanish, Italian, Portuguese and Dutch profanity; strong words are also read with endings (\"fuckers\") and "
        "masks (`*`, `#`, `@`: \"f***ed\"). Other languages and spellings (leetspeak) are missed. Words that are also "
        "place or personal names (offensive-names.txt) pass when capitalised inside a sentence."},
    {"setup-placeholder-text",
        "Recognises placeholder words (lorem ipsum, TBD, TBC, TBA, FIXME, TODO in capitals, XXX) and template shapes "
        "(`[ALL_CAPS]`, `[Title Case Name]`, `[insert …]`, `<ALL_CAPS>`, `<your company>`, `{{name}}`, `{ALL_CAPS}`, "
        "`%ALL_CAPS%`, `__ALL_CAPS__`, `____`). Lower-case command arguments (`<your-profile>`), `${…}` and "
        "`{{resolve:…}}` references and Markdown code spans are content. Variables in a number's place: a capital "
        "letter or a run of one before a word that counts (\"X workloads\", \"over NN clients\") and symbol runs "
        "(`###`, `??`, `__-week`, `$NAME`); \"Plan B\", \"Tier X support\" and \"N+1\" are names; `{{name}}` in a "
        "sentence about templates, variables or parameters is shown syntax. Lower-case value names in angle "
        "brackets (`<years>`, `<customer count>`) are gaps; HTML element names are not. A placeholder word that "
        "begins a name (\"TBC Bank\", \"the TODO app\") is the name. A placeholder "
        "written as plain words is missed."},
    {"setup-aws-brand",
        "\"By AWS\" after delivered, provided, endorsed, backed…; \"official AWS\", \"AWS's own\"; AWS or Amazon "
        "as the subject of endorses, guarantees, delivers, runs…; \"the AWS team\" (not \"your AWS account team\"). "
        "Names of AWS programmes and certifications after \"by AWS\" pass. English only."},
    {"custinfo-subscriber-data-use",
        "One sentence names subscriber or contact data and either the seller's own marketing (\"our newsletter\", "
        "\"our other products\") or handing it on (shared, sold, passed) to partners, resellers or sponsors. English "
        "only."},
    {"custinfo-card-number",
        "Digits in groups separated by single spaces, dashes, tabs or one line break; other separators (dots, slashes, "
        "no-break spaces) and full-width digits are not read."},
    {"custinfo-test-card-number",
        "Only the test numbers in its table (Stripe, Braintree, Adyen, PayPal and card-scheme documentation)."},
    {"custinfo-iban",
        "Countries of the SWIFT IBAN registry; written compact or in groups of four separated by spaces or dashes, in "
        "either case."},
    {"custinfo-routing-number",
        "Only with a banking word (routing, ABA, RTN, ACH, wire, bank, transit, transfer) in the same sentence: nine "
        "digits pass the checksum one time in ten."},
    {"custinfo-payment-request",
        "A request is a request verb before the payment data in one sentence, addressed to the reader (your, us, a…, "
        "please, must, need to) and not negated earlier in that sentence. \"Account number\", \"security code\", "
        "\"Swift code\" and \"sort code\" count only in a sentence about banks or cards. Without a request verb: a "
        "passive obligation on the data (\"is taken\", \"are expected\", \"goes to\") or keeping it ready (\"have "
        "your card ready\"), not in a when/if clause. German, French, Spanish and Portuguese by their nouns and polite "
        "request words; Japanese by its characters (…をお知らせください)."},
    {"sec-credential-request",
        "As custinfo-payment-request, for access keys, passwords, credentials, MFA codes, API, private and SSH keys; "
        "\"we will send you your login\" (the seller gives) passes."},
    {"custinfo-off-platform-billing",
        "Billing phrases, and clauses: a billing verb or term (English, German, French, Spanish, Portuguese; Japanese "
        "by 請求/支払/振込 with 弊社) whose payee is the seller or outside AWS (us, our, directly, separately, net "
        "30), in "
        "a sentence that names no AWS Marketplace channel (through AWS Marketplace, your private offer, included, "
        "billed by AWS) and is not negated; a billing word that names the customer's system (your billing system, "
        "the payment gateway) is the workload. Billing phrases pass when negated earlier in the sentence or followed "
        "by \"through AWS Marketplace\" / \"your AWS bill\"; payment methods (wire or bank transfer, PayPal, cheque, "
        "direct debit) count only in a sentence "
        "about paying. Amounts in a sentence about savings, spend, budgets or revenue, and amounts in millions, are "
        "not prices."},
    {"sec-aws-secret-key",
        "A 40-character key needs \"secret\" or \"key\" in the 120 characters before it; candidates inside URLs and "
        "paths are skipped."},
    {"sec-aws-access-key", "AKIA, ASIA, ABIA and ACCA keys; documented …EXAMPLE keys pass."},
    {"usage-support-level",
        "One sentence must name support or a channel (email, phone, ticket…) and a time frame (a quantity with a unit, "
        "weekdays, business hours, 24x7, clock times) or a tier (SLA, priority, premium…)."},
    {"usage-access-pending-email",
        "A time frame as for usage-support-level; \"soon\" and \"shortly\" are not one. A promise later than 2 "
        "business days (\"within a week\", \"in 5 business days\", \"next month\") is reported; calendar days and "
        "plain hours are read as the fewest business days they can mean."},
    {"usage-response-time",
        "The support description's promised reply (within/in + a quantity and unit, after reply, response, answer, "
        "contact…) may not be later than 2 business days; promises of a fix or delivery are not replies."},
    {"usage-access-granted-email",
        "Step phrases (next steps, to get started, sign in…), a numbered or bulleted list, or a sentence that opens "
        "with an instruction; a \"1.\" inside a version number or date is no list."},
    {"usage-pre-purchase-support",
        "Keyword pairs in one sentence (before / prior + subscribe / purchase / questions…)."},
    {"usage-post-purchase-support",
        "Keyword pairs in one sentence (after / during / ongoing + support / questions…), or a stated level of support "
        "(hours, response times) in a text that sets the time before buying apart."},
    {"arch-cost-notice",
        "One sentence must name AWS usage, a cost, who pays (or that it is billed apart) and the customer, without "
        "denying the charges."},
    {"iam-trust-any-principal",
        "Conditions on aws:PrincipalOrgID, PrincipalAccount, PrincipalArn, SourceAccount, SourceArn and "
        "PrincipalOrgPaths count as narrowing; their values are not checked."},
    {"iam-json-syntax",
        "Names the likely mistake (trailing comma, missing comma, unquoted name, single quotes) where it can tell; "
        "otherwise the parser's words."},
};

} // namespace

const std::vector<GuidelineSection>& guidelineSections()
{
    static const std::vector<GuidelineSection> sections = {
        {kSetup, EngineText::noop("Product setup guidelines")},
        {kCustomerInfo, EngineText::noop("Customer information requirements")},
        {kUsage, EngineText::noop("Product usage guidelines")},
        {kArchitecture, EngineText::noop("Architecture guidelines")},
        {kCatalogApi, EngineText::noop("AWS Marketplace Catalog API limits")},
    };
    return sections;
}

const char* guidelineTitle(std::string_view anchor)
{
    for (const GuidelineSection& section : guidelineSections())
        if (anchor == section.anchor)
            return section.title;
    return guidelineSections().back().title;
}

// Each entity type's rules, marked with it: one catalogue for --list-rules,
// docs/rules.md and the Reporter; the entity type tells a listing's rules
// from an offer's where only one matters (the note on a submitted file).
std::vector<RuleInfo> withEntityType(std::vector<RuleInfo> rules, const char* entityType)
{
    for (RuleInfo& rule : rules)
        rule.entityType = entityType;
    return rules;
}

const std::vector<RuleInfo>& ruleCatalogue()
{
    static const std::vector<RuleInfo> catalogue = [] {
        std::vector<RuleInfo> all = withEntityType(kRules, ProductListing::kEntityType);
        for (RuleInfo& rule : withEntityType(kOfferRules, PrivateOffer::kEntityType))
            all.push_back(rule);
        return all;
    }();
    return catalogue;
}

const char* toString(Judges judges)
{
    switch (judges) {
    case Judges::Submission: return "submission";
    case Judges::Draft: return "draft";
    case Judges::SubmissionIfDraftSays: return "submission, if the draft says so";
    }
    return "submission";
}

const RuleInfo* findRule(std::string_view id)
{
    for (const RuleInfo& rule : ruleCatalogue())
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
                       "Catalog API limits (`catalog-api-notes.md` §4).\n\n"
                       "*reads* names the fields a rule judges: change-set names (`SupportDescription`,\n"
                       "`AddDimensions[].Key`) for what AWS Marketplace receives, native JSON Pointers for\n"
                       "fields that stay in the seller's draft. *judges* says which: `submission` rules\n"
                       "judge the exported text; `draft` rules judge what only the draft holds, and on a\n"
                       "submitted file (change set, DescribeEntity) they are listed in one\n"
                       "`submission-draft-only` note instead of reported.\n";
    std::string currentAnchor;
    std::string currentEntity;
    for (const RuleInfo& rule : ruleCatalogue()) {
        if (rule.entityType != currentEntity) {
            currentEntity = rule.entityType;
            currentAnchor.clear();
            text += currentEntity == ProductListing::kEntityType ? "\n## Product listing (`" + currentEntity + "`)\n"
                                                                 : "\n## Private offer (`" + currentEntity + "`)\n";
        }
        if (rule.guideline != currentAnchor) {
            currentAnchor = rule.guideline;
            text += "\n### " + std::string(guidelineTitle(currentAnchor)) + " (`" + currentAnchor
                + "`)\n\n"
                  "| rule | severity | checks | reads | judges |\n|---|---|---|---|---|\n";
        }
        text += "| `" + std::string(rule.id) + "` | " + toString(rule.severity) + " | " + rule.description + " | "
            + (*rule.reads ? std::string(rule.reads) : std::string("—")) + " | " + toString(rule.judges) + " |\n";
    }
    text += "\n## Known limits\n\n"
            "What the text rules cannot see. The wording corpus in `tests/data/wording/` measures them, and the "
            "held-out\n"
            "corpus in `tests/data/wording-heldout/` (written before the rules were changed for it) keeps measuring "
            "them\n"
            "(`ctest -R tst_wording -V` prints precision and recall per rule). Text rules read English\n"
            "unless said.\n\n| rule | known limits |\n|---|---|\n";
    for (const auto& [id, limits] : kKnownLimits)
        text += "| `" + std::string(id) + "` | " + limits + " |\n";
    return text;
}

} // namespace proserv
