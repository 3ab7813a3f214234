#include "qtsupport/AtomicFile.h"
#include "qtsupport/FileNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray native(const QString& path)
{
    return encodeFileName(path); // the bytes the user named, not a U+FFFD guess
}

// Writes all of `bytes` to `fd`; false with errno set on the first failure.
bool writeAll(int fd, const std::string& bytes)
{
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) { // no progress and no error: treat as a full disk
            errno = ENOSPC;
            return false;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

// A device such as /dev/null or /dev/stdout is written to as it is: renaming a
// temporary file over it would replace the device with a regular file.
QString writeToDevice(const QString& path, const std::string& bytes)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return cannotWriteMessage(path, systemReason(errno));
    const bool written = writeAll(fd, bytes);
    const int writeError = errno;
    if (::close(fd) != 0 && written)
        return cannotWriteMessage(path, systemReason(errno));
    return written ? QString() : cannotWriteMessage(path, systemReason(writeError));
}

// A new file next to `target`, named so that it is hidden and never clashes.
int createTemporary(const QString& target, QByteArray& name)
{
    const QFileInfo info(target);
    name = native(info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1String(".XXXXXX"));
    return ::mkostemp(name.data(), O_CLOEXEC);
}

// Writes `bytes` into a new temporary file next to `target` and syncs it.
// Returns the temporary file's name, or an empty name with errno set.
QByteArray writeTemporary(const QString& target, const std::string& bytes, mode_t mode)
{
    QByteArray name;
    const int fd = createTemporary(target, name);
    if (fd < 0)
        return {};
    bool ok = ::fchmod(fd, mode) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    struct stat written { };
    if (ok && (::stat(name.constData(), &written) != 0 || written.st_size != static_cast<off_t>(bytes.size()))) {
        ok = false; // the file system kept less than it was given
        error = errno ? errno : EIO;
    }
    if (!ok) {
        ::unlink(name.constData());
        errno = error;
        return {};
    }
    return name;
}

void syncFolder(const QString& file)
{
    const int fd = ::open(native(QFileInfo(file).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // some file systems cannot sync a folder; the rename is done either way
        ::close(fd);
    }
}

mode_t defaultMode(bool ownerOnly)
{
    if (ownerOnly)
        return S_IRUSR | S_IWUSR;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// Keeps `target`'s current content as target~, atomically: a hard link to
// the old file, or else a synced copy. The old target~ is replaced only by a
// complete new one.
QString keepBackup(const QString& target, mode_t mode)
{
    const QString backup = target + QLatin1Char('~');
    QByteArray name;
    const int fd = createTemporary(backup, name);
    if (fd < 0)
        return cannotWriteMessage(backup, systemReason(errno));
    ::close(fd);
    ::unlink(name.constData());
    if (::link(native(target).constData(), name.constData()) != 0) {
        QFile old(target);
        if (!old.open(QIODevice::ReadOnly))
            return cannotWriteMessage(backup, old.errorString());
        const QByteArray content = old.readAll();
        name = writeTemporary(backup, std::string(content.constData(), static_cast<std::size_t>(content.size())), mode);
        if (name.isEmpty())
            return cannotWriteMessage(backup, systemReason(errno));
    }
    if (::rename(name.constData(), native(backup).constData()) != 0) {
        const int error = errno;
        ::unlink(name.constData());
        return cannotSaveMessage(backup, systemReason(error));
    }
    return {};
}

} // namespace

AtomicWriteResult writeFile(const QString& path, const std::string& bytes, const AtomicWriteOptions& options)
{
    AtomicWriteResult result;
    QString target = QFileInfo(path).absoluteFilePath();
    struct stat link { };
    if (::lstat(native(target).constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
        if (options.refuseSymlink) {
            result.error = cannotWriteMessage(path,
                QCoreApplication::translate("AtomicFile",
                    "it is a symbolic link; not followed for a file "
                    "the program names itself"));
            return result;
        }
        char resolved[PATH_MAX];
        if (!::realpath(native(target).constData(), resolved)) {
            result.error = cannotWriteMessage(path, systemReason(errno)); // a loop, or a link to nowhere
            return result;
        }
        target = QFile::decodeName(resolved);
    }
    struct stat status { };
    const bool exists = ::stat(native(target).constData(), &status) == 0;
    if (exists) {
        if (S_ISCHR(status.st_mode)) {
            result.error = writeToDevice(target, bytes);
            return result;
        }
        if (!S_ISREG(status.st_mode)) {
            result.error = cannotWriteMessage(path,
                QCoreApplication::translate(
                    "AtomicFile", "not a regular file (a folder, pipe, socket or block device)"));
            return result;
        }
    }
    const mode_t mode = exists && !options.ownerOnly ? (status.st_mode & 07777) : defaultMode(options.ownerOnly);
    const QByteArray temporary = writeTemporary(target, bytes, mode);
    if (temporary.isEmpty()) {
        const int error = errno;
        result.atomicImpossible = (error == EACCES || error == EPERM || error == EROFS) && exists
            && ::access(native(target).constData(), W_OK) == 0;
        result.error = cannotWriteMessage(path, systemReason(error));
        return result;
    }
    if (options.keepBackup && exists) {
        if (const QString failure = keepBackup(target, mode); !failure.isEmpty()) {
            ::unlink(temporary.constData());
            result.error = failure;
            return result;
        }
    }
    if (::rename(temporary.constData(), native(target).constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        result.atomicImpossible = error == EACCES || error == EPERM || error == EBUSY;
        result.error = cannotSaveMessage(path, systemReason(error));
        return result;
    }
    syncFolder(target);
    return result;
}

QString writeFileAtomically(const QString& path, const std::string& bytes, const AtomicWriteOptions& options)
{
    return writeFile(path, bytes, options).error;
}

QString writeFileDirectly(const QString& path, const std::string& bytes)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return cannotWriteMessage(path, systemReason(errno));
    const bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int error = errno;
    if (::close(fd) != 0 && ok)
        return cannotWriteMessage(path, systemReason(errno));
    return ok ? QString() : cannotWriteMessage(path, systemReason(error));
}

} // namespace proserv
