// Reviewer comments, kept in a sidecar file next to the listing
// (FILE.review.json, docs/review-sidecar.md) so the submitted file itself is
// never touched. A comment is attached to a field by JSON Pointer; when the
// pointer goes through a list, the item is also remembered by identity (a
// dimension's key, a resource's URL, a policy's name, a string item's text),
// so the comment follows its item when the list is reordered.
#pragma once

#include "model/Listing.h"
#include "model/LoadError.h"

#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <string>
#include <vector>

namespace proserv {

enum class CommentKind { MustFix, Suggestion };
const char* toString(CommentKind kind);
std::optional<CommentKind> commentKindFromString(const std::string& text);

// Identifies one item of a list independently of its position.
struct ItemAnchor {
    std::string list; // "/pricing/dimensions"
    std::string field; // "key" for records, "" for a list of strings
    std::string value; // the key / the string item
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("list", s.list);
        v("field", s.field);
        v("value", s.value);
    }
    bool operator==(const ItemAnchor& o) const;
};

struct ReviewComment {
    std::string id;
    std::string pointer; // the field when the comment was written
    std::vector<ItemAnchor> anchors;
    std::string ruleId; // set when the comment is about a finding
    CommentKind kind = CommentKind::MustFix;
    std::string text;
    std::string author;
    std::string created; // ISO 8601
    bool resolved = false;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("id", s.id);
        v("pointer", s.pointer);
        v("anchors", s.anchors);
        v("ruleId", s.ruleId);
        v("kind", s.kind);
        v("text", s.text);
        v("author", s.author);
        v("created", s.created);
        v("resolved", s.resolved);
    }
    bool operator==(const ReviewComment& o) const;
};

struct ReviewSidecar {
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    std::string reviewedFile; // file name of the listing, for humans
    std::vector<ReviewComment> comments;
    UnknownKeys unknown;

    template <class Visitor, class Self>
    static void fields(Visitor& v, Self& s)
    {
        v("formatVersion", s.formatVersion);
        v("reviewedFile", s.reviewedFile);
        v("comments", s.comments);
    }
    bool operator==(const ReviewSidecar& o) const;
};

// "listing.proserv.json" → "listing.proserv.json.review.json".
std::string sidecarPathFor(const std::string& listingPath);

std::string serializeSidecar(const ReviewSidecar& sidecar);
// A missing sidecar is an empty one; a broken one is an error naming file,
// line, column and field.
std::optional<ReviewSidecar> loadSidecar(const std::string& path, std::vector<LoadError>& errors);

// Records the identity of every list item `pointer` goes through.
// A document's field at a pointer (getField for a listing or an offer); nothing when it has none.
using FieldLookup = std::function<std::optional<Json>(const std::string& pointer)>;
std::vector<ItemAnchor> anchorsFor(const FieldLookup& fieldAt, const std::string& pointer);
std::vector<ItemAnchor> anchorsFor(const Listing& listing, const std::string& pointer);
// Where comments' fields are now: the anchors' items are looked up by
// identity and the pointers' indexes rewritten; nothing when an anchored item
// no longer exists or the pointer names no field. One locator serves every
// comment of a listing: each list it is asked about is read once into an
// index of its items' identities, so placing N comments on a listing of M
// items costs N + M, not N × M (4,000 comments on a 1 MB listing took 31 s).
class CommentLocator {
public:
    explicit CommentLocator(const Listing& listing);
    explicit CommentLocator(FieldLookup fieldAt) : m_fieldAt(std::move(fieldAt)) { }
    std::optional<std::string> currentPointer(const ReviewComment& comment);

private:
    // The first index of each item identity of the list at `pointer`; null when it is no list.
    const std::map<std::pair<std::string, std::string>, std::size_t>* identities(const std::string& pointer);
    FieldLookup m_fieldAt;
    std::map<std::string, std::optional<std::map<std::pair<std::string, std::string>, std::size_t>>> m_lists;
};

// One comment's place (a locator for one lookup).
std::optional<std::string> currentPointer(const Listing& listing, const ReviewComment& comment);

} // namespace proserv
