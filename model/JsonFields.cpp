#include "model/JsonFields.h"

namespace proserv {

std::string escapePointerToken(const std::string& token)
{
    std::string escaped;
    escaped.reserve(token.size());
    appendPointerToken(escaped, token);
    return escaped;
}

void appendPointerToken(std::string& pointer, std::string_view token)
{
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

const std::string& memberPointer(std::string& buffer, const std::string& parent, std::string_view key)
{
    buffer.assign(parent);
    buffer += '/';
    appendPointerToken(buffer, key);
    return buffer;
}

bool isPointerWithin(const std::string& pointer, const std::string& ancestor)
{
    return pointer.compare(0, ancestor.size(), ancestor) == 0
        && (pointer.size() == ancestor.size() || pointer[ancestor.size()] == '/');
}

bool isIndexToken(std::string_view token)
{
    return !token.empty() && token.find_first_not_of("0123456789") == std::string_view::npos;
}

std::vector<std::string> splitPointer(const std::string& pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    std::size_t start = 1;
    while (true) {
        const std::size_t end = pointer.find('/', start);
        std::string token = pointer.substr(start, end == std::string::npos ? std::string::npos : end - start);
        for (std::size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i)
            token.replace(i, 2, token.compare(i, 2, "~1") == 0 ? "/" : "~");
        tokens.push_back(std::move(token));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return tokens;
}

std::optional<ItemIdentity> itemIdentity(const Json& item)
{
    if (item.is_string())
        return ItemIdentity {std::string(), item.get<std::string>()};
    if (!item.is_object())
        return std::nullopt;
    for (const char* field : {"key", "url", "name", "text", "dimensionKey", "chargeDate"}) // an offer's prices, grants and payments: by dimension, by date
        if (item.contains(field) && item[field].is_string() && !item[field].get<std::string>().empty())
            return ItemIdentity {field, item[field].get<std::string>()};
    return std::nullopt;
}

bool isEmptyJson(const Json& value)
{
    if (value.is_string())
        return value.get_ref<const std::string&>().empty();
    return value.is_null() || ((value.is_array() || value.is_object()) && value.empty());
}

MessageText describeJsonType(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null: return EngineText::tr("null");
    case Json::value_t::object: return EngineText::tr("an object");
    case Json::value_t::array: return EngineText::tr("an array");
    case Json::value_t::string: return EngineText::tr("a string");
    case Json::value_t::boolean: return EngineText::tr("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return EngineText::tr("an integer");
    case Json::value_t::number_float: return EngineText::tr("a number");
    case Json::value_t::binary: return EngineText::tr("binary data");
    case Json::value_t::discarded: return EngineText::tr("nothing");
    }
    return EngineText::tr("an unknown value");
}

Json toJsonValue(const std::string& value)
{
    return value;
}
Json toJsonValue(bool value)
{
    return value;
}
Json toJsonValue(int value)
{
    return value;
}
Json toJsonValue(const std::optional<int>& value)
{
    return value ? Json(*value) : Json(Json::value_t::discarded);
}
Json toJsonValue(AccessMethod value)
{
    return toString(value);
}
Json toJsonValue(Provisioning value)
{
    return toString(value);
}
Json toJsonValue(const std::optional<std::string>& value)
{
    return value ? Json(*value) : Json(Json::value_t::discarded);
}
Json toJsonValue(const VerbatimJson& value)
{
    return value.present() ? value.value : Json(Json::value_t::discarded);
}
Json toJsonValue(const SubmissionSettings& value)
{
    return value == SubmissionSettings {} ? Json(Json::value_t::discarded) : structToJson(value);
}
Json toJsonValue(const AcceptedVersion& value)
{
    return value.present() ? structToJson(value) : Json(Json::value_t::discarded);
}

namespace {

void typeProblem(
    const Json& json, const std::string& pointer, MessageText expected, FieldProblems& problems)
{
    if (problems.full()) {
        problems.count(); // past the cap: counted, no message composed
        return;
    }
    problems.push_back(
        {pointer, EngineText::tr("expected %1, found %2").arg(std::move(expected)).arg(describeJsonType(json))});
}

} // namespace

void fromJsonValue(const Json& json, const std::string& pointer, std::string& out, FieldProblems& problems)
{
    if (json.is_string())
        out = json.get_ref<const std::string&>();
    else
        typeProblem(json, pointer, EngineText::tr("a string"), problems);
}

void fromJsonValue(const Json& json, const std::string& pointer, bool& out, FieldProblems& problems)
{
    if (json.is_boolean())
        out = json.get<bool>();
    else
        typeProblem(json, pointer, EngineText::tr("true or false"), problems);
}

void fromJsonValue(const Json& json, const std::string& pointer, int& out, FieldProblems& problems)
{
    constexpr long long kMax = 1000000000; // no field of a listing needs more
    // An unsigned number above LLONG_MAX (18446744073709551615) must not wrap to -1.
    const bool inRange = json.is_number_unsigned()
        ? json.get<unsigned long long>() <= static_cast<unsigned long long>(kMax)
        : json.is_number_integer() && json.get<long long>() >= -kMax && json.get<long long>() <= kMax;
    if (inRange)
        out = static_cast<int>(json.get<long long>());
    else if (json.is_number_integer())
        problems.push_back({pointer, EngineText::tr("number out of range")});
    else
        typeProblem(json, pointer, EngineText::tr("a whole number"), problems);
}

void fromJsonValue(
    const Json& json, const std::string& pointer, std::optional<int>& out, FieldProblems& problems)
{
    int value = 0;
    const std::size_t before = problems.size();
    fromJsonValue(json, pointer, value, problems);
    if (problems.size() == before)
        out = value;
}

void fromJsonValue(
    const Json& json, const std::string& pointer, std::optional<std::string>& out, FieldProblems& problems)
{
    std::string value;
    const std::size_t before = problems.size();
    fromJsonValue(json, pointer, value, problems);
    if (problems.size() == before)
        out = value;
}

void fromJsonValue(const Json& json, const std::string&, VerbatimJson& out, FieldProblems&)
{
    out.value = json;
}

template <class Enum>
static void readEnum(const Json& json, const std::string& pointer, Enum& out,
    std::optional<Enum> (*parse)(const std::string&), std::initializer_list<Enum> all,
    FieldProblems& problems)
{
    if (!json.is_string()) {
        typeProblem(json, pointer, EngineText::tr("a string"), problems);
        return;
    }
    if (auto parsed = parse(json.get<std::string>())) {
        out = *parsed;
        return;
    }
    std::string allowed;
    for (Enum e : all)
        allowed += std::string(allowed.empty() ? "" : ", ") + "\"" + toString(e) + "\"";
    problems.push_back({pointer,
        EngineText::tr("unknown value \"%1\"; expected one of %2").argValue(json.get<std::string>()).arg(allowed)});
}

void fromJsonValue(const Json& json, const std::string& pointer, AccessMethod& out, FieldProblems& problems)
{
    readEnum(
        json, pointer, out, &accessMethodFromString, {AccessMethod::Immediate, AccessMethod::SellerContacts}, problems);
}

void fromJsonValue(const Json& json, const std::string& pointer, Provisioning& out, FieldProblems& problems)
{
    readEnum(json, pointer, out, &provisioningFromString,
        {Provisioning::Unspecified, Provisioning::StsRoleAssumption, Provisioning::IamRole, Provisioning::IamUser,
            Provisioning::SharedAccessKeys},
        problems);
}

} // namespace proserv
