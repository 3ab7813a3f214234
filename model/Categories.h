// AWS Marketplace category names as buyers see them and the Catalog API takes
// them (display names, not codes: catalog-api-notes.md §6). The five
// professional-services categories come first. AWS publishes no closed list,
// so a listing may still use other names; these are the ones the editor offers
// and spells the AWS way on export.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace proserv {

// The five professional-services categories, in AWS's spelling.
const std::vector<std::string>& professionalServicesCategories();
// Every known category: the five first, then the others alphabetically.
const std::vector<std::string>& knownCategories();

// The AWS spelling of a known category written another way ("assessments",
// "Managed services", "Assessment"), or nothing for an unknown name.
std::optional<std::string> canonicalCategory(const std::string& name);

// For an unknown name close to a known one ("Managed Servcies"): that one.
std::optional<std::string> nearestCategory(const std::string& name);

} // namespace proserv
