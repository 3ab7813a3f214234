// Every rule, firing and not firing. The complete example is a listing that
// meets every guideline; each row breaks it in one way and expects that rule
// at that field (and, for text rules, the offending text).
#include "FindingNames.h"
#include "TestSupport.h"

#include "model/AcceptedVersion.h"
#include "model/ChangeSetExport.h"
#include "model/ChangeSetImport.h"
#include "model/JsonFields.h"
#include "model/NativeFormat.h"
#include "validation/RuleCatalogue.h"
#include "validation/RuleSections.h"
#include "validation/Validator.h"
#include "validation/OfferValidator.h"
#include "validation/CivilDate.h"
#include "model/OfferFormat.h"

#include <functional>
#include <optional>
#include <set>
#include <sys/stat.h>

using namespace proserv;

using Mutation = std::function<void(Listing&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Listing complete()
{
    static const Listing listing
        = test::loadOrFail(test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json")));
    return listing;
}

std::string describe(const std::vector<Finding>& findings)
{
    std::string text;
    for (const Finding& f : findings)
        text += "\n  " + f.ruleId + " " + f.pointer + ": " + f.message;
    return text;
}

// The text a finding's range covers, read from the field it points at.
std::string coveredText(const Listing& listing, const Finding& f)
{
    const Json doc = toNativeJson(listing);
    const Json& value = doc.at(Json::json_pointer(f.pointer));
    if (!value.is_string() || !f.range)
        return {};
    return value.get<std::string>().substr(f.range->begin, f.range->end - f.range->begin);
}

const char* kTrustWithoutExternalId = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}
  ]
})";

std::string policy(const std::string& statement)
{
    return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    " + statement + "\n  ]\n}";
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT

private slots:
    void completeExampleMeetsEveryGuideline();
    void exampleOffersMeetEveryRule();
    void offerRuleFires_data();
    void offerRuleFires();
    void offerDatesFollowTheCalendar();
    void ruleFires_data();
    void ruleFires();
    void ruleStaysQuiet_data();
    void ruleStaysQuiet();
    void catalogueIsWellFormed();
    void findingsFollowFormOrder();
    void secretsAreMaskedInMessages();
    void logoFile();
    void submittedFileIsJudgedAsSubmission();
    void partialUpdateJudgesWhatItSends();
    void repeatedFindingsAreCounted();
    void everyRuleHasAFiringTest();
};

void TestRules::completeExampleMeetsEveryGuideline()
{
    const std::vector<Finding> findings = validateListing(complete());
    QVERIFY2(findings.empty(), describe(findings).c_str());
}

