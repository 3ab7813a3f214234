#include "model/OfferFormat.h"

#include "model/FileRead.h"
#include "model/OfferImport.h"

#include <new>

namespace proserv {

Json offerToNativeJson(const OfferDraft& offer)
{
    return toJsonValue(offer);
}

std::string serializeOffer(const OfferDraft& offer)
{
    // Replace rather than throw on invalid UTF-8 that reached the model: a
    // save must never fail half-way.
    return offerToNativeJson(offer).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<OfferDraft> offerFromNativeJson(const Json& document, FieldProblems& problems)
{
    const std::size_t before = problems.size();
    const auto version = document.find("formatVersion");
    if (version == document.end() || !version->is_number_integer()) {
        problems.push_back({"/formatVersion", EngineText::tr("missing or not a whole number")});
        return std::nullopt;
    }
    if (version->get<long long>() < 1 || version->get<long long>() > OfferDraft::kFormatVersion) {
        problems.push_back({"/formatVersion",
            EngineText::tr("format version %1 is not supported; this version reads format %2 (was "
                           "the file written by a newer ProServ Listing Editor?)")
                .arg(version->dump())
                .arg(OfferDraft::kFormatVersion)});
        return std::nullopt;
    }
    OfferDraft offer;
    fromJsonValue(document, "", offer, problems);
    if (offer.kind != OfferDraft::kKind)
        problems.push_back({"/kind", EngineText::tr("expected \"%1\"").arg(OfferDraft::kKind)});
    if (problems.size() != before)
        return std::nullopt;
    return offer;
}

namespace {

OfferLoadOutcome loadOfferTextUnguarded(std::string_view text, const std::string& fileName, bool offerPart)
{
    OfferLoadOutcome outcome;
    ParsedDocument parsed = parseDocumentText(text, fileName);
    if (!parsed.ok()) {
        outcome.errors = std::move(parsed.errors);
        return outcome;
    }
    FieldProblems problems;
    FieldProblems notices;
    std::optional<OfferDraft> offer;
    DocumentKind kind = DocumentKind::Native;
    OfferFieldOrigins origins;
    if (offerPart) {
        kind = DocumentKind::ChangeSet;
        offer = offerPartOfChangeSet(parsed.value, problems, &origins);
    } else if (isOfferDocument(parsed.value)) {
        offer = offerFromNativeJson(parsed.value, problems);
    } else if (isOfferChangeSet(parsed.value)) {
        kind = DocumentKind::ChangeSet;
        offer = offerFromChangeSet(parsed.value, problems, &notices, &origins);
    } else if (isOfferDescribeEntity(parsed.value)) {
        kind = DocumentKind::DescribeEntity;
        offer = offerFromDescribeEntity(parsed.value, problems, &origins);
    } else {
        outcome.errors.push_back({fileName, parsed.sourceMap.positionOf(""), "",
            EngineText::tr("not a private offer (no \"kind\": \"%1\" at the top level)").arg(OfferDraft::kKind)});
        return outcome;
    }
    for (const FieldProblem& problem : problems)
        outcome.errors.push_back(
            {fileName, parsed.sourceMap.positionOf(problem.pointer), problem.pointer, problem.message});
    if (problems.notKept() > 0)
        outcome.errors.push_back(moreNotListedError(fileName, problems.notKept()));
    if (offer && outcome.errors.empty()) {
        std::vector<LoadError> kept;
        for (const FieldProblem& notice : notices)
            kept.push_back({fileName, parsed.sourceMap.positionOf(notice.pointer), notice.pointer, notice.message, true});
        outcome.document = LoadedOffer {std::move(*offer), std::move(parsed.sourceMap), kind, std::move(kept), std::move(origins)};
    }
    return outcome;
}

} // namespace

OfferLoadOutcome loadOfferText(std::string_view text, const std::string& fileName, bool offerPart)
{
    try {
        return loadOfferTextUnguarded(text, fileName, offerPart);
    } catch (const std::bad_alloc&) {
        OfferLoadOutcome outcome;
        outcome.errors.push_back({fileName, {}, "",
            EngineText::tr("not enough memory to read this file; close other programs or raise the memory limit")});
        return outcome;
    }
}

OfferLoadOutcome loadOfferFile(const std::string& path, bool offerPart)
{
    OfferLoadOutcome outcome;
    const FileRead file = readRegularFile(path, kMaxDocumentBytes);
    if (file.tooLarge) {
        outcome.errors.push_back({path, {}, "",
            EngineText::tr("refusing to open a %1 MiB file; offers are limited to %2 MiB")
                .arg(static_cast<unsigned long long>(file.size / (1024 * 1024)))
                .arg(static_cast<unsigned long long>(kMaxDocumentBytes / (1024 * 1024)))});
        return outcome;
    }
    if (!file.ok) {
        outcome.errors.push_back({path, {}, "", EngineText::tr("cannot open: %1").arg(file.reason)});
        return outcome;
    }
    return loadOfferText(file.bytes, path, offerPart);
}

} // namespace proserv
