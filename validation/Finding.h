// A problem the rule engine found in a listing.
#pragma once

#include "model/MessageText.h"

#include <cstddef>
#include <optional>
#include <string>

namespace proserv {

enum class Severity { Error, Warning, Info };

const char* toString(Severity severity);

// Where in a text field the problem is: UTF-8 byte offsets into the field's
// std::string, end exclusive. The GUI converts them to UTF-16 for QTextCursor.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct Finding {
    std::string ruleId; // stable, e.g. "usage-response-time"
    Severity severity = Severity::Error;
    std::string pointer; // JSON Pointer into the native document
    std::string message; // what is wrong and how to fix it, in English; never a full secret
    MessageText text; // the same message, translatable (the editor shows it in the user's language)
    std::string guideline; // section anchor, e.g. "proserv-guidelines-usage", or "catalog-api"
    std::optional<TextRange> range; // for text rules: the offending text

    bool operator==(const Finding& o) const
    {
        return ruleId == o.ruleId && pointer == o.pointer && message == o.message;
    }
};

} // namespace proserv
