#include "model/ReviewComments.h"

#include "model/DocumentLoader.h"
#include "model/JsonIngest.h"

#include "model/FileRead.h"

#include "model/FieldAccess.h"
#include "model/JsonFields.h"
#include "model/SourceMap.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace proserv {

const char* toString(CommentKind kind)
{
    return kind == CommentKind::MustFix ? "mustFix" : "suggestion";
}

std::optional<CommentKind> commentKindFromString(const std::string& text)
{
    if (text == "mustFix")
        return CommentKind::MustFix;
    if (text == "suggestion")
        return CommentKind::Suggestion;
    return std::nullopt;
}

Json toJsonValue(CommentKind kind)
{
    return toString(kind);
}

void fromJsonValue(const Json& json, const std::string& pointer, CommentKind& out, FieldProblems& problems)
{
    const auto kind = json.is_string() ? commentKindFromString(json.get<std::string>()) : std::nullopt;
    if (kind)
        out = *kind;
    else
        problems.push_back({pointer, EngineText::tr("expected \"mustFix\" or \"suggestion\"")});
}

bool ItemAnchor::operator==(const ItemAnchor& o) const
{
    return toJsonValue(*this) == toJsonValue(o);
}
bool ReviewComment::operator==(const ReviewComment& o) const
{
    return toJsonValue(*this) == toJsonValue(o);
}
bool ReviewSidecar::operator==(const ReviewSidecar& o) const
{
    return toJsonValue(*this) == toJsonValue(o);
}

std::string sidecarPathFor(const std::string& listingPath)
{
    return listingPath + ".review.json";
}

