// Where a number too large for a double sits in JSON text. nlohmann's parser
// refuses "1e400" with an out_of_range exception that carries no position, so
// the loader looks for it here, only after that refusal: one linear scan that
// also keeps the JSON Pointer of the value it is in, so the error names the
// line, column and field like every other load error.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace proserv {

struct NumberOverflow {
    std::size_t offset = 0; // byte offset of the number's first character
    std::string pointer; // JSON Pointer of the value
    std::string token; // the number as written
};

// The first number in `text` whose value is beyond a double's range; nothing
// when there is none. The text is JSON up to that number (the parser got
// that far); what follows is not read.
std::optional<NumberOverflow> findNumberOverflow(std::string_view text);

} // namespace proserv
