#include "ui/SafeSave.h"
#include "qtsupport/AtomicFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace proserv {

DiskStamp DiskStamp::of(const QString& path)
{
    DiskStamp stamp;
    // Only a regular file is read: opening a FIFO someone put at the path
    // would wait for a writer for ever (the watch calls this on any change).
    if (!QFileInfo(path).isFile())
        return stamp;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stamp;
    stamp.exists = true;
    stamp.size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    stamp.sha256 = hash.result();
    return stamp;
}

SaveOutcome saveWithBackup(const QString& path, const std::string& bytes, bool directWrite)
{
    SaveOutcome outcome;
    if (directWrite) {
        // The user chose this after being told it is not atomic. The previous
        // version is copied to FILE~ first (a hard link would share the bytes
        // being overwritten), then the file is overwritten in place.
        QFile old(path);
        if (old.exists()) {
            if (!old.open(QIODevice::ReadOnly)) {
                outcome.error = cannotWriteMessage(path, old.errorString());
                return outcome;
            }
            // Best effort: a folder that refuses a temporary file (the reason for
            // writing directly) refuses the backup too, as the user was told.
            const QByteArray content = old.readAll();
            AtomicWriteOptions backup;
            backup.refuseSymlink = true;
            writeFileAtomically(path + QLatin1Char('~'),
                std::string(content.constData(), static_cast<std::size_t>(content.size())), backup);
        }
        outcome.error = writeFileDirectly(path, bytes);
        outcome.saved = outcome.error.isEmpty();
        return outcome;
    }
    AtomicWriteOptions options;
    options.keepBackup = true;
    const AtomicWriteResult result = writeFile(path, bytes, options);
    outcome.saved = result.ok();
    outcome.atomicImpossible = result.atomicImpossible;
    outcome.error = result.error;
    return outcome;
}

} // namespace proserv
