// Where every field of a listing goes: into the submitted change set (and
// where in it), or nowhere — kept in the seller's draft only.
//
// This table is the one answer to "is this field part of the submission?".
// The export, the import's line/column mapping, the rule engine's verdict on
// submitted files, the form's "kept in your draft" marks, the "What will be
// submitted" view and `proserv-check export` all read it, and a test checks
// it against what exportChangeSet() really writes.
#pragma once

#include "model/Listing.h"

#include <optional>
#include <string>
#include <vector>

namespace proserv {

// What AWS Marketplace (or the guidelines) allow in a field. Zero = no limit.
struct FieldLimits {
    // In Unicode code points, as the API counts them; for a list of strings,
    // per item.
    std::size_t maxChars = 0;
    std::size_t minItems = 0; // a list: how many a complete listing needs
    std::size_t maxItems = 0; // a list: the API's or the guidelines' most
    std::size_t portalMaxItems = 0; // a list: the seller portal's own, lower, most
    bool required = false; // a complete listing needs it (a live dimension's unit is the exception)
    bool noLeadingSpace = false; // the API's pattern ^\S+[\S\s]*
    const char* subject = nullptr; // "The title": the subject of a message, marked for translation
};

// Text a person writes in sentences, which the wording rules read; codes,
// keys, URLs and IDs are not.
enum class Prose { No, Yes };

// One row per field of an entity: where it goes, what limits it, whether it
// is prose. The one table the exporter, importer, rules, form (counters,
// help, draft marks) and docs/fields.md read.
struct FieldDestination {
    // Native JSON Pointer; "*" stands for any list index
    // ("/pricing/dimensions/*/key").
    const char* pointer;
    // Submitted fields: the change type that carries it, the path inside
    // that change's details ("*" = the same index as in `pointer`) and the
    // path inside a DescribeEntity's DetailsDocument. nullptr for draft-only.
    const char* changeType;
    const char* changePath;
    const char* entityPath;
    // Draft-only fields: where the information matters instead (English,
    // translatable in the "EngineText" context).
    const char* keptFor;
    // A second change type that may carry the field in a submitted file
    // (the title in CreateProduct, dimensions in UpdateDimensions); the file
    // pointer prefers `changeType`.
    const char* alsoIn = nullptr;
    FieldLimits limits = {};
    Prose prose = Prose::No;

    bool submitted() const { return changeType != nullptr; }
};

// An entity type's fields: the professional services product's today, an
// offer's beside it.
struct FieldTable {
    const char* entityType; // "ProfessionalServicesProduct@1.0"
    const std::vector<FieldDestination>& rows;
};
const FieldTable& productFieldTable();

// Every leaf field of the native document, in form order (the product's table).
const std::vector<FieldDestination>& fieldDestinations();

// The row whose pointer is exactly `pattern` ("/product/highlights",
// "/pricing/dimensions/*/name"); the pattern must be in the table.
const FieldDestination& fieldRow(const std::string& pattern);

// Whether the text at `pattern` ("/pricing/dimensions/*/name") is prose, by
// its row or its nearest listed ancestor's ("/architecture/iamPolicies/*/name").
bool isProsePattern(const std::string& pattern);

// Native fields that are not the seller's fields but bookkeeping kept for
// round trips (the file's order, keys this version does not read, the
// accepted version): patterns, "*" for any index; no row, no form field.
const std::vector<std::string>& bookkeepingPatterns();

// docs/fields.md: the table of `table`, one row per field, in Markdown
// (a test fails while the file differs).
std::string fieldTableMarkdown(const FieldTable& table);

// The members of one change type's details, in the order they are exported,
// read from the table above: a top-level key of the details ("" when the
// details are the list itself, as for AddDimensions) and the native field it
// holds; for a list of records, each item's API key and native key.
using CatalogItemFields = std::vector<std::pair<std::string, std::string>>; // {"Text", "text"}, ...
struct CatalogMember {
    std::string apiKey; // "ProductTitle", "AdditionalResources", ""
    std::string nativePointer; // "/product/title", "/pricing/dimensions"
    CatalogItemFields itemFields;
};
std::vector<CatalogMember> catalogMembersOf(const std::string& changeType);

// A pricing dimension item's fields: AddDimensions' (Key, Name, Description,
// Unit, Types), or for UpdateDimensions the same without Unit (it has none).
CatalogItemFields dimensionItemFields(bool update);

// The entry for a pointer, or for its nearest listed ancestor
// ("/product/highlights/2" → "/product/highlights"). Nothing for the root,
// section objects and unknown pointers.
const FieldDestination* destinationOf(const std::string& pointer);

// True when the field at `pointer` (or a field below it) reaches AWS
// Marketplace; false for draft-only fields. Pointers that name no field
// (the root, a section) count as submitted: they are about the listing.
bool isSubmittedPointer(const std::string& pointer);

// The submitted fields an exported request does not carry, as list-level
// native pointers in table order ("/product/longDescription",
// "/pricing/dimensions"). A field is carried when a change of its type holds
// its details key (for dimensions: when the change is there at all). For an
// update of a live product these fields keep their accepted values, which
// the request does not hold.
std::vector<std::string> fieldsNotCarried(const Json& request);

// A draft-only field that the seller filled in: it will not be sent.
struct DraftOnlyValue {
    std::string pointer; // e.g. "/serviceTerms/url", "/pricing/dimensions/0/service"
    const FieldDestination* destination;
};
// In form order; a list counts once, by its own pointer.
std::vector<DraftOnlyValue> filledDraftOnlyFields(const Listing& listing);

// Where a native field sits in a submitted file, as a JSON Pointer into
// that file: "/ChangeSet/1/DetailsDocument/SupportDescription", or the
// `Details` string that holds it.
struct SubmissionLayout {
    enum class Kind { None, ChangeSet, DescribeEntity } kind = Kind::None;
    struct Change {
        std::string type;
        std::string pointer; // "/ChangeSet/1"
        std::string detailsMember; // "DetailsDocument" or "Details"
        bool detailsIsString = false;
    };
    std::string changeSetPointer; // ChangeSet: "/ChangeSet"
    std::vector<Change> changes; // ChangeSet: every change, in file order
    std::string entityDetailsPointer; // DescribeEntity: "/DetailsDocument", "/Details" or ""
    bool entityDetailsIsString = false;

    static SubmissionLayout of(const Json& document, bool changeSet);
    // The pointer in the file, or nothing when the file does not hold the field.
    std::optional<std::string> filePointerOf(const std::string& nativePointer) const;
};

} // namespace proserv
