// Collects findings for the rules. Severity and guideline anchor come from the
// catalogue, so a rule cannot report under an id that is not registered.
#pragma once

#include "validation/Finding.h"
#include "validation/RuleCatalogue.h"

#include <string>
#include <vector>

namespace proserv {

class Reporter {
public:
    explicit Reporter(std::vector<Finding>& out) : m_out(out) { }
    // For a submitted file: findings of draft rules, and on fields that are
    // never submitted, are not kept (not even worded) — the file cannot hold
    // what they judge (Validator.h, ValidationContext::submittedFile).
    Reporter(std::vector<Finding>& out, bool submissionOnly) : m_out(out), m_submissionOnly(submissionOnly) { }

    // Throws std::logic_error for an unregistered rule id (a programming error).
    void report(
        const char* ruleId, std::string pointer, MessageText message, std::optional<TextRange> range = std::nullopt);

private:
    std::vector<Finding>& m_out;
    bool m_submissionOnly = false;
};

} // namespace proserv
