// Writes a whole file or nothing, on every disk, full or not: the bytes go to
// a new temporary file next to the target, every write(), fsync() and close()
// is checked (ENOSPC, EDQUOT, EIO, EFBIG), and only a complete, synced file is
// renamed over the target. The one writer behind every save, export, report,
// sidecar and recovery snapshot of both programs.
//
// What is replaced: only regular files. A character device (/dev/null,
// /dev/stdout) is written to, a FIFO, socket, block device or directory is
// refused. A symbolic link the user named (a listing they opened, an -o
// path) is followed and its target replaced atomically; one the program
// derived itself (a review sidecar, a recovery snapshot) is refused, so a
// stranger's link can never make us write outside what the user opened.
#pragma once

#include <QString>

#include <string>

namespace proserv {

struct AtomicWriteOptions {
    // Keep the previous content as FILE~, made only once the new content is
    // complete: a hard link to the old file (no extra space), or a copy written
    // the same careful way where links are not possible.
    bool keepBackup = false;
    // Refuse a symbolic link at the path instead of following it.
    bool refuseSymlink = false;
    // Owner-only permissions (recovery snapshots).
    bool ownerOnly = false;
};

struct AtomicWriteResult {
    QString error; // empty on success; names the file and the system's reason
    // The folder refuses the temporary file (read-only, immutable, not ours)
    // while the file itself is writable: only a direct write could save it.
    bool atomicImpossible = false;
    bool ok() const { return error.isEmpty(); }
};

AtomicWriteResult writeFile(const QString& path, const std::string& bytes, const AtomicWriteOptions& options = {});

// The same, for callers that need only the message (empty on success).
QString writeFileAtomically(const QString& path, const std::string& bytes, const AtomicWriteOptions& options = {});

// Overwrites `path` in place (the user was told this is not atomic); every
// write is still checked. Empty on success.
QString writeFileDirectly(const QString& path, const std::string& bytes);

// The messages for a file that could not be written (opening or writing
// failed) or saved (the final rename failed), shared by every writer.
QString cannotWriteMessage(const QString& path, const QString& reason);
QString cannotSaveMessage(const QString& path, const QString& reason);

} // namespace proserv
