// Generic conversion between the listing structs and JSON, driven by each
// struct's `fields()` list. Readers collect every problem with its JSON
// Pointer instead of stopping at the first, so a user sees all of them.
#pragma once

#include "model/Listing.h"
#include "model/MessageText.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace proserv {

// A problem found while reading a field; `pointer` is an RFC 6901 JSON Pointer.
struct FieldProblem {
    std::string pointer;
    MessageText message;
};

// The problems found while reading one document, in order. Only the first
// kMaxKept are kept; the rest are counted, so a file of a million wrongly
// typed items costs a counter, not a million messages (and a reader sees
// "and N more" instead of a flood). size() counts them all, so "did this
// field add a problem?" (size before and after) keeps working past the cap.
class FieldProblems {
public:
    static constexpr std::size_t kMaxKept = 100;

    void push_back(FieldProblem problem)
    {
        ++m_total;
        if (m_kept.size() < kMaxKept)
            m_kept.push_back(std::move(problem));
    }
    // True once new problems are only counted: callers may then skip
    // composing a message and call count() instead.
    bool full() const { return m_kept.size() >= kMaxKept; }
    void count() { ++m_total; }

    std::size_t size() const { return m_total; }
    bool empty() const { return m_total == 0; }
    std::size_t notKept() const { return m_total - m_kept.size(); }
    const FieldProblem& front() const { return m_kept.front(); }
    std::vector<FieldProblem>::const_iterator begin() const { return m_kept.begin(); }
    std::vector<FieldProblem>::const_iterator end() const { return m_kept.end(); }

private:
    std::vector<FieldProblem> m_kept;
    std::size_t m_total = 0;
};

// Escapes one reference token for a JSON Pointer ("~" → "~0", "/" → "~1").
std::string escapePointerToken(const std::string& token);
// Appends `token` to `pointer`, escaped as escapePointerToken does.
void appendPointerToken(std::string& pointer, std::string_view token);
// `parent` + "/" + the escaped `key`, built in `buffer`: a reader of many
// records reuses one buffer for every member's pointer.
const std::string& memberPointer(std::string& buffer, const std::string& parent, std::string_view key);

// Splits a JSON Pointer into its unescaped tokens ("/a/b~1c" → {"a", "b/c"}).
std::vector<std::string> splitPointer(const std::string& pointer);

// `pointer` is `ancestor` or below it: "/a/b" is within "/a", not within "/ab".
bool isPointerWithin(const std::string& pointer, const std::string& ancestor);

// A reference token that names a list item: decimal digits only ("0", "12").
bool isIndexToken(std::string_view token);

// What identifies an item of a list independently of its position: a record's
// first non-empty "key", "url", "name" or "text"; a string item's own text
// (field empty). Used to follow items across reordering (review comments,
// version comparison).
struct ItemIdentity {
    std::string field;
    std::string value;
    bool operator==(const ItemIdentity& o) const { return field == o.field && value == o.value; }
};
std::optional<ItemIdentity> itemIdentity(const Json& item);

// Null, "", [] or {}: a value that says nothing (Json::empty() is false for every string).
bool isEmptyJson(const Json& value);

// The JSON type name a user sees in messages ("a string", "an array"...).
MessageText describeJsonType(const Json& value);

// ---- writing ---------------------------------------------------------------

Json toJsonValue(const std::string& value);
Json toJsonValue(bool value);
Json toJsonValue(int value);
Json toJsonValue(const std::optional<int>& value);
Json toJsonValue(AccessMethod value);
Json toJsonValue(Provisioning value);
Json toJsonValue(const std::optional<std::string>& value);
Json toJsonValue(const VerbatimJson& value);
// Sections a document holds only when they hold something.
Json toJsonValue(const SubmissionSettings& value);
Json toJsonValue(const AcceptedVersion& value);

template <class Struct>
Json toJsonValue(const Struct& value);
// A struct's own keys and its unknown ones, whatever it holds.
template <class Struct>
Json structToJson(const Struct& value);

template <class Item>
Json toJsonValue(const std::vector<Item>& items)
{
    Json array = Json::array();
    for (const Item& item : items)
        array.push_back(toJsonValue(item));
    return array;
}

