#include "model/JsonDomBuilder.h"

namespace proserv {

bool JsonDomBuilder::add(Json value)
{
    if (m_open.empty()) {
        m_root = std::move(value);
        return true;
    }
    Open& open = m_open.back();
    if (open.object)
        open.members.emplace_back(std::move(open.key), std::move(value));
    else
        open.items.get_ref<Json::array_t&>().push_back(std::move(value));
    return true;
}

bool JsonDomBuilder::start_object(std::size_t)
{
    m_open.push_back({true, {}, Json(), {}});
    return true;
}

bool JsonDomBuilder::key(string_t& name)
{
    m_open.back().key = std::move(name);
    return true;
}

bool JsonDomBuilder::end_object()
{
    std::vector<std::pair<std::string, Json>> members = std::move(m_open.back().members);
    m_open.pop_back();
    Json object = Json::object();
    auto& map = object.get_ref<Json::object_t&>();
    map.reserve(members.size()); // one allocation: no value is ever copied
    // Duplicate keys are not merged here: the source map finds them and the
    // whole document is refused (JsonIngest), so no caller sees this value.
    for (auto& [name, value] : members)
        map.emplace_back(std::move(name), std::move(value));
    return add(std::move(object));
}

bool JsonDomBuilder::start_array(std::size_t)
{
    m_open.push_back({false, {}, Json::array(), {}});
    return true;
}

bool JsonDomBuilder::end_array()
{
    Json items = std::move(m_open.back().items);
    m_open.pop_back();
    return add(std::move(items));
}

Json parseOrderedJson(std::string_view text)
{
    JsonDomBuilder builder;
    Json::sax_parse(text.begin(), text.end(), &builder);
    return builder.result();
}

} // namespace proserv
