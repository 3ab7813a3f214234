// One entry point for every file a user can open: native documents,
// StartChangeSet requests and DescribeEntity responses. Detects the kind,
// parses, and turns every problem into a LoadError with file, line, column
// and JSON Pointer.
#pragma once

#include "model/Listing.h"
#include "model/Offer.h"
#include "model/LoadError.h"
#include "model/SourceMap.h"
#include "model/SubmissionFields.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace proserv {

enum class DocumentKind { Native, ChangeSet, DescribeEntity };

const char* toString(DocumentKind kind);

// Listings are a few kilobytes; anything above this is refused before it is
// read, so a wrong file (a disk image, a log) cannot exhaust memory.
inline constexpr std::uintmax_t kMaxDocumentBytes = 16u * 1024u * 1024u;

// What the programs write, they must read back: text over kMaxDocumentBytes
// (a compact file grows in the canonical, indented form) is refused before
// anything is written. The reason, or nothing when `bytes` fits.
std::optional<MessageText> tooLargeToReadBack(std::size_t bytes);

struct LoadedDocument {
    Listing listing;
    DocumentKind kind = DocumentKind::Native;
    SourceMap sourceMap; // positions of fields in the text that was read
    SubmissionLayout layout; // submitted files: where each field sits in them
    // What the file held that was read but deliberately not kept (say, a
    // ClientRequestToken), to be reported to the user.
    std::vector<LoadError> notices;

    bool isSubmission() const { return kind != DocumentKind::Native; }
    // Where a field of the listing sits in the file that was read: the native
    // pointer itself, or for a submitted file the key in its DetailsDocument
    // (or its Details string). Unknown when the file does not hold the field.
    TextPosition positionOfField(const std::string& nativePointer) const;
    // The JSON Pointer into the file that was read, or "" when it holds no such field.
    std::string filePointerOf(const std::string& nativePointer) const;
};

struct LoadOutcome {
    std::optional<LoadedDocument> document;
    std::vector<LoadError> errors; // empty when `document` is set
    bool isOffer = false; // refused because the file is a private offer (OfferFormat.h reads it)

    bool ok() const { return document.has_value(); }
};

// Any JSON document a user can open, parsed once: the shared first step of
// the listing's and the offer's loaders (empty, UTF-16, syntax, depth,
// duplicate keys, not an object — each an error naming line and column).
struct ParsedDocument {
    Json value;
    SourceMap sourceMap;
    std::vector<LoadError> errors;
    bool ok() const { return errors.empty(); }
};
ParsedDocument parseDocumentText(std::string_view text, const std::string& fileName);

// A native offer document ("kind": "proserv-offer").
bool isOfferDocument(const Json& document);

// `fileName` is only used to label errors ("-" for standard input).
LoadOutcome loadDocumentText(std::string_view text, const std::string& fileName);

// Reads the file (refusing directories, FIFOs, unreadable and oversized
// files with a clear message) and loads it.
LoadOutcome loadDocumentFile(const std::string& path);

} // namespace proserv
