#include "validation/TextFields.h"
#include "model/FieldPointers.h"
#include "model/FieldSpecs.h"

#include "model/JsonFields.h"
#include "model/SubmissionFields.h"

#include <utility>


namespace proserv {

namespace {

// Walks a struct's fields; `onString` gets (pointer, text, prose?) and
// `onPointer` every pointer, containers included.
template <class OnString>
class Walker {
public:
    using Wanted = std::unordered_map<std::string, std::size_t>;
    Walker(std::string prefix, std::string pattern, OnString& onString, std::vector<std::string>* pointers,
        const Wanted* itemsWanted = nullptr, std::size_t item = TextField::kNoItem)
        : m_prefix(std::move(prefix)), m_pattern(std::move(pattern)), m_onString(onString), m_pointers(pointers),
          m_itemsWanted(itemsWanted), m_item(item)
    {
    }

    template <class T>
    void operator()(const char* key, const T& value)
    {
        const std::string token = "/" + escapePointerToken(key);
        const std::string pattern = m_pattern + token;
        // Prose or not is the field table's word, by the field's pattern.
        visit(m_prefix + token, pattern, value, isProsePattern(pattern));
    }

private:
    void note(const std::string& pointer)
    {
        if (m_pointers)
            m_pointers->push_back(pointer);
    }
    void visit(const std::string& pointer, const std::string& pattern, const std::string& text, bool prose)
    {
        note(pointer);
        m_onString(pointer, pattern, text, prose, m_item);
    }
    template <class Item>
    void visit(const std::string& pointer, const std::string& pattern, const std::vector<Item>& items, bool prose)
    {
        note(pointer);
        const std::string itemPattern = pattern + "/*";
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::string item = pointer + "/" + std::to_string(i);
            if (!m_itemsWanted || m_itemsWanted->count(item))
                visitItem(item, itemPattern, items[i], prose, i);
        }
    }
    template <class Struct>
    void visit(const std::string& pointer, const std::string& pattern, const Struct& value, bool)
    {
        if constexpr (std::is_class_v<Struct>) {
            note(pointer);
            Walker child(pointer, pattern, m_onString, m_pointers, m_itemsWanted, m_item);
            Struct::fields(child, value);
        } else {
            note(pointer); // bool, int, enum
        }
    }
    // A list item: it and what it holds are in row `index`.
    template <class Item>
    void visitItem(const std::string& pointer, const std::string& pattern, const Item& value, bool prose,
        std::size_t index)
    {
        const std::size_t outer = std::exchange(m_item, index);
        visit(pointer, pattern, value, prose);
        m_item = outer;
    }
    void visit(const std::string& pointer, const std::string&, const std::optional<int>&, bool) { note(pointer); }
    void visit(const std::string& pointer, const std::string&, const std::optional<std::string>&, bool)
    {
        note(pointer);
    }
    void visit(const std::string&, const std::string&, const VerbatimJson&, bool) { } // kept verbatim, not edited

    std::string m_prefix;
    std::string m_pattern; // m_prefix with "*" for each list index
    OnString& m_onString;
    std::vector<std::string>* m_pointers;
    const Wanted* m_itemsWanted; // null: every item
    std::size_t m_item; // the innermost list item's index, or TextField::kNoItem
};

} // namespace

std::vector<TextField> collectTextFields(const ProductListing& product)
{
    std::vector<TextField> fields;
    auto onString = [&fields](const std::string& pointer, const std::string& pattern, const std::string& text,
                        bool prose, std::size_t item) {
        if (pointer != field::productLogoFile)
            fields.push_back({pointer, &text, prose, textFieldSpecByPattern(pattern), item});
    };
    // The entity's texts: the change set's envelope and the accepted version
    // are not listing text (rules judge the listing, a diff the accepted version).
    Walker walker("", "", onString, nullptr);
    ProductListing::fields(walker, product);
    return fields;
}

const std::vector<std::string>& fieldOrder(const ProductListing& product, std::vector<std::string>& storage,
    const std::unordered_map<std::string, std::size_t>* itemsWanted)
{
    storage.clear();
    auto ignore = [](const std::string&, const std::string&, const std::string&, bool, std::size_t) {};
    Walker walker("", "", ignore, &storage, itemsWanted);
    ProductListing::fields(walker, product);
    return storage;
}

} // namespace proserv
