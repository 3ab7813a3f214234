// libFuzzer target: the IAM policy checker on any text; every finding's
// range must lie inside the text.
#include "validation/IamPolicyCheck.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<proserv::Finding> findings;
    proserv::Reporter reporter(findings);
    proserv::checkIamPolicyDocument(text, "/architecture/iamPolicies/0/document", reporter);
    for (const proserv::Finding& f : findings)
        if (f.range && (f.range->begin > f.range->end || f.range->end > text.size()))
            std::abort();
    return 0;
}
