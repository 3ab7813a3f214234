#include "model/FieldSpecs.h"

#include "model/JsonFields.h"
#include "model/MessageText.h"
#include "model/SubmissionFields.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <unordered_map>

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

// "/pricing/dimensions/12/name" → "/pricing/dimensions/*/name": each token
// of digits only (a list index) as the field table's patterns write it.
std::string patternOf(std::string_view pointer)
{
    std::string pattern;
    pattern.reserve(pointer.size());
    std::size_t i = 0;
    while (i < pointer.size()) {
        const std::size_t end = std::min(pointer.find('/', i + 1), pointer.size());
        const std::string_view token = pointer.substr(i + 1, end - i - 1);
        pattern += '/';
        pattern += isIndexToken(token) ? std::string_view("*") : token;
        i = end;
    }
    return pattern;
}

} // namespace

const TextFieldSpec* textFieldSpecByPattern(const std::string& pattern)
{
    // Asked for every text of every listing (a quarter million for 80,000
    // dimensions): the pattern is looked up, not matched against each row.
    static const std::unordered_map<std::string, const TextFieldSpec*> byPattern = [] {
        std::unordered_map<std::string, const TextFieldSpec*> map;
        for (const TextFieldSpec& spec : textFieldSpecs())
            map.emplace(spec.pattern, &spec); // the first row of a pattern wins, as in textFieldSpec's walk
        return map;
    }();
    const auto it = byPattern.find(pattern);
    return it == byPattern.end() ? nullptr : it->second;
}

const TextFieldSpec* textFieldSpec(std::string_view pointer)
{
    if (!pointer.empty() && pointer.front() == '/')
        if (const TextFieldSpec* spec = textFieldSpecByPattern(patternOf(pointer)))
            return spec;
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
