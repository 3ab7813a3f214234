#include "model/FieldSpecs.h"

#include "model/MessageText.h"

#include <cstdlib>

namespace proserv {

const std::vector<TextFieldSpec>& textFieldSpecs()
{
    static const std::vector<TextFieldSpec> specs = {
        {"/product/title", 72, true, true, EngineText::noop("The title")},
        {"/product/sku", 5000, false, true, EngineText::noop("The SKU")},
        {"/product/shortDescription", 1000, true, true, EngineText::noop("The short description")},
        {"/product/longDescription", 5000, true, true, EngineText::noop("The long description")},
        {"/product/supportDescription", 2000, true, true, EngineText::noop("The support description")},
        {"/product/highlights/*", 500, false, false, EngineText::noop("A highlight")},
        {"/product/searchKeywords/*", 50, false, false, EngineText::noop("A search keyword")},
        {"/product/additionalResources/*/text", 500, true, true, EngineText::noop("The resource text")},
        {"/pricing/dimensions/*/key", 100, false, false, EngineText::noop("The dimension key")},
        {"/pricing/dimensions/*/name", 80, false, true, EngineText::noop("The dimension name")},
        {"/pricing/dimensions/*/description", 1000, false, true, EngineText::noop("The dimension description")},
        {"/pricing/dimensions/*/unit", 20, true, true, EngineText::noop("The dimension unit")},
    };
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
