// The native offer document (*.offer.json): written with stable key order
// and 2-space indentation like a listing, read with every problem named by
// file, line and field.
#pragma once

#include "model/DocumentLoader.h"
#include "model/JsonFields.h"
#include "model/Offer.h"
#include "model/OfferImport.h"

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
    OfferFieldOrigins origins; // a submitted file: where each field was read in it
    // The JSON Pointer into the file read that holds the field (for a
    // submitted file, its key in a DetailsDocument or the Details string);
    // "" when the file does not hold it.
    std::string filePointerOf(const std::string& pointer) const
    {
        return kind == DocumentKind::Native ? pointer : origins.filePointerOf(pointer).value_or(std::string());
    }
    // Where a field of the offer sits in the file read; unknown when the file does not hold it.
    TextPosition positionOfField(const std::string& pointer) const
    {
        if (kind == DocumentKind::Native)
            return sourceMap.positionOf(pointer);
        const std::optional<std::string> at = origins.filePointerOf(pointer);
        return at ? sourceMap.positionOf(*at) : TextPosition {};
    }
};

struct OfferLoadOutcome {
    std::optional<LoadedOffer> document;
    std::vector<LoadError> errors; // empty when `document` is set
    bool ok() const { return document.has_value(); }
};

// `fileName` labels errors ("-" for standard input). `offerPart`: the
// Offer@1.0 changes of a change set that also changes other entities (a
// product's), read as the offer's own change set.
OfferLoadOutcome loadOfferText(std::string_view text, const std::string& fileName, bool offerPart = false);
// Reads the file (refusing what loadDocumentFile refuses) and loads it.
OfferLoadOutcome loadOfferFile(const std::string& path, bool offerPart = false);

} // namespace proserv
