#include "model/LogoPath.h"

#include <filesystem>

namespace proserv {

namespace fs = std::filesystem;

namespace {

fs::path folderOf(const std::string& document)
{
    std::error_code ec;
    if (document.empty() || document == "-")
        return fs::current_path(ec);
    return fs::absolute(fs::path(document), ec).parent_path();
}

} // namespace

std::string logoPathFor(const std::string& logoFile, const std::string& fromDocument, const std::string& toDocument)
{
    if (logoFile.empty())
        return logoFile;
    fs::path logo(logoFile);
    if (logo.is_relative())
        logo = folderOf(fromDocument) / logo;
    logo = logo.lexically_normal();
    if (toDocument.empty())
        return logo.string();
    const fs::path relative = logo.lexically_relative(folderOf(toDocument).lexically_normal());
    const bool inside = !relative.empty() && *relative.begin() != fs::path("..");
    return inside ? relative.generic_string() : logo.string();
}

} // namespace proserv
