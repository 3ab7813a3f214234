// Reading JSON text that a stranger may have written: the one function every
// reader goes through (documents, review sidecars, a change's Details string,
// IAM policies, recovery snapshots). Refuses a NUL byte (parsers stop there
// as if the text ended), nesting deeper than kMaxNestingDepth (copying and
// destroying JSON recurses per level), syntax errors, numbers out of range
// and keys repeated in one object (parsers disagree on which one wins); each
// problem keeps its byte offset, so the caller can name line and column.
#pragma once

#include "model/Listing.h"
#include "model/MessageText.h"
#include "model/SourceMap.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace proserv {

struct JsonProblem {
    enum class Kind { NulByte, TooDeep, Syntax, NumberOutOfRange, DuplicateKey };
    Kind kind = Kind::Syntax;
    std::size_t offset = 0; // byte offset of the offending character, or of the mistake (of the number for NumberOutOfRange)
    std::string parserMessage; // Syntax, NumberOutOfRange: the parser's words, printable ASCII, no prefix or position
    MessageText mistake; // Syntax: the likely mistake in plain words (model/JsonMistakes.h); empty if unknown;
                         // NumberOutOfRange: which number, in plain words
    std::string pointer; // DuplicateKey: JSON Pointer of the repeated key; NumberOutOfRange: of the number's value
    std::string key() const { return pointer.substr(pointer.rfind('/') + 1); }
};

struct JsonIngest {
    Json value; // null unless ok()
    SourceMap sourceMap; // positions in the text (built once the syntax is valid)
    std::vector<JsonProblem> problems; // empty = the text was read; several only for duplicate keys
    bool ok() const { return problems.empty(); }
};

JsonIngest ingestJson(std::string_view text);

// "duplicate key "x"; each key may appear only once in an object": how a file
// (a listing, a review sidecar) refuses a repeated key.
MessageText duplicateKeyMessage(const JsonProblem& problem);

// "the number 1e400 is too large for any field".
MessageText numberOutOfRangeMessage(const std::string& token);

// Why a Syntax problem's text is not JSON: the likely mistake in plain words,
// else the parser's own (English: they quote JSON syntax).
MessageText syntaxReason(const JsonProblem& problem);

} // namespace proserv
