#include "validation/Reporter.h"
#include "model/SubmissionFields.h"

#include <stdexcept>

namespace proserv {

void Reporter::report(const char* ruleId, std::string pointer, MessageText message, std::optional<TextRange> range)
{
    const RuleInfo* rule = findRule(ruleId);
    if (!rule)
        throw std::logic_error(std::string("unregistered rule id: ") + ruleId);
    if (m_submissionOnly && (rule->judges == Judges::Draft || !isSubmittedPointer(pointer)))
        return; // no verdict on a file that holds no draft (Validator.cpp judgeAsSubmission); never worded
    std::string english = message.toString();
    m_out.push_back(
        {rule->id, rule->severity, std::move(pointer), std::move(english), std::move(message), rule->guideline, range});
}

} // namespace proserv
