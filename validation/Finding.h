// A problem the rule engine found in a listing. The rules themselves arrive
// with the rule-engine issue; this is the shape both programs report.
#pragma once

#include <string>

namespace proserv {

enum class Severity { Error, Warning, Info };

const char* toString(Severity severity);

struct Finding {
    std::string ruleId;    // stable, e.g. "usage-response-time"
    Severity severity = Severity::Error;
    std::string pointer;   // JSON Pointer into the native document
    std::string message;   // what is wrong and how to fix it
    std::string guideline; // section anchor, e.g. "proserv-guidelines-usage"
};

} // namespace proserv
