#include "ui/SafeSave.h"
#include "ui/AtomicFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace proserv {

DiskStamp DiskStamp::of(const QString& path)
{
    DiskStamp stamp;
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
    const QString backup = path + QLatin1Char('~');
    if (QFileInfo::exists(path)) {
        // One backup of the previous version. It is made by copying, so the
        // file itself is untouched until the new content is complete.
        QFile::remove(backup);
        QFile::copy(path, backup); // a folder that refuses it refuses the temp file too; reported below
    }
    if (directWrite) {
        // The user chose this after being told it is not atomic. (QSaveFile's
        // own fallback only covers EACCES, not e.g. an immutable folder.)
        QFile direct(path);
        const auto size = static_cast<qint64>(bytes.size());
        if (!direct.open(QIODevice::WriteOnly | QIODevice::Truncate) || direct.write(bytes.data(), size) != size
            || !direct.flush()) {
            outcome.error = cannotWriteMessage(path, direct.errorString());
            return outcome;
        }
        outcome.saved = true;
        return outcome;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.atomicImpossible = !directWrite && QFileInfo(path).isWritable();
        outcome.error = cannotWriteMessage(path, file.errorString());
        return outcome;
    }
    const auto size = static_cast<qint64>(bytes.size());
    if (file.write(bytes.data(), size) != size) {
        outcome.error = cannotWriteMessage(path, file.errorString());
        file.cancelWriting();
        return outcome;
    }
    if (!file.commit()) {
        outcome.atomicImpossible = !directWrite;
        outcome.error = cannotSaveMessage(path, file.errorString());
        return outcome;
    }
    outcome.saved = true;
    return outcome;
}

} // namespace proserv
