#include "ui/files/VerifiedSave.h"

#include "model/DocumentLoader.h"
#include "qtsupport/FileNames.h"
#include "qtsupport/Translation.h"
#include "ui/document/SafeSave.h"
#include "ui/form/UserPrompts.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace proserv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(VerifiedSave)
};
} // namespace

std::optional<QByteArray> saveVerified(QWidget* parent, const QString& absolutePath, const std::string& bytes)
{
    const QString& path = absolutePath;
    if (const std::optional<MessageText> tooLarge = tooLargeToReadBack(bytes.size())) {
        UserPrompts::inform(parent, QMessageBox::Critical, Text::tr("Save failed"),
            Text::tr("%1: %2. Your changes are kept in the editor.").arg(absolutePath, translated(*tooLarge)));
        return std::nullopt;
    }
    SaveOutcome outcome = saveWithBackup(absolutePath, bytes);
    if (!outcome.saved && outcome.atomicImpossible) {
        const auto answer = UserPrompts::ask(parent, QMessageBox::Warning, Text::tr("Save directly?"),
            Text::tr("The folder of %1 does not allow a safe save (writing a temporary file and renaming it).")
                .arg(displayedBaseName(path)),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            Text::tr("Save writes into the file directly; if the program is interrupted while writing, the file can be "
               "left incomplete. The previous version is kept as %1~ if the folder allows it.")
                .arg(displayedBaseName(path)));
        if (answer != QMessageBox::Save)
            return std::nullopt;
        outcome = saveWithBackup(absolutePath, bytes, true);
    }
    if (!outcome.saved) {
        // The document stays modified: nothing was lost, nothing half-written.
        UserPrompts::inform(parent, QMessageBox::Critical, Text::tr("Save failed"), outcome.error);
        return std::nullopt;
    }
    // Verified before the document counts as saved (and its recovery snapshot
    // is dropped): the file on disk must be exactly what was written.
    const DiskStamp written = DiskStamp::of(absolutePath);
    if (written.sha256
        != QCryptographicHash::hash(
            QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())), QCryptographicHash::Sha256)) {
        UserPrompts::inform(parent, QMessageBox::Critical, Text::tr("Save failed"),
            Text::tr("%1: the saved file does not read back as written; your changes are kept in the editor "
               "and in the recovery snapshot.")
                .arg(absolutePath));
        return std::nullopt;
    }
    return written.sha256;
}

} // namespace proserv
