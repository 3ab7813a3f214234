#include "model/FieldAccess.h"

#include "model/JsonFields.h"

namespace proserv {

namespace {

bool parseIndex(const std::string& token, std::size_t size, std::size_t& index)
{
    if (token.size() > 9 || !isIndexToken(token))
        return false;
    index = std::stoul(token);
    return index < size;
}

// One step of the walk: `Action` is called with the field the pointer ends at.
template <class Action>
class Finder {
public:
    Finder(const std::vector<std::string>& tokens, std::size_t depth, Action& action, bool& found)
        : m_tokens(tokens), m_depth(depth), m_action(action), m_found(found)
    {
    }

    template <class T>
    void operator()(const char* key, T& value)
    {
        if (!m_found && m_tokens[m_depth] == key)
            descend(value, m_depth + 1);
    }

    template <class T>
    void descend(T& value, std::size_t depth)
    {
        if (depth == m_tokens.size()) {
            m_found = true;
            m_action(value);
        } else if constexpr (isVector<T>::value) {
            std::size_t index = 0;
            if (parseIndex(m_tokens[depth], value.size(), index))
                descend(value[index], depth + 1);
        } else if constexpr (
            std::is_class_v<
                T> && !std::is_same_v<std::remove_const_t<T>, std::string> && !std::is_same_v<std::remove_const_t<T>, VerbatimJson> && !isOptional<T>::value) {
            Finder child(m_tokens, depth, m_action, m_found);
            std::remove_const_t<T>::fields(child, value);
        }
    }

private:
    template <class U>
    struct isVector : std::false_type {
    };
    template <class U>
    struct isVector<std::vector<U>> : std::true_type {
    };
    template <class U>
    struct isVector<const std::vector<U>> : std::true_type {
    };
    template <class U>
    struct isOptional : std::false_type {
    };
    template <class U>
    struct isOptional<std::optional<U>> : std::true_type {
    };
    template <class U>
    struct isOptional<const std::optional<U>> : std::true_type {
    };

    const std::vector<std::string>& m_tokens;
    std::size_t m_depth;
    Action& m_action;
    bool& m_found;
};

template <class ListingRef, class Action>
bool visitField(ListingRef& listing, const std::string& pointer, Action action)
{
    const std::vector<std::string> tokens = splitPointer(pointer);
    bool found = false;
    Finder<Action> finder(tokens, 0, action, found);
    finder.descend(listing, 0);
    return found;
}

} // namespace

std::optional<Json> getField(const Listing& listing, const std::string& pointer)
{
    std::optional<Json> result;
    visitField(listing, pointer, [&](const auto& value) {
        Json json = toJsonValue(value);
        result = json.is_discarded() ? Json() : json; // unset optional → null
    });
    return result;
}

bool hasField(const Listing& listing, const std::string& pointer)
{
    return visitField(listing, pointer, [](const auto&) { });
}

bool setField(Listing& listing, const std::string& pointer, const Json& value)
{
    FieldProblems problems;
    return setField(listing, pointer, value, pointer, problems);
}

namespace {

template <class Document>
bool setFieldOf(Document& document, const std::string& pointer, const Json& value, const std::string& reportAs,
    FieldProblems& problems)
{
    bool ok = false;
    const bool found = visitField(document, pointer, [&](auto& field) {
        using Field = std::remove_reference_t<decltype(field)>;
        Field updated = field;
        if constexpr (std::is_same_v<Field, std::optional<int>> || std::is_same_v<Field, std::optional<std::string>>) {
            if (value.is_null()) {
                field.reset();
                ok = true;
                return;
            }
        }
        const std::size_t before = problems.size();
        fromJsonValue(value, reportAs, updated, problems);
        if (problems.size() == before) {
            field = std::move(updated);
            ok = true;
        }
    });
    return found && ok;
}

} // namespace

bool setField(Listing& listing, const std::string& pointer, const Json& value, const std::string& reportAs,
    FieldProblems& problems)
{
    return setFieldOf(listing, pointer, value, reportAs, problems);
}

std::optional<Json> getField(const OfferDraft& offer, const std::string& pointer)
{
    std::optional<Json> result;
    visitField(offer, pointer, [&](const auto& value) {
        Json json = toJsonValue(value);
        result = json.is_discarded() ? Json() : json;
    });
    return result;
}

bool setField(OfferDraft& offer, const std::string& pointer, const Json& value)
{
    FieldProblems problems;
    return setFieldOf(offer, pointer, value, pointer, problems);
}

} // namespace proserv
