// The native offer document (*.offer.json): written with stable key order
// and 2-space indentation like a listing, read with every problem named by
// file, line and field.
#pragma once

#include "model/DocumentLoader.h"
#include "model/JsonFields.h"
#include "model/Offer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace proserv {

Json offerToNativeJson(const OfferDraft& offer);
// The exact bytes of a saved offer: UTF-8, 2-space indent, final newline.
std::string serializeOffer(const OfferDraft& offer);
std::optional<OfferDraft> offerFromNativeJson(const Json& document, FieldProblems& problems);

struct LoadedOffer {
    OfferDraft offer;
    SourceMap sourceMap; // positions of fields in the text that was read
    DocumentKind kind = DocumentKind::Native; // a native offer, an offer change set or DescribeEntity response
    std::vector<LoadError> notices; // read but not kept (a ClientRequestToken)
    // Where a field of the offer sits in the file read: known for a native offer.
    TextPosition positionOfField(const std::string& pointer) const
    {
        return kind == DocumentKind::Native ? sourceMap.positionOf(pointer) : TextPosition {};
    }
};

struct OfferLoadOutcome {
    std::optional<LoadedOffer> document;
    std::vector<LoadError> errors; // empty when `document` is set
    bool ok() const { return document.has_value(); }
};

// `fileName` labels errors ("-" for standard input).
OfferLoadOutcome loadOfferText(std::string_view text, const std::string& fileName);
// Reads the file (refusing what loadDocumentFile refuses) and loads it.
OfferLoadOutcome loadOfferFile(const std::string& path);

} // namespace proserv
