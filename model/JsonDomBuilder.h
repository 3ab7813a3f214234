// Builds nlohmann's ordered DOM from its SAX events, as Json::parse does,
// with one difference that matters for large files: an object's members are
// gathered first and the object is made at its end, at its full size.
//
// ordered_json keeps an object's members in a vector of
// pair<const std::string, json>; a const key cannot be moved, so every time
// Json::parse grew an object's vector it copied each value already in it —
// deeply. A listing whose 80,000-item "dimensions" array was followed by one
// more sibling key copied the whole array again.
#pragma once

#include "model/Listing.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace proserv {

class JsonDomBuilder {
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(number_unsigned_t value) { return add(Json(value)); }
    bool number_float(number_float_t value, const string_t&) { return add(Json(value)); }
    bool string(string_t& value) { return add(Json(std::move(value))); }
    bool binary(binary_t& value) { return add(Json::binary(std::move(value))); }

    bool start_object(std::size_t);
    bool key(string_t& name);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();

    // As Json::parse does: the parser's own exception (parse_error,
    // out_of_range for "1e999"), thrown with its type.
    template <class Exception>
    bool parse_error(std::size_t, const std::string&, const Exception& error)
    {
        throw error;
    }

    Json result() { return std::move(m_root); }

private:
    // An object or array being read: its members in document order.
    struct Open {
        bool object;
        std::vector<std::pair<std::string, Json>> members; // an object's
        Json items; // an array's (a vector of json: moved when it grows)
        std::string key; // the key whose value comes next
    };
    bool add(Json value);

    std::vector<Open> m_open;
    Json m_root;
};

// Json::parse of `text` through JsonDomBuilder; throws what Json::parse throws.
Json parseOrderedJson(std::string_view text);

} // namespace proserv
