// Saving a document the user edits, for every document type: too large to
// read back is refused, the previous file is kept as FILE~, a folder that
// allows no atomic save is asked about, and the file on disk is read back
// and compared before the document may count as saved (and its recovery
// snapshot be dropped). Every failure is said in a dialog; the document
// stays modified.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

class QWidget;

namespace proserv {

// The SHA-256 of the file as written, or nothing when it was not saved.
std::optional<QByteArray> saveVerified(QWidget* parent, const QString& absolutePath, const std::string& bytes);

} // namespace proserv
