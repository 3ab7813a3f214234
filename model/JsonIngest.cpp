#include "model/JsonIngest.h"
#include "model/JsonDomBuilder.h"
#include "model/JsonMistakes.h"
#include "model/NumberOverflow.h"

#include <algorithm>

namespace proserv {

namespace {

// nlohmann's messages read "[json.exception.parse_error.101] parse error at
// line 1, column 2: syntax error while parsing value - …": the position is
// reported by the caller (in code points), so only the reason is kept. The
// parser quotes what it read last, which may be invalid UTF-8 or control
// characters: every byte outside printable ASCII becomes \xHH here, so no
// caller can show a stranger's bytes raw in a terminal or a dialog. What it
// read last can be a whole megabyte-long string: the reason is cut at
// kMaxReason characters.
std::string parserReason(const std::string& what)
{
    std::string_view message = what;
    if (const auto bracket = message.find("] "); bracket != std::string_view::npos)
        message.remove_prefix(bracket + 2);
    if (message.rfind("parse error", 0) == 0)
        if (const auto colon = message.find(": "); colon != std::string_view::npos)
            message.remove_prefix(colon + 2);
    constexpr std::size_t kMaxReason = 200;
    std::string printable;
    for (unsigned char c : message) {
        if (printable.size() >= kMaxReason) {
            printable += "...";
            break;
        }
        if (c >= 0x20 && c < 0x7f) {
            printable += static_cast<char>(c);
        } else {
            static const char* hex = "0123456789ABCDEF";
            printable += "\\x";
            printable += hex[c >> 4];
            printable += hex[c & 15];
        }
    }
    return printable;
}

JsonIngest refused(JsonProblem problem)
{
    JsonIngest ingest;
    ingest.problems.push_back(std::move(problem));
    return ingest;
}

} // namespace

MessageText numberOutOfRangeMessage(const std::string& token)
{
    return EngineText::tr("the number %1 is too large for any field (beyond %2)").argValue(token).arg("1.8e308");
}

MessageText syntaxReason(const JsonProblem& problem)
{
    return problem.mistake.empty() ? MessageText::verbatim(problem.parserMessage) : problem.mistake;
}

MessageText duplicateKeyMessage(const JsonProblem& problem)
{
    return EngineText::tr("duplicate key \"%1\"; each key may appear only once in an object").argValue(problem.key());
}

JsonIngest ingestJson(std::string_view text)
{
    if (const std::size_t nul = findNulByte(text); nul != std::string_view::npos)
        return refused({JsonProblem::Kind::NulByte, nul, {}, {}, {}});
    if (const std::size_t deep = findExcessiveNesting(text); deep != std::string_view::npos)
        return refused({JsonProblem::Kind::TooDeep, deep, {}, {}, {}});
    JsonIngest ingest;
    try {
        ingest.value = parseOrderedJson(text);
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t offset = e.byte > 0 ? std::min<std::size_t>(e.byte - 1, text.size()) : 0;
        JsonProblem problem {JsonProblem::Kind::Syntax, offset, parserReason(e.what()), {}, {}};
        if (std::optional<JsonMistake> mistake = explainJsonSyntaxError(text, offset)) {
            problem.offset = mistake->offset;
            problem.mistake = std::move(mistake->explanation);
        }
        return refused(std::move(problem));
    } catch (const Json::exception& e) {
        // "1e999" is out_of_range, not a parse error (found by fuzzing).
        JsonProblem problem {JsonProblem::Kind::NumberOutOfRange, 0, parserReason(e.what()), {}, {}};
        if (std::optional<NumberOverflow> overflow = findNumberOverflow(text)) {
            problem.offset = overflow->offset;
            problem.pointer = overflow->pointer;
            problem.mistake = numberOutOfRangeMessage(overflow->token);
        }
        return refused(std::move(problem));
    }
    ingest.sourceMap = SourceMap::build(text);
    for (const std::string& pointer : ingest.sourceMap.duplicateKeys())
        ingest.problems.push_back(
            {JsonProblem::Kind::DuplicateKey, ingest.sourceMap.positionOfDuplicate(pointer).offset, {}, {}, pointer});
    if (!ingest.ok())
        ingest.value = nullptr;
    return ingest;
}

} // namespace proserv
