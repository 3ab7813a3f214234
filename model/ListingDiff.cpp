#include "model/ListingDiff.h"

#include "model/JsonFields.h"
#include "model/NativeFormat.h"
#include "model/OfferFormat.h"

#include <cctype>
#include <optional>

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

void diffArrays(const Json& a, const Json& b, const std::string& pointer, std::vector<FieldChange>& out)
{
    // Items with an identity are matched by it; the others by position.
    std::vector<bool> matchedBefore(a.size(), false);
    for (std::size_t j = 0; j < b.size(); ++j) {
        const std::string itemPointer = pointer + "/" + std::to_string(j);
        const auto id = itemIdentity(b[j]);
        std::optional<std::size_t> match;
        for (std::size_t i = 0; i < a.size() && !match; ++i) {
            if (matchedBefore[i])
                continue;
            const auto other = itemIdentity(a[i]);
            if (id ? (other && *other == *id) : (!other && i == j))
                match = i;
        }
        if (!match) {
            out.push_back({itemPointer, ChangeKind::Added, Json(), b[j], {}});
            continue;
        }
        matchedBefore[*match] = true;
        diffValues(a[*match], b[j], itemPointer, out);
    }
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!matchedBefore[i])
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
