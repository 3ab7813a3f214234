#include "model/DocumentLoader.h"

#include "model/FileRead.h"

#include "model/ChangeSetImport.h"
#include "model/JsonIngest.h"
#include "model/NativeFormat.h"
#include "model/OfferImport.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <new>
#include <fstream>
#include <sstream>
#include <system_error>

namespace proserv {

namespace fs = std::filesystem;

const char* toString(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Native: return "native listing";
    case DocumentKind::ChangeSet: return "change set";
    case DocumentKind::DescribeEntity: return "DescribeEntity response";
    }
    return "document";
}

namespace {

LoadOutcome failure(
    const std::string& file, MessageText message, TextPosition position = {}, const std::string& pointer = {})
{
    LoadOutcome outcome;
    outcome.errors.push_back({file, position, pointer, std::move(message)});
    return outcome;
}

MessageText notValidJson(MessageText reason)
{
    return EngineText::tr("not valid JSON: %1").arg(std::move(reason));
}

// Every problem of the text as a load error at its place.
LoadOutcome refusedText(const JsonIngest& ingest, std::string_view text, const std::string& fileName)
{
    LoadOutcome outcome;
    const std::size_t listed = std::min(ingest.problems.size(), FieldProblems::kMaxKept);
    for (std::size_t i = 0; i < listed; ++i) {
        const JsonProblem& problem = ingest.problems[i];
        // A repeated key's place comes from the source map's index; a scan
        // from the start per problem would be quadratic in a file of them.
        const TextPosition position = problem.kind == JsonProblem::Kind::DuplicateKey
            ? ingest.sourceMap.positionOfDuplicate(problem.pointer)
            : positionAtByteOffset(text, problem.offset);
        switch (problem.kind) {
        case JsonProblem::Kind::NulByte:
            outcome.errors.push_back({fileName, position, {},
                EngineText::tr("a NUL byte; JSON text cannot contain one (is this a binary file?)")});
            break;
        case JsonProblem::Kind::TooDeep:
            outcome.errors.push_back({fileName, position, {},
                EngineText::tr("nested more than %1 levels deep; a listing never is (is this the right file?)")
                    .arg(kMaxNestingDepth)});
            break;
        case JsonProblem::Kind::Syntax:
            outcome.errors.push_back({fileName, position, {}, notValidJson(syntaxReason(problem))});
            break;
        case JsonProblem::Kind::NumberOutOfRange:
            outcome.errors.push_back({fileName, position, problem.pointer, notValidJson(syntaxReason(problem))});
            break;
        case JsonProblem::Kind::DuplicateKey:
            // JSON parsers disagree on which duplicate wins; refuse rather than guess.
            outcome.errors.push_back({fileName, position, problem.pointer, duplicateKeyMessage(problem)});
            break;
        }
    }
    if (ingest.problems.size() > listed)
        outcome.errors.push_back(moreNotListedError(fileName, ingest.problems.size() - listed));
    return outcome;
}

// "UTF-16" or "UTF-32" when the text is one of them (by its byte-order mark,
// or JSON's first character '{' or '[' with NUL bytes beside it), else
// nullptr. Told apart from a binary file, so the message says what to do.
const char* wideUnicodeEncoding(std::string_view text)
{
    const auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
    using namespace std::string_view_literals;
    if (starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv))
        return "UTF-32";
    if (starts("\xFE\xFF"sv) || starts("\xFF\xFE"sv))
        return "UTF-16";
    const std::size_t first = text.find_first_not_of(std::string_view("\x00 \t\r\n", 5));
    if (first == std::string_view::npos || (text[first] != '{' && text[first] != '['))
        return nullptr;
    if (first >= 3 && text.substr(first - 3, 3) == "\x00\x00\x00"sv)
        return "UTF-32"; // big-endian
    if (text.substr(first + 1, 3) == "\x00\x00\x00"sv)
        return "UTF-32"; // little-endian
    if ((first >= 1 && text[first - 1] == '\0') || text.substr(first + 1, 1) == "\x00"sv)
        return "UTF-16";
    return nullptr;
}

// A size as whole MiB, rounded up: 16 MiB and one byte is not "16 MiB".
unsigned long long mebibytesRoundedUp(std::size_t bytes)
{
    return (static_cast<unsigned long long>(bytes) + 1024 * 1024 - 1) / (1024 * 1024);
}

bool isBlank(std::string_view text)
{
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

} // namespace

ParsedDocument parseDocumentText(std::string_view text, const std::string& fileName)
{
    ParsedDocument parsed;
    if (isBlank(text)) {
        parsed.errors = failure(fileName, EngineText::tr("the file is empty; expected a JSON object")).errors;
        return parsed;
    }
    if (const char* encoding = wideUnicodeEncoding(text)) {
        parsed.errors = failure(fileName,
            EngineText::tr("the file is %1 text; save it as UTF-8 (JSON files are UTF-8)").arg(encoding))
                            .errors;
        return parsed;
    }
    JsonIngest ingest = ingestJson(text);
    if (!ingest.ok()) {
        parsed.errors = refusedText(ingest, text, fileName).errors;
        return parsed;
    }
    if (!ingest.value.is_object()) {
        parsed.errors = failure(fileName,
            EngineText::tr("expected a JSON object at the top level, found %1").arg(describeJsonType(ingest.value)),
            ingest.sourceMap.positionOf(""), "")
                            .errors;
        return parsed;
    }
    parsed.value = std::move(ingest.value);
    parsed.sourceMap = std::move(ingest.sourceMap);
    return parsed;
}