std::string serializeSidecar(const ReviewSidecar& sidecar)
{
    return toJsonValue(sidecar).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// A sidecar is a file like any other a stranger may send: the listing
// loader's strictness (no NUL, no duplicate key, a known format version), and
// the same non-blocking, capped read.
std::optional<ReviewSidecar> loadSidecar(const std::string& path, std::vector<LoadError>& errors)
{
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        return ReviewSidecar {};
    const FileRead file = readRegularFile(path, kMaxDocumentBytes);
    if (!file.ok) {
        errors.push_back({path, {}, {},
            file.tooLarge ? EngineText::tr("not a review file: larger than %1 MiB")
                                .arg(static_cast<unsigned long long>(kMaxDocumentBytes / (1024 * 1024)))
                          : EngineText::tr("cannot open: %1").arg(file.reason)});
        return std::nullopt;
    }
    const std::string& text = file.bytes;
    JsonIngest ingest = ingestJson(text);
    for (const JsonProblem& problem : ingest.problems) {
        const TextPosition position = positionAtByteOffset(text, problem.offset);
        switch (problem.kind) {
        case JsonProblem::Kind::NulByte:
            errors.push_back({path, position, {}, EngineText::tr("a NUL byte; not a review sidecar")});
            break;
        case JsonProblem::Kind::TooDeep:
            errors.push_back({path, position, {}, EngineText::tr("nested too deeply")});
            break;
        case JsonProblem::Kind::Syntax:
            errors.push_back({path, position, {}, EngineText::tr("not valid JSON: %1").arg(syntaxReason(problem))});
            break;
        case JsonProblem::Kind::NumberOutOfRange:
            errors.push_back({path, position, problem.pointer, EngineText::tr("not valid JSON: %1").arg(syntaxReason(problem))});
            break;
        case JsonProblem::Kind::DuplicateKey:
            errors.push_back({path, position, problem.pointer, duplicateKeyMessage(problem)});
            break;
        }
    }
    if (!ingest.ok())
        return std::nullopt;
    const Json& json = ingest.value;
    const SourceMap& map = ingest.sourceMap;
    if (const auto version = json.is_object() ? json.find("formatVersion") : json.end(); json.is_object()
        && version != json.end() && version->is_number_integer()
        && (version->is_number_unsigned()
                ? version->get<unsigned long long>() < 1 // versions start at 1; 0 is no version this program wrote
                    || version->get<unsigned long long>() > ReviewSidecar::kFormatVersion
                : version->get<long long>() < 1 || version->get<long long>() > ReviewSidecar::kFormatVersion)) {
        errors.push_back({path, map.positionOf("/formatVersion"), "/formatVersion",
            EngineText::tr("format version %1 is not supported; this version reads format %2 (was the "
                           "file written by a newer ProServ Listing Editor?)")
                .argValue(version->dump())
                .arg(ReviewSidecar::kFormatVersion)});
        return std::nullopt;
    }
    FieldProblems problems;
    ReviewSidecar sidecar;
    fromJsonValue(json, "", sidecar, problems);
    for (const FieldProblem& p : problems)
        errors.push_back({path, map.positionOf(p.pointer), p.pointer, p.message});
    if (!problems.empty())
        return std::nullopt;
    return sidecar;
}

std::vector<ItemAnchor> anchorsFor(const Listing& listing, const std::string& pointer)
{
    return anchorsFor([&listing](const std::string& p) { return getField(listing, p); }, pointer);
}

CommentLocator::CommentLocator(const Listing& listing)
    : m_fieldAt([&listing](const std::string& pointer) { return getField(listing, pointer); })
{
}

std::vector<ItemAnchor> anchorsFor(const FieldLookup& fieldAt, const std::string& pointer)
{
    std::vector<ItemAnchor> anchors;
    std::string prefix;
    for (const std::string& token : splitPointer(pointer)) {
        if (isIndexToken(token)) {
            const std::optional<Json> item = fieldAt(prefix + "/" + token);
            if (item)
                if (auto id = itemIdentity(*item))
                    anchors.push_back({prefix, id->field, id->value, {}});
        }
        prefix += "/" + escapePointerToken(token);
    }
    return anchors;
}

const std::map<std::pair<std::string, std::string>, std::size_t>* CommentLocator::identities(const std::string& pointer)
{
    auto [it, inserted] = m_lists.try_emplace(pointer);
    if (inserted) {
        const std::optional<Json> list = m_fieldAt(pointer); // read once per list
        if (list && list->is_array()) {
            std::map<std::pair<std::string, std::string>, std::size_t> index;
            for (std::size_t i = 0; i < list->size(); ++i)
                if (std::optional<ItemIdentity> id = itemIdentity((*list)[i]))
                    index.try_emplace({std::move(id->field), std::move(id->value)}, i); // the first one wins, as before
            it->second = std::move(index);
        }
    }
    return it->second ? &*it->second : nullptr;
}

std::optional<std::string> CommentLocator::currentPointer(const ReviewComment& comment)
{
    // Each list the pointer goes through has at most one anchor that counts:
    // the first recorded for it.
    std::map<std::string, const ItemAnchor*> anchorOf;
    for (const ItemAnchor& anchor : comment.anchors)
        anchorOf.try_emplace(anchor.list, &anchor);
    std::string result;
    std::string prefix;
    for (const std::string& token : splitPointer(comment.pointer)) {
        std::string next = token;
        if (isIndexToken(token)) {
            if (const auto anchor = anchorOf.find(prefix); anchor != anchorOf.end()) {
                const auto* index = identities(result);
                if (!index)
                    return std::nullopt;
                const auto found = index->find({anchor->second->field, anchor->second->value});
                if (found == index->end())
                    return std::nullopt; // the item was removed or renamed
                next = std::to_string(found->second);
            }
        }
        prefix += "/" + escapePointerToken(token);
        result += "/" + escapePointerToken(next);
    }
    if (!m_fieldAt(result))
        return std::nullopt;
    return result;
}

std::optional<std::string> currentPointer(const Listing& listing, const ReviewComment& comment)
{
    return CommentLocator(listing).currentPointer(comment);
}

} // namespace proserv
