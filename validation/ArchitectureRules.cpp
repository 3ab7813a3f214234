// Architecture guidelines (#proserv-guidelines-architecture).
#include "model/FieldPointers.h"
#include "validation/IamPolicyCheck.h"
#include "validation/RuleSections.h"

#include "model/SubmissionFields.h"

#include <algorithm>
#include <set>

namespace proserv::rules {

namespace {

// Instructions instruct: a step, a command, a template or a tool to use
// ("deploy the CloudFormation stack", "run install.sh", "1. Open…"), not
// "the agent is handled by us, no action needed".
bool instructs(const std::vector<Token>& tokens)
{
    static const WordSet kSteps = {"install", "deploy", "run", "download", "launch", "execute", "apply", "create",
        "attach", "open", "choose", "select", "copy", "paste", "enable", "configure", "sign", "click", "import", "add",
        "grant", "approve", "accept", "allow", "update", "upload", "register", "step", "steps", "cloudformation",
        "template", "stack", "stackset", "helm", "terraform", "script", "command", "ssm", "systems", "console", "cli",
        "https", "http", "msi", "rpm", "deb", "yaml", "json", "kubectl", "ansible", "chef", "puppet", "guide"};
    return std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return kSteps.contains(t.lower); });
}


void checkRelatedProducts(const Architecture& a, Reporter& out)
{
    const auto& ids = a.relatedProducts;
    static const FieldLimits& count = fieldRow(field::architectureRelatedProducts).limits;
    if (ids.size() < count.minItems || ids.size() > count.maxItems)
        out.report("arch-related-count", field::architectureRelatedProducts,
            ids.size() < count.minItems
                ? EngineText::tr("Name at least one public AWS Marketplace product your service relates to (up to %1).")
                      .arg(static_cast<unsigned long long>(count.maxItems))
                : EngineText::tr("Name at most %1 related products; this listing has %n.", nullptr,
                    static_cast<long long>(ids.size()))
                      .arg(static_cast<unsigned long long>(count.maxItems)));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string p = indexPointer(field::architectureRelatedProducts, i);
        if (!isProductId(ids[i]))
            out.report("arch-related-format", p,
                EngineText::tr("\"%1\" is not an AWS Marketplace product ID (prod- followed by 13 or 25 letters and "
                               "digits).")
                    .arg(ids[i]));
        else if (!seen.insert(ids[i]).second)
            out.report("arch-related-duplicate", p, EngineText::tr("%1 is listed twice.").arg(ids[i]));
    }
}

// One sentence says the customer pays for AWS usage: what is charged (AWS,
// infrastructure, resources, usage), that it costs (charges, costs, fees,
// billed, pay, incur), who pays or that it is paid apart (pay, billed,
// responsible, separately, not included) and whose it is (you, your,
// customers). "A total-cost-of-ownership comparison for your AWS estate" is no notice. Many wordings
// pass ("AWS usage in your account is billed to you separately by AWS", "you
// pay standard AWS charges for the resources we deploy"); a sentence that
// denies the charges ("no AWS charges apply", "you will not pay…") does not.
bool hasCostNotice(const std::vector<Token>& tokens)
{
    static const WordSet kWhat
        = {"aws", "infrastructure", "resource", "resources", "usage", "compute", "storage", "consumption"};
    static const WordSet kCost = {"charges", "charge", "charged", "costs", "cost", "fees", "fee", "billed", "bill",
        "bills", "pay", "pays", "paid", "paying", "incur", "incurred", "incurs", "invoiced", "bear"};
    // Who pays, or that it is paid apart: "you pay", "billed to you", "your responsibility", "not included".
    static const WordSet kPaid = {"responsible", "responsibility", "pay", "pays", "paid", "paying", "incur", "incurred",
        "incurs", "bear", "bears", "borne", "billed", "charged", "invoiced", "separately", "separate", "included",
        "excluded", "covered", "part", "yours", "bill", "invoice", "apply", "applies"};
    static const WordSet kWhose
        = {"you", "your", "yours", "customer", "customers", "buyer", "buyers", "subscriber", "subscribers", "their"};
    static const WordSet kDenials = {"no", "nothing", "free", "never", "without"};
    static const WordSet kDeniedAfterNot = {"pay", "be", "incur", "have", "charged", "billed"};
    for (std::size_t i = 0; i < tokens.size(); i = sentenceEnd(tokens, i)) {
        bool what = false, cost = false, paid = false, whose = false, denied = false;
        for (std::size_t k = i, end = sentenceEnd(tokens, i); k < end; ++k) {
            const std::string& w = tokens[k].lower;
            what = what || kWhat.contains(w);
            cost = cost || kCost.contains(w);
            paid = paid || kPaid.contains(w);
            whose = whose || kWhose.contains(w);
            denied = denied || kDenials.contains(w)
                || ((w == "not" || isNegation(tokens, k)) && k + 1 < end
                    && kDeniedAfterNot.contains(tokens[k + 1].lower));
        }
        if (what && cost && paid && whose && !denied)
            return true;
    }
    return false;
}

void checkCustomerResources(const Input& in, Reporter& out)
{
    const ProductListing& l = in.product;
    const Architecture& a = l.architecture;
    for (std::size_t i = 0; i < a.iamPolicies.size(); ++i) // checked whenever given
        checkIamPolicyDocument(
            a.iamPolicies[i].document, indexPointer(field::architectureIamPolicies, i) + "/document", out);
    if (!a.needsCustomerResources)
        return;

    if (a.provisioning == Provisioning::Unspecified)
        out.report("arch-provisioning", field::architectureProvisioning,
            EngineText::tr(
                "Say how you get access to the customer's account: STS role assumption, an IAM role or an IAM user."));
    else if (a.provisioning == Provisioning::SharedAccessKeys)
        out.report("arch-provisioning", field::architectureProvisioning,
            EngineText::tr(
                "Do not ask customers for shared access keys; provision through AWS STS role assumption or IAM."));
    if (a.provisionedServices.empty())
        out.report("arch-provisioned-services", field::architectureProvisionedServices,
            EngineText::tr("List the AWS services you provision in the customer's account."));
    if (a.iamPolicies.empty())
        out.report("arch-iam-policy-missing", field::architectureIamPolicies,
            EngineText::tr("Add the IAM policy documents your role or user needs in the customer's account."));
    if (isBlank(a.deploymentDescription))
        out.report("arch-deployment-description", field::architectureDeploymentDescription,
            EngineText::tr("Describe how the IAM role or user is deployed and used in the customer's account."));
    if (!hasCostNotice(textOf(in, in.product.product.longDescription).tokens))
        out.report("arch-cost-notice", field::productLongDescription,
            EngineText::tr("Tell customers in the long description that they pay any additional AWS infrastructure "
                           "charges incurred outside their AWS Marketplace transaction."));
    if (a.deploysAgent && isBlank(a.agentInstructions))
        out.report("arch-agent-instructions", field::architectureAgentInstructions,
            EngineText::tr("Explain how customers deploy the agent in their AWS account."));
    else if (a.deploysAgent && !instructs(textOf(in, a.agentInstructions).tokens))
        out.report("arch-agent-instructions", field::architectureAgentInstructions,
            EngineText::tr("The agent instructions tell customers nothing to do: say how they deploy the agent in "
                           "their AWS account (the template, command or steps), even if you then run it for them."));
}

} // namespace

void checkArchitecture(const Input& in, Reporter& out)
{
    checkRelatedProducts(in.product.architecture, out);
    checkCustomerResources(in, out);
}

} // namespace proserv::rules
