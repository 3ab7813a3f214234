#include "model/LogoPath.h"

#include <filesystem>

namespace proserv {

namespace fs = std::filesystem;

fs::path documentFolder(const std::string& documentPath)
{
    std::error_code ec;
    if (documentPath.empty() || documentPath == "-")
        return fs::current_path(ec);
    return fs::absolute(fs::path(documentPath), ec).parent_path();
}

bool isInsideFolder(const fs::path& path, const fs::path& folder)
{
    auto part = path.begin();
    for (auto folderPart = folder.begin(); folderPart != folder.end(); ++folderPart, ++part)
        if (part == path.end() || *part != *folderPart)
            return false;
    return true;
}

std::string logoPathFor(const std::string& logoFile, const std::string& fromDocument, const std::string& toDocument)
{
    if (logoFile.empty())
        return logoFile;
    fs::path logo(logoFile);
    if (logo.is_relative())
        logo = documentFolder(fromDocument) / logo;
    logo = logo.lexically_normal();
    if (toDocument.empty())
        return logo.string();
    const fs::path folder = documentFolder(toDocument).lexically_normal();
    if (folder.empty() || !isInsideFolder(logo, folder))
        return logo.string();
    return logo.lexically_relative(folder).generic_string();
}

} // namespace proserv
