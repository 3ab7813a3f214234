#include "validation/TextFields.h"
#include "model/FieldPointers.h"
#include "model/FieldSpecs.h"

#include "model/JsonFields.h"
#include "model/SubmissionFields.h"

#include <functional>
#include <utility>


namespace proserv {

namespace {

// What a field's place in the model says, the same for every item of a
// list: its pointer token, its pattern, prose or not, its text limits.
struct FieldFacts {
    const char* key;
    std::string token; // "/name"
    std::string pattern; // "/pricing/dimensions/*/name"
    bool prose;
    const TextFieldSpec* spec;
};
// The facts of an item's fields in the order the item lists them: found for
// the first item of a list and read for the rest (80,000 dimensions look up
// five fields' patterns once, not 400,000 times).
using ItemFacts = std::vector<FieldFacts>;

// Walks a struct's fields; `onString` gets (pointer, text, prose?, limits,
// list item) and `onPointer` every pointer, containers included.
template <class OnString>
class Walker {
public:
    using OnPointer = std::function<void(const std::string&)>;
    Walker(std::string prefix, std::string pattern, OnString& onString, const OnPointer* onPointer,
        bool patternsOnly = false, std::size_t item = TextField::kNoItem, ItemFacts* itemFacts = nullptr)
        : m_prefix(std::move(prefix)), m_pattern(std::move(pattern)), m_onString(onString), m_onPointer(onPointer),
          m_patternsOnly(patternsOnly), m_item(item), m_itemFacts(itemFacts)
    {
    }

    template <class T>
    void operator()(const char* key, const T& value)
    {
        const FieldFacts& facts = factsOf(key);
        visit(m_prefix + facts.token, facts.pattern, value, facts.prose, facts.spec);
    }

private:
    const FieldFacts& factsOf(const char* key)
    {
        const std::size_t index = m_fieldsVisited++;
        if (m_itemFacts && index < m_itemFacts->size() && (*m_itemFacts)[index].key == key)
            return (*m_itemFacts)[index];
        FieldFacts facts {key, "/" + escapePointerToken(key), {}, false, nullptr};
        facts.pattern = m_pattern + facts.token;
        // Prose or not is the field table's word, by the field's pattern.
        facts.prose = isProsePattern(facts.pattern);
        facts.spec = textFieldSpecByPattern(facts.pattern);
        if (!m_itemFacts) {
            m_ownFacts = std::move(facts);
            return m_ownFacts;
        }
        if (index == m_itemFacts->size())
            m_itemFacts->push_back(std::move(facts));
        else
            (*m_itemFacts)[index] = std::move(facts); // an item that lists other fields (not expected)
        return (*m_itemFacts)[index];
    }

    void note(const std::string& pointer)
    {
        if (m_onPointer)
            (*m_onPointer)(pointer);
    }
    void visit(std::string pointer, const std::string&, const std::string& text, bool prose,
        const TextFieldSpec* spec, ItemFacts* = nullptr)
    {
        note(pointer);
        m_onString(std::move(pointer), text, prose, spec, m_item);
    }
    template <class Item>
    void visit(const std::string& pointer, const std::string& pattern, const std::vector<Item>& items, bool prose,
        const TextFieldSpec*, ItemFacts* = nullptr)
    {
        note(pointer);
        const std::string itemPattern = pattern + "/*";
        const TextFieldSpec* itemSpec = textFieldSpecByPattern(itemPattern); // a list of strings limits each
        if (m_patternsOnly) {
            visit(itemPattern, itemPattern, Item {}, prose, itemSpec);
            return;
        }
        ItemFacts itemFacts;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::size_t outer = std::exchange(m_item, i); // it and what it holds are in row i
            visit(pointer + "/" + std::to_string(i), itemPattern, items[i], prose, itemSpec, &itemFacts);
            m_item = outer;
        }
    }
    template <class Struct>
    void visit(const std::string& pointer, const std::string& pattern, const Struct& value, bool,
        const TextFieldSpec*, ItemFacts* itemFacts = nullptr)
    {
        if constexpr (std::is_class_v<Struct>) {
            note(pointer);
            Walker child(pointer, pattern, m_onString, m_onPointer, m_patternsOnly, m_item, itemFacts);
            Struct::fields(child, value);
        } else {
            note(pointer); // bool, int, enum
        }
    }
    void visit(const std::string& pointer, const std::string&, const std::optional<int>&, bool,
        const TextFieldSpec*, ItemFacts* = nullptr)
    {
        note(pointer);
    }
    void visit(const std::string& pointer, const std::string&, const std::optional<std::string>&, bool,
        const TextFieldSpec*, ItemFacts* = nullptr)
    {
        note(pointer);
    }
    void visit(const std::string&, const std::string&, const VerbatimJson&, bool, const TextFieldSpec*,
        ItemFacts* = nullptr)
    {
    } // kept verbatim, not edited

    std::string m_prefix;
    std::string m_pattern; // m_prefix with "*" for each list index
    OnString& m_onString;
    const OnPointer* m_onPointer; // null: pointers are not asked for
    bool m_patternsOnly; // one default item stands for each list, its index "*"
    std::size_t m_item; // the innermost list item's index, or TextField::kNoItem
    ItemFacts* m_itemFacts; // shared by the items of one list; null outside a list item
    FieldFacts m_ownFacts; // the last field's, outside a list item
    std::size_t m_fieldsVisited = 0;
};

} // namespace

std::vector<TextField> collectTextFields(const ProductListing& product)
{
    std::vector<TextField> fields;
    auto onString = [&fields](std::string pointer, const std::string& text, bool prose, const TextFieldSpec* spec,
                        std::size_t item) {
        if (pointer != field::productLogoFile)
            fields.push_back({std::move(pointer), &text, prose, spec, item});
    };
    // The entity's texts: the change set's envelope and the accepted version
    // are not listing text (rules judge the listing, a diff the accepted version).
    Walker walker("", "", onString, nullptr);
    ProductListing::fields(walker, product);
    return fields;
}

const std::unordered_map<std::string, std::size_t>& formOrderOfPatterns()
{
    static const std::unordered_map<std::string, std::size_t> positions = [] {
        std::unordered_map<std::string, std::size_t> map;
        const std::function<void(const std::string&)> onPattern = [&map](const std::string& pattern) {
            map.emplace(pattern, map.size());
        };
        auto ignore = [](std::string, const std::string&, bool, const TextFieldSpec*, std::size_t) {};
        Walker walker("", "", ignore, &onPattern, true);
        const ProductListing empty;
        ProductListing::fields(walker, empty);
        return map;
    }();
    return positions;
}

} // namespace proserv