namespace {

// One mutation of the complete example that makes `rule` fire at `pointer`.
struct FiringCase {
    const char* name;
    const char* rule;
    Mutation mutate;
    const char* pointer;
    const char* text; // what the range covers; empty = not checked
};

std::vector<FiringCase> firingCases()
{
    std::vector<FiringCase> cases;
    auto row = [&cases](const char* name, const char* rule, Mutation m, const char* pointer, const char* text = "") {
        cases.push_back({name, rule, std::move(m), pointer, text});
    };
    auto dims = [](Listing& l) -> std::vector<PricingDimension>& { return l.pricing.dimensions; };

    // Setup
    row(
        "AWS as the provider", "setup-aws-brand",
        [](Listing& l) { l.product.title = "Migration Assessment delivered by AWS experts"; }, "/product/title",
        "AWS");
    row(
        "subscriber data for marketing", "custinfo-subscriber-data-use",
        [](Listing& l) { l.product.longDescription += "\n\nSubscriber contact details are added to our newsletter."; },
        "/product/longDescription", "Subscriber");
    row(
        "dimension naming no service", "setup-dimension-service",
        [](Listing& l) { l.pricing.dimensions[1].name = "Sundry charges"; }, "/pricing/dimensions/1/name");
    row(
        "agent instructions that instruct nothing", "arch-agent-instructions",
        [](Listing& l) {
            l.architecture.deploysAgent = true;
            l.architecture.agentInstructions = "The agent is handled by us, no action needed.";
        },
        "/architecture/agentInstructions");
    row(
        "only a pricing page linked", "usage-documentation-link",
        [](Listing& l) {
            l.product.additionalResources.resize(1);
            l.product.additionalResources[0].text = "Our rates";
            l.product.additionalResources[0].url = "https://example.com/pricing";
            std::string& d = l.product.longDescription;
            for (std::size_t at = d.find("http"); at != std::string::npos; at = d.find("http"))
                d.replace(at, 4, "site");
        },
        "/product/additionalResources");
    row(
        "no PS category", "setup-ps-category",
        [](Listing& l) {
            l.product.categories = {"Migration", "Security"};
        },
        "/product/categories");
    row(
        "only PS category", "setup-other-category", [](Listing& l) { l.product.categories = {"Assessments"}; },
        "/product/categories");
    row(
        "category typo", "setup-category-spelling",
        [](Listing& l) {
            l.product.categories = {"Assessments", "Migraton"};
        },
        "/product/categories/1");
    row(
        "card number in a resource URL", "custinfo-card-number",
        [](Listing& l) { l.product.additionalResources[0].url = "https://docs.example.com/pay?card=4929163860345525"; },
        "/product/additionalResources/0/url", "4929163860345525");
    row(
        "access key in the logo URL", "sec-aws-access-key",
        [](Listing& l) {
            l.product.logoUrl = "https://bucket.s3.amazonaws.com/logo.png?X-Amz-Credential=AKIAIOSFODNN7ABCDEFG";
        },
        "/product/logoUrl");
    row(
        "placeholder in a resource URL", "setup-placeholder-text",
        [](Listing& l) { l.product.additionalResources[1].url = "https://docs.example.com/TODO"; },
        "/product/additionalResources/1/url", "TODO");
    row(
        "no category", "setup-category-count", [](Listing& l) { l.product.categories.clear(); }, "/product/categories");
    row(
        "four categories", "setup-category-count",
        [](Listing& l) {
            l.product.categories = {"Assessments", "Migration", "Security", "Storage"};
        },
        "/product/categories");
    row(
        "no dimension", "setup-dimension-count", [&](Listing& l) { dims(l).clear(); }, "/pricing/dimensions");
    row(
        "25 dimensions", "setup-dimension-count",
        [&](Listing& l) {
            for (int i = 0; i < 22; ++i) {
                PricingDimension d = dims(l)[0];
                d.key = "extra-" + std::to_string(i);
                d.name = "Extra " + std::to_string(i);
                dims(l).push_back(d);
            }
        },
        "/pricing/dimensions");
    row(
        "dimension without name", "setup-dimension-name", [&](Listing& l) { dims(l)[1].name = ""; },
        "/pricing/dimensions/1/name");
    row(
        "dimension without description", "setup-dimension-description",
        [&](Listing& l) { dims(l)[0].description = "  "; }, "/pricing/dimensions/0/description");
    row(
        "duplicate key", "setup-dimension-duplicate", [&](Listing& l) { dims(l)[2].key = dims(l)[0].key; },
        "/pricing/dimensions/2/key");
    row(
        "duplicate name", "setup-dimension-duplicate", [&](Listing& l) { dims(l)[1].name = dims(l)[0].name; },
        "/pricing/dimensions/1/name");
    row(
        "dimension without service", "setup-dimension-service", [&](Listing& l) { dims(l)[0].service = ""; },
        "/pricing/dimensions/0/service");
    row(
        "dimension bills undescribed service", "setup-dimension-unrelated",
        [&](Listing& l) { dims(l)[2].service = "Kubernetes hardening"; }, "/pricing/dimensions/2/service");
    row(
        "not a paid seller", "setup-attest-paid-seller",
        [](Listing& l) { l.attestations.registeredPaidSeller = false; }, "/attestations/registeredPaidSeller");
    row(
        "logo not attested", "setup-attest-logo", [](Listing& l) { l.attestations.logoIsOriginal = false; },
        "/attestations/logoIsOriginal");
    row(
        "logo over http", "setup-logo-url", [](Listing& l) { l.product.logoUrl = "http://example.com/logo.png"; },
        "/product/logoUrl");
    row(
        "no logo", "setup-logo-url", [](Listing& l) { l.product.logoUrl = ""; }, "/product/logoUrl");
    row(
        "profanity", "setup-offensive-language",
        [](Listing& l) { l.product.longDescription += "\nNo more SHIT migrations."; }, "/product/longDescription",
        "SHIT");
    row(
        "explicit phrase", "setup-offensive-language",
        [](Listing& l) { l.product.highlights[0] = "Not a strap on solution"; }, "/product/highlights/0", "strap on");
    row(
        "lorem ipsum", "setup-placeholder-text",
        [](Listing& l) { l.product.shortDescription = "Lorem ipsum dolor sit amet."; }, "/product/shortDescription",
        "Lorem ipsum dolor sit amet");
    row(
        "caps template token", "setup-placeholder-text",
        [](Listing& l) { l.product.highlights[0] = "Write to [SUPPORT_EMAIL]"; }, "/product/highlights/0",
        "[SUPPORT_EMAIL]");
    row(
        "terminal escape in the title", "api-control-characters",
        [](Listing& l) { l.product.title += " \x1b]0;x\x07 \x1b[2J"; }, "/product/title", "\x1b");
    row(
        "bidi override", "api-control-characters",
        [](Listing& l) {
            l.product.highlights[0] += " \xE2\x80\xAE"
                                       "desrever";
        },
        "/product/highlights/0", "\xE2\x80\xAE");
    row(
        "zero-width space", "api-invisible-characters",
        [](Listing& l) { l.product.shortDescription += " four\xE2\x80\x8Bweeks"; }, "/product/shortDescription",
        "\xE2\x80\x8B");
    row(
        "masked profanity", "setup-offensive-language",
        [](Listing& l) { l.product.highlights[0] = "No f***ed-up migrations"; }, "/product/highlights/0", "f***ed");
    row(
        "TBD", "setup-placeholder-text", [](Listing& l) { l.support.refundPolicy = "Refunds: TBD"; },
        "/support/refundPolicy", "TBD");
    row(
        "insert template", "setup-placeholder-text",
        [](Listing& l) { l.product.title = "Assessment by [insert company name]"; }, "/product/title",
        "[insert company name]");
    row(
        "mustache template", "setup-placeholder-text",
        [&](Listing& l) { dims(l)[0].description = "For {{customer}} estates"; }, "/pricing/dimensions/0/description",
        "{{customer}}");

    // Customer information
    row(
        "card number", "custinfo-card-number",
        [](Listing& l) { l.product.supportDescription += " Card 4929 1638 6034 5525."; }, "/product/supportDescription",
        "4929 1638 6034 5525");
    row(
        "card number with dashes", "custinfo-card-number",
        [](Listing& l) { l.support.accessPendingEmail += " Card: 6011-9876-5432-8154"; }, "/support/accessPendingEmail",
        "6011-9876-5432-8154");
    row(
        "amex", "custinfo-card-number", [](Listing& l) { l.support.refundPolicy += " 379988776659087"; },
        "/support/refundPolicy", "379988776659087");
    row(
        "card number across a line break", "custinfo-card-number",
        [](Listing& l) { l.support.refundPolicy += " 5425 2334\n3010 6016"; }, "/support/refundPolicy",
        "5425 2334\n3010 6016");
    row(
        "test card number", "custinfo-test-card-number",
        [](Listing& l) { l.product.supportDescription += " Test card 4111 1111 1111 1111."; },
        "/product/supportDescription", "4111 1111 1111 1111");
    row(
        "asks for an access key", "sec-credential-request",
        [](Listing& l) { l.support.prePurchaseSupport += " Send us the access key of an IAM user."; },
        "/support/prePurchaseSupport", "access key");
    row(
        "IBAN", "custinfo-iban",
        [](Listing& l) { l.support.accessGrantedEmail += " Pay to GB82 WEST 1234 5698 7654 32 please."; },
        "/support/accessGrantedEmail", "GB82 WEST 1234 5698 7654 32");
    row(
        "compact IBAN", "custinfo-iban", [](Listing& l) { l.serviceTerms.text = "Account DE89370400440532013000."; },
        "/serviceTerms/text", "DE89370400440532013000");
    row(
        "routing number", "custinfo-routing-number",
        [](Listing& l) { l.support.refundPolicy += " Routing 021000021."; }, "/support/refundPolicy", "021000021");
    row(
        "asks for card", "custinfo-payment-request",
        [](Listing& l) { l.support.accessPendingEmail += " Please send us your credit card details to start."; },
        "/support/accessPendingEmail", "credit card");
    row(
        "asks for bank account", "custinfo-payment-request",
        [](Listing& l) { l.support.prePurchaseSupport += " Provide your bank account number with the order."; },
        "/support/prePurchaseSupport", "bank account");
    row(
        "direct invoice", "custinfo-off-platform-billing",
        [](Listing& l) { l.product.longDescription += "\nWe can also invoice you directly."; },
        "/product/longDescription", "invoice you directly");
    row(
        "paypal", "custinfo-off-platform-billing", [](Listing& l) { l.support.refundPolicy += " Refunds via PayPal."; },
        "/support/refundPolicy", "PayPal");
    row(
        "dollar price", "custinfo-off-platform-billing",
        [&](Listing& l) { dims(l)[0].description += " Only $12,500."; }, "/pricing/dimensions/0/description",
        "$12,500.");
    row(
        "currency code price", "custinfo-off-platform-billing",
        [](Listing& l) { l.product.highlights[1] = "Fixed fee of 9000 USD"; }, "/product/highlights/1", "9000 USD");
    row(
        "billing not attested", "custinfo-attest-billing",
        [](Listing& l) { l.attestations.billedThroughMarketplace = false; }, "/attestations/billedThroughMarketplace");
    row(
        "subscriber data not attested", "custinfo-attest-subscriber-data",
        [](Listing& l) { l.attestations.subscriberDataPerSellerTerms = false; },
        "/attestations/subscriberDataPerSellerTerms");
    row(
        "access key", "sec-aws-access-key",
        [](Listing& l) { l.architecture.deploymentDescription += " Use key AKIAIOSFODNN7ABCDEFG."; },
        "/architecture/deploymentDescription", "AKIAIOSFODNN7ABCDEFG");
    // Invisible characters inside a key are read past, as a person sees it;
    // the finding still marks the whole key as written.
    row(
        "access key with zero-width spaces", "sec-aws-access-key",
        [](Listing& l) { l.architecture.deploymentDescription += " Use key AKIA\u200BIOSFODNN7\u200BABCDEFG."; },
        "/architecture/deploymentDescription", "AKIA\u200BIOSFODNN7\u200BABCDEFG");
    row(
        "access key with word joiner, soft hyphen, BOM", "sec-aws-access-key",
        [](Listing& l) { l.architecture.deploymentDescription += " Use key AKIAIO\u2060SFOD\u00ADNN7AB\uFEFFCDEFG."; },
        "/architecture/deploymentDescription", "AKIAIO\u2060SFOD\u00ADNN7AB\uFEFFCDEFG");
    row(
        "card number with narrow no-break spaces", "custinfo-card-number",
        [](Listing& l) { l.product.longDescription += " Card 4539\u202F1488\u202F0343\u202F6467 please."; },
        "/product/longDescription", "4539\u202F1488\u202F0343\u202F6467");
    row(
        "card number with zero-width spaces", "custinfo-card-number",
        [](Listing& l) { l.product.longDescription += " Card 4539\u200B1488\u200B0343\u200B6467 please."; },
        "/product/longDescription", "4539\u200B1488\u200B0343\u200B6467");
    row(
        "javascript video URL", "api-video-url",
        [](Listing& l) { l.product.videoUrls = {"javascript:alert(1)"}; }, "/product/videoUrls/0");
    row(
        "file video URL", "api-video-url",
        [](Listing& l) { l.product.videoUrls = {"file:///etc/passwd"}; }, "/product/videoUrls/0");
    row(
        "access key in URL", "sec-aws-access-key",
        [](Listing& l) { l.serviceTerms.url = "https://example.com/terms?k=ASIAQ2RSTUVWXYZ23456"; },
        "/serviceTerms/url", "ASIAQ2RSTUVWXYZ23456");
    row(
        "secret key", "sec-aws-secret-key",
        [](Listing& l) {
            l.architecture.agentInstructions += " aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYabcdefghij";
        },
        "/architecture/agentInstructions", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYabcdefghij");

    // Usage
    row(
        "slow response", "usage-response-time", [](Listing& l) { l.support.responseTimeBusinessDays = 3; },
        "/support/responseTimeBusinessDays");
    row(
        "no response time", "usage-response-time", [](Listing& l) { l.support.responseTimeBusinessDays.reset(); },
        "/support/responseTimeBusinessDays");
    row(
        "pending email without when", "usage-access-pending-email",
        [](Listing& l) { l.support.accessPendingEmail = "Thanks for subscribing. We will be in touch."; },
        "/support/accessPendingEmail");
    row(
        "no pending email", "usage-access-pending-email", [](Listing& l) { l.support.accessPendingEmail = ""; },
        "/support/accessPendingEmail");
    row(
        "granted email without steps", "usage-access-granted-email",
        [](Listing& l) { l.support.accessGrantedEmail = "Your access has been granted. Enjoy."; },
        "/support/accessGrantedEmail");
    row(
        "no granted email", "usage-access-granted-email", [](Listing& l) { l.support.accessGrantedEmail = ""; },
        "/support/accessGrantedEmail");
    // The support rules judge the exported SupportDescription, not the draft's support fields.
    row(
        "no contact in the support description", "usage-support-contact",
        [](Listing& l) {
            l.product.supportDescription
                = "A named delivery lead answers questions on business days, within one business day. "
                  "Before you subscribe, we answer scoping questions. After the assessment, 30 days "
                  "of follow-up support are included.";
        },
        "/product/supportDescription");
    row(
        "draft contacts only", "usage-support-contact",
        [](Listing& l) {
            l.product.supportDescription
                = "Our lead answers within one business day. Before you subscribe, ask us anything. "
                  "After you subscribe, support is included.";
            l.support.contacts = {"support@example.com", "+1 206 555 0100", "https://support.example.com", {}};
        },
        "/product/supportDescription");
    row(
        "bad email", "usage-support-contact-format",
        [](Listing& l) { l.support.contacts.email = "support(at)example.com"; }, "/support/contacts/email");
    row(
        "bad phone", "usage-support-contact-format", [](Listing& l) { l.support.contacts.phone = "call our office"; },
        "/support/contacts/phone");
    row(
        "http support url", "usage-support-contact-format",
        [](Listing& l) { l.support.contacts.url = "http://support.example.com"; }, "/support/contacts/url");
    row(
        "no support level in the description", "usage-support-level",
        [](Listing& l) {
            l.product.supportDescription
                = "Write to support@halvorsen-reyes.example. Before you subscribe, we answer scoping "
                  "questions. After the assessment, we answer follow-up questions.";
            l.support.levelOfSupport = "Business-day support with a response within one day."; // draft only: not enough
        },
        "/product/supportDescription");
    row(
        "no pre-purchase support", "usage-pre-purchase-support",
        [](Listing& l) {
            l.product.supportDescription
                = "Email support@halvorsen-reyes.example; a named lead answers within one business "
                  "day. After the assessment, 30 days of follow-up support are included.";
        },
        "/product/supportDescription");
    row(
        "no post-purchase support", "usage-post-purchase-support",
        [](Listing& l) {
            l.product.supportDescription
                = "Email support@halvorsen-reyes.example. Before you subscribe, our team answers scoping "
                  "questions within one business day.";
        },
        "/product/supportDescription");
    row(
        "no highlight", "usage-highlight", [](Listing& l) { l.product.highlights.clear(); }, "/product/highlights");
    row(
        "no documentation link", "usage-documentation-link",
        [](Listing& l) {
            l.product.additionalResources.clear();
            const std::string url = "https://docs.halvorsen-reyes.example/mra";
            l.product.longDescription.replace(l.product.longDescription.find(url), url.size(), "our website");
        },
        "/product/additionalResources");
    row(
        "a support URL is no documentation", "usage-documentation-link",
        [](Listing& l) {
            l.product.additionalResources.clear();
            const std::string url = "https://docs.halvorsen-reyes.example/mra";
            l.product.longDescription.replace(l.product.longDescription.find(url), url.size(), "our website");
            l.product.supportDescription += " Open a ticket at https://support.halvorsen-reyes.example.";
        },
        "/product/additionalResources");
    row(
        "no service terms", "usage-service-terms", [](Listing& l) { l.serviceTerms = {}; }, "/serviceTerms");
    row(
        "ftp service terms", "usage-service-terms", [](Listing& l) { l.serviceTerms.url = "ftp://example.com/terms"; },
        "/serviceTerms/url");

    // Architecture
    row(
        "no related product", "arch-related-count", [](Listing& l) { l.architecture.relatedProducts.clear(); },
        "/architecture/relatedProducts");
    row(
        "five related products", "arch-related-count",
        [](Listing& l) {
            l.architecture.relatedProducts = {"prod-aaaaaaaaaaaaa", "prod-bbbbbbbbbbbbb", "prod-ccccccccccccc",
                "prod-ddddddddddddd", "prod-eeeeeeeeeeeee"};
        },
        "/architecture/relatedProducts");
    row(
        "bad product id", "arch-related-format", [](Listing& l) { l.architecture.relatedProducts[1] = "prod-123"; },
        "/architecture/relatedProducts/1");
    row(
        "duplicate product id", "arch-related-duplicate",
        [](Listing& l) { l.architecture.relatedProducts.push_back(l.architecture.relatedProducts[0]); },
        "/architecture/relatedProducts/2");
    row(
        "shared access keys", "arch-provisioning",
        [](Listing& l) { l.architecture.provisioning = Provisioning::SharedAccessKeys; }, "/architecture/provisioning");
    row(
        "provisioning unspecified", "arch-provisioning",
        [](Listing& l) { l.architecture.provisioning = Provisioning::Unspecified; }, "/architecture/provisioning");
    row(
        "no provisioned services", "arch-provisioned-services",
        [](Listing& l) { l.architecture.provisionedServices.clear(); }, "/architecture/provisionedServices");
    row(
        "no IAM policy", "arch-iam-policy-missing", [](Listing& l) { l.architecture.iamPolicies.clear(); },
        "/architecture/iamPolicies");
    row(
        "no deployment description", "arch-deployment-description",
        [](Listing& l) { l.architecture.deploymentDescription = ""; }, "/architecture/deploymentDescription");
    row(
        "no cost notice", "arch-cost-notice",
        [](Listing& l) {
            std::string& d = l.product.longDescription;
            d.erase(d.find("## Costs outside this listing"),
                d.find("## Documentation") - d.find("## Costs outside this listing"));
        },
        "/product/longDescription");
    row(
        "no agent instructions", "arch-agent-instructions", [](Listing& l) { l.architecture.agentInstructions = ""; },
        "/architecture/agentInstructions");

    // IAM policy documents
    auto setPolicy
        = [](std::string doc) { return [doc](Listing& l) { l.architecture.iamPolicies[0].document = doc; }; };
    row("policy JSON error", "iam-json-syntax", setPolicy("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n}"),
        "/architecture/iamPolicies/0/document", "}");
    row("old version", "iam-version",
        setPolicy(
            R"({"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})"),
        "/architecture/iamPolicies/0/document");
    row("empty statement", "iam-statement", setPolicy(R"({"Version": "2012-10-17", "Statement": []})"),
        "/architecture/iamPolicies/0/document");
    row("bad effect", "iam-effect",
        setPolicy(policy(R"({"Effect": "Permit", "Action": "s3:GetObject", "Resource": "*"})")),
        "/architecture/iamPolicies/0/document", R"("Permit", "Action": "s3:GetObject", "Resource": "*"})");
    row("no action", "iam-action", setPolicy(policy(R"({"Effect": "Allow", "Resource": "*"})")),
        "/architecture/iamPolicies/0/document");
    row("no resource", "iam-resource", setPolicy(policy(R"({"Effect": "Allow", "Action": "s3:GetObject"})")),
        "/architecture/iamPolicies/0/document");
    row("star action", "iam-star-action",
        setPolicy(policy(R"({"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::bucket/*"})")),
        "/architecture/iamPolicies/0/document");
    row("write on star", "iam-star-resource-write",
        setPolicy(policy(R"({"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"})")),
        "/architecture/iamPolicies/0/document");
    row("passrole on star", "iam-passrole-star",
        setPolicy(policy(R"({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"})")),
        "/architecture/iamPolicies/0/document");
    row("allow notaction", "iam-allow-notaction",
        setPolicy(policy(R"({"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"})")),
        "/architecture/iamPolicies/0/document");
    row("trust without external id", "iam-trust-no-external-id", setPolicy(kTrustWithoutExternalId),
        "/architecture/iamPolicies/0/document");
    row("trust open to any principal", "iam-trust-any-principal",
        setPolicy(policy(R"({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"})")),
        "/architecture/iamPolicies/0/document");
    row("billing access", "iam-billing-access",
        setPolicy(policy(R"({"Effect": "Allow", "Action": "aws-portal:ViewBilling", "Resource": "*"})")),
        "/architecture/iamPolicies/0/document");

    // Catalog API limits
    row(
        "no title", "api-required", [](Listing& l) { l.product.title = ""; }, "/product/title");
    row(
        "73-character title", "api-length", [](Listing& l) { l.product.title = std::string(72, 'a') + "Z"; },
        "/product/title", "Z");
    row(
        "long dimension name", "api-length", [&](Listing& l) { dims(l)[0].name = std::string(81, 'n'); },
        "/pricing/dimensions/0/name", "n");
    row(
        "leading space", "api-leading-whitespace",
        [](Listing& l) { l.product.shortDescription = " " + l.product.shortDescription; }, "/product/shortDescription",
        " ");
    row(
        "four highlights", "api-highlight-count",
        [](Listing& l) { l.product.highlights.push_back("A fourth highlight"); }, "/product/highlights");
    row(
        "sixteen keywords", "api-keyword-count", [](Listing& l) { l.product.searchKeywords.assign(16, "k"); },
        "/product/searchKeywords");
    row(
        "51-character keyword", "api-length", [](Listing& l) { l.product.searchKeywords[0] = std::string(51, 'k'); },
        "/product/searchKeywords/0");
    row(
        "four keywords", "api-keyword-portal", [](Listing& l) { l.product.searchKeywords.push_back("landing zone"); },
        "/product/searchKeywords");
    row(
        "four resources", "api-resource-count",
        [](Listing& l) {
            l.product.additionalResources.push_back(l.product.additionalResources[0]);
            l.product.additionalResources.push_back(l.product.additionalResources[0]);
        },
        "/product/additionalResources");
    row(
        "resource without scheme", "api-resource-url",
        [](Listing& l) { l.product.additionalResources[1].url = "docs.example.com/guide"; },
        "/product/additionalResources/1/url");
    row(
        "bad dimension key", "api-dimension-key", [&](Listing& l) { dims(l)[1].key = "gold package!"; },
        "/pricing/dimensions/1/key");
    row(
        "bad dimension type", "api-dimension-types", [&](Listing& l) { dims(l)[0].types = {"Fixed"}; },
        "/pricing/dimensions/0/types");
    row(
        "bad buyer account", "api-buyer-account", [](Listing& l) { l.visibility.buyerAccounts.push_back("12345"); },
        "/visibility/buyerAccounts/1");
    row(
        "bad product id", "api-product-id", [](Listing& l) { l.product.productId = "prod-1"; }, "/product/productId");

    // Updates against the accepted version, and publishing.
    auto live = [](Listing& l) {
        l.product.productId = "prod-abcdefghijklm";
        l.accepted = acceptedVersionOf(l, "accepted.json");
    };
    row(
        "dimension removed", "api-dimension-removed",
        [&](Listing& l) {
            live(l);
            dims(l).pop_back();
        },
        "/pricing/dimensions");
    row(
        "dimension re-keyed", "api-dimension-removed",
        [&](Listing& l) {
            live(l);
            dims(l)[0].key = "renamed";
        },
        "/pricing/dimensions/0/key");
    row(
        "unit changed", "api-dimension-unit-change",
        [&](Listing& l) {
            live(l);
            dims(l)[0].unit = "Hours";
        },
        "/pricing/dimensions/0/unit");
    row(
        "live product without baseline", "api-update-without-baseline",
        [](Listing& l) { l.product.productId = "prod-abcdefghijklm"; }, "/pricing/dimensions");
    row(
        "offer change kept as written", "submission-changes-unchecked",
        [](Listing& l) {
            SubmittedChange offer;
            offer.changeType = "CreateOffer";
            offer.verbatim.value = Json::parse(R"({"ChangeType": "CreateOffer", "Entity": {"Type": "Offer@1.0"}})");
            l.submission.changes.push_back(offer);
        },
        "");
    row(
        "bad visibility", "api-submission-value", [](Listing& l) { l.submission.targetVisibility = "Everyone"; },
        "/submission/targetVisibility");
    row(
        "bad intent", "api-submission-value", [](Listing& l) { l.submission.intent = "validate"; },
        "/submission/intent");
    row(
        "bad change set name", "api-submission-value",
        [](Listing& l) { l.submission.changeSetName = "Update <script>"; }, "/submission/changeSetName");
    row(
        "replacement without visibility", "api-submission-value",
        [](Listing& l) { l.submission.replacementProductId = "prod-abcdefghijklm"; },
        "/submission/replacementProductId");
    row(
        "release of a public product", "api-release-existing",
        [&](Listing& l) {
            live(l);
            l.accepted.visibility = "Public";
            l.submission.releaseProduct = true;
        },
        "/submission/releaseProduct");
    row(
        "public before release", "api-publish-before-release",
        [](Listing& l) { l.submission.targetVisibility = "Public"; }, "/submission/targetVisibility");
    return cases;
}

// ---- Private offers: the bundled upfront offer, checked against the bundled
// listing on a fixed day, with one fault each.

constexpr char kOfferToday[] = "2026-12-03";

OfferDraft upfrontOffer()
{
    static const OfferDraft offer = [] {
        const OfferLoadOutcome loaded = loadOfferFile(
            test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json")).toStdString());
        return loaded.ok() ? loaded.document->offer : OfferDraft {};
    }();
    return offer;
}

OfferDraft installmentOffer()
{
    static const OfferDraft offer = [] {
        const OfferLoadOutcome loaded = loadOfferFile(
            test::examplePath(QStringLiteral("migration-readiness-installments.offer.json")).toStdString());
        return loaded.ok() ? loaded.document->offer : OfferDraft {};
    }();
    return offer;
}

// The bundled listing, published as the product the example offers sell.
Listing publishedProduct()
{
    Listing product = complete();
    product.product.productId = "prod-h4lv0rs3nr3y5";
    return product;
}

std::vector<Finding> checkOffer(const OfferDraft& offer, bool withProduct = true)
{
    static const Listing product = publishedProduct();
    OfferContext context;
    context.today = kOfferToday;
    context.product = withProduct ? &product : nullptr;
    context.productSource = "migration-readiness-assessment.proserv.json";
    return validateOffer(offer, context);
}

using OfferMutation = std::function<void(OfferDraft&)>;
struct OfferFiringCase {
    const char* name;
    const char* rule;
    bool installments; // mutate the installment example instead of the upfront one
    OfferMutation mutate;
    const char* pointer;
    bool withProduct = true;
};

std::vector<OfferFiringCase> offerFiringCases()
{
    return {
        {"unknown dimension", "offer-dimension-unknown", false,
            [](OfferDraft& o) { o.pricing.prices[1].dimensionKey = "premium-support"; }, "/pricing/prices/1/dimensionKey"},
        {"unknown granted dimension", "offer-dimension-unknown", true,
            [](OfferDraft& o) { o.pricing.grants[0].dimensionKey = "mra-premium"; }, "/pricing/grants/0/dimensionKey"},
        {"unknown against the stored copy", "offer-dimension-unknown", false,
            [](OfferDraft& o) { o.pricing.prices[0].dimensionKey = "gold"; }, "/pricing/prices/0/dimensionKey", false},
        {"product dimensions unknown", "offer-product-dimensions-unknown", false,
            [](OfferDraft& o) { o.product.dimensions.clear(); }, "/product/dimensions", false},
        {"email in name", "offer-personal-data", false,
            [](OfferDraft& o) { o.offer.name = "MRA for Northwind (contact: ana.silva@northwind.example)"; },
            "/offer/name"},
        {"phone in name", "offer-personal-data", false,
            [](OfferDraft& o) { o.offer.name = "MRA for Northwind, call +44 20 7946 0958"; }, "/offer/name"},
        {"no refund policy", "offer-refund-policy-missing", false, [](OfferDraft& o) { o.terms.refundPolicy.clear(); },
            "/terms/refundPolicy"},
        {"zero price", "offer-zero-price", false, [](OfferDraft& o) { o.pricing.prices[1].price = "0"; },
            "/pricing/prices"},
        {"approval", "offer-total-approval", false, [](OfferDraft& o) { o.pricing.prices[0].price = "240000"; },
            "/pricing/prices"},
        {"invoice", "offer-installments-invoice", true, [](OfferDraft&) {}, "/pricing/schedule"},
        {"bad product id", "offer-product-id", false, [](OfferDraft& o) { o.product.productId = "prod-123"; },
            "/product/productId"},
        {"other product", "offer-product-mismatch", false,
            [](OfferDraft& o) { o.product.productId = "prod-aaaabbbbccccd"; }, "/product/productId"},
        {"no name", "offer-name", false, [](OfferDraft& o) { o.offer.name = "  "; }, "/offer/name"},
        {"long name", "offer-name", false, [](OfferDraft& o) { o.offer.name = std::string(151, 'n'); }, "/offer/name"},
        {"angle bracket", "offer-name", false, [](OfferDraft& o) { o.offer.name = "MRA <Northwind>"; }, "/offer/name"},
        {"no description", "offer-description", false, [](OfferDraft& o) { o.offer.description.clear(); },
            "/offer/description"},
        {"no buyers", "offer-buyer-accounts", false, [](OfferDraft& o) { o.buyers.accounts.clear(); },
            "/buyers/accounts"},
        {"account with dashes", "offer-buyer-accounts", false,
            [](OfferDraft& o) { o.buyers.accounts = {"4444-5555-6666"}; }, "/buyers/accounts/0"},
        {"27 accounts", "offer-buyer-accounts", false,
            [](OfferDraft& o) {
                o.buyers.accounts.clear();
                for (int i = 0; i < 27; ++i)
                    o.buyers.accounts.push_back(std::to_string(100000000000LL + i));
            },
            "/buyers/accounts"},
        {"26 accounts", "offer-buyer-accounts-portal", false,
            [](OfferDraft& o) {
                o.buyers.accounts.clear();
                for (int i = 0; i < 26; ++i)
                    o.buyers.accounts.push_back(std::to_string(100000000000LL + i));
            },
            "/buyers/accounts"},
        {"country name", "offer-country-codes", false, [](OfferDraft& o) { o.buyers.countries = {"Germany"}; },
            "/buyers/countries/0"},
        {"currency", "offer-currency", false, [](OfferDraft& o) { o.pricing.currency = "CAD"; }, "/pricing/currency"},
        {"pricing model", "offer-pricing-model", false, [](OfferDraft& o) { o.pricing.model = "variable"; },
            "/pricing/model"},
        {"no prices", "offer-prices-missing", false, [](OfferDraft& o) { o.pricing.prices.clear(); },
            "/pricing/prices"},
        {"no grants", "offer-prices-missing", true, [](OfferDraft& o) { o.pricing.grants.clear(); },
            "/pricing/grants"},
        {"priced twice", "offer-dimension-duplicate", false,
            [](OfferDraft& o) { o.pricing.prices[1].dimensionKey = o.pricing.prices[0].dimensionKey; },
            "/pricing/prices/1/dimensionKey"},
        {"four decimals", "offer-amount-format", false, [](OfferDraft& o) { o.pricing.prices[0].price = "38000.0001"; },
            "/pricing/prices/0/price"},
        {"currency sign", "offer-amount-format", false, [](OfferDraft& o) { o.pricing.prices[0].price = "$38,000"; },
            "/pricing/prices/0/price"},
        {"three decimals in a payment", "offer-amount-format", true,
            [](OfferDraft& o) { o.pricing.schedule[0].amount = "30000.001"; }, "/pricing/schedule/0/amount"},
        {"zero quantity", "offer-grant-quantity", true, [](OfferDraft& o) { o.pricing.grants[0].quantity = 0; },
            "/pricing/grants/0/quantity"},
        {"duplicate charge date", "offer-schedule", true,
            [](OfferDraft& o) { o.pricing.schedule[1].chargeDate = o.pricing.schedule[0].chargeDate; },
            "/pricing/schedule/1/chargeDate"},
        {"charge in the past", "offer-schedule", true,
            [](OfferDraft& o) { o.pricing.schedule[0].chargeDate = "2026-12-01"; }, "/pricing/schedule/0/chargeDate"},
        {"two charges before accept-by", "offer-schedule", true,
            [](OfferDraft& o) { o.pricing.schedule[1].chargeDate = "2027-01-20"; }, "/pricing/schedule"},
        {"charge after the agreement", "offer-schedule", true,
            [](OfferDraft& o) { o.pricing.schedule[3].chargeDate = "2027-12-03"; }, "/pricing/schedule/3/chargeDate"},
        {"no payments", "offer-schedule", true, [](OfferDraft& o) { o.pricing.schedule.clear(); }, "/pricing/schedule"},
        {"61 payments", "offer-schedule", true,
            [](OfferDraft& o) {
                o.pricing.schedule.clear();
                for (long d = 0; d < 61; ++d)
                    o.pricing.schedule.push_back({formatCivilDate(*parseCivilDate("2027-02-01") + d), "100", {}});
            },
            "/pricing/schedule"},
        {"not a date", "offer-schedule", true, [](OfferDraft& o) { o.pricing.schedule[2].chargeDate = "2027-02-30"; },
            "/pricing/schedule/2/chargeDate"},
        {"duration in words", "offer-duration", false,
            [](OfferDraft& o) { o.availability.agreementDuration = "6 months"; }, "/availability/agreementDuration"},
        {"zero duration", "offer-duration", false, [](OfferDraft& o) { o.availability.agreementDuration = "P0M"; },
            "/availability/agreementDuration"},
        {"no accept-by", "offer-accept-by", false, [](OfferDraft& o) { o.availability.acceptBy.clear(); },
            "/availability/acceptBy"},
        {"accept-by past", "offer-accept-by", false, [](OfferDraft& o) { o.availability.acceptBy = "2026-12-02"; },
            "/availability/acceptBy"},
        {"accept-by after the agreement", "offer-accept-by", false,
            [](OfferDraft& o) { o.availability.acceptBy = "2027-06-02"; }, "/availability/acceptBy"},
        {"US date", "offer-accept-by", false, [](OfferDraft& o) { o.availability.acceptBy = "01/31/2027"; },
            "/availability/acceptBy"},
        {"EULA off S3", "offer-legal-terms", false,
            [](OfferDraft& o) {
                o.terms.legalDocument = kCustomEula;
                o.terms.eulaUrl = "https://northwind.example/eula.pdf";
            },
            "/terms/eulaUrl"},
        {"EULA missing", "offer-legal-terms", false, [](OfferDraft& o) { o.terms.legalDocument = kCustomEula; },
            "/terms/eulaUrl"},
        {"refund policy dash", "offer-refund-policy", false,
            [](OfferDraft& o) { o.terms.refundPolicy = "Full refund â on request."; }, "/terms/refundPolicy"},
        {"refund policy trailing space", "offer-refund-policy", false,
            [](OfferDraft& o) { o.terms.refundPolicy += " "; }, "/terms/refundPolicy"},
        {"fixed price beside a schedule", "offer-fixed-price", true,
            [](OfferDraft& o) { o.pricing.fixedUpfrontPrice = "112000"; }, "/pricing/fixedUpfrontPrice"},
        {"release details", "offer-release-details", false,
            [](OfferDraft& o) {
                o.submission.release = true;
                o.submission.releaseDetails.value = Json {{"Name", "x"}};
            },
            "/submission/releaseDetails"},
        {"schedule currency", "offer-currency", true, [](OfferDraft& o) { o.pricing.scheduleCurrency = "EUR"; },
            "/pricing/scheduleCurrency"},
        {"no currency", "offer-currency", false, [](OfferDraft& o) { o.pricing.currency.clear(); },
            "/pricing/currency"},
        {"schedule on an upfront offer", "offer-schedule", false,
            [](OfferDraft& o) { o.pricing.schedule = {{"2027-01-15", "100", {}}}; }, "/pricing/schedule"},
        {"old standard contract", "offer-legal-terms", false,
            [](OfferDraft& o) { o.terms.standardContractVersion = "2019-04-24"; }, "/terms/standardContractVersion"},
        {"no legal terms", "offer-legal-terms", false, [](OfferDraft& o) { o.terms.legalDocument.clear(); },
            "/terms/legalDocument"},
        {"no duration", "offer-duration", false, [](OfferDraft& o) { o.availability.agreementDuration.clear(); },
            "/availability/agreementDuration"},
        {"end date", "offer-duration", false, [](OfferDraft& o) { o.availability.agreementEndDate = "2027-06-30"; },
            "/availability/agreementEndDate"},
        {"update of one part", "offer-partial-update", false,
            [](OfferDraft& o) {
                o.offer.offerId = "offer-1111111111111";
                o.submission.original.value = Json::parse(R"({"Catalog": "AWSMarketplace", "ChangeSet": [
                    {"ChangeType": "UpdateAvailability", "Entity": {"Type": "Offer@1.0",
                     "Identifier": "offer-1111111111111"}, "DetailsDocument": {"AvailabilityEndDate": "2027-01-31"}}]})");
                o.submission.originalOffer.value = offerEntityJson(o);
            },
            ""},
        {"buyers of a released offer", "offer-fixed-after-release", false,
            [](OfferDraft& o) {
                o.offer.offerId = "offer-1111111111111";
                o.submission.stateAtAws = "Released";
                o.submission.originalOffer.value = offerEntityJson(o);
                o.buyers.accounts.push_back("444455556666");
            },
            "/buyers/accounts"},
        {"currency of a released offer", "offer-fixed-after-release", false,
            [](OfferDraft& o) {
                o.offer.offerId = "offer-1111111111111";
                o.submission.stateAtAws = "Released";
                o.submission.originalOffer.value = offerEntityJson(o);
                o.pricing.currency = "EUR";
            },
            "/pricing/currency"},
        {"refund policy too long", "offer-refund-policy", false,
            [](OfferDraft& o) { o.terms.refundPolicy = std::string(501, 'r'); }, "/terms/refundPolicy"},
    };
}

std::optional<Finding> offerFiringOf(const OfferFiringCase& firing)
{
    OfferDraft offer = firing.installments ? installmentOffer() : upfrontOffer();
    firing.mutate(offer);
    for (const Finding& f : checkOffer(offer, firing.withProduct))
        if (f.ruleId == firing.rule && f.pointer == firing.pointer)
            return f;
    return std::nullopt;
}

// The rules whose firing needs more than a mutation of the example; each
// named test asserts the rule fires.
const std::vector<std::pair<const char*, const char*>> kFiredByOwnTest = {
    {"submission-unchanged-fields", "partialUpdateJudgesWhatItSends"},
    {"submission-draft-only", "submittedFileIsJudgedAsSubmission"},
    {"setup-logo-file", "logoFile"},
};

// The finding of `rule` at `pointer` in the mutated example, if any.
std::optional<Finding> firingOf(const FiringCase& firing, Listing& listing)
{
    listing = complete();
    firing.mutate(listing);
    for (const Finding& f : validateListing(listing))
        if (f.ruleId == firing.rule && f.pointer == firing.pointer)
            return f;
    return std::nullopt;
}

} // namespace

void TestRules::exampleOffersMeetEveryRule()
{
    QVERIFY(!upfrontOffer().offer.name.empty());
    QVERIFY(!installmentOffer().offer.name.empty());
    QCOMPARE(test::ruleIdsOf(checkOffer(upfrontOffer())), QStringList());
    // An installment plan always notes that the buyer must pay by invoice.
    QCOMPARE(test::ruleIdsOf(checkOffer(installmentOffer())), QStringList({QStringLiteral("offer-installments-invoice")}));
    // Without the product, the stored copy of its dimensions serves.
    QCOMPARE(test::ruleIdsOf(checkOffer(upfrontOffer(), false)), QStringList());
}

void TestRules::offerRuleFires_data()
{
    QTest::addColumn<int>("index");
    const std::vector<OfferFiringCase> cases = offerFiringCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestRules::offerRuleFires()
{
    QFETCH(int, index);
    const OfferFiringCase firing = offerFiringCases()[static_cast<std::size_t>(index)];
    OfferDraft offer = firing.installments ? installmentOffer() : upfrontOffer();
    firing.mutate(offer);
    const std::vector<Finding> findings = checkOffer(offer, firing.withProduct);
    QVERIFY2(offerFiringOf(firing), (std::string(firing.rule) + " did not fire at " + firing.pointer + "; found: "
                                        + describe(findings))
                                        .c_str());
    const Finding f = *offerFiringOf(firing);
    QVERIFY(!f.message.empty());
    QVERIFY(findRule(f.ruleId));
}

void TestRules::offerDatesFollowTheCalendar()
{
    QCOMPARE(formatCivilDate(*parseCivilDate("2028-02-29")), std::string("2028-02-29"));
    QVERIFY(!parseCivilDate("2027-02-29"));
    QVERIFY(!parseCivilDate("2027-13-01"));
    QVERIFY(!parseCivilDate("2027-1-01"));
    QVERIFY(!parseCivilDate("2027-01-01T00:00:00Z"));
    QVERIFY(!parseCivilDate("0999-01-01")); // AWS's pattern wants a year from 1000
    const long jan31 = *parseCivilDate("2027-01-31");
    QCOMPARE(formatCivilDate(addDuration(jan31, *parseAgreementDuration("P1M"))), std::string("2027-02-28"));
    QCOMPARE(formatCivilDate(addDuration(jan31, *parseAgreementDuration("P1Y1M1D"))), std::string("2028-03-01"));
    QCOMPARE(formatCivilDate(addDuration(*parseCivilDate("2026-12-03"), *parseAgreementDuration("P12M")) - 1),
        std::string("2027-12-02"));
    QVERIFY(!parseAgreementDuration("P"));
    QVERIFY(!parseAgreementDuration("P1W"));
    QVERIFY(!parseAgreementDuration("P1M1Y")); // out of order
    QVERIFY(!parseAgreementDuration("P1MT2H"));
    QVERIFY(!parseAgreementDuration("12M"));
    // The last payment may fall on the agreement's last day, not after it.
    OfferDraft offer = installmentOffer();
    offer.pricing.schedule.back().chargeDate = "2027-12-02";
    QCOMPARE(test::ruleIdsOf(checkOffer(offer)), QStringList({QStringLiteral("offer-installments-invoice")}));
}

void TestRules::ruleFires_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("text");
    for (const FiringCase& firing : firingCases())
        QTest::newRow(firing.name) << QString::fromUtf8(firing.rule) << firing.mutate
                                   << QString::fromUtf8(firing.pointer) << QString::fromUtf8(firing.text);
}

void TestRules::ruleFires()
{
    QFETCH(QString, rule);
    QFETCH(Mutation, mutate);
    QFETCH(QString, pointer);
    QFETCH(QString, text);

    Listing listing = complete();
    mutate(listing);
    const std::vector<Finding> findings = validateListing(listing);
    const auto it = std::find_if(findings.begin(), findings.end(),
        [&](const Finding& f) { return f.ruleId == rule.toStdString() && f.pointer == pointer.toStdString(); });
    QVERIFY2(it != findings.end(),
        ("expected " + rule.toStdString() + " at " + pointer.toStdString() + ", got:" + describe(findings)).c_str());
    QVERIFY(!it->message.empty());
    QCOMPARE(QString::fromStdString(it->guideline), QString::fromUtf8(findRule(it->ruleId)->guideline));
    if (!text.isEmpty()) {
        QVERIFY(it->range.has_value());
        QCOMPARE(QString::fromStdString(coveredText(listing, *it)), text);
    }
}

void TestRules::ruleStaysQuiet_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Mutation>("mutate");
    auto row
        = [](const char* name, const char* rule, Mutation m) { QTest::newRow(name) << QString::fromUtf8(rule) << m; };

    row("known category other case", "setup-category-spelling", [](Listing& l) {
        l.product.categories = {"assessments", "machine learning"};
    });
    row("new category name", "setup-category-spelling", [](Listing& l) {
        l.product.categories = {"Assessments", "Quantum Computing"};
    });
    row("category variants", "setup-ps-category", [](Listing& l) {
        l.product.categories = {"managed service", "Migration"};
    });
    row("singular assessment", "setup-ps-category", [](Listing& l) {
        l.product.categories = {"Assessment", "Migration"};
    });
    row("PREMIUM SUPPORT", "setup-ps-category", [](Listing& l) {
        l.product.categories = {"PREMIUM SUPPORT", "Security"};
    });
    row("release of a draft product", "api-release-existing", [](Listing& l) {
        l.product.productId = "prod-abcdefghijklm";
        l.accepted = acceptedVersionOf(l);
        l.accepted.visibility = "Draft";
        l.submission.releaseProduct = true;
    });
    row("new product released and made public", "api-publish-before-release", [](Listing& l) {
        l.visibility.buyerAccounts.clear();
        l.submission.releaseProduct = true;
        l.submission.targetVisibility = "Public";
    });
    row("baseline keeps dimensions", "api-update-without-baseline", [](Listing& l) {
        l.product.productId = "prod-abcdefghijklm";
        l.accepted = acceptedVersionOf(l);
    });
    row("dimensions kept and one added", "api-dimension-removed", [](Listing& l) {
        l.product.productId = "prod-abcdefghijklm";
        l.accepted = acceptedVersionOf(l);
        l.pricing.dimensions.push_back(l.pricing.dimensions[0]);
        l.pricing.dimensions.back().key = "new-key";
        l.pricing.dimensions.back().name = "A new package";
    });
    row("live dimension update without unit or name", "api-required", [](Listing& l) {
        l.pricing.dimensions[0].onLiveProduct = true;
        l.pricing.dimensions[0].unit.clear();
        l.pricing.dimensions[0].types.clear();
    });
    row("Scunthorpe", "setup-offensive-language", [](Listing& l) {
        l.product.longDescription += "\nOffices in Scunthorpe, Essex and Middlesex; cocktail analysis.";
    });
    row("allowed phrase", "setup-offensive-language",
        [](Listing& l) { l.product.highlights[0] = "Includes sexual harassment prevention training"; });
    row("todo as part of a word", "setup-placeholder-text",
        [](Listing& l) { l.product.shortDescription += " Todoist integration."; });
    row("account ID is not a card", "custinfo-card-number",
        [](Listing& l) { l.product.supportDescription += " Account 111122223333 and phone +1 206 555 0100."; });
    row("Luhn-invalid digits", "custinfo-card-number",
        [](Listing& l) { l.product.supportDescription += " Ref 4111 1111 1111 1112."; });
    row("IBAN with wrong check", "custinfo-iban",
        [](Listing& l) { l.serviceTerms.text = "GB82 WEST 1234 5698 7654 33"; });
    row("routing checksum fails", "custinfo-routing-number",
        [](Listing& l) { l.support.refundPolicy += " Case 112000025."; });
    row("never asks for card", "custinfo-payment-request",
        [](Listing& l) { l.support.prePurchaseSupport += " We will never ask for your credit card number."; });
    row("example access key", "sec-aws-access-key",
        [](Listing& l) { l.architecture.deploymentDescription += " e.g. AKIAIOSFODNN7EXAMPLE"; });
    row("example secret key", "sec-aws-secret-key",
        [](Listing& l) { l.architecture.deploymentDescription += " secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"; });
    row("hash is not a secret key", "sec-aws-secret-key",
        [](Listing& l) { l.product.longDescription += "\nCommit 3f786850e387550fdab836ed7e6dc881de23001b."; });
    row("same-day response", "usage-response-time", [](Listing& l) { l.support.responseTimeBusinessDays = 0; });
    row("immediate access needs no emails", "usage-access-pending-email", [](Listing& l) {
        l.support.accessMethod = AccessMethod::Immediate;
        l.support.accessPendingEmail.clear();
    });
    row("immediate access needs no granted email", "usage-access-granted-email", [](Listing& l) {
        l.support.accessMethod = AccessMethod::Immediate;
        l.support.accessGrantedEmail.clear();
    });
    row("terms as text only", "usage-service-terms", [](Listing& l) { l.serviceTerms = {"", "Our terms: ...", {}}; });
    row("phone only", "usage-support-contact", [](Listing& l) {
        l.product.supportDescription = "Call +1 206 555 0100 on business days. Before you subscribe, ask us. After you "
                                       "subscribe, support is included.";
        l.support.contacts = {};
    });
    row("national phone with a label", "usage-support-contact", [](Listing& l) {
        l.product.supportDescription = "Phone 0405550123, business days 9-17. Before you subscribe, ask us. After you "
                                       "subscribe, support is included.";
    });
    row("support portal only", "usage-support-contact", [](Listing& l) {
        l.product.supportDescription = "Open a ticket at www.halvorsen-reyes.example/help, answered within 4 hours. "
                                       "Before you subscribe, ask us. After you subscribe, support is included.";
    });
    row("level as hours", "usage-support-level", [](Listing& l) {
        l.product.supportDescription = "Email help@example.com. Support is available 24/7. Before you subscribe, ask "
                                       "us; after you subscribe, we help.";
    });
    row("pre-sales wording", "usage-pre-purchase-support", [](Listing& l) {
        l.product.supportDescription = "Email help@example.com; answers within one business day. Our pre-sales "
                                       "architects scope the work with you. Ongoing support is included.";
    });
    row("pre-purchase in the overview", "usage-pre-purchase-support", [](Listing& l) {
        l.product.supportDescription
            = "Email help@example.com; answers within one business day. Ongoing support is included.";
        l.product.longDescription += "\n\nPrior to purchase, book a free scoping call with our architects.";
    });
    // An empty description is one fault: api-required says so, the content rules stay quiet.
    row("blank description: no contact finding", "usage-support-contact",
        [](Listing& l) { l.product.supportDescription = " "; });
    row("blank description: no level finding", "usage-support-level",
        [](Listing& l) { l.product.supportDescription.clear(); });
    row("draft contacts are not needed", "usage-support-contact", [](Listing& l) { l.support.contacts = {}; });
    row("no customer resources", "arch-iam-policy-missing", [](Listing& l) {
        l.architecture.needsCustomerResources = false;
        l.architecture.iamPolicies.clear();
    });
    row("no agent", "arch-agent-instructions", [](Listing& l) {
        l.architecture.deploysAgent = false;
        l.architecture.agentInstructions.clear();
    });
    row("25-character product id", "arch-related-format",
        [](Listing& l) { l.architecture.relatedProducts[0] = "prod-abcdefghijklmnopqrstuvwxy"; });
    row("trust with external id", "iam-trust-no-external-id", [](Listing&) {});
    row("any principal inside the organization", "iam-trust-any-principal", [](Listing& l) {
        l.architecture.iamPolicies[1].document = policy(
            R"({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})");
    });
    row("any principal is not also a missing external id", "iam-trust-no-external-id", [](Listing& l) {
        l.architecture.iamPolicies[1].document
            = policy(R"({"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"})");
    });
    row("star action is not also a write on star", "iam-star-resource-write", [](Listing& l) {
        l.architecture.iamPolicies[0].document = policy(R"({"Effect": "Allow", "Action": "*", "Resource": "*"})");
    });
    row("never asking for keys", "sec-credential-request",
        [](Listing& l) { l.product.longDescription += "\n\nWe never ask for access keys. You create the role."; });
    row("a service about payments", "custinfo-payment-request", [](Listing& l) {
        l.product.longDescription += "\n\nWe help merchants collect card details securely with hosted payment fields.";
    });
    row("billing through AWS Marketplace", "custinfo-off-platform-billing", [](Listing& l) {
        l.product.longDescription += "\n\nEvery extra day is billed directly through AWS Marketplace.";
    });
    row("savings are not prices", "custinfo-off-platform-billing",
        [](Listing& l) { l.product.highlights[1] = "Customers saved $80,000 a year"; });
    row("routing checksum without banking words", "custinfo-routing-number",
        [](Listing& l) { l.product.longDescription += "\n\nOur DUNS number is 021000021."; });
    row("a place name", "setup-offensive-language",
        [](Listing& l) { l.product.longDescription += "\n\nWe run workshops in Intercourse, Pennsylvania."; });
    row("command-line template", "setup-placeholder-text",
        [](Listing& l) { l.architecture.agentInstructions += " Run: aws s3 ls --profile <your-profile>"; });
    row("phone with extension", "usage-support-contact-format",
        [](Listing& l) { l.support.contacts.phone = "+1 206 555 0100 ext. 42"; });
    row("steps after Next", "usage-access-granted-email",
        [](Listing& l) { l.support.accessGrantedEmail = "Access granted. Next, sign in to the portal."; });
    row("read-only on star", "iam-star-resource-write", [](Listing& l) {
        l.architecture.iamPolicies[0].document
            = policy(R"({"Effect": "Allow", "Action": ["ec2:DescribeInstances", "s3:ListBucket"], "Resource": "*"})");
    });
    row("deny star", "iam-star-action", [](Listing& l) {
        l.architecture.iamPolicies[0].document = policy(R"({"Effect": "Deny", "Action": "*", "Resource": "*"})");
    });
    row("72 emoji fit the title", "api-length", [](Listing& l) {
        l.product.title.clear();
        for (int i = 0; i < 72; ++i)
            l.product.title += "\xF0\x9F\x9A\x80"; // 4 bytes, 1 character
    });
}

void TestRules::ruleStaysQuiet()
{
    QFETCH(QString, rule);
    QFETCH(Mutation, mutate);
    Listing listing = complete();
    mutate(listing);
    const std::vector<Finding> findings = validateListing(listing);
    for (const Finding& f : findings)
        QVERIFY2(f.ruleId != rule.toStdString(), ("unexpected:" + describe(findings)).c_str());
}

// Runs the firing cases itself, so it holds alone (`tst_rules
// everyRuleHasAFiringTest`) and in any order.
void TestRules::everyRuleHasAFiringTest()
{
    std::set<std::string> fired;
    Listing listing;
    for (const FiringCase& firing : firingCases())
        if (firingOf(firing, listing))
            fired.insert(firing.rule);
    for (const OfferFiringCase& firing : offerFiringCases())
        if (offerFiringOf(firing))
            fired.insert(firing.rule);
    for (const auto& [rule, test] : kFiredByOwnTest) {
        const QByteArray slot = QByteArray(test) + "()";
        QVERIFY2(metaObject()->indexOfSlot(slot.constData()) >= 0, slot.constData());
        fired.insert(rule);
    }
    for (const RuleInfo& rule : ruleCatalogue())
        QVERIFY2(fired.count(rule.id), (std::string("no test makes ") + rule.id + " fire").c_str());
}

void TestRules::catalogueIsWellFormed()
{
    // Every rule a registered text rule may report is in the catalogue, once.
    std::set<std::string> textRuleIds;
    for (const rules::TextRule& rule : rules::textRules())
        for (const char* id : rule.ruleIds) {
            QVERIFY2(findRule(id), id);
            QVERIFY2(textRuleIds.insert(id).second, id);
        }
    QVERIFY(textRuleIds.count("setup-placeholder-text") && textRuleIds.count("custinfo-payment-request"));

    std::set<std::string> ids;
    const std::set<std::string> anchors = {"proserv-guidelines-setup", "proserv-guidelines-customer-info",
        "proserv-guidelines-usage", "proserv-guidelines-architecture", "catalog-api"};
    for (const RuleInfo& rule : ruleCatalogue()) {
        QVERIFY2(ids.insert(rule.id).second, rule.id);
        QVERIFY(anchors.count(rule.guideline));
        QVERIFY(std::string(rule.description).size() > 10);
        for (char c : std::string(rule.id))
            QVERIFY2((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-', rule.id);
    }
    // Every "known limits" row names a registered rule.
    const std::string markdown = ruleCatalogueMarkdown();
    const std::size_t limits = markdown.find("## Known limits");
    QVERIFY(limits != std::string::npos);
    int rows = 0;
    for (std::size_t at = markdown.find("\n| `", limits); at != std::string::npos;
         at = markdown.find("\n| `", at + 1)) {
        const std::size_t end = markdown.find('`', at + 4);
        const std::string id = markdown.substr(at + 4, end - at - 4);
        QVERIFY2(findRule(id), id.c_str());
        ++rows;
    }
    QVERIFY(rows >= 10);
}

// A change set holds only what AWS Marketplace receives: the complete
// listing's submission passes, one fault gives that fault, and the checks of
// the seller's draft are one note, not errors against the file.
// One rule's findings in one field or list beyond the first few are one
// counted finding: a file cannot flood the reader, the editor or a report.
void TestRules::repeatedFindingsAreCounted()
{
    Listing listing = complete();
    listing.product.searchKeywords.assign(15, std::string(60, 'k'));
    std::vector<Finding> findings = validateListing(listing);
    std::vector<Finding> lengths;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(lengths),
        [](const Finding& f) { return f.ruleId == "api-length"; });
    QCOMPARE(lengths.size(), std::size_t(15)); // under the cap: each one listed

    listing.product.searchKeywords.assign(500, std::string(60, 'k'));
    findings = validateListing(listing);
    lengths.clear();
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(lengths),
        [](const Finding& f) { return f.ruleId == "api-length"; });
    QCOMPARE(lengths.size(), kListedPerRuleAndField + 1);
    QCOMPARE(lengths.back().pointer, std::string("/product/searchKeywords"));
    QVERIFY2(lengths.back().message.find("480 more") != std::string::npos, lengths.back().message.c_str());

    std::string statements;
    for (int i = 0; i < 300; ++i)
        statements += std::string(i ? "," : "") + R"({"Effect": "Allow", "Action": "*", "Resource": "*"})";
    listing = complete();
    listing.architecture.iamPolicies[0].document = policy(statements);
    findings = validateListing(listing);
    const auto stars = std::count_if(
        findings.begin(), findings.end(), [](const Finding& f) { return f.ruleId == "iam-star-action"; });
    QCOMPARE(stars, 11L); // ten with their line, one counting the other 290
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.ruleId == "iam-star-action" && f.message.find("290 more") != std::string::npos;
    }));
}

// An update of a live product sends only what changes: what it leaves out
// keeps its accepted value and is no fault of the file.
void TestRules::partialUpdateJudgesWhatItSends()
{
    const Json titleOnly = Json::parse(R"({"Catalog": "AWSMarketplace", "ChangeSet": [{
        "ChangeType": "UpdateInformation",
        "Entity": {"Type": "ProfessionalServicesProduct@1.0", "Identifier": "prod-abcdefghijklm"},
        "DetailsDocument": {"ProductTitle": "Migration Readiness Assessment v2"}}]})");
    FieldProblems problems;
    std::optional<Listing> update = listingFromChangeSet(titleOnly, problems);
    QVERIFY(update && problems.empty());
    ValidationContext asSubmission;
    asSubmission.submittedFile = true;

    std::vector<Finding> findings = validateListing(*update, asSubmission);
    QCOMPARE(countFindings(findings).errors, 0);
    QCOMPARE(countFindings(findings).warnings, 0);
    const auto note = std::find_if(
        findings.begin(), findings.end(), [](const Finding& f) { return f.ruleId == "submission-unchanged-fields"; });
    QVERIFY(note != findings.end());
    QCOMPARE(note->severity, Severity::Info);
    for (const char* member : {"LongDescription", "SupportDescription", "Categories", "AddDimensions"})
        QVERIFY2(note->message.find(member) != std::string::npos, member);
    QVERIFY(note->message.find("ProductTitle") == std::string::npos); // it is in the file, and judged

    // What it sends is judged as always.
    update->product.title = "Assessment TBD";
    findings = validateListing(*update, asSubmission);
    QCOMPARE(countFindings(findings).errors, 1);
    QVERIFY(std::any_of(findings.begin(), findings.end(),
        [](const Finding& f) { return f.ruleId == "setup-placeholder-text" && f.pointer == "/product/title"; }));
    // A field the seller fills in goes into the export, so it is judged too.
    update->product.title = "Migration Readiness Assessment v2";
    update->product.supportDescription = "Our team is happy to help.";
    findings = validateListing(*update, asSubmission);
    QVERIFY(std::any_of(
        findings.begin(), findings.end(), [](const Finding& f) { return f.ruleId == "usage-support-contact"; }));

    // A new product's change set is a whole listing: what it lacks is missing.
    Listing draft = complete();
    draft.product.longDescription.clear();
    std::optional<Listing> created = listingFromChangeSet(exportChangeSet(draft), problems);
    QVERIFY(created && problems.empty());
    findings = validateListing(*created, asSubmission);
    QVERIFY(std::any_of(findings.begin(), findings.end(),
        [](const Finding& f) { return f.ruleId == "api-required" && f.pointer == "/product/longDescription"; }));
    QVERIFY(std::none_of(
        findings.begin(), findings.end(), [](const Finding& f) { return f.ruleId == "submission-unchanged-fields"; }));
}

void TestRules::submittedFileIsJudgedAsSubmission()
{
    FieldProblems problems;
    std::optional<Listing> submitted = listingFromChangeSet(exportChangeSet(complete()), problems);
    QVERIFY(submitted && problems.empty());
    ValidationContext asSubmission;
    asSubmission.submittedFile = true;

    std::vector<Finding> findings = validateListing(*submitted, asSubmission);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings[0].ruleId, std::string("submission-draft-only"));
    QCOMPARE(findings[0].severity, Severity::Info);
    QVERIFY(findings[0].message.find("setup-attest-paid-seller") != std::string::npos);
    QVERIFY(findings[0].message.find("usage-response-time") != std::string::npos);
    QVERIFY(findings[0].message.find("usage-support-level") == std::string::npos); // judged on the file

    // The same content judged as a draft misses everything the draft holds.
    QCOMPARE(test::ruleIdsOf(validateListing(*submitted), Severity::Error), test::draftOnlyErrorRules());

    submitted->product.supportDescription = "Our team is happy to help.";
    findings = validateListing(*submitted, asSubmission);
    std::set<std::string> rules;
    for (const Finding& f : findings) {
        rules.insert(f.ruleId);
        QVERIFY2(f.ruleId == "submission-draft-only" || f.pointer == "/product/supportDescription", f.pointer.c_str());
    }
    QCOMPARE(rules,
        (std::set<std::string> {"usage-support-contact", "usage-support-level", "usage-pre-purchase-support",
            "usage-post-purchase-support", "submission-draft-only"}));
    // A draft rule is silent on a submitted file even where it points at a
    // submitted field: a change set for a live product holds no baseline.
    submitted->product.productId = "prod-abcdefghijklm";
    QVERIFY(!validateListing(*submitted).empty());
    bool draftRuleFired = false;
    for (const Finding& f : validateListing(*submitted))
        draftRuleFired = draftRuleFired || f.ruleId == "api-update-without-baseline";
    QVERIFY(draftRuleFired);
    for (const Finding& f : validateListing(*submitted, asSubmission))
        QVERIFY2(f.ruleId != "api-update-without-baseline", f.message.c_str());
}

void TestRules::findingsFollowFormOrder()
{
    Listing listing = complete();
    listing.attestations.registeredPaidSeller = false; // last section
    listing.support.responseTimeBusinessDays = 5; // middle
    listing.product.title.clear(); // first
    const std::vector<Finding> findings = validateListing(listing);
    QCOMPARE(findings.size(), std::size_t(3));
    QCOMPARE(findings[0].pointer, std::string("/product/title"));
    QCOMPARE(findings[1].pointer, std::string("/support/responseTimeBusinessDays"));
    QCOMPARE(findings[2].pointer, std::string("/attestations/registeredPaidSeller"));

    // Rows in row order, their cells in column order, among the other
    // sections: the walk that ranks them visits only the rows with findings.
    listing.pricing.dimensions.resize(20, listing.pricing.dimensions.front());
    for (std::size_t i = 0; i < listing.pricing.dimensions.size(); ++i)
        listing.pricing.dimensions[i].key = "row-" + std::to_string(i);
    for (std::size_t i = 3; i < listing.pricing.dimensions.size(); ++i)
        listing.pricing.dimensions[i].name = "Package " + std::to_string(i);
    listing.pricing.dimensions[15].name.clear();
    listing.pricing.dimensions[7].key = "bad key";
    listing.pricing.dimensions[7].name.clear();
    std::vector<std::string> pointers;
    for (const Finding& f : validateListing(listing))
        if (f.pointer.rfind("/pricing/dimensions/", 0) == 0 || f.pointer == "/product/title"
            || f.pointer == "/attestations/registeredPaidSeller")
            if (pointers.empty() || pointers.back() != f.pointer)
                pointers.push_back(f.pointer);
    std::string seen;
    for (const std::string& p : pointers)
        seen += p + " ";
    QVERIFY2(pointers
            == (std::vector<std::string> {"/product/title", "/pricing/dimensions/7/key", "/pricing/dimensions/7/name",
            "/pricing/dimensions/15/name", "/attestations/registeredPaidSeller"}),
        seen.c_str());
}

void TestRules::secretsAreMaskedInMessages()
{
    Listing listing = complete();
    listing.product.supportDescription += " 4111 1111 1111 1111, GB82 WEST 1234 5698 7654 32, AKIAIOSFODNN7ABCDEFG";
    for (const Finding& f : validateListing(listing)) {
        QVERIFY2(f.message.find("4111 1111 1111 1111") == std::string::npos, f.message.c_str());
        QVERIFY2(f.message.find("411111111111") == std::string::npos, f.message.c_str());
        QVERIFY2(f.message.find("WEST12345698") == std::string::npos, f.message.c_str());
        QVERIFY2(f.message.find("AKIAIOSFODNN7ABCDEFG") == std::string::npos, f.message.c_str());
    }
}

void TestRules::logoFile()
{
    Listing listing = complete();
    listing.product.logoFile = "logo.png";
    auto logoFindings = [&](const ImageInfo& info) {
        ValidationContext context;
        context.logo = info;
        std::vector<Finding> found;
        for (const Finding& f : validateListing(listing, context))
            if (f.ruleId == "setup-logo-file")
                found.push_back(f);
        return found;
    };
    // A real header: PNG signature + IHDR with 120 x 90 px.
    const std::string png = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x78\0\0\0\x5a", 24);
    const ImageInfo small = probeImageHeader(png, 2000);
    QCOMPARE(small.format, ImageFormat::Png);
    QCOMPARE(small.width, 120u);
    QCOMPARE(small.height, 90u);
    QCOMPARE(logoFindings(small).size(), std::size_t(1));
    QVERIFY(logoFindings(small)[0].message.find("120 x 90") != std::string::npos);

    const ImageInfo gif = probeImageHeader(std::string("GIF89a\x2c\x01\xc8\x00", 10), 1000); // 300 x 200
    QCOMPARE(gif.format, ImageFormat::Gif);
    QVERIFY(logoFindings(gif).empty());

    ImageInfo big = gif;
    big.fileBytes = 6u * 1024u * 1024u;
    QCOMPARE(logoFindings(big).size(), std::size_t(1));

    // A JPEG: SOI, an APP0 segment, then SOF0 with 500 x 400 px.
    const std::string jpeg = std::string("\xFF\xD8\xFF\xE0\x00\x04\x00\x00\xFF\xC0\x00\x11\x08\x01\x90\x01\xF4", 17)
        + std::string(16, '\0');
    const ImageInfo j = probeImageHeader(jpeg, 5000);
    QCOMPARE(j.format, ImageFormat::Jpeg);
    QCOMPARE(j.width, 500u);
    QCOMPARE(j.height, 400u);
    QVERIFY(logoFindings(j).empty());

    // A text file renamed to .png is not an image, whatever its name says.
    const ImageInfo text = probeImageHeader("not an image at all", 19);
    QVERIFY(!text.readable);
    QCOMPARE(logoFindings(text).size(), std::size_t(1));
    QVERIFY(logoFindings(text)[0].message.find("not a PNG, JPEG or GIF") != std::string::npos);

    // Probing from disk resolves the path against the document's folder,
    // and reads the end too: a PNG without its IEND chunk is incomplete.
    QTemporaryDir dir;
    const std::string iend("\0\0\0\0IEND\xAE\x42\x60\x82", 12);
    QVERIFY(test::writeBytes(dir.filePath(QStringLiteral("logo.png")), png + std::string(40, '\0') + iend));
    const std::string document = dir.filePath(QStringLiteral("x.proserv.json")).toStdString();
    ValidationContext context = makeValidationContext(listing, document);
    QVERIFY(context.logo && context.logo->readable);
    QCOMPARE(context.logo->width, 120u);
    QVERIFY(test::writeBytes(dir.filePath(QStringLiteral("logo.png")), png));
    context = makeValidationContext(listing, document);
    QVERIFY(context.logo && !context.logo->readable);
    QVERIFY(context.logo->error.toString().find("incomplete") != std::string::npos);

    // A file from someone else may name only files in its own folder: outside
    // it the answer is the same whether the file exists or not.
    QTemporaryDir outside;
    QVERIFY(test::writeBytes(outside.filePath(QStringLiteral("exists.png")), png + iend));
    std::string answers[2];
    int k = 0;
    for (const QString& name : {QStringLiteral("exists.png"), QStringLiteral("missing.png")}) {
        listing.product.logoFile = outside.filePath(name).toStdString();
        context = makeValidationContext(listing, document);
        QVERIFY(context.logo && !context.logo->readable);
        answers[k++] = context.logo->error.toString();
    }
    QCOMPARE(answers[0], answers[1]);
    listing.product.logoFile = "../" + QFileInfo(outside.path()).fileName().toStdString() + "/exists.png";
    QVERIFY(!makeValidationContext(listing, document).logo->readable);
    // The seller's own draft in the editor may keep its logo anywhere.
    listing.product.logoFile = outside.filePath(QStringLiteral("exists.png")).toStdString();
    QVERIFY(makeValidationContext(listing, document, false).logo->readable);
    // A pipe named as the logo is refused at once, not waited on.
    const QString fifo = dir.filePath(QStringLiteral("pipe.png"));
    QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
    listing.product.logoFile = "pipe.png";
    context = makeValidationContext(listing, document);
    QVERIFY(context.logo && !context.logo->readable);
    QVERIFY(context.logo->error.toString().find("not a regular file") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
