#include "model/FieldSpecs.h"

#include "model/MessageText.h"
#include "model/SubmissionFields.h"

#include <cstdlib>

namespace proserv {

const std::vector<TextFieldSpec>& textFieldSpecs()
{
    // Derived from the field table (model/SubmissionFields.cpp): a list's
    // character limit is per item ("/product/highlights/*").
    static const std::vector<TextFieldSpec> specs = [] {
        std::vector<TextFieldSpec> out;
        for (const FieldDestination& row : fieldDestinations()) {
            if (row.limits.maxChars == 0)
                continue;
            const bool list = row.limits.maxItems > 0 || row.limits.minItems > 0;
            out.push_back({std::string(row.pointer) + (list ? "/*" : ""), row.limits.maxChars, row.limits.required,
                row.limits.noLeadingSpace, row.limits.subject});
        }
        return out;
    }();
    return specs;
}

namespace {

// "/a/*/b" matches "/a/12/b": a "*" token stands for one list index.
bool matches(std::string_view pattern, std::string_view pointer)
{
    std::size_t p = 0, q = 0;
    while (p < pattern.size() && q < pointer.size()) {
        if (pattern[p] == '*') {
            const std::size_t start = q;
            while (q < pointer.size() && pointer[q] >= '0' && pointer[q] <= '9')
                ++q;
            if (q == start)
                return false;
            ++p;
        } else if (pattern[p++] != pointer[q++]) {
            return false;
        }
    }
    return p == pattern.size() && q == pointer.size();
}

} // namespace

const TextFieldSpec* textFieldSpec(std::string_view pointer)
{
    for (const TextFieldSpec& spec : textFieldSpecs())
        if (matches(spec.pattern, pointer))
            return &spec;
    return nullptr;
}

const TextFieldSpec& textFieldSpecOf(std::string_view pattern)
{
    for (const TextFieldSpec& spec : textFieldSpecs())
        if (spec.pattern == pattern)
            return spec;
    std::abort(); // a typo in a caller's pattern: found by every test run
}

} // namespace proserv
