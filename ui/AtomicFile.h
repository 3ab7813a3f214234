// Writes a whole file or nothing: QSaveFile writes a temporary file next to
// the target and renames it into place only when everything was written.
#pragma once

#include <QString>

#include <string>

namespace proserv {

// Returns an empty string on success, or a message naming the file and reason.
QString writeFileAtomically(const QString& path, const std::string& bytes);

// The messages for a file that could not be written (opening or writing
// failed) or saved (the final rename failed), shared by every writer.
QString cannotWriteMessage(const QString& path, const QString& reason);
QString cannotSaveMessage(const QString& path, const QString& reason);

} // namespace proserv
