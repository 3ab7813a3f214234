#include "ui/document/SafeSave.h"
#include "model/DocumentLoader.h"
#include "model/FileRead.h"
#include "qtsupport/AtomicFile.h"
#include "qtsupport/FileNames.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace proserv {

DiskStamp DiskStamp::of(const QString& path)
{
    DiskStamp stamp;
    // Only a regular file is read, without waiting: a FIFO someone put at the
    // path would block for ever (the watch calls this on any change). By the
    // name's bytes, so a file whose name is not UTF-8 is found too.
    constexpr std::uint64_t kMaxStampedBytes = 4 * kMaxDocumentBytes;
    const FileRead file = readRegularFile(fileNameBytes(path), kMaxStampedBytes);
    if (!file.ok && !file.tooLarge)
        return stamp;
    stamp.exists = true;
    stamp.size = static_cast<qint64>(file.size);
    // Too large to be anything this program wrote: a stamp that matches none.
    stamp.sha256 = file.tooLarge ? QByteArrayLiteral("too large")
                                 : QCryptographicHash::hash(QByteArray::fromRawData(file.bytes.data(),
                                                                static_cast<qsizetype>(file.bytes.size())),
                                     QCryptographicHash::Sha256);
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