bool isOfferDocument(const Json& document)
{
    const auto kind = document.find("kind");
    return kind != document.end() && kind->is_string() && kind->get<std::string>() == OfferDraft::kKind;
}

namespace {

LoadOutcome loadDocumentTextUnguarded(std::string_view text, const std::string& fileName)
{
    ParsedDocument parsed = parseDocumentText(text, fileName);
    if (!parsed.ok()) {
        LoadOutcome refused;
        refused.errors = std::move(parsed.errors);
        return refused;
    }
    const Json& document = parsed.value;
    SourceMap& sourceMap = parsed.sourceMap;
    if (isOfferDocument(document) || isOfferChangeSet(document) || isOfferDescribeEntity(document)) {
        LoadOutcome offer = failure(fileName,
            EngineText::tr("this is a private offer, not a listing; open it as an offer"), sourceMap.positionOf(""));
        offer.isOffer = true;
        return offer;
    }

    FieldProblems problems;
    FieldProblems notices;
    std::optional<Listing> listing;
    DocumentKind kind = DocumentKind::Native;
    if (document.contains("reviewedFile") && document.contains("comments") && !document.contains("product")) {
        // Review comments live next to a listing (FILE.review.json) and share
        // its formatVersion; read as a listing they would give nonsense findings.
        const auto reviewed = document.find("reviewedFile");
        return failure(fileName,
            EngineText::tr("this is a file of review comments, not a listing; open the listing it belongs "
                           "to (%1)")
                .argValue(reviewed->is_string() ? reviewed->get<std::string>() : std::string("?")),
            sourceMap.positionOf(""));
    }
    if (document.contains("formatVersion")) {
        listing = listingFromNativeJson(document, problems);
    } else if (looksLikeChangeSet(document)) {
        kind = DocumentKind::ChangeSet;
        listing = listingFromChangeSet(document, problems, &notices);
    } else if (looksLikeDescribeEntity(document)) {
        kind = DocumentKind::DescribeEntity;
        listing = listingFromDescribeEntity(document, problems);
    } else {
        return failure(fileName,
            EngineText::tr("not a ProServ listing, change set or DescribeEntity response (none of "
                           "\"formatVersion\", \"ChangeSet\" or \"EntityType\" found)"),
            sourceMap.positionOf(""));
    }

    LoadOutcome outcome;
    for (const FieldProblem& problem : problems)
        outcome.errors.push_back({fileName, sourceMap.positionOf(problem.pointer), problem.pointer, problem.message});
    if (problems.notKept() > 0)
        outcome.errors.push_back(moreNotListedError(fileName, problems.notKept()));
    if (listing && outcome.errors.empty()) {
        SubmissionLayout layout;
        if (kind != DocumentKind::Native)
            layout = SubmissionLayout::of(document, kind == DocumentKind::ChangeSet);
        if (kind == DocumentKind::DescribeEntity)
            listing->accepted.source = fileName;
        std::vector<LoadError> kept;
        for (const FieldProblem& notice : notices)
            kept.push_back({fileName, sourceMap.positionOf(notice.pointer), notice.pointer, notice.message, true});
        outcome.document
            = LoadedDocument {std::move(*listing), kind, std::move(sourceMap), std::move(layout), std::move(kept)};
    }
    return outcome;
}

} // namespace

LoadOutcome loadDocumentText(std::string_view text, const std::string& fileName)
{
    try {
        return loadDocumentTextUnguarded(text, fileName);
    } catch (const std::bad_alloc&) {
        // A memory limit (ulimit -v, a container) below what this file needs:
        // an error naming the file, not an abort. What was built is freed
        // by the unwinding.
        return failure(fileName,
            EngineText::tr("not enough memory to read this file (%1 MiB); close other programs or raise the "
                           "memory limit")
                .arg(mebibytesRoundedUp(text.size())));
    }
}

std::string LoadedDocument::filePointerOf(const std::string& nativePointer) const
{
    if (kind == DocumentKind::Native)
        return nativePointer;
    return layout.filePointerOf(nativePointer).value_or(std::string());
}

TextPosition LoadedDocument::positionOfField(const std::string& nativePointer) const
{
    if (kind == DocumentKind::Native)
        return sourceMap.positionOf(nativePointer);
    const std::optional<std::string> pointer = layout.filePointerOf(nativePointer);
    if (!pointer)
        return {};
    return sourceMap.positionOf(*pointer);
}

std::optional<MessageText> tooLargeToReadBack(std::size_t bytes)
{
    if (bytes <= kMaxDocumentBytes)
        return std::nullopt;
    return EngineText::tr("written out this listing would be %1 MiB, over the %2 MiB a listing file may have, so "
                          "it could not be opened again; nothing was written (shorten long lists or texts first)")
        .arg(mebibytesRoundedUp(bytes))
        .arg(static_cast<unsigned long long>(kMaxDocumentBytes / (1024 * 1024)));
}

LoadOutcome loadDocumentFile(const std::string& path)
{
    const FileRead file = readRegularFile(path, kMaxDocumentBytes);
    if (file.tooLarge)
        return failure(path,
            EngineText::tr("refusing to open a %1 MiB file; listings are limited to %2 MiB")
                .arg(static_cast<unsigned long long>(file.size / (1024 * 1024)))
                .arg(static_cast<unsigned long long>(kMaxDocumentBytes / (1024 * 1024))));
    if (!file.ok)
        return failure(path, EngineText::tr("cannot open: %1").arg(file.reason));
    return loadDocumentText(file.bytes, path);
}

} // namespace proserv
