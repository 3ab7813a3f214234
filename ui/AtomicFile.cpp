#include "ui/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>

namespace proserv {

QString cannotWriteMessage(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("AtomicFile", "%1: cannot write: %2").arg(path, reason);
}

QString cannotSaveMessage(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("AtomicFile", "%1: cannot save: %2").arg(path, reason);
}

namespace {

// A device such as /dev/null or /dev/stdout is written to as it is: renaming a
// temporary file over it would replace the device with a regular file.
QString writeToDevice(const QString& path, const std::string& bytes)
{
    QFile device(path);
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWriteMessage(path, device.errorString());
    const auto size = static_cast<qint64>(bytes.size());
    if (device.write(bytes.data(), size) != size)
        return cannotWriteMessage(path, device.errorString());
    return {};
}

} // namespace

QString writeFileAtomically(const QString& path, const std::string& bytes)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        if (S_ISCHR(status.st_mode))
            return writeToDevice(path, bytes);
        // A FIFO would block until someone reads it, a socket cannot be
        // renamed over; neither holds a saved file.
        if (S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode) || S_ISBLK(status.st_mode))
            return cannotWriteMessage(path, QCoreApplication::translate("AtomicFile", "not a regular file (a pipe, socket "
                                                                                      "or block device)"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWriteMessage(path, file.errorString());
    const auto size = static_cast<qint64>(bytes.size());
    if (file.write(bytes.data(), size) != size) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWriteMessage(path, reason);
    }
    if (!file.commit())
        return cannotSaveMessage(path, file.errorString());
    return {};
}

} // namespace proserv