class ObjectWriter {
public:
    template <class T>
    void operator()(const char* key, const T& value)
    {
        Json converted = toJsonValue(value);
        if (!converted.is_discarded()) // discarded = "leave the key out" (unset optionals)
            object[key] = std::move(converted);
    }
    Json object = Json::object();
};

template <class Struct>
Json toJsonValue(const Struct& value)
{
    return structToJson(value);
}

template <class Struct>
Json structToJson(const Struct& value)
{
    ObjectWriter writer;
    Struct::fields(writer, value);
    for (auto it = value.unknown.keys.begin(); it != value.unknown.keys.end(); ++it) {
        if (!writer.object.contains(it.key()))
            writer.object[it.key()] = it.value();
    }
    return writer.object;
}

// ---- reading ---------------------------------------------------------------

void fromJsonValue(const Json& json, const std::string& pointer, std::string& out, FieldProblems& problems);
void fromJsonValue(const Json& json, const std::string& pointer, bool& out, FieldProblems& problems);
void fromJsonValue(const Json& json, const std::string& pointer, int& out, FieldProblems& problems);
void fromJsonValue(
    const Json& json, const std::string& pointer, std::optional<int>& out, FieldProblems& problems);
void fromJsonValue(
    const Json& json, const std::string& pointer, AccessMethod& out, FieldProblems& problems);
void fromJsonValue(
    const Json& json, const std::string& pointer, Provisioning& out, FieldProblems& problems);
void fromJsonValue(
    const Json& json, const std::string& pointer, std::optional<std::string>& out, FieldProblems& problems);
void fromJsonValue(
    const Json& json, const std::string& pointer, VerbatimJson& out, FieldProblems& problems);

template <class Struct>
void fromJsonValue(const Json& json, const std::string& pointer, Struct& out, FieldProblems& problems);

template <class Item>
void fromJsonValue(
    const Json& json, const std::string& pointer, std::vector<Item>& out, FieldProblems& problems)
{
    if (!json.is_array()) {
        problems.push_back({pointer, EngineText::tr("expected an array, found %1").arg(describeJsonType(json))});
        return;
    }
    out.clear();
    out.reserve(json.size());
    // One pointer buffer for all items: a list of millions of items builds
    // no string per item beyond its index.
    std::string itemPointer = pointer + "/";
    const std::size_t prefixLength = itemPointer.size();
    for (std::size_t i = 0; i < json.size(); ++i) {
        itemPointer.resize(prefixLength);
        itemPointer += std::to_string(i);
        Item item {};
        fromJsonValue(json[i], itemPointer, item, problems);
        out.push_back(std::move(item));
    }
}

class ObjectReader {
public:
    ObjectReader(const Json& object, std::string pointer, FieldProblems& problems)
        : m_object(object), m_pointer(std::move(pointer)), m_problems(problems)
    {
    }

    template <class T>
    void operator()(const char* key, T& value)
    {
        m_known.push_back(key); // the struct's own name literals: no copy
        auto it = m_object.find(key);
        if (it == m_object.end())
            return; // absent keys keep the struct's default
        // (The reader of 80,000 dimensions builds 400,000 member pointers.)
        fromJsonValue(*it, memberPointer(m_member, m_pointer, key), value, m_problems);
    }

    // Everything the struct did not ask for, in document order.
    UnknownKeys unknownKeys() const
    {
        UnknownKeys result;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            const std::string& name = it.key();
            const bool known = std::any_of(m_known.begin(), m_known.end(), [&](const char* k) { return name == k; });
            if (!known)
                result.keys[name] = it.value();
        }
        return result;
    }

private:
    const Json& m_object;
    std::string m_pointer;
    FieldProblems& m_problems;
    std::vector<const char*> m_known;
    std::string m_member; // the pointer of the member being read
};

template <class Struct>
void fromJsonValue(const Json& json, const std::string& pointer, Struct& out, FieldProblems& problems)
{
    if (!json.is_object()) {
        problems.push_back({pointer, EngineText::tr("expected an object, found %1").arg(describeJsonType(json))});
        return;
    }
    ObjectReader reader(json, pointer, problems);
    Struct::fields(reader, out);
    out.unknown = reader.unknownKeys();
}

} // namespace proserv
