// Architecture guidelines (#proserv-guidelines-architecture).
#include "validation/IamPolicyCheck.h"
#include "validation/RuleSections.h"

#include <set>

namespace proserv::rules {

namespace {

void checkRelatedProducts(const Architecture& a, Reporter& out)
{
    const auto& ids = a.relatedProducts;
    if (ids.empty() || ids.size() > 4)
        out.report("arch-related-count", "/architecture/relatedProducts",
                   ids.empty() ? EngineText::tr("Name at least one public AWS Marketplace product your service relates to (up to 4).")
                               : EngineText::tr("Name at most 4 related products; this listing has %n.", nullptr,
                                                static_cast<long long>(ids.size())));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string p = indexPointer("/architecture/relatedProducts", i);
        if (!isProductId(ids[i]))
            out.report("arch-related-format", p,
                       EngineText::tr("\"%1\" is not an AWS Marketplace product ID (prod- followed by 13 or 25 letters and "
                                      "digits).")
                           .arg(ids[i]));
        else if (!seen.insert(ids[i]).second)
            out.report("arch-related-duplicate", p, EngineText::tr("%1 is listed twice.").arg(ids[i]));
    }
}

bool hasCostNotice(const std::string& text)
{
    return anySentenceHasAll(text, {{"infrastructure", "aws", "additional"},
                                    {"charges", "charge", "costs", "cost", "fees"},
                                    {"responsible", "pay", "paying", "billed", "borne"}});
}

void checkCustomerResources(const Listing& l, Reporter& out)
{
    const Architecture& a = l.architecture;
    for (std::size_t i = 0; i < a.iamPolicies.size(); ++i) // checked whenever given
        checkIamPolicyDocument(a.iamPolicies[i].document, indexPointer("/architecture/iamPolicies", i) + "/document", out);
    if (!a.needsCustomerResources)
        return;

    if (a.provisioning == Provisioning::Unspecified)
        out.report("arch-provisioning", "/architecture/provisioning",
                   EngineText::tr("Say how you get access to the customer's account: STS role assumption, an IAM role or an IAM user."));
    else if (a.provisioning == Provisioning::SharedAccessKeys)
        out.report("arch-provisioning", "/architecture/provisioning",
                   EngineText::tr("Do not ask customers for shared access keys; provision through AWS STS role assumption or IAM."));
    if (a.provisionedServices.empty())
        out.report("arch-provisioned-services", "/architecture/provisionedServices",
                   EngineText::tr("List the AWS services you provision in the customer's account."));
    if (a.iamPolicies.empty())
        out.report("arch-iam-policy-missing", "/architecture/iamPolicies",
                   EngineText::tr("Add the IAM policy documents your role or user needs in the customer's account."));
    if (isBlank(a.deploymentDescription))
        out.report("arch-deployment-description", "/architecture/deploymentDescription",
                   EngineText::tr("Describe how the IAM role or user is deployed and used in the customer's account."));
    if (!hasCostNotice(l.product.longDescription))
        out.report("arch-cost-notice", "/product/longDescription",
                   EngineText::tr("Tell customers in the long description that they pay any additional AWS infrastructure "
                                  "charges incurred outside their AWS Marketplace transaction."));
    if (a.deploysAgent && isBlank(a.agentInstructions))
        out.report("arch-agent-instructions", "/architecture/agentInstructions",
                   EngineText::tr("Explain how customers deploy the agent in their AWS account."));
}

} // namespace

void checkArchitecture(const Input& in, Reporter& out)
{
    checkRelatedProducts(in.listing.architecture, out);
    checkCustomerResources(in.listing, out);
}

} // namespace proserv::rules
