#include "model/ListingDiff.h"

#include "model/JsonFields.h"
#include "model/NativeFormat.h"
#include "model/OfferFormat.h"

#include <cctype>
#include <optional>
#include <unordered_map>

namespace proserv {

const char* toString(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Changed: return "changed";
    }
    return "changed";
}

namespace {

void diffValues(const Json& a, const Json& b, const std::string& pointer, std::vector<FieldChange>& out);

// Two versions of a list, item by item:
// 1. items with an identity (a dimension's key, a highlight's text) are
//    matched by it wherever they moved — one hash lookup each, so linear;
// 2. items without one are matched by position;
// 3. what is left is a replacement where an item went and another came in
//    the same place (between the same matched neighbours): one change, "item
//    3: old → new", not an addition and a removal;
// 4. the rest was added or removed.
void diffArrays(const Json& a, const Json& b, const std::string& pointer, std::vector<FieldChange>& out)
{
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::unordered_map<std::string, std::vector<std::size_t>> beforeById; // identity → indices, last first
    for (std::size_t i = a.size(); i-- > 0;)
        if (const auto id = itemIdentity(a[i]))
            beforeById[id->field + '\0' + id->value].push_back(i);
    std::vector<std::size_t> matchOfAfter(b.size(), none);
    std::vector<bool> matchedBefore(a.size(), false);
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (const auto id = itemIdentity(b[j])) {
            const auto found = beforeById.find(id->field + '\0' + id->value);
            if (found != beforeById.end() && !found->second.empty()) {
                matchOfAfter[j] = found->second.back();
                found->second.pop_back();
                matchedBefore[matchOfAfter[j]] = true;
            }
        } else if (j < a.size() && !itemIdentity(a[j])) {
            matchOfAfter[j] = j;
            matchedBefore[j] = true;
        }
    }
    // The gap an unmatched item sits in: how many matched items come before
    // it in its own version. Same gap on both sides = the same place.
    std::vector<std::size_t> gapBefore(a.size(), 0), gapAfter(b.size(), 0);
    for (std::size_t i = 0, seen = 0; i < a.size(); ++i) {
        gapBefore[i] = seen;
        seen += matchedBefore[i] ? 1 : 0;
    }
    for (std::size_t j = 0, seen = 0; j < b.size(); ++j) {
        gapAfter[j] = seen;
        seen += matchOfAfter[j] != none ? 1 : 0;
    }
    std::unordered_map<std::size_t, std::vector<std::size_t>> unmatchedInGap; // gap → before indices, last first
    for (std::size_t i = a.size(); i-- > 0;)
        if (!matchedBefore[i])
            unmatchedInGap[gapBefore[i]].push_back(i);
    std::vector<bool> replaced(a.size(), false);
    for (std::size_t j = 0; j < b.size(); ++j) {
        const std::string itemPointer = pointer + "/" + std::to_string(j);
        if (matchOfAfter[j] != none) {
            diffValues(a[matchOfAfter[j]], b[j], itemPointer, out);
            continue;
        }
        const auto gap = unmatchedInGap.find(gapAfter[j]);
        if (gap != unmatchedInGap.end() && !gap->second.empty()
            && a[gap->second.back()].type() == b[j].type()) {
            const std::size_t i = gap->second.back();
            gap->second.pop_back();
            replaced[i] = true;
            diffValues(a[i], b[j], itemPointer, out);
            continue;
        }
        out.push_back({itemPointer, ChangeKind::Added, Json(), b[j], {}});
    }
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!matchedBefore[i] && !replaced[i])
            out.push_back({pointer + "/" + std::to_string(i), ChangeKind::Removed, a[i], Json(), {}});
}

void diffValues(const Json& a, const Json& b, const std::string& pointer, std::vector<FieldChange>& out)
{
    if (a.is_object() && b.is_object()) {
        for (auto it = b.begin(); it != b.end(); ++it) {
            const std::string child = pointer + "/" + escapePointerToken(it.key());
            if (a.contains(it.key()))
                diffValues(a[it.key()], it.value(), child, out);
            else
                out.push_back({child, ChangeKind::Added, Json(), it.value(), {}});
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!b.contains(it.key()))
                out.push_back(
                    {pointer + "/" + escapePointerToken(it.key()), ChangeKind::Removed, it.value(), Json(), {}});
        return;
    }
    if (a.is_array() && b.is_array()) {
        diffArrays(a, b, pointer, out);
        return;
    }
    if (a == b)
        return;
    FieldChange change {pointer, ChangeKind::Changed, a, b, {}};
    // An empty text that gets filled in is an addition to the reader.
    if (a.is_string() && b.is_string()) {
        if (a.get<std::string>().empty())
            change.kind = ChangeKind::Added;
        else if (b.get<std::string>().empty())
            change.kind = ChangeKind::Removed;
        else
            change.words = diffWords(a.get<std::string>(), b.get<std::string>());
    }
    out.push_back(std::move(change));
}

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> result;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = i;
        while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])))
            ++j;
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j])))
            ++j;
        result.push_back(text.substr(i, j - i));
        i = j;
    }
    return result;
}

void appendSegment(std::vector<WordSegment>& out, WordSegment::Op op, const std::string& text)
{
    if (!out.empty() && out.back().op == op)
        out.back().text += text;
    else
        out.push_back({op, text});
}

} // namespace

std::vector<WordSegment> diffWords(const std::string& before, const std::string& after)
{
    const std::vector<std::string> a = words(before), b = words(after);
    // Texts are at most a few thousand words; past that, report a replacement
    // rather than spend quadratic memory.
    if (a.size() * b.size() > 4'000'000)
        return {{WordSegment::Deleted, before}, {WordSegment::Inserted, after}};
    std::vector<std::vector<unsigned>> lcs(a.size() + 1, std::vector<unsigned>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<WordSegment> out;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            appendSegment(out, WordSegment::Same, a[i]);
            ++i;
            ++j;
        } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
            appendSegment(out, WordSegment::Deleted, a[i++]); // deletions first, as diff tools show them
        } else {
            appendSegment(out, WordSegment::Inserted, b[j++]);
        }
    }
    return out;
}

std::vector<FieldChange> diffListings(const Listing& before, const Listing& after)
{
    std::vector<FieldChange> changes;
    diffValues(toNativeJson(before), toNativeJson(after), "", changes);
    return changes;
}

std::vector<FieldChange> diffOffers(const OfferDraft& before, const OfferDraft& after)
{
    // The submitted file as read is where a draft came from, not what the
    // seller edited: two change sets differ there in every byte.
    auto edited = [](const OfferDraft& offer) {
        Json json = offerToNativeJson(offer);
        if (json.contains("submission") && json["submission"].is_object()) {
            json["submission"].erase("original");
            json["submission"].erase("originalOffer");
        }
        return json;
    };
    std::vector<FieldChange> changes;
    diffValues(edited(before), edited(after), "", changes);
    return changes;
}

} // namespace proserv
