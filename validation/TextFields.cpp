#include "validation/TextFields.h"

#include "model/JsonFields.h"

#include <cstring>

namespace proserv {

namespace {

bool isProse(const char* key)
{
    static const char* const kNotProse[]
        = {"productId", "logoUrl", "logoFile", "key", "unit", "types", "url", "buyerAccounts", "relatedProducts",
            "videoUrls", "supportResources", "type", "sha256Base64", "preview", "thumbnail"};
    for (const char* name : kNotProse)
        if (std::strcmp(key, name) == 0)
            return false;
    return true;
}

// Walks a struct's fields; `onString` gets (pointer, text, prose?) and
// `onPointer` every pointer, containers included.
template <class OnString>
class Walker {
public:
    Walker(std::string prefix, OnString& onString, std::vector<std::string>* pointers, bool prose)
        : m_prefix(std::move(prefix)), m_onString(onString), m_pointers(pointers), m_prose(prose)
    {
    }

    template <class T>
    void operator()(const char* key, const T& value)
    {
        // The change set's envelope and the accepted version are not listing
        // text: rules judge the listing, and a later diff the accepted version.
        if (m_prefix.empty() && (std::strcmp(key, "submission") == 0 || std::strcmp(key, "acceptedVersion") == 0))
            return;
        visit(m_prefix + "/" + escapePointerToken(key), value, m_prose && isProse(key));
    }

private:
    void note(const std::string& pointer)
    {
        if (m_pointers)
            m_pointers->push_back(pointer);
    }
    void visit(const std::string& pointer, const std::string& text, bool prose)
    {
        note(pointer);
        m_onString(pointer, text, prose);
    }
    template <class Item>
    void visit(const std::string& pointer, const std::vector<Item>& items, bool prose)
    {
        note(pointer);
        for (std::size_t i = 0; i < items.size(); ++i)
            visit(pointer + "/" + std::to_string(i), items[i], prose);
    }
    template <class Struct>
    void visit(const std::string& pointer, const Struct& value, bool prose)
    {
        if constexpr (std::is_class_v<Struct>) {
            note(pointer);
            Walker child(pointer, m_onString, m_pointers, prose);
            Struct::fields(child, value);
        } else {
            note(pointer); // bool, int, enum
        }
    }
    void visit(const std::string& pointer, const std::optional<int>&, bool) { note(pointer); }
    void visit(const std::string& pointer, const std::optional<std::string>&, bool) { note(pointer); }
    void visit(const std::string&, const VerbatimJson&, bool) { } // kept verbatim, not edited

    std::string m_prefix;
    OnString& m_onString;
    std::vector<std::string>* m_pointers;
    bool m_prose;
};

} // namespace

std::vector<TextField> collectTextFields(const Listing& listing)
{
    std::vector<TextField> fields;
    auto onString = [&fields](const std::string& pointer, const std::string& text, bool prose) {
        if (pointer != "/product/logoFile")
            fields.push_back({pointer, &text, prose});
    };
    Walker walker("", onString, nullptr, true);
    Listing::fields(walker, listing);
    return fields;
}

const std::vector<std::string>& fieldOrder(const Listing& listing, std::vector<std::string>& storage)
{
    storage.clear();
    auto ignore = [](const std::string&, const std::string&, bool) {};
    Walker walker("", ignore, &storage, true);
    Listing::fields(walker, listing);
    return storage;
}

} // namespace proserv
