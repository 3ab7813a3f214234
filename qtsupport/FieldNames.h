// People's names for fields, wherever a person reads them: "Highlights,
// item 3", "Pricing dimension 2 (mra-enterprise): Name". JSON Pointers are
// 0-based and read like paths ("/product/highlights/2" is the third
// highlight), so a seller fixing a report's finding would fix the wrong one;
// pointers stay in machine outputs (JSON, SARIF, the bracket at the end of a
// proserv-check line) and in tooltips. One function for the comment dialog,
// reports, Compare, `proserv-check diff`, What Will Be Submitted and status
// messages, for both document types.
#pragma once

#include "model/Listing.h" // Json

#include <QString>

#include <string>

namespace proserv {

// The field at `pointer` named for people, in the current language; items
// numbered from 1. `document` (the native listing or offer JSON) adds a
// row's own name where it has one ("Pricing dimension 2 (mra-enterprise)").
// A pointer no table names is spelled out from its words ("Extra › Some
// field, item 2"): never a '/'.
QString fieldNameForPeople(const std::string& pointer, const Json* document = nullptr);

} // namespace proserv
