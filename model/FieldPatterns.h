// Every leaf field of an entity type, as a pattern ("/pricing/dimensions/*/name"),
// read from its fields() lists. A list of values is one leaf
// ("/product/highlights"); a list of records is walked into ("…/*/text").
// The field table is checked against this walk, so a field added to a struct
// without a row fails a test instead of silently counting as submitted.
#pragma once

#include "model/JsonFields.h"

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace proserv {

namespace detail {

template <class T>
struct IsVector : std::false_type {
};
template <class Item>
struct IsVector<std::vector<Item>> : std::true_type {
    using ItemType = Item;
};

class PatternWalker {
public:
    PatternWalker(std::string prefix, std::vector<std::string>& out) : m_prefix(std::move(prefix)), m_out(out) { }

    template <class T>
    void operator()(const char* key, const T&)
    {
        visit<T>(m_prefix + "/" + escapePointerToken(key));
    }

private:
    template <class T>
    void visit(const std::string& pattern)
    {
        if constexpr (IsVector<T>::value) {
            using Item = typename IsVector<T>::ItemType;
            if constexpr (std::is_class_v<Item> && !std::is_same_v<Item, std::string>)
                visit<Item>(pattern + "/*");
            else
                m_out.push_back(pattern);
        } else if constexpr (
            std::is_class_v<
                T> && !std::is_same_v<T, std::string> && !std::is_same_v<T, VerbatimJson> && !std::is_same_v<T, std::optional<int>> && !std::is_same_v<T, std::optional<std::string>>) {
            const T value {};
            PatternWalker child(pattern, m_out);
            T::fields(child, value);
        } else {
            m_out.push_back(pattern);
        }
    }

    std::string m_prefix;
    std::vector<std::string>& m_out;
};

} // namespace detail

template <class Root>
std::vector<std::string> leafPatterns()
{
    std::vector<std::string> patterns;
    const Root root {};
    detail::PatternWalker walker("", patterns);
    Root::fields(walker, root);
    return patterns;
}

} // namespace proserv
