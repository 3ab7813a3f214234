// Where the native file keeps its local logo: relative to the listing's
// folder when the image is inside that folder's tree (the folder can be
// moved or shared with the image in it), absolute otherwise ("../.." paths
// would break as soon as the listing moves on its own).
#pragma once

#include <filesystem>
#include <string>

namespace proserv {

// The folder a listing's relative paths count from: its file's folder; for an
// untitled listing ("") or standard input ("-"), the current folder. Empty
// when it cannot be known (the current folder was removed).
std::filesystem::path documentFolder(const std::string& documentPath);

// `path` is `folder` or inside its tree, component by component; both must
// be in the same form (both canonical, or both lexically normal).
bool isInsideFolder(const std::filesystem::path& path, const std::filesystem::path& folder);

// `logoFile` as stored in a document read from `fromDocument` (a relative
// path counts from that file's folder; "" = an untitled listing, counted from
// the current folder), rewritten for a document saved as `toDocument` ("" =
// untitled: absolute). Empty stays empty.
std::string logoPathFor(const std::string& logoFile, const std::string& fromDocument, const std::string& toDocument);

} // namespace proserv
