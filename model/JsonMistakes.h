// What a person most likely got wrong where a JSON parser stopped, in plain
// words: "a comma after the last item" where the parser says "unexpected
// ']'; expected '[', '{', or a literal" — and the place to point at, which is
// often before the parser's (the stray comma on the line above).
#pragma once

#include "model/MessageText.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace proserv {

struct JsonMistake {
    std::size_t offset; // byte offset of what to fix: the stray comma, the quote, the gap
    MessageText explanation;
};

// Re-reads `text` up to the parser's stopping point (`parserOffset`, the
// offending byte) with a small tokenizer that knows what JSON expects next.
// Linear in the text read. nullopt when no common mistake explains the error.
std::optional<JsonMistake> explainJsonSyntaxError(std::string_view text, std::size_t parserOffset);

} // namespace proserv
