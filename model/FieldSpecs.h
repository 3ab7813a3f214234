// The text fields AWS Marketplace limits, as the field table
// (model/SubmissionFields.h, FieldLimits) states them: where each lives (JSON
// Pointer, "*" for any list index), its Catalog API length limit, whether a
// complete listing needs it, whether it may start with white space, and how a
// message names it. The rules (api-required, api-length,
// api-leading-whitespace) and the form's counters read this view;
// catalog-api-notes.md §4 is its source.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace proserv {

struct TextFieldSpec {
    std::string pattern; // "/pricing/dimensions/*/name"
    std::size_t maxChars; // in Unicode code points, as the API counts them
    bool required; // a complete listing needs it (a live dimension's unit is the exception)
    bool noLeadingSpace; // the API's pattern ^\S+[\S\s]*
    const char* subject; // "The title": the subject of a message, marked for translation
};

const std::vector<TextFieldSpec>& textFieldSpecs();

// The spec whose pattern matches `pointer` ("/product/highlights/2" matches
// "/product/highlights/*"), or nullptr for a field the table does not limit.
const TextFieldSpec* textFieldSpec(std::string_view pointer);

// The spec of exactly this pattern ("/product/highlights/*"), or nullptr.
const TextFieldSpec* textFieldSpecByPattern(const std::string& pattern);

// The spec with exactly this pattern; the pattern must be in the table.
const TextFieldSpec& textFieldSpecOf(std::string_view pattern);

} // namespace proserv
